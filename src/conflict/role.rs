//! What a span of evidence is in its conflict, as data: [`Role`], shown in reports by its
//! [`Display`](std::fmt::Display) text (`form of 3 articles`, `written as Thursday`).

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::claim::weekday_name;

/// An event group of a run, as reports name it (`event-4`): the number counts the run's
/// event groups from 1, in the order of their first claims
/// ([`crate::reconcile::events::Events::groups`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventId(pub usize);

impl EventId {
    /// The id of the event group at index `g` of the run's groups.
    pub fn of_group(g: usize) -> Self {
        EventId(g + 1)
    }
}

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "event-{}", self.0)
    }
}

/// What one span of evidence is in its conflict, with the data its label names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Role {
    /// A form of a name, written by so many articles: `form of 3 articles`.
    FormOf {
        /// The articles that write the form.
        articles: usize,
    },
    /// A number of an identifier, written by so many articles: `number of 1 article`.
    NumberOf {
        /// The articles that write the number.
        articles: usize,
    },
    /// A long form of an acronym, written by so many articles: `long form of SPMB in 2
    /// articles`.
    LongFormOf {
        /// The acronym ("SPMB").
        acronym: String,
        /// The articles that write the long form.
        articles: usize,
    },
    /// A title given to the person: `title Bupati`.
    Title(String),
    /// The person placed at the institution the span names: `Rina Putri at`.
    PlacedAt {
        /// The person's name.
        person: String,
    },
    /// A date written with a day name it does not fall on: `written as Thursday`.
    WrittenAs(Weekday),
    /// A date whose month or year is a slip, with the day it names: `date (28 May 2024 was
    /// a Tuesday)`.
    SlippedDate(NaiveDate),
    /// The story's date that a slipped date's day name fits: `date (Wednesday)`.
    FittingDate(Weekday),
    /// The article's publication date, from its dateline: `publication date`.
    PublicationDate,
    /// A date after the publication date, told as past: `reported as past`.
    ReportedAsPast,
    /// A date in another year than the one meant (a slip of its digits), with the day
    /// meant: `year slip of 2025-06-10`.
    YearSlipOf(NaiveDate),
    /// A day an article reports, after a slipped date of its own that should follow it:
    /// `event dated after it`.
    EventAfter,
    /// A final score of a match: `final score`.
    FinalScore,
    /// A score so far of a match under way: `score so far`.
    ScoreSoFar,
    /// A count of an event: `count (event-4)`.
    Count(EventId),
    /// A count as of a day (`count as of 2025-03-03`), or of an unknown day (`count as of
    /// ?`).
    CountAsOf(Option<NaiveDate>),
    /// A date of an event: `date of event-4`.
    DateOf(EventId),
    /// An age given to the person: `age 54`.
    Age(u32),
    /// The minutes given to a scorer's goals: `goal minutes 21, 59`.
    GoalMinutes(String),
}

impl Role {
    /// The event the role names, if any.
    pub fn event(&self) -> Option<EventId> {
        match self {
            Role::Count(e) | Role::DateOf(e) => Some(*e),
            _ => None,
        }
    }

    /// The event the role names, if any, to change (a report numbering its events).
    pub fn event_mut(&mut self) -> Option<&mut EventId> {
        match self {
            Role::Count(e) | Role::DateOf(e) => Some(e),
            _ => None,
        }
    }

    /// Whether the evidence is a span of the right date from a related article: a witness
    /// in a conflict that stands in one article (a weekday's), whose fingerprint leaves it
    /// out ([`crate::kinds::Identity::OneArticle`]); in a date conflict it is one of the
    /// dates in dispute.
    pub fn is_witness(&self) -> bool {
        matches!(self, Role::FittingDate(_))
    }
}

/// `article` for one, `articles` for more: the word the messages and roles count
/// articles with.
pub(crate) fn articles_word(n: usize) -> &'static str {
    if n == 1 {
        "article"
    } else {
        "articles"
    }
}

/// `1 article`, `3 articles`.
fn articles(n: usize) -> String {
    format!("{n} {}", articles_word(n))
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Role::FormOf { articles: n } => write!(f, "form of {}", articles(*n)),
            Role::NumberOf { articles: n } => write!(f, "number of {}", articles(*n)),
            Role::LongFormOf {
                acronym,
                articles: n,
            } => write!(f, "long form of {acronym} in {}", articles(*n)),
            Role::Title(title) => write!(f, "title {title}"),
            Role::PlacedAt { person } => write!(f, "{person} at"),
            Role::WrittenAs(w) => write!(f, "written as {}", weekday_name(*w)),
            Role::SlippedDate(day) => write!(
                f,
                "date ({} was a {})",
                day.format("%-d %B %Y"),
                weekday_name(day.weekday())
            ),
            Role::FittingDate(w) => write!(f, "date ({})", weekday_name(*w)),
            Role::PublicationDate => f.write_str("publication date"),
            Role::ReportedAsPast => f.write_str("reported as past"),
            Role::YearSlipOf(meant) => write!(f, "year slip of {meant}"),
            Role::EventAfter => f.write_str("event dated after it"),
            Role::FinalScore => f.write_str("final score"),
            Role::ScoreSoFar => f.write_str("score so far"),
            Role::Count(event) => write!(f, "count ({event})"),
            Role::CountAsOf(Some(day)) => write!(f, "count as of {day}"),
            Role::CountAsOf(None) => f.write_str("count as of ?"),
            Role::DateOf(event) => write!(f, "date of {event}"),
            Role::Age(years) => write!(f, "age {years}"),
            Role::GoalMinutes(minutes) => write!(f, "goal minutes {minutes}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::ymd;

    /// Each role's text is the label reports have always printed.
    #[test]
    fn roles_print_as_before() {
        let cases = [
            (Role::FormOf { articles: 3 }, "form of 3 articles"),
            (Role::NumberOf { articles: 1 }, "number of 1 article"),
            (
                Role::LongFormOf {
                    acronym: "SPMB".into(),
                    articles: 2,
                },
                "long form of SPMB in 2 articles",
            ),
            // A title of the rules (rules/ holds their words, no Rust source quotes one).
            (Role::Title("Example".into()), "title Example"),
            (
                Role::PlacedAt {
                    person: "Rina Putri".into(),
                },
                "Rina Putri at",
            ),
            (Role::WrittenAs(Weekday::Thu), "written as Thursday"),
            (
                Role::SlippedDate(ymd(2024, 5, 28)),
                "date (28 May 2024 was a Tuesday)",
            ),
            (Role::FittingDate(Weekday::Wed), "date (Wednesday)"),
            (Role::PublicationDate, "publication date"),
            (Role::ReportedAsPast, "reported as past"),
            (
                Role::YearSlipOf(ymd(2025, 6, 10)),
                "year slip of 2025-06-10",
            ),
            (Role::EventAfter, "event dated after it"),
            (Role::FinalScore, "final score"),
            (Role::ScoreSoFar, "score so far"),
            (Role::Count(EventId::of_group(3)), "count (event-4)"),
            (
                Role::CountAsOf(Some(ymd(2025, 3, 3))),
                "count as of 2025-03-03",
            ),
            (Role::CountAsOf(None), "count as of ?"),
            (Role::DateOf(EventId(4)), "date of event-4"),
            (Role::Age(54), "age 54"),
            (Role::GoalMinutes("21, 59".into()), "goal minutes 21, 59"),
        ];
        for (role, text) in cases {
            assert_eq!(role.to_string(), text);
        }
    }
}

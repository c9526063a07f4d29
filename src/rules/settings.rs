//! The settings of `rules/settings.yaml`, each declared once in [`settings!`]: the merged
//! [`Settings`], the [`SettingsPatch`] a rule file may give, its merge, and the table of
//! names and allowed values ([`SETTINGS`]) come from that one list. Their values (the
//! defaults) are written only in `rules/settings.yaml`.

use serde::Deserialize;

use super::file::{Bounded, DateOrder, Ratio, SettingValue};

/// The values a rule file may give a setting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Allowed {
    /// An integer between the two bounds, both included.
    Int(i64, i64),
    /// A number between 0 and 1.
    Ratio,
    /// `true` or `false`.
    Bool,
    /// One word of a fixed list (`dmy`, `mdy`).
    Choice(&'static [&'static str]),
}

/// Declares every setting once: `name: type => what a rule file writes`.
macro_rules! settings {
    ($($(#[doc = $doc:literal])* $name:ident: $ty:ty => $patch:ty,)+) => {
        /// Settings after all files are merged.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Settings {
            $($(#[doc = $doc])* pub $name: $ty,)+
        }

        /// Settings a file may set; unset ones keep their earlier value.
        #[derive(Debug, Default, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        pub(crate) struct SettingsPatch {
            $(pub(crate) $name: Option<$patch>,)+
        }

        impl Settings {
            /// Sets what `patch` sets.
            pub(crate) fn apply(&mut self, patch: &SettingsPatch) {
                $(if let Some(v) = patch.$name {
                    self.$name = SettingValue::value(v);
                })+
            }

            /// The settings of a patch that sets them all; else the first one it lacks.
            fn complete(patch: SettingsPatch) -> Result<Settings, &'static str> {
                Ok(Settings {
                    $($name: SettingValue::value(patch.$name.ok_or(stringify!($name))?),)+
                })
            }
        }

        /// Every setting, in the order of `rules/settings.yaml`, with the values a rule
        /// file may give it.
        pub const SETTINGS: &[(&str, Allowed)] = &[
            $((stringify!($name), <$patch as SettingValue>::ALLOWED),)+
        ];
    };
}

settings! {
    /// How an all-numeric date such as `4/3/2024` is read when both orders are valid.
    numeric_date_order: DateOrder => DateOrder,
    /// How many lines at an article's start are searched for its dateline.
    header_lines: usize => Bounded<1, 200>,
    /// Longest line, in characters, that can hold the dateline.
    header_max_chars: usize => Bounded<10, 1000>,
    /// Most words besides the date on a dateline (an outlet name, a time, a zone).
    header_max_extra_words: usize => Bounded<0, 20>,
    /// Words kept on each side of a claim as its context, within its sentence.
    context_words: usize => Bounded<1, 200>,
    /// Least normalised Damerau-Levenshtein similarity (0-1) of the one differing word for
    /// two forms of a name to be one name spelt two ways.
    spelling_similarity: f64 => Ratio,
    /// The similarity that suffices when two or more other words of the names agree.
    spelling_similarity_in_context: f64 => Ratio,
    /// Shortest differing word, in letters, compared for spelling (shorter ones and initials
    /// are too easily confused).
    spelling_min_chars: usize => Bounded<1, 50>,
    /// Shortest differing word, in letters, compared for spelling when two or more other
    /// words of the names agree (they vouch for the name: `Chandra Samudera Post` / `Port`).
    spelling_min_chars_in_context: usize => Bounded<1, 50>,
    /// Shortest word, in letters, of a person's name compared for spelling within one
    /// article, where the article's other mentions vouch for the name (`Edy Suryono` and
    /// `Edi` as he speaks; `Kolo Muani` and `Kalo Muani`): one letter off, the first the same.
    spelling_min_chars_in_article: usize => Bounded<1, 50>,
    /// Most people (full names) an article may name for a one-word name in it to be taken
    /// for a slip of one of theirs; above it the article is a roster or a list.
    spelling_max_people_in_article: usize => Bounded<1, 100000>,
    /// Shortest word, in letters, in which a letter moved (the same letters, the first in
    /// place) is a slip when only one other word of the names agrees (with two, any word).
    spelling_moved_letter_min_chars: usize => Bounded<1, 50>,
    /// A form written by this many articles against forms of one article each is strong
    /// evidence: the spelling conflict is raised from warning to error (0: never).
    spelling_strong_articles: usize => Bounded<0, 1000>,
    /// Most words in a person's name; longer capitalised runs are split.
    max_name_words: usize => Bounded<1, 10>,
    /// Entity claims whose time scopes are further apart than this many days are about
    /// different times (a title held then and now is no conflict).
    scope_tolerance_days: usize => Bounded<0, 36500>,
    /// Lower-case words allowed between an affiliation word and its institution.
    affiliation_gap_words: usize => Bounded<0, 5>,
    /// Least Dice similarity (0-1) of two claims' content words for them to be one event.
    event_similarity: f64 => Ratio,
    /// Least number of content words two claims share to be one event.
    event_min_shared: usize => Bounded<1, 20>,
    /// Content words taken on each side of a date or count claim, within its clause, as its
    /// frame.
    event_window_words: usize => Bounded<1, 50>,
    /// Shortest word, in letters, that has suffixes stripped to find its stem.
    min_stem_chars: usize => Bounded<1, 20>,
    /// Fraction either side of a number that "sekitar" (about) allows: 0.1 makes `sekitar
    /// 100` 90 to 110.
    approximate_tolerance: f64 => Ratio,
    /// Whether `40 persen` is read as a count (of `persen`).
    count_percentages: bool => bool,
    /// Counts whose time scopes are more than this many days apart are an update
    /// (`count-update`), not a `count` conflict.
    count_scope_days: usize => Bounded<0, 3650>,
    /// Counts of one day given for times of day at least this many minutes apart are an
    /// update, not a conflict (see settings.yaml); 0 never.
    count_clock_gap_minutes: usize => Bounded<0, 1440>,
    /// In a lead paragraph longer than twice this many characters, the lead ends with the
    /// first sentence that ends this many characters in or later (see settings.yaml).
    count_lead_chars: usize => Bounded<1, 100000>,
    /// Counts further apart than this many days are never one quantity (see settings.yaml).
    count_event_max_days: usize => Bounded<0, 36500>,
    /// Counts whose values are more than this many times apart are never one quantity.
    count_max_ratio: usize => Bounded<1, 1000000>,
    /// More distinct numbers than this in one conflict, none written twice: several quantities.
    count_max_values: usize => Bounded<2, 1000>,
    /// Two figures of one article's body in sentences next to each other disagree when one
    /// is given by at least this many other articles and the other by none; 0 never.
    count_corroborating_articles: usize => Bounded<0, 1000>,
    /// Smallest bare four-digit number read as a year, not a count.
    count_year_min: usize => Bounded<0, 9999>,
    /// Largest bare four-digit number read as a year, not a count.
    count_year_max: usize => Bounded<0, 9999>,
    /// Longest sentence, in tokens; longer ones are cut so unpunctuated text stays fast.
    max_sentence_tokens: usize => Bounded<20, 5000>,
    /// Claims each date or count claim is compared with in each of its blocks (bounds the
    /// event matching's time by the input's size, not its square).
    max_candidates: usize => Bounded<10, 100000>,
    /// Stories (see `crate::stories`): an article naming fewer entities than this may
    /// belong to any story.
    story_few_names: usize => Bounded<0, 100>,
    /// Entities two articles name in common to be joined into one story.
    story_min_shared: usize => Bounded<1, 20>,
    /// Articles published further apart than this many days are two stories.
    story_max_days: usize => Bounded<0, 36500>,
    /// An entity named by more articles than this joins no stories.
    story_max_articles: usize => Bounded<2, 1000000>,
    /// A date resolved from its article's publication date ("Kamis", "kemarin") is one
    /// event only with dates of articles published at most this many days apart.
    relative_date_max_days: usize => Bounded<0, 36500>,
    /// Dates further apart than this many days are never one event (see settings.yaml).
    date_event_max_days: usize => Bounded<0, 36500>,
    /// Dates of one event further apart than this many days disagree only as a slip of one
    /// of day, month and year; apart in more of them they are two events.
    date_near_days: usize => Bounded<0, 36500>,
    /// A date written with its weekday in a year one keystroke from its article's, whose
    /// day and month lie at most this many days from the publication date, is a year slip.
    year_slip_days: usize => Bounded<0, 366>,
    /// A later date with its weekday and no past marker is told as past only when it lies
    /// more than this many days after publication (nearer, it is a schedule).
    dateline_schedule_days: usize => Bounded<0, 366>,
    /// A later date with a weekday that fits it (as a calendar or a schedule writes the
    /// coming days) and no past marker is told as past only when it lies more than this
    /// many days after publication.
    dateline_calendar_days: usize => Bounded<0, 3660>,
    /// A line of a date and at most this many other words is an item of a list of days.
    dateline_list_line_words: usize => Bounded<0, 20>,
    /// A day and month written with a weekday and no year, at most this many days from the
    /// publication date in its nearest year, is of that year (a weekday that does not fit is
    /// a slip); further away, the year before or after that the weekday fits is taken.
    weekday_year_days: usize => Bounded<0, 366>,
    /// A weekday conflict quotes the related articles' spans of its date with the day name
    /// it falls on from at most this many articles (its own first).
    weekday_evidence_articles: usize => Bounded<0, 1000>,
    /// A date conflict with more distinct dates than this is several events chained
    /// together, not one given different dates: not reported.
    date_max_values: usize => Bounded<2, 1000>,
    /// A `date` conflict among one outlet's articles with no date written by at least this
    /// many of them is an `info` (see settings.yaml); 0 or 1 never.
    date_corroborating_articles: usize => Bounded<0, 1000>,
}

impl Default for Settings {
    /// The settings of the built-in `rules/settings.yaml`, where every default is written.
    fn default() -> Self {
        let text = include_str!("../../rules/settings.yaml");
        let file: super::file::RuleFile =
            serde_yaml::from_str(text).expect("rules/settings.yaml is a valid rule file");
        Settings::complete(file.settings)
            .unwrap_or_else(|name| panic!("rules/settings.yaml does not set `{name}`"))
    }
}

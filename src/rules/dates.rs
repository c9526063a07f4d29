//! Date rules: month and weekday names, their cue and blocking words, ranges, relative and
//! counted expressions, clock and clause markers, merged from the `rules/*/dates.yaml` files
//! (but for their `abbreviations`, `clause_breaks` and `skip_lines_starting_with`, which are
//! knowledge of the text that all stages share: see the `text` module).

use std::collections::{BTreeMap, BTreeSet};

use chrono::Weekday;

use super::file::{self, Part, Position, RuleFile, Toward, Unit};
use super::{add_phrases, line_of, line_of_nth, tokens, PhraseSet};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthWord {
    pub month: u32,
    pub(crate) abbreviation: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WeekdayWord {
    pub weekday: Weekday,
    pub(crate) abbreviation: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Relative {
    pub unit: Unit,
    pub shift: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NameModifier {
    pub position: Position,
    pub(crate) direction: Toward,
}

/// Date words and cues, merged over all files (`rules/*/dates.yaml`).
#[derive(Debug, Clone, Default)]
pub(crate) struct DateRules {
    pub(crate) months: PhraseSet<MonthWord>,
    pub(crate) weekdays: PhraseSet<WeekdayWord>,
    pub(crate) ambiguous: BTreeSet<String>,
    pub(crate) weekday_cues: PhraseSet<()>,
    pub(crate) weekday_blockers: PhraseSet<()>,
    /// Words right after a day name that make it part of a name (`weekday_blockers_after`).
    pub(crate) weekday_blockers_after: PhraseSet<()>,
    /// `weekday_ordinals_after`: "Senin pertama", "Jumat terakhir".
    pub(crate) weekday_ordinals_after: PhraseSet<()>,
    /// `weekday_ordinals_before`: "second" in "the second Sunday".
    pub(crate) weekday_ordinals_before: PhraseSet<()>,
    /// `month_links`: "of", "in" before a month or year.
    pub(crate) month_links: PhraseSet<()>,
    /// `day_range_joins`: "to", "hingga" between two days of a month.
    pub(crate) day_range_joins: PhraseSet<()>,
    /// Times of day (`clock_before`, `clock_after`, `clock_afternoon`): see
    /// `reconcile::clock`.
    pub(crate) clock_before: PhraseSet<()>,
    pub(crate) clock_after: PhraseSet<()>,
    pub(crate) clock_afternoon: PhraseSet<()>,
    /// `date_list_joins`: "dan", "and" between the dates of a list.
    pub(crate) date_list_joins: PhraseSet<()>,
    /// `offset_words`: "after", "setelah" between a span of time and its anchor date.
    pub(crate) offset_words: PhraseSet<()>,
    /// `duration_words`: "for", "selama" before a span counted from a date.
    pub(crate) duration_words: PhraseSet<()>,
    /// `narrative_before`: "following" in "the following Friday".
    pub(crate) narrative_before: PhraseSet<()>,
    /// `narrative_after`: "berikutnya" in "Jumat berikutnya".
    pub(crate) narrative_after: PhraseSet<()>,
    /// Parts of a day written between a weekday and its bracketed date: "Rabu malam
    /// (28/5/2025)".
    pub(crate) day_parts: PhraseSet<()>,
    pub(crate) year_cues: PhraseSet<()>,
    /// Words that number a document ("Nomor" in "UU Nomor 19 Tahun 2004"): a year cued after
    /// `<word> N` is the document's year, not a date.
    pub(crate) document_numbers: PhraseSet<()>,
    pub(crate) period_parts: PhraseSet<Part>,
    pub(crate) range_open: PhraseSet<usize>,
    pub(crate) range_join: PhraseSet<Vec<usize>>,
    pub(crate) relative: PhraseSet<Relative>,
    pub(crate) counted_units: PhraseSet<Unit>,
    pub(crate) counted_after: PhraseSet<i32>,
    /// Count words for counted relative dates; `None` for a vague count.
    pub(crate) count_words: PhraseSet<Option<i32>>,
    pub(crate) name_modifiers: PhraseSet<NameModifier>,
    pub(crate) ordinal_suffixes: PhraseSet<()>,
    pub(crate) future_markers: PhraseSet<()>,
    /// Words right before a date that make it a deadline or a period's edge (`until_words`).
    pub(crate) until_words: PhraseSet<()>,
    /// Words that mark a clause as telling of the past (`past_markers`).
    pub(crate) past_markers: PhraseSet<()>,
    /// Past markers that count only before the date in its clause (`past_markers_before`):
    /// after it they tell what holds by then ("Januari 2026 sudah ada KUHAP baru").
    pub(crate) past_markers_before: PhraseSet<()>,
    /// `since_words`: "sejak", "since" right before a date.
    pub(crate) since_words: PhraseSet<()>,
    /// `period_past_markers`: "was", "were" before a later month or year.
    pub(crate) period_past_markers: PhraseSet<()>,
    /// `ahead_words`: "sebelum", "menjelang", "ahead of" before a date in its clause.
    pub(crate) ahead_words: PhraseSet<()>,
    /// `connectives`: "namun", "kemudian", "however" opening a clause before its date.
    pub(crate) connectives: PhraseSet<()>,
    /// `holidays`: names of feasts and public holidays, no entity's.
    pub(crate) holidays: PhraseSet<()>,
    /// Words before a header date that make it a publication or update stamp.
    pub(crate) publication_words: PhraseSet<()>,
    /// Range open/join families numbered as files are merged.
    range_families: usize,
}

impl DateRules {
    /// The date sections of one file.
    pub(super) fn merge(&mut self, path: &str, text: &str, f: &RuleFile) -> Result<()> {
        let mut seen = Seen::new(path, text);
        for m in &f.months {
            let month = m.month.0 as u32;
            for (phrase, abbreviation) in tagged(&m.names, &m.abbreviations) {
                seen.check("months", phrase, month.to_string())?;
                let word = MonthWord {
                    month,
                    abbreviation,
                };
                self.months.insert(tokens(path, text, phrase)?, word);
            }
        }
        for w in &f.weekdays {
            let weekday = weekday(w.weekday);
            for (phrase, abbreviation) in tagged(&w.names, &w.abbreviations) {
                seen.check("weekdays", phrase, weekday.to_string())?;
                let word = WeekdayWord {
                    weekday,
                    abbreviation,
                };
                self.weekdays.insert(tokens(path, text, phrase)?, word);
            }
        }
        self.ambiguous
            .extend(f.ambiguous.iter().map(|p| p.0.clone()));
        for (set, list) in [
            (&mut self.weekday_cues, &f.weekday_cues),
            (&mut self.weekday_blockers, &f.weekday_blockers),
            (&mut self.weekday_blockers_after, &f.weekday_blockers_after),
            (&mut self.weekday_ordinals_after, &f.weekday_ordinals_after),
            (
                &mut self.weekday_ordinals_before,
                &f.weekday_ordinals_before,
            ),
            (&mut self.month_links, &f.month_links),
            (&mut self.day_range_joins, &f.day_range_joins),
            (&mut self.clock_before, &f.clock_before),
            (&mut self.clock_after, &f.clock_after),
            (&mut self.clock_afternoon, &f.clock_afternoon),
            (&mut self.date_list_joins, &f.date_list_joins),
            (&mut self.offset_words, &f.offset_words),
            (&mut self.duration_words, &f.duration_words),
            (&mut self.narrative_before, &f.narrative_before),
            (&mut self.narrative_after, &f.narrative_after),
            (&mut self.day_parts, &f.day_parts),
            (&mut self.year_cues, &f.year_cues),
            (&mut self.document_numbers, &f.document_numbers),
            (&mut self.ordinal_suffixes, &f.ordinal_suffixes),
            (&mut self.future_markers, &f.future_markers),
            (&mut self.until_words, &f.until_words),
            (&mut self.past_markers, &f.past_markers),
            (&mut self.past_markers_before, &f.past_markers_before),
            (&mut self.since_words, &f.since_words),
            (&mut self.period_past_markers, &f.period_past_markers),
            (&mut self.ahead_words, &f.ahead_words),
            (&mut self.connectives, &f.connectives),
            (&mut self.holidays, &f.holidays),
            (&mut self.publication_words, &f.publication_words),
        ] {
            add_phrases(set, list, path, text)?;
        }
        for entry in &f.period_parts {
            for phrase in &entry.words {
                seen.check("period_parts", phrase, format!("{:?}", entry.part))?;
                self.period_parts
                    .insert(tokens(path, text, phrase)?, entry.part);
            }
        }
        for entry in &f.ranges {
            // Each open/join family gets its own id so "antara ... dan" never pairs with
            // "dari ... hingga" words of another family.
            let family = self.range_families;
            self.range_families += 1;
            if entry.open.is_empty() || entry.join.is_empty() {
                return Err(Error::rules(
                    path,
                    line_of(text, "open:"),
                    "a range needs at least one `open` and one `join` word",
                ));
            }
            for phrase in &entry.open {
                self.range_open.insert(tokens(path, text, phrase)?, family);
            }
            for phrase in &entry.join {
                // A join word may serve several families ("and" in "between ... and" and
                // "from ... and"): it keeps them all.
                let toks = tokens(path, text, phrase)?;
                let mut families = self.range_join.get(&toks).cloned().unwrap_or_default();
                families.push(family);
                self.range_join.insert(toks, families);
            }
        }
        for entry in &f.relative {
            let rel = Relative {
                unit: entry.unit,
                shift: entry.shift.0,
            };
            seen.check("relative", &entry.phrase, format!("{:?}", rel))?;
            self.relative
                .insert(tokens(path, text, &entry.phrase)?, rel);
        }
        for (phrase, unit) in &f.counted_relative.units {
            self.counted_units
                .insert(tokens(path, text, phrase)?, *unit);
        }
        for (phrase, dir) in &f.counted_relative.after {
            self.counted_after
                .insert(tokens(path, text, phrase)?, dir.0);
        }
        for (phrase, n) in &f.counted_relative.counts {
            self.count_words
                .insert(tokens(path, text, phrase)?, Some(n.0 as i32));
        }
        for phrase in &f.counted_relative.vague {
            self.count_words.insert(tokens(path, text, phrase)?, None);
        }
        for entry in &f.name_modifiers {
            let m = NameModifier {
                position: entry.position,
                direction: entry.direction,
            };
            self.name_modifiers
                .insert(tokens(path, text, &entry.word)?, m);
        }
        Ok(())
    }
}

fn weekday(w: file::WeekdayName) -> Weekday {
    use file::WeekdayName::*;
    match w {
        Monday => Weekday::Mon,
        Tuesday => Weekday::Tue,
        Wednesday => Weekday::Wed,
        Thursday => Weekday::Thu,
        Friday => Weekday::Fri,
        Saturday => Weekday::Sat,
        Sunday => Weekday::Sun,
    }
}

/// Names (false) then abbreviations (true).
fn tagged<'a>(
    names: &'a [file::Phrase],
    abbrs: &'a [file::Phrase],
) -> impl Iterator<Item = (&'a file::Phrase, bool)> {
    names
        .iter()
        .map(|p| (p, false))
        .chain(abbrs.iter().map(|p| (p, true)))
}

/// Catches one word given two different meanings within one file.
struct Seen<'a> {
    path: &'a str,
    text: &'a str,
    map: BTreeMap<(&'static str, String), String>,
}

impl<'a> Seen<'a> {
    fn new(path: &'a str, text: &'a str) -> Self {
        Seen {
            path,
            text,
            map: BTreeMap::new(),
        }
    }

    fn check(
        &mut self,
        section: &'static str,
        phrase: &file::Phrase,
        meaning: String,
    ) -> Result<()> {
        match self
            .map
            .insert((section, phrase.0.clone()), meaning.clone())
        {
            Some(old) if old != meaning => Err(Error::rules(
                self.path,
                line_of_nth(self.text, &phrase.0, 2),
                format!(
                    "'{}' is listed twice in {section} with different meanings",
                    phrase.0
                ),
            )),
            _ => Ok(()),
        }
    }
}

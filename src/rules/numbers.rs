//! Number rules: number words, bounds, ranges, count cues, measures, match scores and goal
//! minutes, merged from the `numbers` section of the `rules/*/numbers.yaml` files.

use super::file::{self, Bound, RuleFile};
use super::{add_phrases, line_of, tokens, PhraseSet};
use crate::error::{Error, Result};

/// Number words and count cues, merged over all files.
#[derive(Debug, Clone, Default)]
pub(crate) struct NumberRules {
    pub words: PhraseSet<f64>,
    pub(crate) scales: PhraseSet<f64>,
    pub(crate) teens: PhraseSet<f64>,
    pub vague: PhraseSet<(f64, f64)>,
    pub bounds: PhraseSet<Bound>,
    /// `bounds_after`: "lebih" in "1.000 unit lebih", with `compare_after` ("dari").
    pub(crate) bounds_after: PhraseSet<Bound>,
    pub(crate) compare_after: PhraseSet<()>,
    pub(crate) range_opens: PhraseSet<()>,
    pub(crate) range_joins: PhraseSet<()>,
    pub(crate) range_open_joins: PhraseSet<()>,
    /// `decimal_words`: "point", "koma".
    pub(crate) decimal_words: PhraseSet<()>,
    pub(crate) others_after: PhraseSet<()>,
    pub(crate) others_before: PhraseSet<()>,
    /// Words joining the parts of a number after a scale word: "and" in "one hundred and six".
    pub joins: PhraseSet<()>,
    pub(crate) classifiers: PhraseSet<()>,
    pub(crate) not_counted: PhraseSet<()>,
    pub percent: PhraseSet<()>,
    pub(crate) not_after: PhraseSet<()>,
    pub idioms: PhraseSet<()>,
    pub(crate) total_words: PhraseSet<()>,
    pub(crate) part_of: PhraseSet<()>,
    pub(crate) whole_before: PhraseSet<()>,
    pub(crate) part_before: PhraseSet<()>,
    /// Words after a number that stand for the noun of the count before it: as its others
    /// (`12 lainnya`) or as a part of it (`30 di antaranya`).
    pub(crate) anaphora_others: PhraseSet<()>,
    pub(crate) anaphora_part: PhraseSet<()>,
    pub(crate) money_before: PhraseSet<()>,
    /// Words naming a fixed measure → its index in `measure_list`.
    pub measures: PhraseSet<usize>,
    pub(crate) measure_list: Vec<Measure>,
    /// The words of match scores (`rules/*/numbers.yaml`, `scores`).
    pub(crate) scores: ScoreRules,
    /// The words of scorers' goal minutes (`rules/*/numbers.yaml`, `goals`).
    pub(crate) goals: GoalRules,
}

/// The words of scorers' goal minutes, merged over all files (see [`file::GoalWords`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct GoalRules {
    pub(crate) cues: PhraseSet<()>,
    pub(crate) minute_words: PhraseSet<()>,
    pub(crate) minute_before: PhraseSet<()>,
    pub(crate) setups: PhraseSet<()>,
    pub(crate) scorer_before: PhraseSet<()>,
    pub(crate) joiners: PhraseSet<()>,
    pub(crate) notes: PhraseSet<()>,
    pub(crate) not_goals: PhraseSet<()>,
}

/// The words of match scores, merged over all files (see [`file::ScoreWords`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct ScoreRules {
    pub(crate) cues: PhraseSet<()>,
    pub(crate) pairings: PhraseSet<()>,
    /// `against`: "ke gawang" before the side a figure is against.
    pub(crate) against: PhraseSet<()>,
    /// `sided`: nouns of what a side scores or earns.
    pub(crate) sided: PhraseSet<()>,
    /// `conceded`: "kebobolan" before a `sided` count.
    pub(crate) conceded: PhraseSet<()>,
    pub r#final: PhraseSet<()>,
    pub(crate) interim: PhraseSet<()>,
    pub current: PhraseSet<()>,
    pub(crate) narrative: PhraseSet<()>,
    pub(crate) not_scores: PhraseSet<()>,
    pub(crate) team_words: PhraseSet<()>,
}

/// A fixed measure of one event (`depth`), its units with their sizes and the events it
/// measures (`gempa`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Measure {
    pub name: String,
    pub units: PhraseSet<f64>,
    pub of: PhraseSet<()>,
    /// A number with no unit after it is in the base unit (`bare`).
    pub bare: bool,
    /// The largest value of the measure (`max`).
    pub max: Option<f64>,
    /// Its units name it, with no word before the number (`named_by_unit`).
    pub named_by_unit: bool,
    /// Values at most this far apart are one (`tolerance`).
    pub tolerance: Option<f64>,
    /// Values further apart are one measure only one slip apart (`slips_only`).
    pub slips_only: bool,
}

impl NumberRules {
    /// The `numbers` section of one file (its language's `decimal_mark` and
    /// `modifier_endings` go to [`super::Rules::languages`]).
    pub(super) fn merge(&mut self, path: &str, text: &str, f: &RuleFile) -> Result<()> {
        let n = &f.numbers;
        let num = self;
        for (set, map) in [
            (&mut num.words, &n.words),
            (&mut num.scales, &n.scales),
            (&mut num.teens, &n.teens),
        ] {
            for (phrase, v) in map {
                set.insert(tokens(path, text, phrase)?, v.0);
            }
        }
        for v in &n.vague {
            if v.from.0 > v.to.0 {
                return Err(Error::rules(
                    path,
                    line_of(text, &v.word.0),
                    format!("vague amount '{}' has from > to", v.word.0),
                ));
            }
            num.vague
                .insert(tokens(path, text, &v.word)?, (v.from.0, v.to.0));
        }
        for b in &n.bounds {
            for phrase in &b.words {
                num.bounds.insert(tokens(path, text, phrase)?, b.bound);
            }
        }
        for b in &n.bounds_after {
            for phrase in &b.words {
                num.bounds_after
                    .insert(tokens(path, text, phrase)?, b.bound);
            }
        }
        for (set, list) in [
            (&mut num.compare_after, &n.compare_after),
            (&mut num.range_opens, &n.range_opens),
            (&mut num.range_joins, &n.range_joins),
            (&mut num.range_open_joins, &n.range_open_joins),
            (&mut num.decimal_words, &n.decimal_words),
            (&mut num.others_after, &n.others_after),
            (&mut num.others_before, &n.others_before),
            (&mut num.joins, &n.joins),
            (&mut num.classifiers, &n.classifiers),
            (&mut num.not_counted, &n.not_counted),
            (&mut num.percent, &n.percent),
            (&mut num.not_after, &n.not_after),
            (&mut num.idioms, &n.idioms),
            (&mut num.total_words, &n.total_words),
            (&mut num.part_of, &n.part_of),
            (&mut num.whole_before, &n.whole_before),
            (&mut num.part_before, &n.part_before),
            (&mut num.anaphora_others, &n.anaphora_others),
            (&mut num.anaphora_part, &n.anaphora_part),
            (&mut num.scores.cues, &n.scores.cues),
            (&mut num.scores.pairings, &n.scores.pairings),
            (&mut num.scores.against, &n.scores.against),
            (&mut num.scores.sided, &n.scores.sided),
            (&mut num.scores.conceded, &n.scores.conceded),
            (&mut num.scores.r#final, &n.scores.r#final),
            (&mut num.scores.interim, &n.scores.interim),
            (&mut num.scores.current, &n.scores.current),
            (&mut num.scores.narrative, &n.scores.narrative),
            (&mut num.scores.not_scores, &n.scores.not_scores),
            (&mut num.scores.team_words, &n.scores.team_words),
            (&mut num.goals.cues, &n.goals.cues),
            (&mut num.goals.minute_words, &n.goals.minute_words),
            (&mut num.goals.minute_before, &n.goals.minute_before),
            (&mut num.goals.setups, &n.goals.setups),
            (&mut num.goals.scorer_before, &n.goals.scorer_before),
            (&mut num.goals.joiners, &n.goals.joiners),
            (&mut num.goals.notes, &n.goals.notes),
            (&mut num.goals.not_goals, &n.goals.not_goals),
        ] {
            add_phrases(set, list, path, text)?;
        }
        for sign in &n.money_before {
            let phrase = file::Phrase(sign.0.clone());
            num.money_before.insert(tokens(path, text, &phrase)?, ());
        }
        for m in &n.measures {
            if m.units.is_empty() || m.of.is_empty() {
                return Err(Error::rules(
                    path,
                    line_of(text, &m.measure),
                    format!("measure '{}' needs units and events (`of`)", m.measure),
                ));
            }
            // One measure of one name across the language files: a word both write ("m")
            // names it with the units and events of both.
            let index = match num.measure_list.iter().position(|x| x.name == m.measure) {
                Some(i) => i,
                None => {
                    num.measure_list.push(Measure {
                        name: m.measure.clone(),
                        ..Measure::default()
                    });
                    num.measure_list.len() - 1
                }
            };
            let measure = &mut num.measure_list[index];
            for (phrase, size) in &m.units {
                measure.units.insert(tokens(path, text, phrase)?, size.0);
            }
            add_phrases(&mut measure.of, &m.of, path, text)?;
            measure.bare = m.bare;
            if m.max.is_some() {
                measure.max = m.max.map(|a| a.0);
            }
            measure.named_by_unit = m.named_by_unit;
            measure.slips_only = m.slips_only;
            if m.tolerance.is_some() {
                measure.tolerance = m.tolerance.map(|a| a.0);
            }
            for phrase in &m.words {
                num.measures.insert(tokens(path, text, phrase)?, index);
            }
        }
        Ok(())
    }
}

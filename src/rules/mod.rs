//! Rule data: the language knowledge factlint works with (month and weekday names, cue
//! words, relative expressions, severities, settings), read from YAML files.
//!
//! The files under the top-level `rules/` folder are embedded in the binary
//! ([`builtin::FILES`]). `--rules DIR` adds the YAML files found in DIR: a file whose path
//! inside DIR equals a built-in one (`id/dates.yaml`) replaces it, any other file is added,
//! and entries read later override earlier entries for the same word or setting.
//! Rust code holds no language word list: everything here comes from those files.

mod builtin;
mod file;
mod phrases;
mod settings;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::Weekday;

use crate::error::{display_path, io_reason, Error, Result};
use crate::kinds::{Kind, Severity};
use crate::text::{phrase_tokens, Token};
use crate::walk::Entry;

pub use builtin::FILES as BUILTIN_FILES;
pub use file::{
    Bound, DateOrder, DecimalMark, EntityKind, NumericDates, Order, Part, Position, RuleFile,
    Toward, Unit,
};
pub use phrases::PhraseSet;
pub use settings::{Allowed, Settings, SETTINGS};

/// Largest rule file read, in bytes.
pub(crate) const MAX_RULE_FILE_BYTES: u64 = 4 * 1024 * 1024;

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

/// A title or role, merged over all files that list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TitleInfo {
    /// The canonical name shown in reports.
    pub name: String,
    pub class: String,
    pub exclusive: Vec<String>,
    /// An office of a place ("Bupati Garut Rudy Gunawan"); see [`file::TitleEntry`].
    pub(crate) jurisdiction: bool,
}

/// What an institution word makes of a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Institution {
    pub head: String,
    pub(crate) category: String,
}

/// A known place or organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Alias {
    pub name: String,
    pub kind: EntityKind,
    /// Its forms not in capitals, word by word, lower-case (["tiongkok"], ["amerika",
    /// "serikat"]).
    pub forms: Vec<Vec<String>>,
}

/// One written form of a known entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AliasForm {
    /// Index in [`Rules::alias_list`].
    pub(crate) alias: usize,
    /// Written in capitals ("AS"): matches only text in capitals.
    pub(crate) caps: bool,
}

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

/// What factlint knows of one language (a rule file's `language:`): its function words,
/// by which an article's language is told, and how it writes decimals.
#[derive(Debug, Clone, Default)]
pub struct Language {
    pub(crate) stopwords: rustc_hash::FxHashSet<String>,
    pub(crate) decimal_mark: Option<DecimalMark>,
    /// The order of day and month in all-numeric dates (`numeric_dates`).
    pub(crate) numeric_dates: Option<NumericDates>,
    /// Endings of adjectives that stand before a counted noun (`medical students`).
    pub(crate) modifier_endings: Vec<String>,
}

/// Event words: what ties a claim to the event it describes.
#[derive(Debug, Clone, Default)]
pub(crate) struct EventRules {
    /// Function words of all languages.
    pub(crate) stopwords: rustc_hash::FxHashSet<String>,
    /// Light verbs as written (`light`); their stems are in `light_stems`.
    pub(crate) light: Vec<String>,
    /// Stems of the light verbs: content words no two claims share as their event's word.
    pub(crate) light_stems: rustc_hash::FxHashSet<String>,
    /// Concept phrases as written → concept names.
    pub concepts: PhraseSet<Vec<String>>,
    /// Stems of one-word concept forms → concept names.
    pub(crate) concept_stems: BTreeMap<String, Vec<String>>,
    /// Longest first.
    pub(crate) prefixes: Vec<String>,
    /// (ending, replacement), longest ending first.
    pub(crate) suffixes: Vec<(String, String)>,
    pub(crate) pronouns: PhraseSet<()>,
    pub(crate) definite_before: PhraseSet<()>,
    pub(crate) definite_after: PhraseSet<()>,
    pub(crate) conjunctions: PhraseSet<()>,
    pub(crate) relatives: PhraseSet<()>,
    pub(crate) earlier_markers: PhraseSet<()>,
    pub(crate) telling: PhraseSet<()>,
    /// `citing`: "mengutip", "dilansir dari" before a source's name.
    pub(crate) citing: PhraseSet<()>,
    pub(crate) as_of: PhraseSet<()>,
    /// The `as_of` phrases of one word.
    pub(crate) as_of_words: Vec<String>,
    pub(crate) reached: PhraseSet<()>,
    /// Distinguishing modifiers as written → the phrase's normalised text.
    pub(crate) distinct_markers: PhraseSet<String>,
    /// `hypothetical`: "andai", "if" before a claim in its sentence.
    pub(crate) hypothetical: PhraseSet<()>,
    /// `negations`: "tidak", "not" in a count's clause window.
    pub(crate) negations: PhraseSet<()>,
    /// `duration_before` and `duration_units`: "dalam waktu 24 jam" in a count's window.
    pub(crate) duration_before: PhraseSet<()>,
    pub(crate) duration_units: PhraseSet<()>,
    /// `sum_joiners`: "dan", "and" between the members of a sum.
    pub(crate) sum_joiners: PhraseSet<()>,
    /// `sum_members`: nouns of a person's role ("sopir", "driver").
    pub(crate) sum_members: PhraseSet<()>,
    /// Every concept name.
    pub(crate) concept_names: BTreeSet<String>,
    /// Concept → its exclusive group.
    pub(crate) concept_groups: BTreeMap<String, String>,
    /// Concepts whose counts may fall between days.
    pub falling: BTreeSet<String>,
}

/// All rule data, merged and compiled for matching against tokens.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// The merged `settings:` of all rule files (defaults in `rules/settings.yaml`).
    pub settings: Settings,
    severities: BTreeMap<Kind, Severity>,
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
    pub(crate) clause_breaks: PhraseSet<()>,
    pub(crate) skip_lines: PhraseSet<()>,
    /// Words before a header date that make it a publication or update stamp.
    pub(crate) publication_words: PhraseSet<()>,
    pub(crate) abbreviations: BTreeSet<String>,
    /// Title forms → index in `title_list`.
    pub(crate) titles: PhraseSet<usize>,
    pub(crate) title_list: Vec<TitleInfo>,
    /// Institution words → (index in `institution_list`, where the word stands).
    pub(crate) institutions: PhraseSet<(usize, Order)>,
    pub(crate) institution_list: Vec<Institution>,
    /// Words of institution names → their canonical word.
    pub(crate) name_words: PhraseSet<String>,
    /// Head words of names with no other cue, and the kind they make the name.
    pub(crate) name_heads: PhraseSet<EntityKind>,
    /// Identifiers (`identifiers`): words before a code → its type ("penerbangan" →
    /// "flight").
    pub(crate) code_heads: PhraseSet<String>,
    /// Document type words → (type, short form): "peraturan pemerintah" → ("regulation",
    /// "PP").
    pub(crate) document_types: PhraseSet<(String, String)>,
    /// Head words of names a hull number may follow → the type ("kri" → "ship").
    pub(crate) numbered_names: PhraseSet<String>,
    /// Words that announce a vehicle's plate (`identifiers.plates.forms`: "nopol").
    pub(crate) plate_heads: PhraseSet<()>,
    /// A plate's region codes → the type plates are reported as (`identifiers.plates`:
    /// "b" → "plate").
    pub(crate) plate_regions: PhraseSet<String>,
    /// Words between a document's number and its year ("tahun").
    pub(crate) identifier_years: PhraseSet<()>,
    /// Words after a document's number before what it is about ("tentang").
    pub(crate) identifier_about: PhraseSet<()>,
    /// Ages (`ages`): words right before an age's number ("berusia", "aged").
    pub(crate) age_before: PhraseSet<()>,
    /// Words between a name and an `age_before` word ("yang").
    pub(crate) age_between: PhraseSet<()>,
    /// Units after an age's number ("tahun", "years old").
    pub(crate) age_units: PhraseSet<()>,
    /// Words before a person's initials (`ages.initials_before`: "berinisial").
    pub(crate) initials_before: PhraseSet<()>,
    /// Words that join a list of initials' last two items (`initials.joiners`: "dan").
    pub(crate) initials_joiners: PhraseSet<()>,
    /// Words that may stand before each initials of a list (`initials.honorifics`:
    /// "saudara").
    pub(crate) initials_honorifics: PhraseSet<()>,
    /// Words that say who the people of a list of initials are → the role
    /// (`initials.roles`: "tersangka" → "suspect").
    pub(crate) initials_roles: PhraseSet<String>,
    /// Each word of a `name_variants.words` set → the set's number.
    pub(crate) variant_words: BTreeMap<String, usize>,
    /// Words made from a known name (`derived` in `aliases.yaml`: "german", "israeli"),
    /// lower-case: no slip of its forms.
    pub(crate) derived_words: BTreeSet<String>,
    /// Alternating endings and beginnings of one word (`name_variants`).
    pub(crate) variant_endings: Vec<(String, String)>,
    pub(crate) variant_beginnings: Vec<(String, String)>,
    pub(crate) variant_infixes: Vec<(String, String)>,
    /// Beginnings that make another word (`distinct_words.beginnings`), and those that
    /// make a head of what the rest names (`distinct_words.prefixes`).
    pub(crate) distinct_beginnings: Vec<(String, String)>,
    pub(crate) head_prefixes: Vec<String>,
    pub(crate) aliases: PhraseSet<AliasForm>,
    pub(crate) alias_list: Vec<Alias>,
    /// Affiliation words → whether they need a role before them.
    pub(crate) affiliation_words: PhraseSet<bool>,
    pub(crate) apposition: PhraseSet<()>,
    pub(crate) determiners: PhraseSet<()>,
    /// Forms of address (`address`): determiners that mark a person's name.
    pub(crate) address: PhraseSet<()>,
    pub(crate) speech_before: PhraseSet<()>,
    pub(crate) speech_after: PhraseSet<()>,
    pub(crate) former: PhraseSet<()>,
    pub(crate) serving: PhraseSet<()>,
    pub(crate) common_openers: PhraseSet<()>,
    pub(crate) retired: PhraseSet<()>,
    pub(crate) connectors: PhraseSet<()>,
    pub(crate) institution_connectors: PhraseSet<()>,
    pub(crate) institution_of: PhraseSet<()>,
    pub(crate) place_suffixes: PhraseSet<()>,
    /// Words that end an office's area after a place ("Kapolres Cirebon Kota").
    pub(crate) jurisdiction_suffixes: PhraseSet<()>,
    pub(crate) place_prefixes: PhraseSet<()>,
    /// Prepositions of place ("di", "ke"): a word after them is a place in the article.
    pub(crate) place_before: PhraseSet<()>,
    /// Words after which a lone capitalised word is an origin ("of Maine"), no person.
    pub(crate) origin_before: PhraseSet<()>,
    pub(crate) title_fields: PhraseSet<()>,
    /// Corps and service tags after a rank (`rank_tags`): "Inf", "Laut", "(P)".
    pub(crate) rank_tags: PhraseSet<()>,
    pub(crate) inflections: BTreeSet<String>,
    /// Words glued to a name before them by a lost space (`glued_words`), lower case.
    pub(crate) glued_words: BTreeSet<String>,
    /// Generational suffixes of names ("jr", "iii"), lower case.
    pub(crate) name_suffixes: BTreeSet<String>,
    pub(crate) incompatible_classes: Vec<(String, String)>,
    /// Title classes that are ranks (`title_rules.rank_classes`).
    pub(crate) rank_classes: BTreeSet<String>,
    /// Title classes held in retirement (`title_rules.retirement_classes`).
    pub(crate) retirement_classes: BTreeSet<String>,
    pub(crate) exclusive_affiliations: BTreeSet<String>,
    pub(crate) numbers: NumberRules,
    /// Languages by code (`id`, `en`).
    pub languages: BTreeMap<String, Language>,
    /// Each stopword of a language → the places in `languages` of the languages it is a
    /// stopword of. Built once the rules are loaded, so [`Rules::language_of`] looks a
    /// token up once, by the hash it carries, instead of once per language.
    stopword_languages: PhraseSet<Vec<usize>>,
    pub(crate) events: EventRules,
    /// One-word concept forms, stemmed once all affixes are known.
    concept_words: Vec<(String, String)>,
    /// The files read, in order (built-in ones as `rules/...`).
    pub files: Vec<String>,
    /// Range open/join families numbered as files are merged.
    range_families: usize,
    /// SHA-256 of the rule files as loaded (see [`Rules::digest`]).
    digest: String,
}

/// Each setting a rule file gives replaces the current one.
impl Rules {
    /// The built-in rules only.
    pub fn builtin() -> Result<Rules> {
        Rules::load(&[])
    }

    /// The built-in rules plus the YAML files in each of `dirs`.
    pub fn load(dirs: &[PathBuf]) -> Result<Rules> {
        Rules::load_limited(dirs, MAX_RULE_FILE_BYTES)
    }

    /// [`Rules::load`], refusing rule files larger than `max_file_bytes`.
    pub fn load_limited(dirs: &[PathBuf], max_file_bytes: u64) -> Result<Rules> {
        let mut sources: Vec<(String, String, String)> = BUILTIN_FILES
            .iter()
            .map(|(rel, text)| (rel.to_string(), format!("rules/{rel}"), text.to_string()))
            .collect();
        for dir in dirs {
            for (rel, path, text) in read_dir_rules(dir, max_file_bytes)? {
                sources.retain(|(r, _, _)| *r != rel);
                sources.push((rel, path, text));
            }
        }
        let mut rules = Rules {
            digest: digest(&sources),
            ..Rules::default()
        };
        for (_, path, text) in &sources {
            let file = parse_file(path, text)?;
            rules.merge(path, text, file)?;
            rules.files.push(path.clone());
        }
        rules.stem_concepts();
        rules.index_stopwords();
        Ok(rules)
    }

    /// SHA-256 (hex) of the rule files in effect, as loaded: each file's path inside its
    /// folder and its text, in merge order. Any change to a rule file, an added or a
    /// removed one changes it (the archive index uses it to know its claims are stale).
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// The severity of a conflict kind: the rules' setting or the registry default.
    pub fn severity(&self, kind: Kind) -> Severity {
        self.severities
            .get(&kind)
            .copied()
            .unwrap_or(kind.info().default_severity)
    }

    /// Sets a kind's severity (a configuration's override).
    pub(crate) fn set_severity(&mut self, kind: Kind, severity: Severity) {
        self.severities.insert(kind, severity);
    }

    fn merge(&mut self, path: &str, text: &str, f: RuleFile) -> Result<()> {
        self.settings.apply(&f.settings);
        for (id, severity) in &f.severities {
            let kind = Kind::from_id(id).ok_or_else(|| {
                Error::rules(
                    path,
                    line_of(text, id),
                    format!("unknown conflict kind '{id}'"),
                )
            })?;
            self.severities.insert(kind, *severity);
        }

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
        self.abbreviations
            .extend(f.abbreviations.iter().map(|p| p.0.clone()));
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
            (&mut self.clause_breaks, &f.clause_breaks),
            (&mut self.skip_lines, &f.skip_lines_starting_with),
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
        self.merge_entities(path, text, &f)?;
        self.merge_numbers(path, text, &f)?;
        if let Some(order) = f.numeric_dates {
            language_entry(&mut self.languages, path, text, &f, "numeric_dates")?.numeric_dates =
                Some(order);
        }
        self.merge_events(path, text, &f)?;
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

impl Rules {
    /// The entity sections of one file: titles, institutions, aliases and cue words.
    fn merge_entities(&mut self, path: &str, text: &str, f: &RuleFile) -> Result<()> {
        for t in &f.titles {
            // A title listed in several files is an office of a place if any says so.
            let jurisdiction = t.jurisdiction
                || self
                    .title_list
                    .iter()
                    .any(|x| x.name == t.title.0 && x.jurisdiction);
            // So are its exclusive groups: each file adds its own ("Kolonel" of the
            // Indonesian ranks and "colonel" of the English file are one rank).
            let mut exclusive: Vec<String> = self
                .title_list
                .iter()
                .filter(|x| x.name == t.title.0)
                .flat_map(|x| x.exclusive.iter().cloned())
                .collect();
            for g in &t.exclusive {
                if !exclusive.contains(&g.0) {
                    exclusive.push(g.0.clone());
                }
            }
            let info = TitleInfo {
                name: t.title.0.clone(),
                class: t.class.0.clone(),
                exclusive,
                jurisdiction,
            };
            let index = upsert(&mut self.title_list, info, |a, b| a.name == b.name);
            for form in &t.forms {
                self.titles.insert(tokens(path, text, form)?, index);
            }
        }
        // Each title's deputy, unless the title is a deputy's already or the deputy is
        // listed with its own forms ("Wakil Presiden"): the deputy holds the title's
        // exclusive groups, so a deputy minister called minister is one person given two
        // offices, and "Wakil Menteri Luar Negeri" is read whole, not "Menteri Luar Negeri"
        // with "Wakil" dropped.
        if let Some(d) = &f.deputies {
            let prefix = format!("{} ", d.name.0);
            for t in &f.titles {
                if t.title.0.starts_with(&prefix) {
                    continue;
                }
                let name = format!("{prefix}{}", t.title.0);
                let Some(base) = self.title_list.iter().find(|x| x.name == t.title.0) else {
                    continue;
                };
                let info = TitleInfo {
                    name: name.clone(),
                    class: base.class.clone(),
                    exclusive: base.exclusive.clone(),
                    jurisdiction: base.jurisdiction,
                };
                let index = match self.title_list.iter().position(|x| x.name == name) {
                    Some(i) => i,
                    None => upsert(&mut self.title_list, info, |a, b| a.name == b.name),
                };
                for word in &d.forms {
                    for form in &t.forms {
                        let phrase = file::Phrase(format!("{} {}", word.0, form.0));
                        let toks = tokens(path, text, &phrase)?;
                        // A form listed for another title stays that title's.
                        if self.titles.get(&toks).is_none() {
                            self.titles.insert(toks, index);
                        }
                    }
                }
            }
        }
        for inst in &f.institutions {
            let info = Institution {
                head: inst.head.0.clone(),
                category: inst.category.0.clone(),
            };
            let index = upsert(&mut self.institution_list, info, |a, b| a == b);
            for form in &inst.forms {
                self.institutions
                    .insert(tokens(path, text, form)?, (index, inst.order));
            }
        }
        for w in &f.name_words {
            // The canonical word is a form too ("Technology" in "Bandung Institute of
            // Technology" is the name word "Teknologi" is a form of).
            for form in std::iter::once(&w.word).chain(&w.forms) {
                self.name_words
                    .insert(tokens(path, text, form)?, w.word.0.clone());
            }
        }
        for h in &f.name_heads {
            for form in &h.forms {
                self.name_heads.insert(tokens(path, text, form)?, h.kind);
            }
        }
        let ids = &f.identifiers;
        for (set, list) in [
            (&mut self.code_heads, &ids.codes),
            (&mut self.numbered_names, &ids.numbered_names),
        ] {
            for t in list {
                for form in &t.forms {
                    set.insert(tokens(path, text, form)?, t.kind.0.clone());
                }
            }
        }
        for t in &ids.documents {
            // The short form is written as given ("PP", "Perpres"); without one, the type.
            let short = t.short.clone().unwrap_or_else(|| t.kind.0.clone());
            for form in &t.forms {
                self.document_types
                    .insert(tokens(path, text, form)?, (t.kind.0.clone(), short.clone()));
            }
        }
        add_phrases(&mut self.plate_heads, &ids.plates.forms, path, text)?;
        if let Some(kind) = &ids.plates.kind {
            for region in &ids.plates.regions {
                self.plate_regions
                    .insert(tokens(path, text, region)?, kind.0.clone());
            }
        }
        add_phrases(&mut self.identifier_years, &ids.years, path, text)?;
        add_phrases(&mut self.identifier_about, &ids.about, path, text)?;
        add_phrases(&mut self.age_before, &f.ages.before, path, text)?;
        add_phrases(&mut self.age_between, &f.ages.between, path, text)?;
        add_phrases(&mut self.age_units, &f.ages.units, path, text)?;
        add_phrases(
            &mut self.initials_before,
            &f.ages.initials_before,
            path,
            text,
        )?;
        add_phrases(&mut self.initials_joiners, &f.initials.joiners, path, text)?;
        add_phrases(
            &mut self.initials_honorifics,
            &f.initials.honorifics,
            path,
            text,
        )?;
        for r in &f.initials.roles {
            for form in &r.forms {
                self.initials_roles
                    .insert(tokens(path, text, form)?, r.role.0.clone());
            }
        }
        let v = &f.name_variants;
        for set in &v.words {
            let id = self.variant_words.values().max().map_or(0, |m| m + 1);
            // A word already in a set joins the new set's words to that set.
            let id = set
                .iter()
                .find_map(|w| self.variant_words.get(&w.0).copied())
                .unwrap_or(id);
            for w in set {
                self.variant_words.insert(w.0.clone(), id);
            }
        }
        for (a, b) in &v.endings {
            self.variant_endings.push((a.0.clone(), b.0.clone()));
        }
        for (a, b) in &v.beginnings {
            self.variant_beginnings.push((a.0.clone(), b.0.clone()));
        }
        for (a, b) in &v.letters {
            self.variant_infixes.push((a.0.clone(), b.0.clone()));
        }
        let d = &f.distinct_words;
        for (a, b) in &d.beginnings {
            self.distinct_beginnings.push((a.0.clone(), b.0.clone()));
        }
        self.head_prefixes
            .extend(d.prefixes.iter().map(|p| p.0.clone()));
        for a in &f.aliases {
            let info = Alias {
                name: a.name.0.clone(),
                kind: a.kind,
                forms: Vec::new(),
            };
            let index = upsert(&mut self.alias_list, info, |a, b| a.name == b.name);
            self.derived_words
                .extend(a.derived.iter().map(|w| w.0.to_lowercase()));
            for form in &a.forms {
                let letters: Vec<char> = form.0.chars().filter(|c| c.is_alphabetic()).collect();
                let caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
                let toks = phrase_tokens(&form.0);
                if toks.is_empty() {
                    return Err(Error::rules(
                        path,
                        line_of(text, &form.0),
                        format!("'{}' has no words", form.0),
                    ));
                }
                if let Some(old) = self.aliases.get(&toks) {
                    if self.alias_list[old.alias].name != a.name.0 && !old.caps && !caps {
                        return Err(Error::rules(
                            path,
                            line_of_nth(text, &form.0, 2),
                            format!(
                                "'{}' is a form of both {} and {}",
                                form.0, self.alias_list[old.alias].name, a.name.0
                            ),
                        ));
                    }
                }
                if !caps && !self.alias_list[index].forms.contains(&toks) {
                    self.alias_list[index].forms.push(toks.clone());
                }
                self.aliases.insert(toks, AliasForm { alias: index, caps });
            }
        }
        let c = &f.entity_cues;
        for w in &c.affiliation {
            self.affiliation_words
                .insert(tokens(path, text, &w.word)?, w.needs_role);
        }
        for (set, list) in [
            (&mut self.apposition, &c.apposition),
            (&mut self.determiners, &c.determiners),
            (&mut self.address, &c.address),
            (&mut self.speech_before, &c.speech_before),
            (&mut self.speech_after, &c.speech_after),
            (&mut self.former, &c.former),
            (&mut self.serving, &c.serving),
            (&mut self.common_openers, &c.common_openers),
            (&mut self.retired, &c.retired),
            (&mut self.connectors, &c.connectors),
            (&mut self.institution_connectors, &c.institution_connectors),
            (&mut self.institution_of, &c.institution_of),
            (&mut self.place_suffixes, &c.place_suffixes),
            (&mut self.jurisdiction_suffixes, &c.jurisdiction_suffixes),
            (&mut self.place_prefixes, &c.place_prefixes),
            (&mut self.place_before, &c.place_before),
            (&mut self.origin_before, &c.origin_before),
            (&mut self.title_fields, &c.title_fields),
            (&mut self.rank_tags, &c.rank_tags),
        ] {
            add_phrases(set, list, path, text)?;
        }
        // A form of address is a determiner too: no part of the name after it.
        add_phrases(&mut self.determiners, &c.address, path, text)?;
        self.inflections
            .extend(c.inflections.iter().map(|p| p.0.clone()));
        self.glued_words
            .extend(c.glued_words.iter().map(|p| p.0.to_lowercase()));
        self.name_suffixes
            .extend(c.name_suffixes.iter().map(|p| p.0.to_lowercase()));
        for (a, b) in &f.title_rules.incompatible_classes {
            self.incompatible_classes.push((a.0.clone(), b.0.clone()));
        }
        self.rank_classes
            .extend(f.title_rules.rank_classes.iter().map(|p| p.0.clone()));
        self.retirement_classes
            .extend(f.title_rules.retirement_classes.iter().map(|p| p.0.clone()));
        self.exclusive_affiliations
            .extend(f.exclusive_affiliations.iter().map(|p| p.0.clone()));
        Ok(())
    }
}

impl Rules {
    /// The `numbers` section of one file.
    fn merge_numbers(&mut self, path: &str, text: &str, f: &RuleFile) -> Result<()> {
        let n = &f.numbers;
        let num = &mut self.numbers;
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
        if let Some(mark) = n.decimal_mark {
            language_entry(&mut self.languages, path, text, f, "decimal_mark")?.decimal_mark =
                Some(mark);
        }
        if !n.modifier_endings.is_empty() {
            let endings =
                &mut language_entry(&mut self.languages, path, text, f, "modifier_endings")?
                    .modifier_endings;
            for e in &n.modifier_endings {
                if !endings.contains(&e.0) {
                    endings.push(e.0.clone());
                }
            }
        }
        Ok(())
    }

    /// The `events` section of one file.
    fn merge_events(&mut self, path: &str, text: &str, f: &RuleFile) -> Result<()> {
        let e = &f.events;
        let ev = &mut self.events;
        for w in &e.stopwords {
            ev.stopwords.insert(w.0.clone());
        }
        ev.light.extend(e.light.iter().map(|w| w.0.clone()));
        if !e.stopwords.is_empty() {
            language_entry(&mut self.languages, path, text, f, "stopwords")?
                .stopwords
                .extend(e.stopwords.iter().map(|w| w.0.clone()));
        }
        for c in &e.concepts {
            for w in &c.words {
                let toks = tokens(path, text, w)?;
                let mut names = ev.concepts.get(&toks).cloned().unwrap_or_default();
                if !names.contains(&c.concept.0) {
                    names.push(c.concept.0.clone());
                    names.sort();
                }
                if toks.len() == 1 {
                    self.concept_words
                        .push((toks[0].clone(), c.concept.0.clone()));
                }
                ev.concepts.insert(toks, names);
            }
        }
        for p in &e.prefixes {
            if !ev.prefixes.contains(&p.0) {
                ev.prefixes.push(p.0.clone());
            }
        }
        ev.prefixes
            .sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        for s in &e.suffixes {
            let becomes = s.becomes.clone().unwrap_or_default().to_lowercase();
            ev.suffixes.retain(|(ending, _)| *ending != s.ending.0);
            ev.suffixes.push((s.ending.0.clone(), becomes));
        }
        ev.suffixes
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
        add_phrases(&mut ev.pronouns, &e.pronouns, path, text)?;
        add_phrases(&mut ev.definite_before, &e.definite_before, path, text)?;
        add_phrases(&mut ev.definite_after, &e.definite_after, path, text)?;
        add_phrases(&mut ev.conjunctions, &e.conjunctions, path, text)?;
        add_phrases(&mut ev.relatives, &e.relatives, path, text)?;
        add_phrases(&mut ev.earlier_markers, &e.earlier_markers, path, text)?;
        add_phrases(&mut ev.telling, &e.telling, path, text)?;
        add_phrases(&mut ev.citing, &e.citing, path, text)?;
        add_phrases(&mut ev.as_of, &e.as_of, path, text)?;
        for p in &e.as_of {
            if let [word] = &phrase_tokens(&p.0)[..] {
                if !ev.as_of_words.contains(word) {
                    ev.as_of_words.push(word.clone());
                }
            }
        }
        add_phrases(&mut ev.reached, &e.reached, path, text)?;
        add_phrases(&mut ev.hypothetical, &e.hypothetical, path, text)?;
        add_phrases(&mut ev.negations, &e.negations, path, text)?;
        add_phrases(&mut ev.duration_before, &e.duration_before, path, text)?;
        add_phrases(&mut ev.duration_units, &e.duration_units, path, text)?;
        add_phrases(&mut ev.sum_joiners, &e.sum_joiners, path, text)?;
        add_phrases(&mut ev.sum_members, &e.sum_members, path, text)?;
        for m in &e.distinct_markers {
            let toks = tokens(path, text, m)?;
            let name = toks.join(" ");
            ev.distinct_markers.insert(toks, name);
        }
        ev.concept_names
            .extend(e.concepts.iter().map(|c| c.concept.0.clone()));
        for c in &e.concepts {
            if let Some(g) = &c.exclusive {
                ev.concept_groups.insert(c.concept.0.clone(), g.0.clone());
            }
            if c.falls {
                ev.falling.insert(c.concept.0.clone());
            } else {
                ev.falling.remove(&c.concept.0);
            }
        }
        Ok(())
    }

    /// Indexes one-word concept forms by their stems, so `dikirim` finds `kirim`; stems the
    /// light verbs.
    fn stem_concepts(&mut self) {
        let light: Vec<String> = self.events.light.iter().map(|w| self.stem(w)).collect();
        self.events.light_stems = light.into_iter().collect();
        let words = std::mem::take(&mut self.concept_words);
        for (word, concept) in words {
            let stem = self.stem(&word);
            let names = self.events.concept_stems.entry(stem).or_default();
            if !names.contains(&concept) {
                names.push(concept);
                names.sort();
            }
        }
    }

    /// The surname of a person's name key words: the last word that is no generational
    /// suffix ("jesse jackson jr": `jackson`), with the suffix after it, if any.
    pub(crate) fn surname<'k>(&self, words: &[&'k str]) -> Option<(&'k str, Option<&'k str>)> {
        match words {
            [.., last, suffix] if self.name_suffixes.contains(*suffix) => {
                Some((last, Some(suffix)))
            }
            [.., last] => Some((last, None)),
            [] => None,
        }
    }

    /// Whether `word` (lower case) is by itself a form of a known name (`aliases`) or a
    /// title.
    /// Whether one word alone is a head word of names or a place prefix ("Kelurahan",
    /// "Bandara").
    pub(crate) fn head_word(&self, word: &str) -> bool {
        let one = [word.to_string()];
        self.name_heads.get(&one).is_some() || self.place_prefixes.get(&one).is_some()
    }

    pub(crate) fn known_word(&self, word: &str) -> bool {
        let one = [word.to_string()];
        self.aliases.get(&one).is_some() || self.titles.get(&one).is_some()
    }

    /// A content word without one prefix and one suffix of the rules, each stripped only
    /// when at least `min_stem_chars` letters remain.
    pub fn stem(&self, word: &str) -> String {
        let min = self.settings.min_stem_chars;
        let len = |s: &str| s.chars().count();
        let mut w = word;
        if let Some(p) = self
            .events
            .prefixes
            .iter()
            .find(|p| w.starts_with(p.as_str()) && len(&w[p.len()..]) >= min)
        {
            w = &w[p.len()..];
        }
        for (ending, becomes) in &self.events.suffixes {
            if let Some(base) = w.strip_suffix(ending.as_str()) {
                if len(base) + len(becomes) >= min {
                    return format!("{base}{becomes}");
                }
            }
        }
        w.to_string()
    }

    /// Indexes the stopwords of every language by word (see `stopword_languages`).
    fn index_stopwords(&mut self) {
        let mut index: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (k, lang) in self.languages.values().enumerate() {
            for w in &lang.stopwords {
                index.entry(w.as_str()).or_default().push(k);
            }
        }
        let mut set = PhraseSet::default();
        for (w, langs) in index {
            // The word as one "token", compared whole with a token's normal form.
            set.insert(vec![w.to_string()], langs);
        }
        self.stopword_languages = set;
    }

    /// How the all-numeric dates of a text in language `lang` read: the
    /// `numeric_date_order` setting, or with `auto` the language's `numeric_dates` (day
    /// first when the language is unknown or gives none).
    pub fn numeric_dates(&self, lang: Option<&Language>) -> NumericDates {
        match self.settings.numeric_date_order {
            DateOrder::Dmy => NumericDates::Dmy,
            DateOrder::Mdy => NumericDates::Mdy,
            DateOrder::Auto => lang
                .and_then(|l| l.numeric_dates)
                .unwrap_or(NumericDates::Dmy),
        }
    }

    /// The language of a text, told by its function words: the language whose stopwords
    /// occur most among `tokens` (ties go to the first code in order); `None` if none occur.
    pub(crate) fn language_of(&self, tokens: &[Token]) -> Option<&str> {
        let mut counts = vec![0usize; self.languages.len()];
        for i in 0..tokens.len() {
            if let Some((_, langs)) = self.stopword_languages.match_at(tokens, i) {
                for &k in langs {
                    counts[k] += 1;
                }
            }
        }
        let mut best: Option<(&str, usize)> = None;
        for (code, &n) in self.languages.keys().zip(&counts) {
            if n > 0 && best.is_none_or(|(_, b)| n > b) {
                best = Some((code, n));
            }
        }
        best.map(|(c, _)| c)
    }
}

/// The entry in `languages` of the language of rule file `f`, for its per-language `key`
/// (`decimal_mark`, `stopwords`, ...): an error naming the key's line when the file says no
/// `language:`.
fn language_entry<'l>(
    languages: &'l mut BTreeMap<String, Language>,
    path: &str,
    text: &str,
    f: &RuleFile,
    key: &str,
) -> Result<&'l mut Language> {
    let Some(code) = &f.language else {
        return Err(Error::rules(
            path,
            line_of(text, key),
            format!("`{key}` needs the file's `language:`"),
        ));
    };
    Ok(languages.entry(code.clone()).or_default())
}

/// Adds each phrase of `list` to `set`.
fn add_phrases(
    set: &mut PhraseSet<()>,
    list: &[file::Phrase],
    path: &str,
    text: &str,
) -> Result<()> {
    for phrase in list {
        set.insert(tokens(path, text, phrase)?, ());
    }
    Ok(())
}

/// Replaces the entry `same` as `item` (a later file wins), or appends it; its index.
fn upsert<T>(list: &mut Vec<T>, item: T, same: impl Fn(&T, &T) -> bool) -> usize {
    match list.iter().position(|x| same(x, &item)) {
        Some(i) => {
            list[i] = item;
            i
        }
        None => {
            list.push(item);
            list.len() - 1
        }
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

fn tokens(path: &str, text: &str, phrase: &file::Phrase) -> Result<Vec<String>> {
    let toks = phrase_tokens(&phrase.0);
    if toks.is_empty() {
        return Err(Error::rules(
            path,
            line_of(text, &phrase.0),
            format!("'{}' has no words", phrase.0),
        ));
    }
    Ok(toks)
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

/// Reads and parses one rule file's YAML into its typed form.
pub fn parse_file(path: &str, text: &str) -> Result<RuleFile> {
    if text.trim().is_empty() {
        return Ok(RuleFile::default());
    }
    parse_yaml(path, text, Error::rules)
}

/// Parses YAML into `T`; a syntax or schema error names the file and line through `error`.
pub(crate) fn parse_yaml<T: serde::de::DeserializeOwned>(
    path: &str,
    text: &str,
    error: fn(String, Option<usize>, String) -> Error,
) -> Result<T> {
    let fail = |e: serde_yaml::Error| {
        // A limit hit while expanding aliases has no place: show the first alias.
        let line = e.location().map(|l| l.line()).or_else(|| {
            static ALIAS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
            let alias = ALIAS.get_or_init(|| {
                regex::Regex::new(r"(^|[\s\[{,:-])\*[\w-]").expect("alias pattern")
            });
            text.lines().position(|l| alias.is_match(l)).map(|i| i + 1)
        });
        error(path.to_string(), line, yaml_reason(&e))
    };
    // Nesting is bounded before any parser sees it (see `crate::yaml`).
    if let Some(line) = crate::yaml::too_deep(text) {
        return Err(error(
            path.to_string(),
            Some(line),
            crate::yaml::too_deep_reason(),
        ));
    }
    // Read as plain YAML first, whatever the schema, so an alias bomb or a document nested
    // too deep is refused by serde_yaml's limits before any typed reading.
    if let Err(e) = serde_yaml::from_str::<serde_yaml::Value>(text) {
        let msg = e.to_string();
        if msg.contains("limit exceeded") {
            return Err(fail(e));
        }
    }
    serde_yaml::from_str::<T>(text).map_err(fail)
}

/// A YAML error as a phrase, without serde_yaml's " at line N column M" (the line is
/// shown in front), and saying why a limit was hit.
pub(crate) fn yaml_reason(e: &serde_yaml::Error) -> String {
    let msg = e.to_string();
    let msg = match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    if msg.contains("repetition limit exceeded") {
        format!("refused: its aliases expand too far ({msg})")
    } else if msg.contains("recursion limit exceeded") {
        format!("refused: nested too deep ({msg})")
    } else {
        msg
    }
}

/// SHA-256 of (path inside its folder, text) of each rule file, in merge order.
fn digest(sources: &[(String, String, String)]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for (rel, _, text) in sources {
        for part in [rel.as_bytes(), text.as_bytes()] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The YAML files under `dir`, sorted by their path inside it: (path inside dir, display path,
/// text).
fn read_dir_rules(dir: &Path, max_file_bytes: u64) -> Result<Vec<(String, String, String)>> {
    let shown = display_path(dir);
    let meta = std::fs::metadata(dir).map_err(|e| Error::rules(&shown, None, io_reason(&e)))?;
    if !meta.is_dir() {
        return Err(Error::rules(
            &shown,
            None,
            "--rules expects a folder of YAML files",
        ));
    }
    let mut found = Vec::new();
    collect_yaml(dir, &mut found)?;
    found.sort();
    if found.is_empty() {
        return Err(Error::rules(
            &shown,
            None,
            "no rule files (*.yaml, *.yml) in this folder",
        ));
    }
    let mut out = Vec::new();
    for (rel, path) in found {
        let shown = display_path(&path);
        let meta =
            std::fs::metadata(&path).map_err(|e| Error::rules(&shown, None, io_reason(&e)))?;
        if meta.len() > max_file_bytes {
            return Err(Error::rules(
                &shown,
                None,
                format!(
                    "rule file is {} bytes, over the limit of {max_file_bytes} (raise it with --max-rule-bytes)",
                    meta.len()
                ),
            ));
        }
        let bytes = std::fs::read(&path).map_err(|e| Error::rules(&shown, None, io_reason(&e)))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Error::rules(&shown, Some(line), "not valid UTF-8")
        })?;
        out.push((rel, shown, text));
    }
    Ok(out)
}

/// The YAML files under `dir` (see `src/walk.rs`): (path inside dir, path). A YAML name that
/// cannot be read (a broken symbolic link, a FIFO) is an error naming it; other names are not
/// rule files.
fn collect_yaml(dir: &Path, out: &mut Vec<(String, PathBuf)>) -> Result<()> {
    let is_yaml = |path: &Path| {
        matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        )
    };
    crate::walk::walk(
        dir,
        &mut |entry| match entry {
            Entry::File(path) if is_yaml(&path) => {
                let rel = path.strip_prefix(dir).unwrap_or(&path);
                out.push((display_path(rel), path));
                Ok(())
            }
            Entry::Broken(path, e) if is_yaml(&path) => {
                Err(Error::rules(display_path(&path), None, io_reason(&e)))
            }
            Entry::Other(path) if is_yaml(&path) => Err(Error::rules(
                display_path(&path),
                None,
                "not a regular file",
            )),
            _ => Ok(()),
        },
        &|path, e| Error::rules(display_path(path), None, io_reason(&e)),
    )
}

/// 1-based line of the first occurrence of `needle` in `text`, compared as rule phrases
/// are normalised: case-insensitive, a run of whitespace matching one space.
pub(crate) fn line_of(text: &str, needle: &str) -> Option<usize> {
    line_of_nth(text, needle, 1)
}

fn line_of_nth(text: &str, needle: &str, nth: usize) -> Option<usize> {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let needle = norm(needle);
    let found = || {
        text.lines()
            .enumerate()
            .filter(|(_, l)| norm(l).contains(&needle))
    };
    found()
        .nth(nth - 1)
        .or_else(|| found().next())
        .map(|(i, _)| i + 1)
}

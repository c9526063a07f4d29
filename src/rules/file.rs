//! The wire format of one rule file: typed serde structs for the YAML under `rules/`.
//! Every section is optional, so a file may hold one list or all of them; unknown keys are
//! errors. Values are validated while they are read, so serde_yaml reports the line.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::kinds::Severity;

/// One rule file as parsed from YAML, before merging into [`crate::rules::Rules`];
/// [`crate::rules::parse_file`] checks a file this way without loading the rest.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RuleFile {
    /// The language the words are in (`id`, `en`); informational.
    pub(crate) language: Option<String>,
    pub(crate) settings: super::settings::SettingsPatch,
    /// Severity per conflict kind id.
    pub(crate) severities: BTreeMap<String, Severity>,
    pub(crate) months: Vec<MonthEntry>,
    pub(crate) weekdays: Vec<WeekdayEntry>,
    pub(crate) ambiguous: Vec<Phrase>,
    pub(crate) weekday_cues: Vec<Phrase>,
    pub(crate) weekday_blockers: Vec<Phrase>,
    /// Words right after a day name that make it part of a name ("Jumat Agung", "Rabu
    /// Abu", "Selasa Kliwon"): an occasion, not a date.
    pub(crate) weekday_blockers_after: Vec<Phrase>,
    /// Words right after a day name that count it within a month ("Senin pertama",
    /// "Jumat terakhir"): the first or last such day of a month, not the nearest one.
    pub(crate) weekday_ordinals_after: Vec<Phrase>,
    /// Words right before a day name that count it within a month ("the second Sunday").
    pub(crate) weekday_ordinals_before: Vec<Phrase>,
    /// Words that tie a day name or a relative week to a month or year after them ("the
    /// last Friday of October", "last week of January"): a day or week the text counts
    /// within that month, not the nearest such day or the week before publication.
    pub(crate) month_links: Vec<Phrase>,
    /// Words that join two days of one month into a range with no dash ("13 to 15 July",
    /// "13 hingga 15 Juli 2025").
    pub(crate) day_range_joins: Vec<Phrase>,
    /// Words right before a time of day ("pukul 14.00", "at 1:38").
    pub(crate) clock_before: Vec<Phrase>,
    /// Time zones and halves of the day right after a time of day ("14.00 WIB", "1:38
    /// p.m.").
    pub(crate) clock_after: Vec<Phrase>,
    /// Those of `clock_after` that put the time in the afternoon ("p.m."): 12 hours on.
    pub(crate) clock_afternoon: Vec<Phrase>,
    /// Words that join the dates of a list ("dan", "and"), besides commas.
    pub(crate) date_list_joins: Vec<Phrase>,
    /// Words between a span of time and the date it is counted from ("three days after
    /// January 12", "dua hari setelah 17 Agustus"): that date is not the day meant.
    pub(crate) offset_words: Vec<Phrase>,
    /// The order of day and month in the language's all-numeric dates.
    pub(crate) numeric_dates: Option<NumericDates>,
    /// Words before a span of time that make it a duration from its anchor ("for two years
    /// from 2019", "selama tiga hari setelah 17 Agustus"): the anchor is the span's start, and
    /// is read.
    pub(crate) duration_words: Vec<Phrase>,
    /// Words right before a day or month name that count it from a time in the story, not
    /// from publication ("the following Friday", "the previous October"): not read.
    pub(crate) narrative_before: Vec<Phrase>,
    /// The same right after the name ("Jumat berikutnya", "Oktober sebelumnya").
    pub(crate) narrative_after: Vec<Phrase>,
    pub(crate) day_parts: Vec<Phrase>,
    pub(crate) year_cues: Vec<Phrase>,
    pub(crate) document_numbers: Vec<Phrase>,
    pub(crate) period_parts: Vec<PeriodPartEntry>,
    pub(crate) ranges: Vec<RangeEntry>,
    pub(crate) relative: Vec<RelativeEntry>,
    pub(crate) counted_relative: CountedRelative,
    pub(crate) name_modifiers: Vec<NameModifierEntry>,
    pub(crate) ordinal_suffixes: Vec<Phrase>,
    pub(crate) future_markers: Vec<Phrase>,
    /// Words right before a date that make it a deadline or the edge of a period, not an
    /// event ("hingga 30 Juni", "until June 30", "mulai 1 Juli").
    pub(crate) until_words: Vec<Phrase>,
    /// Words that mark a clause as telling of the past ("telah", "pernah", "was").
    pub(crate) past_markers: Vec<Phrase>,
    /// Past markers that count only before the date ("telah", "sudah").
    pub(crate) past_markers_before: Vec<Phrase>,
    /// Words right before a date that make it the start of a period reaching the present
    /// ("sejak 2018", "since 2018"): past whatever its precision.
    pub(crate) since_words: Vec<Phrase>,
    /// Past markers that make a later month, year or period past too: English tense ("was",
    /// "were"); Indonesian "telah" marks an act done, often a decision about a later period.
    pub(crate) period_past_markers: Vec<Phrase>,
    /// Words before a date in its clause that make it the day of what comes after what the
    /// clause tells ("sebelum final ... pada Jumat", "ahead of").
    pub(crate) ahead_words: Vec<Phrase>,
    /// Words that may open a clause before its date and tell no time ("Namun pada 2026,
    /// akan ...", "Kemudian pada Kamis ... akan ..."): a future marker after the date
    /// counts then, as it does after a date that opens its clause.
    pub(crate) connectives: Vec<Phrase>,
    pub(crate) clause_breaks: Vec<Phrase>,
    pub(crate) skip_lines_starting_with: Vec<Phrase>,
    /// Names of feasts and public holidays ("Idul Adha", "Christmas"): calendar names like
    /// months and weekdays, no entity's.
    pub(crate) holidays: Vec<Phrase>,
    /// Words that stamp a header date as the article's own publication or update time
    /// ("tayang", "diperbarui", "published", "updated"): such a date is no event's date.
    pub(crate) publication_words: Vec<Phrase>,
    pub(crate) abbreviations: Vec<Phrase>,
    pub(crate) titles: Vec<TitleEntry>,
    /// The deputy of each title: its words before a title of the file make the deputy's
    /// title ("Wakil Menteri Luar Negeri", "deputy foreign minister").
    pub(crate) deputies: Option<DeputyEntry>,
    pub(crate) institutions: Vec<InstitutionEntry>,
    pub(crate) name_words: Vec<NameWordEntry>,
    /// Head words that say what kind of name a capitalised run is when no other cue does.
    pub(crate) name_heads: Vec<NameHeadEntry>,
    /// Spellings of one name that are no misspelling of it.
    pub(crate) name_variants: NameVariants,
    /// Words one or two letters apart that are other words, not slips.
    pub(crate) distinct_words: DistinctWords,
    /// The rows of letter keys of a keyboard, top to bottom, each shifted half a key right
    /// of the one above: a letter typed for its neighbour is a slip.
    pub(crate) keyboard_rows: Vec<Phrase>,
    pub(crate) entity_cues: EntityCues,
    pub(crate) aliases: Vec<AliasEntry>,
    pub(crate) title_rules: TitleRules,
    pub(crate) exclusive_affiliations: Vec<Phrase>,
    pub(crate) numbers: NumberWords,
    pub(crate) events: EventWords,
    /// Identifiers written with digits: flight codes, regulation numbers, hull numbers.
    pub(crate) identifiers: IdentifierWords,
    /// Words that make a number after a person's name that person's age.
    pub(crate) ages: AgeWords,
    /// Lists of people's initials ("berinisial UJ dan SH").
    pub(crate) initials: InitialsWords,
}

/// A number between 0 and 1, checked while it is read.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(try_from = "f64")]
pub struct Ratio(pub f64);

impl TryFrom<f64> for Ratio {
    type Error = String;
    fn try_from(v: f64) -> Result<Self, String> {
        if (0.0..=1.0).contains(&v) {
            Ok(Ratio(v))
        } else {
            Err(format!("{v} is out of range 0..=1"))
        }
    }
}

/// The order of day and month in an all-numeric date (`settings.numeric_date_order`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// The order of the article's language (`numeric_dates` in its `dates.yaml`), day
    /// first when it gives none.
    Auto,
    /// Day first: `4/3/2024` is 4 March (Indonesian and British usage).
    Dmy,
    /// Month first: `4/3/2024` is April 3 (US usage).
    Mdy,
}

/// The order of day and month in a language's all-numeric dates (`numeric_dates` in its
/// `dates.yaml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumericDates {
    /// Day first.
    Dmy,
    /// Month first.
    Mdy,
    /// Either, by outlet (English: US outlets write month first, British day first): a date
    /// that reads both ways (`4/3/2024`) is not read; one that reads one way only
    /// (`25/12/2024`, `12/25/2024`) is.
    Either,
}

/// A setting as read from a rule file, turned into the value used.
pub trait SettingValue {
    type Value;
    /// The values a rule file may write.
    const ALLOWED: super::Allowed;
    fn value(self) -> Self::Value;
}

impl<const MIN: i64, const MAX: i64> SettingValue for Bounded<MIN, MAX> {
    type Value = usize;
    const ALLOWED: super::Allowed = super::Allowed::Int(MIN, MAX);
    fn value(self) -> usize {
        self.0
    }
}

impl SettingValue for Ratio {
    type Value = f64;
    const ALLOWED: super::Allowed = super::Allowed::Ratio;
    fn value(self) -> f64 {
        self.0
    }
}

impl SettingValue for bool {
    type Value = bool;
    const ALLOWED: super::Allowed = super::Allowed::Bool;
    fn value(self) -> bool {
        self
    }
}

impl SettingValue for DateOrder {
    type Value = DateOrder;
    const ALLOWED: super::Allowed = super::Allowed::Choice(&["auto", "dmy", "mdy"]);
    fn value(self) -> DateOrder {
        self
    }
}

/// An integer setting checked against its bounds while it is read.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(try_from = "i64")]
pub struct Bounded<const MIN: i64, const MAX: i64>(pub usize);

impl<const MIN: i64, const MAX: i64> TryFrom<i64> for Bounded<MIN, MAX> {
    type Error = String;
    fn try_from(v: i64) -> Result<Self, String> {
        if (MIN..=MAX).contains(&v) {
            Ok(Bounded(v as usize))
        } else {
            Err(format!("{v} is out of range {MIN}..={MAX}"))
        }
    }
}

/// A word or phrase of rule data: trimmed, lower-cased, never empty.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(try_from = "String")]
pub struct Phrase(pub String);

impl TryFrom<String> for Phrase {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let norm = s
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if norm.is_empty() {
            return Err("empty word or phrase".into());
        }
        if !norm.chars().any(char::is_alphabetic) {
            return Err(format!("'{s}' has no letters"));
        }
        Ok(Phrase(norm))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthEntry {
    pub month: Bounded<1, 12>,
    pub names: Vec<Phrase>,
    #[serde(default)]
    pub abbreviations: Vec<Phrase>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeekdayName {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeekdayEntry {
    pub weekday: WeekdayName,
    pub names: Vec<Phrase>,
    #[serde(default)]
    pub abbreviations: Vec<Phrase>,
}

/// A part of a period ("awal 2023", "pertengahan Oktober", "akhir tahun lalu").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// The early part (`early` in rule files: "awal").
    Early,
    /// The middle (`mid`: "pertengahan", "medio").
    Mid,
    /// The late part (`late`: "akhir").
    Late,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodPartEntry {
    pub part: Part,
    pub words: Vec<Phrase>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeEntry {
    pub open: Vec<Phrase>,
    pub join: Vec<Phrase>,
}

/// A unit of calendar time: the step of a relative date ("2 minggu lalu") and the
/// precision of a [`crate::claim::Point`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// A calendar day.
    Day,
    /// An ISO week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelativeEntry {
    pub phrase: Phrase,
    pub unit: Unit,
    pub shift: Shift,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CountedRelative {
    /// Unit words: `hari: day`.
    pub units: BTreeMap<Phrase, Unit>,
    /// Direction words after the unit: `lalu: -1`, `lagi: 1`.
    pub after: BTreeMap<Phrase, Direction>,
    /// Count words before the unit: `dua: 2`.
    pub counts: BTreeMap<Phrase, Bounded<1, 10000>>,
    /// Vague counts ("beberapa hari lalu"): no date can be read from them.
    pub vague: Vec<Phrase>,
}

/// A number of units from the publication date, -1000..=1000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "i64")]
pub struct Shift(pub i32);

impl TryFrom<i64> for Shift {
    type Error = String;
    fn try_from(v: i64) -> Result<Self, String> {
        if (-1000..=1000).contains(&v) {
            Ok(Shift(v as i32))
        } else {
            Err(format!("shift {v} is out of range -1000..=1000"))
        }
    }
}

/// -1 (before publication) or 1 (after).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "i64")]
pub struct Direction(pub i32);

impl TryFrom<i64> for Direction {
    type Error = String;
    fn try_from(v: i64) -> Result<Self, String> {
        match v {
            -1 | 1 => Ok(Direction(v as i32)),
            _ => Err(format!("direction must be -1 or 1, not {v}")),
        }
    }
}

/// Where a month or weekday modifier stands relative to the word it modifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    /// Before it ("last March").
    Before,
    /// After it ("Maret lalu").
    After,
}

/// Which occurrence of a month (or weekday) without a year a modifier points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Toward {
    /// The last one on or before the publication date.
    Past,
    /// The next one on or after the publication date.
    Future,
    /// Past, or future when the clause speaks of the future.
    Nearest,
    /// A month of the publication year ("this September"), whatever the tense; a weekday
    /// as [`Toward::Nearest`].
    Current,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameModifierEntry {
    pub word: Phrase,
    pub position: Position,
    pub direction: Toward,
}

/// A currency sign or code (`rp`, `us$`, `$`, `€`): lower-cased, one word with no digits,
/// and unlike a [`Phrase`] it may have no letters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(try_from = "String")]
pub struct Sign(pub String);

impl TryFrom<String> for Sign {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let norm = s.trim().to_lowercase();
        if norm.is_empty() {
            return Err("empty sign".into());
        }
        if norm.chars().any(|c| c.is_whitespace() || c.is_numeric()) {
            return Err(format!("'{s}' is no sign: one word without digits"));
        }
        Ok(Sign(norm))
    }
}

/// A name as written (case kept): trimmed, never empty, with at least one letter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(try_from = "String")]
pub struct Name(pub String);

impl TryFrom<String> for Name {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let norm = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if !norm.chars().any(char::is_alphabetic) {
            return Err(format!("'{s}' has no letters"));
        }
        Ok(Name(norm))
    }
}

/// A title or role: "Perdana Menteri" written "PM", "Prime Minister", ...
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleEntry {
    /// The canonical name shown in reports.
    pub title: Name,
    pub forms: Vec<Phrase>,
    /// civilian-office, rank, academic, occupation, role, ...
    pub class: Phrase,
    /// Groups in which one person holds one title at a time.
    #[serde(default)]
    pub exclusive: Vec<Phrase>,
    /// An office of a place: the title may be followed by the place it is held for before
    /// the holder's name ("Bupati Garut Rudy Gunawan").
    #[serde(default)]
    pub jurisdiction: bool,
}

/// The words that make a title's deputy, and the name the deputy's title is shown with
/// ("Wakil" + "Menteri Luar Negeri"; canonical across languages, as title names are).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeputyEntry {
    pub name: Name,
    pub forms: Vec<Phrase>,
}

/// A word that makes a run of capitalised words an institution ("Universitas", "University").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstitutionEntry {
    /// Canonical across languages: `university`.
    pub head: Phrase,
    pub category: Phrase,
    pub forms: Vec<Phrase>,
    /// Where the word stands: `before` the name ("Universitas Keio") or `after` it
    /// ("Temple University"; "University of Tokyo" when an `institution_of` word follows).
    #[serde(default)]
    pub order: Order,
}

/// Where an institution word stands relative to the name it heads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// Before the name ("Universitas Keio"); the default.
    #[default]
    Before,
    /// After the name ("Temple University").
    After,
}

/// A word of institution names that means the same across languages.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameWordEntry {
    pub word: Phrase,
    pub forms: Vec<Phrase>,
}

/// Words that make a capitalised run a name of one kind: "Bandara Juanda" and "Gag
/// Island" are places, "Yayasan ..." and "... Coalition" organisations.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameHeadEntry {
    pub kind: EntityKind,
    pub forms: Vec<Phrase>,
}

/// Two spellings of one name: whole words ("Syarif"/"Sharif") and alternating endings or
/// beginnings ("Centre"/"Center", "Perlindungan"/"Pelindungan").
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NameVariants {
    /// Sets of words that are one name.
    pub words: Vec<Vec<Phrase>>,
    /// Pairs of word endings that alternate in one word.
    pub endings: Vec<(Phrase, Phrase)>,
    /// Pairs of word beginnings that alternate in one word.
    pub beginnings: Vec<(Phrase, Phrase)>,
    /// Pairs of letters that alternate anywhere in a word (old and new spellings: "dj"/"j").
    pub letters: Vec<(Phrase, Phrase)>,
}

/// Words that are other words, however close their letters: an office and its directorate
/// (`Dirlantas`/`Ditlantas`), a unit and its head (`Kanwil`/`Kakanwil`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DistinctWords {
    /// Pairs of word beginnings that make another word of the same rest.
    pub beginnings: Vec<(Phrase, Phrase)>,
    /// Beginnings that, before a word, make another word (the head of what it names).
    pub prefixes: Vec<Phrase>,
    /// Endings that, after a name's word, make a nickname of it ("Clough" → "Cloughy"):
    /// another way of calling the person, no misspelling.
    pub endings: Vec<Phrase>,
}

/// Words that make a number an identifier (see `identifiers` in `rules/*/entities.yaml`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct IdentifierWords {
    /// A code of letters and digits ("GA-402", "AI171") after one of these words is an
    /// identifier of that type ("penerbangan" → flight).
    pub codes: Vec<IdentifierType>,
    /// Document types whose number and year follow them ("PP" → "PP 24/2021").
    pub documents: Vec<IdentifierType>,
    /// Head words of names that a number after a hyphen or in brackets belongs to ("KRI
    /// Nanggala-402").
    pub numbered_names: Vec<IdentifierType>,
    /// Words between a document's number and its year ("Tahun" in "Nomor 24 Tahun 2021").
    pub years: Vec<Phrase>,
    /// Words after a document's number that say what it is about ("tentang").
    pub about: Vec<Phrase>,
    /// Vehicle registration plates ("B 2829 UIL").
    pub plates: PlateWords,
}

/// Vehicle registration plates: a region code, a number, letters ("B 2829 UIL").
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PlateWords {
    /// What a plate's number numbers, as reports name it ("plate").
    #[serde(rename = "type")]
    pub kind: Option<Phrase>,
    /// Words that announce a plate ("pelat nomor", "nopol").
    pub forms: Vec<Phrase>,
    /// The region codes a plate starts with ("b", "ab", "dk").
    pub regions: Vec<Phrase>,
}

/// Words that make a number after a person's name an age (see `ages` in
/// `rules/*/entities.yaml`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct AgeWords {
    /// Words right before the number ("berusia" in "Budi, yang berusia 45 tahun").
    pub(crate) before: Vec<Phrase>,
    /// Words that may stand between the name and a `before` word ("yang").
    pub(crate) between: Vec<Phrase>,
    /// The unit after the number ("tahun" in "Budi (45 tahun)").
    pub(crate) units: Vec<Phrase>,
    /// Words before a person's initials ("berinisial DUL (30)").
    pub(crate) initials_before: Vec<Phrase>,
}

/// Words of lists of people's initials (see `initials` in `rules/*/entities.yaml`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct InitialsWords {
    /// Words that join a list's last two items ("dan").
    pub(crate) joiners: Vec<Phrase>,
    /// Words that may stand before each item ("saudara UJ dan saudara SH").
    pub(crate) honorifics: Vec<Phrase>,
    /// Words that say who the people of a list are.
    pub(crate) roles: Vec<InitialsRole>,
}

/// Who the people of a list of initials are, and the words that say it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct InitialsRole {
    /// The role, as claims name it ("suspect").
    pub(crate) role: Phrase,
    pub(crate) forms: Vec<Phrase>,
}

/// One type of identifier and the words that announce it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentifierType {
    /// What the identifier numbers, as reports name it ("flight", "regulation", "ship").
    #[serde(rename = "type")]
    pub kind: Phrase,
    /// For documents, the canonical short form written in the value ("PP").
    #[serde(default)]
    pub short: Option<String>,
    pub forms: Vec<Phrase>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AffiliationWord {
    pub word: Phrase,
    /// Ties a person to an institution only after a role word ("profesor di").
    pub needs_role: bool,
}

/// Cue words that tie names to titles and institutions.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EntityCues {
    pub affiliation: Vec<AffiliationWord>,
    pub apposition: Vec<Phrase>,
    /// Words before a name that are no part of it: "The" in "The Tegalwangi Institute".
    pub determiners: Vec<Phrase>,
    /// Forms of address before a person's name, no part of it: "Pak" in "kata Pak Basuki".
    /// What follows is a person's name even when it is one word ("Pak Sudarmin").
    pub address: Vec<Phrase>,
    pub speech_before: Vec<Phrase>,
    pub speech_after: Vec<Phrase>,
    pub former: Vec<Phrase>,
    /// After a titled name, one of these says the person holds another office now ("Mayjen
    /// TNI Prabowo Subianto, yang kini menjabat sebagai Presiden"): the titles before the
    /// name are no longer held.
    pub now_after: Vec<Phrase>,
    /// A title right after one of these is the office of someone the person serves, not
    /// the person's own: "Staf Khusus Gubernur Jakarta, Chico Hakim".
    pub serving: Vec<Phrase>,
    /// Head words that also open many sentences as common nouns ("Tim SAR gabungan ..."):
    /// unlike other head words, at the start of a sentence they join a name only when the
    /// article writes them so inside a sentence too.
    pub common_openers: Vec<Phrase>,
    pub retired: Vec<Phrase>,
    pub connectors: Vec<Phrase>,
    pub institution_connectors: Vec<Phrase>,
    /// After an institution word, these put the name after it: "University of Tokyo".
    pub institution_of: Vec<Phrase>,
    pub place_suffixes: Vec<Phrase>,
    /// Words after a place that end the area an office is over ("Kapolres Cirebon Kota"),
    /// not other names of that place.
    pub jurisdiction_suffixes: Vec<Phrase>,
    /// Words before the name of a place that say what kind of place it is ("Kabupaten
    /// Garut"): the name is a place throughout the article.
    pub place_prefixes: Vec<Phrase>,
    /// Prepositions of place: one capitalised word after them ("di Surabaya", "ke
    /// Jayapura") is a place throughout the article.
    pub place_before: Vec<Phrase>,
    /// Words after which one capitalised word says where someone is from ("Sen. Angus King
    /// of Maine"): never a person's name used alone.
    pub origin_before: Vec<Phrase>,
    /// Lower-case words naming a field between a title and a name ("pengamat politik
    /// Ujang Komarudin").
    pub title_fields: Vec<Phrase>,
    /// Corps and service tags between a rank and its holder's name ("Letkol Inf Tamaji",
    /// "Kolonel Laut (P) Ahmad", "Mayjen TNI ..."): no part of the name.
    pub rank_tags: Vec<Phrase>,
    pub inflections: Vec<Phrase>,
    /// Words that web pages glue to the name before them when a link or bold name loses
    /// its space ("Fikrisudah", "Kristiyantopernah"): a capitalised word written once that
    /// ends in one, where both parts stand alone in the article, is two words.
    pub glued_words: Vec<Phrase>,
    /// Generational suffixes ("Jr", "III"): part of a name, never its surname.
    pub name_suffixes: Vec<Phrase>,
}

/// What a named entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person (`person` in rule files; `organisation` and `place` below).
    Person,
    /// An organisation: a government body, a university, a company.
    Organisation,
    /// A place: a country, a city, a district.
    Place,
}

/// One place or organisation and all the ways it is written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasEntry {
    pub name: Name,
    pub kind: EntityKind,
    pub forms: Vec<Name>,
    /// Words made from the name that are no way of writing it, though a letter or two off
    /// a form: the people's and the adjective's ("German" of Germany, "Israeli" of Israel).
    #[serde(default)]
    pub derived: Vec<Name>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TitleRules {
    /// Pairs of title classes that cannot describe one person at one time.
    pub incompatible_classes: Vec<(Phrase, Phrase)>,
    /// Classes that are ranks: one may open its holder's name after a comma.
    pub rank_classes: Vec<Phrase>,
    /// Classes held in retirement when a `retired` word is near.
    pub retirement_classes: Vec<Phrase>,
}

/// A number written in words or digits: how to read it and what makes it a count.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NumberWords {
    /// How the language writes decimals in digits: `comma` (`1,5` in Indonesian, where
    /// `1.500` is fifteen hundred) or `point` (`1.5` in English, where `1,500` is).
    pub decimal_mark: Option<DecimalMark>,
    /// Words with a value of their own: `dua: 2`, `sebelas: 11`, `seratus: 100`, `twenty: 20`.
    pub words: BTreeMap<Phrase, Amount>,
    /// Words that multiply what stands before them: `puluh: 10`, `ribu: 1000`, `million`.
    pub scales: BTreeMap<Phrase, Amount>,
    /// Words that add to the digit word before them: `belas: 10` (`dua belas` = 12).
    pub teens: BTreeMap<Phrase, Amount>,
    /// Vague amounts kept as ranges: `puluhan` (tens of) is 10 to 99.
    pub vague: Vec<VagueEntry>,
    /// Words before a number that make it approximate or a bound: `sekitar`, `lebih dari`.
    pub bounds: Vec<BoundEntry>,
    /// Words right after a count's noun that make it a bound: `1.000 unit lebih per bulan`
    /// is more than a thousand. Before a word of content or a `compare_after` word the word
    /// compares (`1.000 unit lebih banyak`, `lebih dari target`): the number is a
    /// difference, no count.
    pub bounds_after: Vec<BoundEntry>,
    pub compare_after: Vec<Phrase>,
    /// Words between the two numbers of a range: `hingga`, `sampai`, `to`.
    pub range_joins: Vec<Phrase>,
    /// Words that open a range whose numbers are joined by a `range_open_joins` word:
    /// `antara 10 dan 15` (between 10 and 15).
    pub range_opens: Vec<Phrase>,
    pub range_open_joins: Vec<Phrase>,
    /// Words for a decimal mark written out ("two point two million", "dua koma lima
    /// juta"): a number beside one is part of a decimal number, not read as a count.
    pub decimal_words: Vec<Phrase>,
    /// Words that make the counted thing "others besides": `lainnya` after the noun, `other`
    /// before it. A count of others is a different quantity from a plain count.
    pub others_after: Vec<Phrase>,
    pub others_before: Vec<Phrase>,
    /// Words joining the parts of a number after a scale word ("one hundred and six").
    pub joins: Vec<Phrase>,
    /// Measure words between a number and its noun: `buah`, `unit`.
    pub classifiers: Vec<Phrase>,
    /// Nouns after which a number is no count: units of time (a duration), money symbols, ...
    pub not_counted: Vec<Phrase>,
    /// Percent words; a percentage is a count only with the setting `count_percentages`.
    pub percent: Vec<Phrase>,
    /// Words before a number that make it a label, not a count: `pukul`, `nomor`, `ke`.
    pub not_after: Vec<Phrase>,
    /// Phrases with a number word that count nothing: `salah satu` (one of).
    pub idioms: Vec<Phrase>,
    /// Words that name the quantity before its number: `jumlah pengungsi mencapai 1.250`.
    pub total_words: Vec<Phrase>,
    /// Words between a part and its whole: `empat dari dua belas pekerja` (four of twelve
    /// workers) is no count of twelve workers doing what the four do.
    pub part_of: Vec<Phrase>,
    /// Words that make the count after them a whole with no part named before it
    /// (`bagian dari 417 bus`, `out of a total of 242`). After a `part_of` word, a count is
    /// a whole when the sentence counts the same thing before it (`20 bus yang terbakar dari
    /// sebanyak 104 bus`) or a number stands just before (`241 of the 242 people`). A whole
    /// is a different quantity from a plain count.
    pub whole_before: Vec<Phrase>,
    /// Words ending in a `part_of` word that make the count after them a part of what was
    /// counted before, never a whole (`104 peserta yang terdiri dari 40 personel`).
    pub part_before: Vec<Phrase>,
    /// Words right after a number that stand for the noun of the count before it, in its
    /// sentence or the sentence before, as its others (`42 orang ... 12 lainnya`, `42 people
    /// ... 12 others`): a count of that noun with `others`.
    pub anaphora_others: Vec<Phrase>,
    /// Words right after a number that stand for the noun of the count before it as a part
    /// of it (`42 orang. 30 di antaranya`, `42 people ... 30 of them`): a count of that noun.
    pub anaphora_part: Vec<Phrase>,
    /// Currency signs and codes written before an amount, apart or glued to it (`Rp 300
    /// juta`, `Rp208,1 miliar`, `US$5 million`): the amount is money, no count of the word
    /// after it.
    pub money_before: Vec<Sign>,
    /// Word endings of adjectives in a language that puts them before the noun (English
    /// `-al`, `-ic`): such a word between a number and another noun is a modifier, and the
    /// counted noun is the word after it (`60 medical students` counts students). Per
    /// language: needs the file's `language:`.
    pub modifier_endings: Vec<Phrase>,
    /// Fixed measures of one event, named by a word before their number and written in one
    /// of their units: `kedalaman 47 km` is a quake's depth. One event has one depth, so two
    /// different depths of it cannot both be true, on any day.
    pub measures: Vec<MeasureEntry>,
    /// Match scores: the words that make two numbers joined by a dash a score, and those
    /// that give its time (see [`ScoreWords`]).
    pub scores: ScoreWords,
    /// Scorers' goal minutes: the words that make minutes after a player's name goals'
    /// (see [`GoalWords`]).
    pub goals: GoalWords,
}

/// The words of scorers' goal minutes (`Kamada (15', 45+3')`, `gol Kamada menit ke-15`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GoalWords {
    /// Words in a sentence that make the minutes after a name in it goals: `gol`, `dicetak`.
    pub cues: Vec<Phrase>,
    /// Words before a minute's number: `menit ke`, `menit`.
    pub minute_words: Vec<Phrase>,
    /// Words between a scorer's name and a minute word: `pada` (`Kamada pada menit ke-15`).
    pub minute_before: Vec<Phrase>,
    /// Words of what set a goal up, a pass or a foul (`umpan`, `dilanggar`): in their
    /// sentence, a minute after a `minute_before` word may be the pass's or the foul's, and is
    /// read as no goal's.
    pub setups: Vec<Phrase>,
    /// Words right before a scorer's name whose minute follows a `minute_before` word: `gol`,
    /// `dicetak`, `lewat` (`gol Kamada pada menit ke-15`; not `gawang Lloris pada menit
    /// ke-109`, the keeper's).
    pub scorer_before: Vec<Phrase>,
    /// Words between two minutes of one scorer: `dan`.
    pub joiners: Vec<Phrase>,
    /// Words beside a minute in a scorer's bracket that say how the goal was scored: `pen`.
    pub notes: Vec<Phrase>,
    /// Words in a sentence that make its minutes no goals': cards, substitutions, chances,
    /// saves and disallowed goals (`kartu kuning`, `diganti`, `peluang`, `dianulir`).
    pub not_goals: Vec<Phrase>,
}

/// The words of match scores (`menang 4-0`, `skor akhir 5-0`, `beat Japan 4-0`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ScoreWords {
    /// Words before two numbers joined by a dash that make them a score: `skor`, `menang`.
    pub cues: Vec<Phrase>,
    /// Words between two teams' names (`Jepang vs Indonesia`): a cue too, and what pairs
    /// the two teams of one match.
    pub pairings: Vec<Phrase>,
    /// Words before a team that make it the side a figure is against, not its own
    /// (`tiga gol ke gawang Bahrain`), as a `pairings` word does (`melawan Bahrain`).
    pub against: Vec<Phrase>,
    /// What a side scores or earns (`gol`, `tembakan`, `goals`): such a count is its side's,
    /// the name right after it (`Lima gol Jepang`) or the last one before it in its part of
    /// the sentence (`Daichi Kamada bikin dua gol`), and is compared only with counts of
    /// the same side.
    pub sided: Vec<Phrase>,
    /// Words right before a `sided` count that make it what its side conceded
    /// (`kebobolan`, `ketinggalan`, `conceded`), not what it scored.
    pub conceded: Vec<Phrase>,
    /// Words beside a score that make it a match's final score: `skor akhir`, `berakhir`.
    pub r#final: Vec<Phrase>,
    /// Words beside a score that make it the score at a half or a minute: `babak pertama`.
    pub interim: Vec<Phrase>,
    /// Words right beside a score that make it the score so far: `untuk sementara`.
    pub current: Vec<Phrase>,
    /// Words beside a score that tell how it changed (`menjadi 2-0`): a score in a match's
    /// narrative, compared only when a `final` word stands there too.
    pub narrative: Vec<Phrase>,
    /// Words beside two numbers that make them no match score: `adu penalti`, `agregat`.
    pub not_scores: Vec<Phrase>,
    /// Words of teams' names that name no team (`timnas`, `skuad`).
    pub team_words: Vec<Phrase>,
}

/// A fixed measure: its name (the same in every language: `depth`), the words that name it
/// before its number, its units with their size in the measure's base unit (`km: 1, meter:
/// 0.001`), and the events it is a fixed measure of (`gempa`: a quake has one depth, a
/// flood many). A number with no unit of the list after it, or in a sentence that (with the
/// sentence before) names none of the events, is no measure.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureEntry {
    pub measure: String,
    #[serde(default)]
    pub words: Vec<Phrase>,
    pub units: BTreeMap<Phrase, Amount>,
    pub of: Vec<Phrase>,
    /// A number with no unit after it is in the base unit: a magnitude (`magnitudo 4,8`) is
    /// written with none.
    #[serde(default)]
    pub bare: bool,
    /// The largest value the measure takes (a magnitude: 10); a larger number is no measure
    /// of it (`berkekuatan 300 personel`, `Mag:5.0` read with a decimal comma).
    #[serde(default)]
    pub max: Option<Amount>,
    /// The unit names the measure, with no word before the number: "8,72 lintang selatan",
    /// "107.26 BT" (an epicentre's coordinates). `words` may then be empty.
    #[serde(default)]
    pub named_by_unit: bool,
    /// Values at most this far apart (in the base unit) are one value given twice: a
    /// revision moves an epicentre by hundredths of a degree, a slip by more.
    #[serde(default)]
    pub tolerance: Option<Amount>,
    /// Values further apart than `tolerance` are one measure only when their digits are one
    /// slip apart (a digit changed, two swapped: "8,72" for "8.27"); else they are two
    /// events' (two quakes' epicentres).
    #[serde(default)]
    pub slips_only: bool,
}

/// Which character separates a number's decimals in a language (`decimal_mark`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DecimalMark {
    /// `1,5` is one and a half (Indonesian).
    Comma,
    /// `1.5` is one and a half (English).
    Point,
}

/// A non-negative amount in rule data.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(try_from = "f64")]
pub struct Amount(pub f64);

impl TryFrom<f64> for Amount {
    type Error = String;
    fn try_from(v: f64) -> Result<Self, String> {
        if v.is_finite() && (0.0..=1e15).contains(&v) {
            Ok(Amount(v))
        } else {
            Err(format!("{v} is out of range 0..=1e15"))
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VagueEntry {
    pub word: Phrase,
    pub from: Amount,
    pub to: Amount,
}

/// What a word before a number says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// `sekitar 100`: within the `approximate_tolerance` of 100.
    About,
    /// `hampir 50`: a little below 50.
    Nearly,
    /// `setidaknya 20`: 20 or more.
    AtLeast,
    /// `lebih dari 30`: more than 30.
    Above,
    /// `paling banyak 10`: 10 or fewer.
    AtMost,
    /// `kurang dari 10`: fewer than 10.
    Below,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundEntry {
    pub bound: Bound,
    pub words: Vec<Phrase>,
}

/// Words for tying a date or count to the event it describes.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EventWords {
    /// Function words: no content word of an event.
    pub stopwords: Vec<Phrase>,
    /// Light verbs ("dilakukan", "dijadwalkan"): content words that say little of what
    /// happened, so two claims never share one as their event's word.
    pub light: Vec<Phrase>,
    /// Words that mean the same in events: `meninggal`, `tewas`, `died` are all `dead`.
    pub concepts: Vec<ConceptEntry>,
    /// Prefixes and suffixes stripped from content words (`di-`, `-kan`, `-ed`).
    pub prefixes: Vec<Phrase>,
    pub suffixes: Vec<SuffixEntry>,
    /// Words that refer back to the last person named: `dia`, `ia`, `he`.
    pub pronouns: Vec<Phrase>,
    /// Words that make a noun a reference to someone already named: "the minister",
    /// "sang menteri" (before the noun) and "menteri itu" (after it).
    pub definite_before: Vec<Phrase>,
    pub definite_after: Vec<Phrase>,
    /// Words that join two statements: a claim's words stop there (`dan`, `and`).
    pub conjunctions: Vec<Phrase>,
    /// Relative pronouns: ", yang ..." after a name is about that name.
    pub relatives: Vec<Phrase>,
    /// Words that mark an earlier occurrence ("pernah", "previously"): such a claim is
    /// never the same event as one without.
    pub earlier_markers: Vec<Phrase>,
    /// Words of telling right before a date ("said Friday", "told reporters on Tuesday"):
    /// the date is the day of a statement, not of what it tells.
    pub telling: Vec<Phrase>,
    /// Words that cite a source by name ("mengutip", "dilansir dari", "citing"): a date
    /// after the source's name and a comma ("Mengutip Cointelegraph, Rabu (4/6/2025)") is
    /// the day it was cited, a day of telling.
    pub citing: Vec<Phrase>,
    /// Words before a date that make it the time a figure holds for ("per Selasa"): such a
    /// date is no event's date.
    pub as_of: Vec<Phrase>,
    /// Words before a figure that make it the new value of a running total ("rose to 26"):
    /// a date right after the figure is the day it was reached, not of an event.
    pub reached: Vec<Phrase>,
    /// Modifiers that single out one of several events or quantities of a kind ("kecil",
    /// "susulan", "terakhir", "second"): two claims are one event only when their frames
    /// carry the same ones.
    pub distinct_markers: Vec<Phrase>,
    /// Words that make what follows them in a sentence a supposition ("andai", "if"): a
    /// claim after one is compared only with other such claims.
    pub hypothetical: Vec<Phrase>,
    /// Words of negation ("tidak", "belum", "not"): a count whose clause window holds one
    /// is compared only with other such counts ("hanya satu perusahaan yang izinnya tidak
    /// dicabut" is no figure of the companies whose permits were revoked).
    pub negations: Vec<Phrase>,
    /// Words of a figure that moves all day (a market's session: "279 saham menguat", "197
    /// saham diam di tempat"): such a count holds for a moment, and two articles' are
    /// compared only when both give it one time of day.
    pub moment_words: Vec<Phrase>,
    /// Words right before a date (or one word before it) that introduce it, though they
    /// may open a clause elsewhere ("sejak tahun 2020", "setelah 5 Juni", "since 2020"): the
    /// date's window reads on past them to what happened.
    pub date_prepositions: Vec<Phrase>,
    /// Words that open a span of time a figure is counted over ("dalam waktu", "within")
    /// and the units of that span ("jam", "hours"): "1.600 pesanan dalam waktu 24 jam" and
    /// "2.100 pesanan dalam waktu 48 jam" are figures of two spans.
    pub duration_before: Vec<Phrase>,
    pub duration_units: Vec<Phrase>,
    /// Words that may stand between a `duration_before` word and its number ("over the
    /// three nights", "in the past 24 hours").
    pub duration_fillers: Vec<Phrase>,
    /// Words that are a span of time by themselves ("overnight"): a figure of one is
    /// another quantity than a figure of a day or of another span.
    pub span_words: Vec<Phrase>,
    /// Words joining the members of a sum ("sopir dan 2 penumpangnya", "the driver and two
    /// passengers"): a count so joined to a person is a part of the figure.
    pub sum_joiners: Vec<Phrase>,
    /// Nouns of a person's role that a count may be joined to ("sopir", "driver").
    pub sum_members: Vec<Phrase>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptEntry {
    pub concept: Phrase,
    pub words: Vec<Phrase>,
    /// Concepts of one exclusive group name different quantities: `dead` and `injured`,
    /// `severe` and `light` damage.
    #[serde(default)]
    pub exclusive: Option<Phrase>,
    /// Counts of this concept may fall between days (the missing are found, evacuees go
    /// home). Counts of the other concepts of an exclusive group only rise: a later, lower
    /// figure of them is a conflict, not an update.
    #[serde(default)]
    pub falls: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuffixEntry {
    pub ending: Phrase,
    /// What replaces the ending: `ies` becomes `y`.
    #[serde(default)]
    pub becomes: Option<String>,
}

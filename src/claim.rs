//! Claims: what an article says that can be checked. A claim carries its subject, attribute,
//! normalised value, time scope and source span, plus the clause it sits in.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::rules::{Bound, EntityKind, Part, Unit};
use crate::span::Span;

/// One end of a date value, at the precision the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Point {
    /// A single day.
    Day(NaiveDate),
    /// The ISO week starting on this Monday.
    Week(NaiveDate),
    /// A month: year and month number (1-12).
    Month(i32, u32),
    /// A whole year.
    Year(i32),
}

impl Point {
    pub(crate) fn first_day(self) -> NaiveDate {
        match self {
            Point::Day(d) | Point::Week(d) => d,
            Point::Month(y, m) => ymd(y, m, 1),
            Point::Year(y) => ymd(y, 1, 1),
        }
    }

    pub(crate) fn last_day(self) -> NaiveDate {
        match self {
            Point::Day(d) => d,
            Point::Week(d) => d.checked_add_days(Days::new(6)).unwrap_or(d),
            Point::Month(y, m) => last_of_month(y, m),
            Point::Year(y) => ymd(y, 12, 31),
        }
    }

    pub(crate) fn precision(self) -> Unit {
        match self {
            Point::Day(_) => Unit::Day,
            Point::Week(_) => Unit::Week,
            Point::Month(..) => Unit::Month,
            Point::Year(_) => Unit::Year,
        }
    }

    /// ISO 8601 text: `2024-10-17`, `2024-W42`, `2024-10`, `2024`.
    pub fn iso(self) -> String {
        match self {
            Point::Day(d) => d.format("%Y-%m-%d").to_string(),
            Point::Week(d) => {
                let w = d.iso_week();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Year(y) => format!("{y:04}"),
        }
    }
}

/// A normalised date: a point, or a range between two points, maybe narrowed to a part
/// ("awal 2023" is the early part of 2023).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateValue {
    /// The date, or the start of a range.
    pub from: Point,
    /// The end of a range (inclusive); `None` for a single point.
    pub to: Option<Point>,
    /// The part of the value meant ("awal", "pertengahan", "akhir"); `None` for all of it.
    pub part: Option<Part>,
}

impl DateValue {
    /// A single point with no part.
    pub fn point(p: Point) -> Self {
        DateValue {
            from: p,
            to: None,
            part: None,
        }
    }

    /// The range `from..=to`, with no part.
    pub fn range(from: Point, to: Point) -> Self {
        DateValue {
            from,
            to: Some(to),
            part: None,
        }
    }

    /// The first day the value may mean.
    pub fn start(&self) -> NaiveDate {
        let first = self.from.first_day();
        match (self.part, self.to) {
            (Some(part), None) => part_bounds(self.from, part).0,
            _ => first,
        }
    }

    /// The last day the value may mean.
    pub fn end(&self) -> NaiveDate {
        match (self.part, self.to) {
            (Some(part), None) => part_bounds(self.from, part).1,
            (_, Some(to)) => to.last_day(),
            (None, None) => self.from.last_day(),
        }
    }

    /// The value as ISO 8601 (`2023-01-30/2023-02-01` for a range).
    pub fn iso(&self) -> String {
        match self.to {
            Some(to) => format!("{}/{}", self.from.iso(), to.iso()),
            None => self.from.iso(),
        }
    }

    /// The precision of the value: that of its coarser end.
    pub(crate) fn precision(&self) -> Unit {
        let p = self.from.precision();
        match self.to {
            Some(to) => p.max(to.precision()),
            None => p,
        }
    }

    /// For people: `2023-05-03`, `early 2023`.
    pub fn display(&self) -> String {
        match self.part {
            Some(part) => format!("{} {}", part_name(part), self.iso()),
            None => self.iso(),
        }
    }
}

pub(crate) fn part_name(part: Part) -> &'static str {
    match part {
        Part::Early => "early",
        Part::Mid => "mid",
        Part::Late => "late",
    }
}

pub(crate) fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Day => "day",
        Unit::Week => "week",
        Unit::Month => "month",
        Unit::Year => "year",
    }
}

/// The English name of a weekday, as chrono formats it (`%A`): the canonical name used
/// in reports, whatever language the article is in.
pub(crate) fn weekday_name(w: Weekday) -> String {
    // 1 January 2024 was a Monday.
    let monday = ymd(2024, 1, 1);
    let day = monday
        .checked_add_days(Days::new(u64::from(w.num_days_from_monday())))
        .unwrap_or(monday);
    day.format("%A").to_string()
}

/// The days an early/mid/late part of a point covers: thirds of a year or month,
/// Monday-Tuesday / Wednesday-Thursday / Friday-Sunday of a week.
fn part_bounds(p: Point, part: Part) -> (NaiveDate, NaiveDate) {
    let (first, last) = (p.first_day(), p.last_day());
    match p {
        Point::Day(_) => (first, last),
        Point::Week(_) => {
            let (a, b) = match part {
                Part::Early => (0, 1),
                Part::Mid => (2, 3),
                Part::Late => (4, 6),
            };
            (add_days(first, a), add_days(first, b))
        }
        Point::Month(y, m) => {
            let (a, b) = match part {
                Part::Early => (1, 10),
                Part::Mid => (11, 20),
                Part::Late => (21, last.day()),
            };
            (ymd(y, m, a), ymd(y, m, b))
        }
        Point::Year(y) => match part {
            Part::Early => (ymd(y, 1, 1), last_of_month(y, 4)),
            Part::Mid => (ymd(y, 5, 1), last_of_month(y, 8)),
            Part::Late => (ymd(y, 9, 1), ymd(y, 12, 31)),
        },
    }
}

fn add_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(d)
}

/// A calendar date; years and months outside chrono's range clamp to its limits.
pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d)
        .or_else(|| NaiveDate::from_ymd_opt(y, m, 1))
        .unwrap_or(NaiveDate::MIN)
}

pub(crate) fn last_of_month(y: i32, m: u32) -> NaiveDate {
    ymd(y, m, 1)
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// What a claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Attribute {
    /// When something happened.
    Date,
    /// A mention of a person, organisation or place: the value is its normalised name.
    Name,
    /// A title or role given to a person.
    Title,
    /// An institution a person belongs to.
    Affiliation,
    /// How many of something there are.
    Count,
    /// A flight, ship or document written with digits: the value is its number.
    Identifier,
    /// A person's age in years, written right after the name: the value is the number.
    Age,
    /// The minutes of a scorer's goals in one match, written after the player's name
    /// (`Kamada (15', 45+3')`): the value is the sorted minutes, `15, 45+3`.
    Goals,
    /// People named by their initials in a list ("berinisial UJ dan SH"): the value is the
    /// list.
    Initials,
}

impl Attribute {
    /// The attribute's name in the `claims` output: `date`, `name`, `title`, `affiliation`,
    /// `count`, `identifier`, `age`, `goals`.
    pub fn as_str(self) -> &'static str {
        match self {
            Attribute::Date => "date",
            Attribute::Name => "name",
            Attribute::Title => "title",
            Attribute::Affiliation => "affiliation",
            Attribute::Count => "count",
            Attribute::Identifier => "identifier",
            Attribute::Age => "age",
            Attribute::Goals => "goals",
            Attribute::Initials => "initials",
        }
    }
}

/// Where a date mention sits in its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The article's own publication date in its header, or another date on that line.
    Dateline,
    /// Anywhere in the text.
    Body,
}

/// A weekday written next to a date, or standing for one.
#[derive(Debug, Clone)]
pub struct WeekdayMention {
    /// The weekday the text names.
    pub weekday: Weekday,
    /// Where the weekday word is.
    pub span: Span,
}

/// How a relative date was resolved (or why it was not).
#[derive(Debug, Clone)]
pub struct Resolution {
    /// The date it was resolved against, when known.
    pub anchor: Option<NaiveDate>,
    /// What the expression means, e.g. "1 year before publication".
    pub rule: String,
}

/// The sentence a claim sits in: the words around it that say what it is about.
#[derive(Debug, Clone)]
pub struct Context {
    /// Where the clause is (its text is the article's, at these bytes).
    pub span: Span,
    /// The clause speaks of something scheduled or future (a future marker is there).
    pub future: bool,
    /// The clause marks what it tells as past (a past marker: "telah", "pernah", "was").
    pub past: bool,
    /// Date claims: the date is past whatever its precision: a `since_words` word right
    /// before it ("sejak tahun 2018", "since 2018": the start of a period that reaches the
    /// present), or a `period_past_markers` word before it in its clause (English tense,
    /// "job growth was higher in 2011").
    pub period_past: bool,
    /// Date claims: an `ahead_words` word stands before the date in its clause ("beberapa
    /// minggu sebelum final ... pada Jumat (21/11/2025)", "ahead of Friday's vote"): the date
    /// is of what comes after what the clause tells, and may lie ahead.
    pub ahead: bool,
}

/// Date-specific detail of a date claim.
#[derive(Debug, Clone)]
pub struct DateDetail {
    /// The normalised value; `None` when a relative date could not be resolved.
    pub value: Option<DateValue>,
    /// The written form: `day-month-year`, `weekday+numeric`, `relative`, ...
    pub form: &'static str,
    /// The year (and the date) is written in the text, not inferred.
    pub explicit: bool,
    /// A weekday written with the date ("Kamis, 17 Oktober 2024"), checked by the
    /// `weekday` kind.
    pub weekday: Option<WeekdayMention>,
    /// How a relative date ("kemarin", "Kamis lalu") was resolved; `None` for a date
    /// written in full.
    pub resolution: Option<Resolution>,
    /// Whether the date is the article's dateline or in its text.
    pub role: Role,
}

impl DateDetail {
    /// The date was resolved from its article's publication date ("Kamis", "kemarin", "awal
    /// pekan ini"): it says which day only together with that date.
    pub fn relative(&self) -> bool {
        self.resolution.as_ref().is_some_and(|r| r.anchor.is_some())
    }
}

/// How a name mention was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// After a title or role ("Sekretaris Jenderal NATO Mark Rutte").
    Title,
    /// Before an apposition ("Michito Tsuruoka, seorang profesor ...").
    Apposition,
    /// Next to a speech verb ("kata Brown", "Rutte mengatakan").
    Speech,
    /// The surname of a person named in full elsewhere in the article.
    Surname,
    /// A title alone standing for its one holder in the article ("Sekjen NATO").
    TitleAlone,
    /// A form of a known name from `rules/aliases.yaml`.
    Alias,
    /// A run of capitalised words with an institution word ("Universitas Keio").
    Institution,
    /// A long form followed by its acronym in brackets ("... for Ukraine (NSATU)").
    Acronym,
    /// A run of capitalised words with no other cue ("Shuto Machino", "Kecamatan
    /// Dukupuntang", "Freedom Flotilla Coalition"), typed by a head word when it has one.
    Capitalised,
    /// A person's initials before an age in brackets ("berinisial DUL (30)").
    Initials,
    /// A person's one word before an age in brackets ("korban bernama Qzani (29)").
    Age,
    /// One capitalised word standing alone inside a sentence with no other cue ("lokasi
    /// wisata Qzarnemo"): read only by the spelling check, as a slip of a word of a name
    /// other articles write ([`crate::reconcile::entities`]).
    Lone,
}

impl Cue {
    /// The cue's name in the `claims` output (`title`, `apposition`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Cue::Title => "title",
            Cue::Apposition => "apposition",
            Cue::Speech => "speech",
            Cue::Surname => "surname",
            Cue::TitleAlone => "title-alone",
            Cue::Alias => "alias",
            Cue::Institution => "institution",
            Cue::Acronym => "acronym",
            Cue::Capitalised => "capitalised",
            Cue::Initials => "initials",
            Cue::Age => "age",
            Cue::Lone => "lone",
        }
    }
}

/// Entity-specific detail of a name, title or affiliation claim.
#[derive(Debug, Clone)]
pub struct EntityDetail {
    /// What the named entity is (for title and affiliation claims: the person's).
    pub kind: EntityKind,
    /// The normalised name: lower-case words, aliases and institution words made canonical
    /// ("university temple" for "Universitas Temple"). For title and affiliation claims,
    /// the person's.
    pub key: String,
    /// The claim's normalised value: the name key, the canonical title, or the institution key.
    pub value: String,
    /// How the mention was recognised.
    pub cue: Cue,
    /// The name is a form of a known entity from the aliases.
    pub known: bool,
    /// Title and affiliation claims: index (in the run's claim list) of the person's name
    /// claim. Name claims: the fuller mention a surname or acronym stands for.
    pub person: Option<usize>,
    /// Affiliation claims: index of the institution's name claim.
    pub org: Option<usize>,
    /// Title claims: index of the title in the rules' title list.
    pub title: Option<usize>,
    /// Title claims: the organisation or country the title is of ("NATO", "Japan").
    pub qualifier: Option<String>,
    /// Title claims: the title is no longer held ("mantan", "former").
    pub former: bool,
    /// Title claims: a rank held in retirement ("Purn.").
    pub retired: bool,
    /// Name claims: the mention stands next to a speech verb ("kata Herman", "Herman
    /// mengatakan"): it says who gave a figure, not what the figure is about.
    pub speaker: bool,
    /// Name claims: the mention stands right after a pairing word (`pairings` of the score
    /// rules: "melawan Jepang", "kontra Bahrain", "vs Japan"): the other side of what its
    /// sentence tells, not who did it ("Timnas Indonesia ... melawan Jepang, dengan hanya
    /// meraih dua kemenangan" counts Indonesia's wins).
    pub opponent: bool,
    /// Name claims: the place of the lead's dateline ("JAKARTA, KOMPAS.com -",
    /// "Liputan6.com, Jakarta -"): where the report was filed, not what it is about.
    pub dateline: bool,
}

/// A count's value: a number, a range of two numbers, a vague amount ("puluhan", a
/// range), maybe with a bound ("sekitar", "lebih dari").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// The number, or the lower end of a range or vague amount.
    pub value: f64,
    /// The upper end of a range or vague amount.
    pub to: Option<f64>,
    /// A word that bounds the number ("sekitar", "lebih dari"); `None` for an exact number.
    pub bound: Option<Bound>,
    /// A vague amount ("ratusan"): `value..to` are the rules' bounds for it.
    pub vague: bool,
}

impl Quantity {
    /// Exactly `value`: no range, bound or vagueness.
    pub fn exact(value: f64) -> Self {
        Quantity {
            value,
            to: None,
            bound: None,
            vague: false,
        }
    }

    /// The numbers as written, `lo..=hi` (one number: both ends), its bound aside.
    pub(crate) fn range(&self) -> (f64, f64) {
        (self.value, self.to.unwrap_or(self.value))
    }

    /// The numbers the count allows, `lo..=hi`; `tolerance` widens an approximate one.
    pub(crate) fn interval(&self, tolerance: f64) -> (f64, f64) {
        let (lo, hi) = self.range();
        match self.bound {
            None => (lo, hi),
            Some(Bound::About) => (lo * (1.0 - tolerance), hi * (1.0 + tolerance)),
            Some(Bound::Nearly) => (lo * (1.0 - tolerance), hi),
            Some(Bound::AtLeast) | Some(Bound::Above) => (lo, f64::INFINITY),
            Some(Bound::AtMost) | Some(Bound::Below) => (0.0, hi),
        }
    }

    /// Whether the two counts can both be true. "More than 14" leaves out 14 itself, so it
    /// cannot be true with an exact 14 ("lebih dari 14 orang" / "14 orang"), while "at least
    /// 14" can; "less than 14" likewise.
    pub fn agrees(&self, other: &Quantity, tolerance: f64) -> bool {
        let (a, b) = (self.interval(tolerance), other.interval(tolerance));
        let meets = |lo: f64, lo_open: bool, hi: f64, hi_open: bool| {
            if lo_open || hi_open {
                lo < hi
            } else {
                lo <= hi
            }
        };
        meets(a.0, self.open_below(), b.1, other.open_above())
            && meets(b.0, other.open_below(), a.1, self.open_above())
    }

    /// The lower end of [`Quantity::interval`] is left out ("more than").
    fn open_below(&self) -> bool {
        self.bound == Some(Bound::Above)
    }

    /// The upper end of [`Quantity::interval`] is left out ("less than").
    fn open_above(&self) -> bool {
        self.bound == Some(Bound::Below)
    }

    /// For people and reports: `12`, `1500`, `about 100`, `10-15`, `10-99 (vague)`.
    pub fn display(&self) -> String {
        let mut s = number_text(self.value);
        if let Some(to) = self.to {
            s = format!("{s}-{}", number_text(to));
        }
        if self.vague {
            s.push_str(" (vague)");
        }
        match self.bound {
            None => s,
            Some(b) => format!("{} {s}", bound_name(b)),
        }
    }
}

pub(crate) fn bound_name(b: Bound) -> &'static str {
    match b {
        Bound::About => "about",
        Bound::Nearly => "nearly",
        Bound::AtLeast => "at least",
        Bound::Above => "more than",
        Bound::AtMost => "at most",
        Bound::Below => "less than",
    }
}

/// A number without a needless fraction: `1500`, `1.5`, `0.25`.
pub(crate) fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Count-specific detail of a count claim.
#[derive(Debug, Clone)]
pub struct CountDetail {
    /// How many, as written (a number, a range, a vague or bounded amount).
    pub value: Quantity,
    /// The counted thing as written, lower-case (`negara`, `orang`), its stem or concepts
    /// (`country`, `person`) in `thing`.
    pub noun: String,
    /// The counted thing as compared: the rules' concepts of `noun` (`person`), or else its
    /// stem.
    pub thing: Vec<String>,
    /// A count of others besides someone named ("dua belas negara lainnya").
    pub others: bool,
    /// A count of others after a name and a conjunction ("PT GN dan 12 perusahaan
    /// lainnya"): the name's last word, lower-case (`gn`).
    pub others_of: Option<String>,
    /// A whole of which the text gives a part ("20 bus yang terbakar dari sebanyak 104
    /// bus", "bagian dari 417 bus"): a different quantity from a plain count.
    pub whole: bool,
    /// A percentage (counted only with the `count_percentages` setting).
    pub percent: bool,
    /// A fixed measure of one event (`kedalaman 47 km`: `thing` is the measure's name,
    /// `depth`): it has one value on every day, so figures that differ between days are a
    /// conflict, not an update.
    pub fixed: bool,
    /// A match score (`menang 4-0`): the two numbers as written and the time they hold for.
    /// `value` is the larger number; scores are compared as scores, not as counts.
    pub score: Option<Score>,
}

/// A match score: the goals of the two sides as written (`0-6`), and its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    /// The two numbers in the order written (`0-6` is `(0, 6)`).
    pub goals: (u32, u32),
    /// Whether the score is final, current, interim or other.
    pub time: ScoreTime,
    /// The time was said beside the score (`skor akhir`, `untuk sementara`), not taken from
    /// the article's.
    pub explicit: bool,
}

impl Score {
    /// The result whichever side is named first: `0-6` and `6-0` are one result.
    pub fn result(&self) -> (u32, u32) {
        let (a, b) = self.goals;
        (a.max(b), a.min(b))
    }
}

/// The time a score holds for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ScoreTime {
    /// The match's result.
    Final,
    /// The score so far, in an article written during the match.
    Current,
    /// The score at a half or a minute.
    Interim,
    /// A score in the match's narrative, or of another match: never compared.
    Other,
}

impl ScoreTime {
    /// The time's name in the `claims` output: `final`, `current`, `interim`, `other`.
    pub fn as_str(self) -> &'static str {
        match self {
            ScoreTime::Final => "final",
            ScoreTime::Current => "current",
            ScoreTime::Interim => "interim",
            ScoreTime::Other => "other",
        }
    }
}

/// The minute of a goal as written: `58` is `(58, 0)`, stoppage time `45+2` is `(45, 2)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GoalMinute {
    /// The minute, or the half's last regular minute before stoppage time.
    pub base: u32,
    /// The minutes of stoppage time after `base` (0 for none).
    pub added: u32,
}

impl GoalMinute {
    /// The minute on a running clock: `45+2` is the 47th.
    pub fn clock(self) -> u32 {
        self.base + self.added
    }

    /// Sorted by the running clock (`45+2` before `48`, after `46`).
    pub fn sort(minutes: &mut [GoalMinute]) {
        minutes.sort_by_key(|m| (m.clock(), m.base));
    }

    /// Minutes as a claim's value: `15, 45+3`.
    pub fn list(minutes: &[GoalMinute]) -> String {
        minutes
            .iter()
            .map(|m| m.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The minutes of a claim's value written by [`GoalMinute::list`].
    pub fn parse_list(value: &str) -> Option<Vec<GoalMinute>> {
        value
            .split(", ")
            .map(|m| {
                let (base, added) = m.split_once('+').unwrap_or((m, "0"));
                Some(GoalMinute {
                    base: base.parse().ok()?,
                    added: added.parse().ok()?,
                })
            })
            .collect()
    }
}

impl std::fmt::Display for GoalMinute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.added > 0 {
            write!(f, "{}+{}", self.base, self.added)
        } else {
            write!(f, "{}", self.base)
        }
    }
}

/// What ties a date or count claim to the event it describes: its content words and where
/// to look for its subjects.
#[derive(Debug, Clone, Default)]
pub struct Frame {
    /// Content items near the claim in its clause: concepts (`dead`, `take-office`) and
    /// word stems (`armada`, `dukung`), sorted, without repeats.
    pub words: Vec<String>,
    /// The items of the content word nearest before the claim in its clause, the word a
    /// date hangs on ("law enacted last week": `enact`; "grew Monday": `grew`), with the
    /// word as written; empty when the clause has none before the claim.
    pub head: Vec<String>,
    /// Byte range (in the article text) of the claim's sentence; entity mentions there are
    /// its subjects.
    pub sentence: (usize, usize),
    /// The sentence before, whose entities stand in when the claim's sentence names none.
    pub previous: Option<(usize, usize)>,
    /// Byte range of the claim's part of its sentence: bounded by a comma and a
    /// conjunction (", sedangkan perang Israel-Iran ..."), which start another statement.
    pub part: (usize, usize),
    /// Byte offset of a pronoun ("dia", "he") before the claim in its sentence (the first
    /// one): the last person named before it is a subject too.
    pub pronoun: Option<usize>,
    /// Nouns made definite before the claim in its sentence ("the minister", "menteri
    /// itu"): a person whose title is written with such a word is a subject too.
    pub definite: Vec<String>,
    /// An earlier-occurrence marker ("pernah", "previously") stands in the claim's clause.
    pub earlier: bool,
    /// Distinguishing modifiers in the claim's window ("kecil", "terakhir"), sorted.
    pub marks: Vec<String>,
    /// A word of telling stands right before the date ("said Friday", "told reporters on
    /// Tuesday"): the date is the day of a statement, never of what it tells.
    pub told: bool,
}

/// What kind of claim this is, with its detail.
#[derive(Debug, Clone)]
/// Boxed, like the frame, so a claim is small to move: a run holds millions, and they are
/// moved once more when joined into the run's list.
pub enum Detail {
    /// A date claim ([`Attribute::Date`]).
    Date(Box<DateDetail>),
    /// A name, title or affiliation claim.
    Entity(Box<EntityDetail>),
    /// A count claim.
    Count(Box<CountDetail>),
    /// An identifier claim (a flight, ship or document number).
    Identifier(Box<IdentifierDetail>),
    /// A list of people's initials.
    Initials(Box<InitialsDetail>),
}

/// People named by their initials in a list, as police reports name suspects and victims:
/// "pelaku berinisial UJ dan SH", "tersangka BB, TR, dan FT".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitialsDetail {
    /// The initials in the order written ("UJ", "SH").
    pub items: Vec<String>,
    /// Who the people are, from a role word before the list in its sentence ("suspect"
    /// after "pelaku"); empty when no such word stands there.
    pub role: String,
    /// A cue word stands right before the list ("berinisial", "tersangka"): it names
    /// people, not institutions by their acronyms.
    pub cued: bool,
}

/// An identifier written with digits: "GA-402", "PP Nomor 24 Tahun 2021", "KRI
/// Nanggala-402", a vehicle's plate "B 2829 UIL".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentifierDetail {
    /// What it numbers, from the rules ("flight", "regulation", "ship").
    pub kind: String,
    /// What the number belongs to: a code's letters ("GA"), a document's short form and
    /// the words between it and its number ("Permen keuangan"), a ship's name ("kri
    /// nanggala"), a plate's region code ("B"); empty for a bare flight number ("flight
    /// 171").
    pub prefix: String,
    /// The digits, groups joined by "/", leading zeros dropped: "402", "24/2021".
    pub number: String,
    /// Documents: the first words of what it is about ("cipta kerja" after "tentang").
    pub about: Vec<String>,
    /// The number follows a name that says which one it is ("KRI Nanggala-402").
    pub named: bool,
    /// Plates: the letters after the number ("UIL" in "B 2829 UIL"); empty for others.
    pub suffix: String,
}

impl IdentifierDetail {
    /// Whether the letters around the number say which one it is: a ship's name before
    /// it, a plate's region and letters. Then one article writing two numbers of it is a
    /// slip, not two of them.
    pub fn pinned(&self) -> bool {
        self.named || !self.suffix.is_empty()
    }
}

/// One checkable statement found in an article.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Index of the article in the run's article list.
    pub article: usize,
    /// What the claim is about; `None` until events are linked (date claims).
    pub subject: Option<String>,
    /// What kind of statement it is (date, name, title, ...); matches `detail`.
    pub attribute: Attribute,
    /// The time the claim holds for: for a date claim, the days its value covers; for an
    /// entity claim, a date in its sentence or else its article's publication date.
    pub time_scope: Option<(NaiveDate, NaiveDate)>,
    /// Where the claim's text is in the article.
    pub span: Span,
    /// The exact source text of the span.
    pub text: String,
    /// The clause the claim sits in.
    pub context: Context,
    /// The attribute's detail: the normalised value and how it was read.
    pub detail: Detail,
    /// Date and count claims: what ties them to their event.
    pub frame: Option<Box<Frame>>,
}

impl Claim {
    /// Whether this date is the day of a statement, a word of telling right before it
    /// ("said Friday"): not the day of what was told.
    pub fn told(&self) -> bool {
        self.frame.as_ref().is_some_and(|f| f.told)
    }

    /// The date detail, if this is a date claim.
    pub fn date(&self) -> Option<&DateDetail> {
        match &self.detail {
            Detail::Date(d) => Some(d),
            _ => None,
        }
    }

    /// The entity detail, if this is a name, title or affiliation claim.
    pub fn entity(&self) -> Option<&EntityDetail> {
        match &self.detail {
            Detail::Entity(e) => Some(e),
            _ => None,
        }
    }

    /// The count detail, if this is a count claim.
    pub fn count(&self) -> Option<&CountDetail> {
        match &self.detail {
            Detail::Count(c) => Some(c),
            _ => None,
        }
    }

    pub(crate) fn identifier(&self) -> Option<&IdentifierDetail> {
        match &self.detail {
            Detail::Identifier(d) => Some(d),
            _ => None,
        }
    }

    /// The initials detail, if this is a list of initials.
    pub(crate) fn initials(&self) -> Option<&InitialsDetail> {
        match &self.detail {
            Detail::Initials(d) => Some(d),
            _ => None,
        }
    }

    /// The normalised value as text: ISO 8601 for dates, the normalised name, title or
    /// institution for entity claims; `None` for an unresolved relative date.
    pub fn value(&self) -> Option<String> {
        match &self.detail {
            Detail::Date(d) => d.value.map(|v| v.iso()),
            Detail::Entity(e) => Some(e.value.clone()),
            Detail::Count(c) => Some(match c.score {
                Some(s) => format!("{}-{}", s.goals.0, s.goals.1),
                None => c.value.display(),
            }),
            Detail::Identifier(d) => Some(
                [d.prefix.as_str(), d.number.as_str(), d.suffix.as_str()]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Detail::Initials(d) => Some(d.items.join(", ")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, bound: Option<Bound>) -> Quantity {
        Quantity {
            bound,
            ..Quantity::exact(value)
        }
    }

    /// "lebih dari 14 orang" against a headline's "Tewaskan 14 Orang"
    /// (longsor-gunung-kuda-cirebon): more than 14 is not 14.
    #[test]
    fn strict_bounds_leave_out_their_number() {
        let t = 0.1;
        let exact = q(14.0, None);
        assert!(!q(14.0, Some(Bound::Above)).agrees(&exact, t));
        assert!(!exact.agrees(&q(14.0, Some(Bound::Above)), t));
        assert!(!q(14.0, Some(Bound::Below)).agrees(&exact, t));
        assert!(!q(14.0, Some(Bound::Above)).agrees(&q(14.0, Some(Bound::Below)), t));
        // Traps: an inclusive bound holds its number, a strict one any number past it, and
        // two strict bounds of one side agree; "about 14" may be 15.
        assert!(q(14.0, Some(Bound::AtLeast)).agrees(&exact, t));
        assert!(q(14.0, Some(Bound::AtLeast)).agrees(&q(16.0, None), t));
        assert!(q(14.0, Some(Bound::AtMost)).agrees(&exact, t));
        assert!(q(14.0, Some(Bound::Above)).agrees(&q(15.0, None), t));
        assert!(q(14.0, Some(Bound::Below)).agrees(&q(13.0, None), t));
        assert!(q(14.0, Some(Bound::Above)).agrees(&q(14.0, Some(Bound::Above)), t));
        assert!(q(14.0, Some(Bound::Above)).agrees(&q(14.0, Some(Bound::About)), t));
        assert!(q(14.0, Some(Bound::Above)).agrees(&q(14.0, Some(Bound::AtLeast)), t));
        assert!(q(14.0, Some(Bound::Above)).agrees(&q(10.0, Some(Bound::AtLeast)), t));
    }
}

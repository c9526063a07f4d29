//! Property tests (proptest) over generated input.
//!
//! Articles come from a grammar of news fragments (headers and datelines, Indonesian and
//! English dates in many forms, counts in digits and words, titled names, universities)
//! told as one story by 2-4 outlets that disagree now and then, mixed with hostile text
//! (emoji, combining marks, RTL text, CRLF and lone CR, a BOM, NBSP, zero-width characters,
//! long repeated tokens). On them:
//!
//! 1. every span of every claim and conflict quotes exactly its bytes, with the right line
//!    and column;
//! 2. the generator is realistic: a fixed-seed sample yields claims of every attribute and
//!    conflicts of several kinds (so the other properties cannot pass on empty output);
//! 3. nothing panics on arbitrary strings;
//! 4. reports do not depend on the order the articles are given in (ignored: not so today);
//! 5. generated rule folders load, or fail with an error naming the file and a line;
//! 6. every report format renders, and the JSON ones parse.
//!
//! Every property sets its number of cases, so the file runs in about ten seconds in a
//! debug build; `PROPTEST_CASES=N` runs N cases of each instead, for a longer search, and
//! `PROPTEST_RNG_SEED=S` repeats one run's cases.
//!
//! A failing case is written to `tests/properties.proptest-regressions` (next to this
//! file) and replayed first on every later run. The file is committed: a failure once found
//! stays a test on every machine and in CI, not only on the machine that found it. (Its
//! seeds replay through the strategies as they are now: a changed generator turns them into
//! other cases, so a bug worth keeping also gets a plain test, as in `tests/rules.rs`.)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate};
use clap::ValueEnum;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{FileFailurePersistence, RngAlgorithm, TestRng, TestRunner};

use factlint::article::Article;
use factlint::error::Error;
use factlint::report::{self, Format, Report, Style};
use factlint::rules::Rules;
use factlint::span::Span;
use factlint::Run;

// ---------------------------------------------------------------------------------------
// Configuration

/// `cases` cases (or `PROPTEST_CASES`), failures persisted next to this file, shrinking
/// bounded so that a failure is reported in seconds, not minutes.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        max_shrink_iters: 4096,
        ..ProptestConfig::default()
    }
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| Rules::builtin().expect("built-in rules load"))
}

/// Articles as (id, text).
type Docs = Vec<(String, String)>;

/// The articles of generated documents. Their only front matter is the generator's, which
/// is valid: an error is a failure.
fn articles_of(docs: &[(String, String)], rules: &Rules) -> Vec<Article> {
    docs.iter()
        .map(|(id, text)| {
            Article::new(id.clone(), text.clone(), rules)
                .unwrap_or_else(|e| panic!("{e}: {text:?}"))
        })
        .collect()
}

fn check(docs: &[(String, String)]) -> Run {
    factlint::check_articles(articles_of(docs, rules()), rules(), &|_, _| {})
}

// ---------------------------------------------------------------------------------------
// The grammar

const BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const BULAN_SINGKAT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_SHORT: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];
/// Monday first, as `Weekday::num_days_from_monday`.
const HARI: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// (first name, surname, the surname misspelt).
const PEOPLE: [(&str, &str, &str); 6] = [
    ("Joko", "Widodo", "Widido"),
    ("Retno", "Marsudi", "Marsudy"),
    ("Prabowo", "Subianto", "Subiyanto"),
    ("Sri", "Mulyani", "Mulyana"),
    ("Michito", "Tsuruoka", "Tsuruoko"),
    ("Fransiska", "Mangela", "Mangella"),
];
/// (Indonesian, English); `i ^ 1` is a title of the same exclusive group.
const TITLES: [(&str, &str); 8] = [
    ("Presiden", "President"),
    ("Wakil Presiden", "Vice President"),
    ("Menteri Luar Negeri", "Foreign Minister"),
    ("Menteri Pertahanan", "Defence Minister"),
    ("Perdana Menteri", "Prime Minister"),
    ("Wakil Perdana Menteri", "Deputy Prime Minister"),
    ("Gubernur", "Governor"),
    ("Wakil Gubernur", "Deputy Governor"),
];
const UNIVERSITIES: [(&str, &str); 4] = [
    ("Universitas Keio", "Keio University"),
    ("Universitas Indonesia", "University of Indonesia"),
    ("Universitas Gadjah Mada", "Gadjah Mada University"),
    ("Universitas Temple", "Temple University"),
];
const PLACES: [&str; 5] = ["Jakarta", "Surabaya", "Tokyo", "Lembah Marowa", "Kyiv"];
const OUTLETS: [&str; 5] = [
    "Kompas.com",
    "Harian Contoh",
    "Warta Nusantara",
    "IDN Times",
    "Equator Wire",
];
/// Counted nouns, one per event sentence: (Indonesian, English).
const NOUNS: [(&str, &str); 5] = [
    ("negara", "countries"),
    ("orang", "people"),
    ("desa", "villages"),
    ("rumah", "houses"),
    ("kapal", "ships"),
];

/// Hostile pieces put between or inside the words of an article.
const HOSTILE: &[&str] = &[
    "🌊",
    "👍🏽",
    "🇮🇩",
    "👨\u{200d}👩\u{200d}👧",
    "e\u{301}",
    "\u{301}",
    "a\u{300}\u{301}\u{302}\u{303}\u{304}",
    "\u{20dd}",
    "שלום עולם",
    "مرحبا بالعالم",
    "\u{202e}Senin 3 Juni 2024\u{202c}",
    "\u{200f}١٢ دولة\u{200f}",
    "۱۲",
    "\u{a0}",
    "\u{202f}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{2060}",
    "\u{feff}",
    "\r\n",
    "\r",
    "\n",
    "\r\r\n",
    "\n\r",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\t",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{0}",
    "１２",
    "²",
    "½",
    "𝟏𝟐",
    "İstanbul",
    "\u{212a}OMPAS",
    "ẞ",
    "ﬁ",
    "Ǆ",
    "—",
    "…",
    "\"",
    "«",
    "(",
    ")",
    "/",
    "-",
    ".",
    ",",
    "3/6/2024",
    "31/2/2024",
    "99/99/9999",
    "0/0/0",
    "1.2.3.4.5",
    "1,5",
    "12.",
    "Prof.",
];

/// Tokens repeated many times: a long run of one word, number or symbol.
const REPEATED: &[&str] = &[
    "a",
    "9",
    "12",
    "Senin ",
    "dua belas ",
    "1.",
    "Juni ",
    "(",
    "Prof. ",
    "🌊",
    "é",
    "\u{301}",
    "Universitas ",
    "\r\n",
];

/// What the articles of one case agree on.
#[derive(Debug, Clone)]
struct Story {
    /// Day of the event, in days after 2023-01-01.
    day: u16,
    count: u32,
    person: usize,
    title: usize,
    university: usize,
    place: usize,
}

/// One article's telling of the story.
#[derive(Debug, Clone)]
struct Plan {
    english: bool,
    bom: bool,
    /// Line ends: `\n`, `\r\n`, lone `\r`, or all three in turn.
    eol: u8,
    /// `% 7`: the header (a date line with outlet and headline, YAML front matter, `Outlet,
    /// date`, an English date line, an English weekday date line, none); `/ 7 % 3`: the
    /// lead's dateline (none, `JAKARTA, Outlet -`, `Jakarta, Senin (3/6/2024) -`).
    header: u8,
    /// `% 6`: publication 0-3 days after the event, or 2 or 30 days before it.
    published: u8,
    /// Per sentence: template, date form, date variant, weekday, count form, count
    /// variant, person and title variant, university/place variant and word separator.
    /// A 0 everywhere is the story as agreed.
    sentences: Vec<[u8; 8]>,
    /// (where, what, how) hostile pieces go.
    hostile: Vec<(u16, u8, u8)>,
}

fn story() -> impl Strategy<Value = Story> {
    (
        0u16..1000,
        prop_oneof![2u32..40, 100u32..2000, 10_000u32..2_000_000],
        0..PEOPLE.len(),
        0..TITLES.len(),
        0..UNIVERSITIES.len(),
        0..PLACES.len(),
    )
        .prop_map(|(day, count, person, title, university, place)| Story {
            day,
            count,
            person,
            title,
            university,
            place,
        })
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        any::<bool>(),
        prop::bool::weighted(0.2),
        0u8..4,
        any::<u8>(),
        any::<u8>(),
        prop::collection::vec(any::<[u8; 8]>(), 1..10),
        prop::collection::vec((any::<u16>(), any::<u8>(), any::<u8>()), 0..6),
    )
        .prop_map(
            |(english, bom, eol, header, published, sentences, hostile)| Plan {
                english,
                bom,
                eol,
                header,
                published,
                sentences,
                hostile,
            },
        )
}

/// 2-4 articles telling one story: (id, text).
fn articles() -> impl Strategy<Value = Docs> {
    (story(), prop::collection::vec(plan(), 2..=4)).prop_map(|(story, plans)| {
        plans
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let outlet = OUTLETS[(story.place + i) % OUTLETS.len()];
                let id = format!(
                    "news/{i:02}-{}.txt",
                    outlet.to_lowercase().replace(' ', "-")
                );
                (id, render(&story, p, outlet))
            })
            .collect()
    })
}

fn event_date(story: &Story) -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 1, 1)
        .unwrap()
        .checked_add_days(Days::new(u64::from(story.day)))
        .unwrap()
}

/// A knob value: 0-4 keep the story's value, 5-7 pick one of three others.
fn variant(k: u8) -> u8 {
    (k % 8).saturating_sub(4)
}

fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        date.checked_add_days(Days::new(days as u64)).unwrap()
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
            .unwrap()
    }
}

fn id_number(n: u32) -> String {
    const ONES: [&str; 10] = [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    ];
    let rest = |r: u32| {
        if r == 0 {
            String::new()
        } else {
            format!(" {}", id_number(r))
        }
    };
    match n {
        0..=9 => ONES[n as usize].to_string(),
        10 => "sepuluh".into(),
        11 => "sebelas".into(),
        12..=19 => format!("{} belas", ONES[n as usize - 10]),
        20..=99 => format!("{} puluh{}", ONES[n as usize / 10], rest(n % 10)),
        100..=199 => format!("seratus{}", rest(n % 100)),
        200..=999 => format!("{} ratus{}", ONES[n as usize / 100], rest(n % 100)),
        1000..=1999 => format!("seribu{}", rest(n % 1000)),
        2000..=999_999 => format!("{} ribu{}", id_number(n / 1000), rest(n % 1000)),
        _ => format!("{} juta{}", id_number(n / 1_000_000), rest(n % 1_000_000)),
    }
}

fn en_number(n: u32) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let rest = |r: u32, sep: &str| {
        if r == 0 {
            String::new()
        } else {
            format!("{sep}{}", en_number(r))
        }
    };
    match n {
        0..=19 => SMALL[n as usize].to_string(),
        20..=99 => format!("{}{}", TENS[n as usize / 10], rest(n % 10, "-")),
        100..=999 => format!(
            "{} hundred{}",
            SMALL[n as usize / 100],
            rest(n % 100, " and ")
        ),
        1000..=999_999 => format!("{} thousand{}", en_number(n / 1000), rest(n % 1000, " ")),
        _ => format!(
            "{} million{}",
            en_number(n / 1_000_000),
            rest(n % 1_000_000, " ")
        ),
    }
}

/// `1.250.000` (Indonesian) or `1,250,000` (English).
fn grouped(n: u32, english: bool) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(if english { ',' } else { '.' });
        }
        out.push(c);
    }
    out
}

/// A count of `noun` in one of many written forms.
fn count_text(english: bool, n: u32, form: u8, noun: (&str, &str)) -> String {
    let noun = if english { noun.1 } else { noun.0 };
    let words = |n| {
        if english {
            en_number(n)
        } else {
            id_number(n)
        }
    };
    let (about, above, nearly, least) = if english {
        ("about", "more than", "nearly", "at least")
    } else {
        ("sekitar", "lebih dari", "hampir", "setidaknya")
    };
    match form % 10 {
        0 => format!("{n} {noun}"),
        1 => format!("{} {noun}", grouped(n, english)),
        2 | 3 => format!("{} {noun}", words(n)),
        4 => format!("{about} {} {noun}", grouped(n, english)),
        5 => format!("{above} {n} {noun}"),
        6 => format!("{nearly} {} {noun}", words(n)),
        7 => format!("{least} {n} {noun}"),
        8 if english => format!("{n} to {} {noun}", n + 3),
        8 => format!("{n} hingga {} {noun}", n + 3),
        _ if english => format!("dozens of {noun}"),
        _ => format!("puluhan {noun}"),
    }
}

/// A date with its preposition, in one of many written forms; `right_weekday` false
/// writes the day after's weekday next to it.
fn date_text(english: bool, date: NaiveDate, form: u8, right_weekday: bool) -> String {
    let (d, m, y) = (date.day(), date.month() as usize, date.year());
    let mut w = date.weekday().num_days_from_monday() as usize;
    if !right_weekday {
        w = (w + 1) % 7;
    }
    if english {
        let (month, weekday) = (MONTHS[m - 1], DAYS[w]);
        let ord = match d {
            1 | 21 | 31 => "st",
            2 | 22 => "nd",
            3 | 23 => "rd",
            _ => "th",
        };
        match form % 12 {
            0 => format!("on {month} {d}, {y}"),
            1 => format!("on {weekday}, {month} {d}, {y}"),
            2 => format!("on {d} {month} {y}"),
            3 => format!("on {} {d}, {y}", MONTHS_SHORT[m - 1]),
            4 => format!("on {y}-{m:02}-{d:02}"),
            5 => format!("in early {month} {y}"),
            6 => format!("last {weekday}"),
            7 => "yesterday".to_string(),
            8 => format!("in {month} {y}"),
            9 => format!("on {weekday} ({d}/{m}/{y})"),
            10 => format!("on {month} {d}{ord}"),
            _ => format!("on {weekday}, {month} {d}"),
        }
    } else {
        let (bulan, hari) = (BULAN[m - 1], HARI[w]);
        let part = ["awal", "pertengahan", "akhir"][(d as usize - 1) / 11];
        match form % 12 {
            0 => format!("pada {d} {bulan} {y}"),
            1 => format!("pada {hari}, {d} {bulan} {y}"),
            2 => format!("pada {hari} ({d}/{m}/{y})"),
            3 => format!("pada {d}/{m}/{y}"),
            4 => format!("pada {d:02}-{m:02}-{y}"),
            5 => format!("pada {bulan} {y}"),
            6 => format!("pada {part} {bulan} {y}"),
            7 => format!("pada {d} {} {y}", BULAN_SINGKAT[m - 1]),
            8 => format!("pada tanggal {d} {bulan}"),
            9 => format!("{hari} lalu"),
            10 => "kemarin".to_string(),
            _ => format!("pada {hari} ({d}/{m})"),
        }
    }
}

/// One sentence of the story as an article tells it.
fn sentence(story: &Story, english: bool, k: &[u8; 8]) -> String {
    let base = event_date(story);
    let date = match variant(k[2]) {
        0 => base,
        1 => shift(base, 1),
        2 => shift(base, -7),
        _ => shift(base, 31),
    };
    let date = date_text(english, date, k[1], k[3] % 4 != 3);
    let n = match variant(k[5]) {
        0 => story.count,
        1 => story.count + 1,
        2 => story.count * 2,
        _ => story.count.saturating_sub(1).max(1),
    };
    let count = |noun: usize| count_text(english, n, k[4], NOUNS[noun]);
    let (person, title) = match variant(k[6]) {
        0 => (story.person, story.title),
        // The same person, another title of the same group.
        1 => (story.person, story.title ^ 1),
        // Someone else.
        2 => ((story.person + 1) % PEOPLE.len(), story.title),
        // The surname misspelt.
        _ => (usize::MAX, story.title),
    };
    let (first, last) = match PEOPLE.get(person) {
        Some(&(first, last, _)) => (first, last),
        None => (PEOPLE[story.person].0, PEOPLE[story.person].2),
    };
    let title = if english {
        TITLES[title].1
    } else {
        TITLES[title].0
    };
    let name = format!("{first} {last}");
    let university =
        UNIVERSITIES[(story.university + usize::from(variant(k[7]) >= 2)) % UNIVERSITIES.len()];
    let university = if english { university.1 } else { university.0 };
    let place = PLACES[(story.place + usize::from(variant(k[7]) == 1)) % PLACES.len()];
    if english {
        match k[0] % 10 {
            0 => format!("The summit in {place} was attended by {} {date}.", count(0)),
            1 => format!(
                "Officials said {} died in the flash floods {date}.",
                count(1)
            ),
            2 => format!("Flash floods hit {} in {place} {date}.", count(2)),
            3 => format!(
                "The agency recorded {} badly damaged {date}, {title} {name} said.",
                count(3)
            ),
            4 => format!(
                "{title} {name} said {} were sent to the Natuna Sea {date}.",
                count(4)
            ),
            5 => format!("{title} {name} told reporters in {place}."),
            6 => format!("{name}, a professor at {university}, said the move was right."),
            7 => format!("\"We will keep watching,\" {last} said."),
            8 => format!("{title} {name} took office {date}."),
            _ => "Heavy rain fell upstream from the afternoon until almost midnight.".into(),
        }
    } else {
        match k[0] % 10 {
            0 => format!("KTT di {place} dihadiri {} {date}.", count(0)),
            1 => format!(
                "Sebanyak {} meninggal dunia akibat banjir bandang {date}.",
                count(1)
            ),
            2 => format!(
                "Banjir bandang menerjang {} di Kabupaten {place} {date}.",
                count(2)
            ),
            3 => format!("{title} {name} mengatakan {} rusak berat {date}.", count(3)),
            4 => format!(
                "{title} {name} mengatakan {} dikirim ke Laut Natuna {date}.",
                count(4)
            ),
            5 => format!("{title} {name} mengatakan hal itu kepada wartawan di {place}."),
            6 => format!("{name}, seorang profesor di {university}, menilai langkah itu tepat."),
            7 => format!("\"Kami akan terus memantau,\" kata {last}."),
            8 => format!("{title} {name} dilantik {date}."),
            _ => "Hujan deras mengguyur kawasan hulu sejak sore hingga menjelang tengah malam."
                .into(),
        }
    }
}

/// A hostile piece: one from the list, or a long run of one repeated token.
fn hostile_piece(what: u8, how: u8) -> String {
    if what % 5 == 4 {
        REPEATED[usize::from(how) % REPEATED.len()].repeat(40 + 20 * usize::from(how % 16))
    } else {
        HOSTILE[usize::from(what) % HOSTILE.len()].to_string()
    }
}

/// The text of one article.
fn render(story: &Story, plan: &Plan, outlet: &str) -> String {
    let english = plan.english;
    let eols = ["\n", "\r\n", "\r"];
    let mut line_no = 0usize;
    let mut eol = || {
        line_no += 1;
        match plan.eol {
            0..=2 => eols[usize::from(plan.eol)],
            _ => eols[line_no % 3],
        }
    };
    let event = event_date(story);
    let published = match plan.published % 6 {
        s @ 0..=3 => shift(event, i64::from(s)),
        4 => shift(event, -2),
        _ => shift(event, -30),
    };
    let (d, m, y) = (
        published.day(),
        published.month() as usize,
        published.year(),
    );
    let w = published.weekday().num_days_from_monday() as usize;
    let place = PLACES[story.place];
    let headline = if english {
        format!("Flash Floods Hit {place}")
    } else {
        format!("Banjir Bandang Terjang {place}")
    };

    let mut text = String::new();
    if plan.bom {
        text.push('\u{feff}');
    }
    match plan.header % 7 {
        0 => {
            text += &format!("{}, {d} {} {y} | 10:05 WIB", HARI[w], BULAN[m - 1]);
            text += eol();
            text += outlet;
            text += eol();
            text += eol();
            text += &headline;
            text += eol();
            text += eol();
        }
        1 => {
            text += "---";
            text += eol();
            text += &format!("published: {}", published.format("%Y-%m-%d"));
            text += eol();
            text += &format!("source: {outlet}");
            text += eol();
            text += &format!("title: \"{headline}\"");
            text += eol();
            text += "---";
            text += eol();
        }
        2 => {
            text += &format!("{outlet}, {d} {} {y}", BULAN[m - 1]);
            text += eol();
            text += eol();
        }
        3 => {
            text += &format!("{} {d}, {y}", MONTHS[m - 1].to_uppercase());
            text += eol();
            text += outlet;
            text += eol();
            text += eol();
        }
        4 => {
            text += &format!("{}, {d:02}-{m:02}-{y} | 10:11 am", DAYS[w]);
            text += eol();
            text += eol();
        }
        _ => {}
    }

    // The body as words, so that hostile pieces can go between and inside them.
    let mut words: Vec<String> = Vec::new();
    match plan.header / 7 % 3 {
        1 => words.extend([
            format!("{},", place.to_uppercase()),
            outlet.into(),
            "-".into(),
        ]),
        2 => words.extend([
            format!("{place},"),
            HARI[w].into(),
            format!("({d}/{m}/{y})"),
            "-".into(),
        ]),
        _ => {}
    }
    // Word separators: a space, or (for a sentence whose knob says so) a no-break space.
    let mut seps: Vec<&str> = Vec::new();
    for (i, k) in plan.sentences.iter().enumerate() {
        let s = sentence(story, english, k);
        let sep = if k[7] / 8 % 4 == 3 { "\u{a0}" } else { " " };
        for word in s.split(' ') {
            words.push(word.to_string());
            seps.push(sep);
        }
        // A paragraph break after some sentences.
        if k[7] / 32 % 2 == 1 || i + 1 == plan.sentences.len() {
            if let Some(last) = seps.last_mut() {
                *last = "\u{0}PARA";
            }
        }
    }
    seps.resize(words.len(), " ");
    for &(at, what, how) in &plan.hostile {
        let piece = hostile_piece(what, how);
        let i = usize::from(at) % (words.len() + 1);
        match how % 3 {
            // A word of its own.
            0 => {
                words.insert(i, piece);
                seps.insert(i, " ");
            }
            // Glued to the front of a word.
            1 if i < words.len() => words[i].insert_str(0, &piece),
            // Inside a word, after its first character.
            _ if i < words.len() => {
                let w = &mut words[i];
                let at = w.chars().next().map_or(0, char::len_utf8);
                w.insert_str(at, &piece);
            }
            _ => {
                words.push(piece);
                seps.push(" ");
            }
        }
    }
    for (word, sep) in words.iter().zip(&seps) {
        text += word;
        if *sep == "\u{0}PARA" {
            text += eol();
            text += eol();
        } else {
            text += sep;
        }
    }
    text
}

// ---------------------------------------------------------------------------------------
// Property 1: spans map back

/// Line and column of byte `at`, computed apart from `factlint::span`: lines end at `\n`,
/// `\r\n` or a lone `\r`; columns count characters, both 1-based.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    let mut chars = text[..at].chars().peekable();
    while let Some(c) = chars.next() {
        let lone_cr =
            c == '\r' && chars.peek().copied().or_else(|| text[at..].chars().next()) != Some('\n');
        if c == '\n' || lone_cr {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// `span` lies in `article`, on character boundaries, quotes `quoted` exactly (when given)
/// and has the line and column of its start.
fn check_span(
    article: &Article,
    span: &Span,
    quoted: Option<&str>,
    what: &str,
) -> Result<(), TestCaseError> {
    let text = &article.text;
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} out of {} bytes",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on character boundaries"
    );
    if let Some(quoted) = quoted {
        prop_assert_eq!(&text[span.start..span.end], quoted, "{}: {:?}", what, span);
    }
    let (line, column) = line_column(text, span.start);
    prop_assert_eq!(
        (span.line, span.column),
        (line, column),
        "{}: line and column of {:?} ({:?})",
        what,
        span,
        &text[span.start..span.end]
    );
    Ok(())
}

fn check_range(article: &Article, range: (usize, usize), what: &str) -> Result<(), TestCaseError> {
    let text = &article.text;
    prop_assert!(
        range.0 <= range.1
            && range.1 <= text.len()
            && text.is_char_boundary(range.0)
            && text.is_char_boundary(range.1),
        "{what}: range {range:?} is no range of {} bytes on character boundaries",
        text.len()
    );
    Ok(())
}

fn check_run_spans(run: &Run) -> Result<(), TestCaseError> {
    for a in &run.articles {
        if let Some(span) = &a.dateline {
            check_span(a, span, None, &format!("{}: dateline", a.id))?;
        }
        prop_assert!(a.body_start <= a.text.len() && a.text.is_char_boundary(a.body_start));
    }
    for c in &run.claims {
        prop_assert!(c.article < run.articles.len());
        let a = &run.articles[c.article];
        let what = format!("{}: {} claim {:?}", a.id, c.attribute.as_str(), c.text);
        prop_assert!(c.span.start < c.span.end, "{}: empty span", what);
        check_span(a, &c.span, Some(&c.text), &what)?;
        check_span(a, &c.context.span, None, &format!("{what}: context"))?;
        if let Some(w) = c.date().and_then(|d| d.weekday.as_ref()) {
            check_span(a, &w.span, None, &format!("{what}: weekday"))?;
        }
        if let Some(f) = &c.frame {
            check_range(a, f.sentence, &format!("{what}: sentence"))?;
            if let Some(p) = f.previous {
                check_range(a, p, &format!("{what}: previous sentence"))?;
            }
        }
    }
    for c in &run.conflicts {
        prop_assert!(
            !c.evidence.is_empty(),
            "{} conflict without evidence",
            c.kind.id()
        );
        for e in &c.evidence {
            prop_assert!(e.article < run.articles.len());
            let a = &run.articles[e.article];
            let what = format!("{}: {} evidence {:?}", a.id, c.kind.id(), e.text);
            prop_assert!(e.span.start < e.span.end, "{}: empty span", what);
            check_span(a, &e.span, Some(&e.text), &what)?;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn spans_quote_their_text_with_line_and_column(docs in articles()) {
        let run = check(&docs);
        check_run_spans(&run)?;
    }
}

// ---------------------------------------------------------------------------------------
// Property 2: the generator is realistic

/// Cases drawn from `strategy` with a fixed seed: the same on every run and machine.
fn sample<S: Strategy>(strategy: S, n: usize) -> Vec<S::Value> {
    let mut runner = TestRunner::new_with_rng(
        ProptestConfig::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    (0..n)
        .map(|_| strategy.new_tree(&mut runner).expect("value").current())
        .collect()
}

#[test]
fn generated_articles_yield_claims_and_conflicts() {
    let cases = sample(articles(), 48);
    let (mut with_claims, mut with_conflicts) = (0, 0);
    let mut attributes = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    for docs in &cases {
        let run = check(docs);
        with_claims += usize::from(!run.claims.is_empty());
        with_conflicts += usize::from(!run.conflicts.is_empty());
        attributes.extend(run.claims.iter().map(|c| c.attribute.as_str()));
        kinds.extend(run.conflicts.iter().map(|c| c.kind.id()));
    }
    eprintln!(
        "{} cases: {with_claims} with claims, {with_conflicts} with conflicts; \
         attributes {attributes:?}; kinds {kinds:?}",
        cases.len()
    );
    assert!(
        with_claims * 10 >= cases.len() * 9,
        "{with_claims} of {}",
        cases.len()
    );
    assert!(
        with_conflicts * 2 >= cases.len(),
        "{with_conflicts} of {}",
        cases.len()
    );
    assert_eq!(
        attributes,
        BTreeSet::from(["affiliation", "count", "date", "name", "title"])
    );
    assert!(kinds.len() >= 5, "conflict kinds: {kinds:?}");
}

// ---------------------------------------------------------------------------------------
// Property 3: no panic on arbitrary strings

/// Pieces of the grammar and the hostile pieces: strings made of them are near misses of
/// real articles.
fn alphabet() -> Vec<String> {
    let mut pieces: Vec<String> = [
        " ",
        " ",
        " ",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        ",",
        ".",
        "(",
        ")",
        "/",
        "-",
        "|",
        ":",
        "\"",
        "---\n",
        "---\r\n",
        "...\n",
        "published: ",
        "published: 2024-06-03\n",
        "source: ",
        "title: ",
        "2024-06-03",
        "2024",
        "3",
        "12",
        "1.250",
        "1,5",
        "31",
        "0",
        "99999999999",
        "1.000.000.000.000.000",
        "pukul",
        "hari",
        "lalu",
        "yang lalu",
        "tahun",
        "ke-3",
        "sekitar",
        "lebih dari",
        "hingga",
        "antara",
        "dan",
        "belas",
        "puluh",
        "ratus",
        "ribu",
        "juta",
        "miliar",
        "triliun",
        "puluhan",
        "ribuan",
        "setengah",
        "dozens of",
        "hundred",
        "million",
        "between",
        "and",
        "to",
        "ago",
        "last",
        "next",
        "early",
        "mid",
        "late",
        "awal",
        "akhir",
        "kata",
        "said",
        "mengatakan",
        "seorang profesor di",
        "a professor at",
        "mantan",
        "former",
        "(Purn.)",
        "Prof.",
        "Dr.",
        "KOMPAS.com",
        "JAKARTA,",
        "Jakarta,",
        "WIB",
        "Baca juga:",
        "akan",
        "will",
        "meninggal",
        "tewas",
        "died",
        "hilang",
        "missing",
        "mengungsi",
        "pengungsi",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for list in [
        &BULAN[..],
        &BULAN_SINGKAT,
        &MONTHS,
        &MONTHS_SHORT,
        &HARI,
        &DAYS,
        &PLACES,
        &OUTLETS,
        HOSTILE,
        REPEATED,
    ] {
        pieces.extend(list.iter().map(|s| s.to_string()));
    }
    for (first, last, typo) in PEOPLE {
        pieces.extend([first.to_string(), last.to_string(), typo.to_string()]);
    }
    for (id, en) in TITLES.iter().chain(&UNIVERSITIES).chain(&NOUNS) {
        pieces.extend([id.to_string(), en.to_string()]);
    }
    pieces
}

fn alphabet_string() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(alphabet()), 0..80).prop_map(|v| v.concat())
}

/// Article::new and the whole check on each text, as one run; front matter errors are
/// fine, panics are not.
fn check_texts(texts: &[String]) {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .filter_map(|(i, t)| Article::new(format!("t{i}.txt"), t.clone(), rules()).ok())
        .collect();
    let run = factlint::check_articles(articles, rules(), &|_, _| {});
    let report = Report::new(&run.articles, &run.claims, &run.conflicts);
    report::render(Format::Text, &report, Style::default());
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn no_panic_on_any_string(texts in prop::collection::vec(any::<String>(), 1..3)) {
        check_texts(&texts);
    }

    #[test]
    fn no_panic_on_any_chars(
        texts in prop::collection::vec(
            prop::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter),
            1..3,
        )
    ) {
        check_texts(&texts);
    }

    #[test]
    fn no_panic_on_strings_of_the_grammar(texts in prop::collection::vec(alphabet_string(), 1..4)) {
        check_texts(&texts);
    }
}

// ---------------------------------------------------------------------------------------
// Property 4: the order articles are given in does not matter

/// `docs` sorted by id, and the same documents in a shuffled order.
fn two_orders() -> impl Strategy<Value = (Docs, Docs)> {
    (
        articles(),
        prop::collection::vec(any::<prop::sample::Index>(), 4),
    )
        .prop_map(|(docs, swaps)| {
            let mut sorted = docs.clone();
            sorted.sort();
            // Fisher-Yates with the generated indices (which shrink towards no swap).
            let mut shuffled = sorted.clone();
            for i in (1..shuffled.len()).rev() {
                shuffled.swap(i, swaps[i].index(i + 1));
            }
            (sorted, shuffled)
        })
}

fn rendered(run: &Run, format: Format) -> String {
    let report = Report {
        entities: Some(&run.entities),
        events: Some(&run.events),
        ..Report::new(&run.articles, &run.claims, &run.conflicts)
    };
    report::render(format, &report, Style::default())
}

/// The conflicts of a run as the fingerprints baselines and reviews use (kind, subject,
/// values, article ids: no positions, no article indices), sorted.
fn fingerprints(run: &Run) -> Vec<String> {
    let mut f: Vec<String> = run
        .conflicts
        .iter()
        .map(|c| c.fingerprint(&run.articles))
        .collect();
    f.sort();
    f
}

/// Writes `docs` as files under a fresh folder; their paths, in the order of `docs`.
fn write_files(docs: &[(String, String)]) -> (PathBuf, Vec<PathBuf>) {
    let dir = fresh_dir();
    let paths = docs
        .iter()
        .map(|(id, text)| {
            let path = dir.join(id);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            // Files with a NUL byte are refused as binary: keep them articles.
            std::fs::write(&path, format!("{}.", text.replace('\0', ""))).unwrap();
            path
        })
        .collect();
    (dir, paths)
}

proptest! {
    #![proptest_config(config(32))]

    /// As `factlint check B A C` against `factlint check A B C`.
    #[test]
    fn reports_do_not_depend_on_article_order((sorted, shuffled) in two_orders()) {
        let (dir, sorted_paths) = write_files(&sorted);
        let shuffled_paths: Vec<PathBuf> = shuffled.iter().map(|(id, _)| dir.join(id)).collect();
        let limits = factlint::load::Limits::default();
        let a = factlint::check(&sorted_paths, rules(), limits).expect("check");
        let b = factlint::check(&shuffled_paths, rules(), limits).expect("check");
        for format in [Format::Text, Format::Json] {
            prop_assert_eq!(rendered(&a, format), rendered(&b, format), "{:?}", format);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// The library entry point: the same conflicts whatever the order of `articles`.
    #[test]
    fn conflicts_do_not_depend_on_article_order((sorted, shuffled) in two_orders()) {
        let (a, b) = (check(&sorted), check(&shuffled));
        prop_assert_eq!(fingerprints(&a), fingerprints(&b));
    }
}

// ---------------------------------------------------------------------------------------
// Property 5: generated rule folders

/// The integer settings and their bounds, from the library's one table of settings.
fn int_settings() -> Vec<(&'static str, i64, i64)> {
    factlint::rules::SETTINGS
        .iter()
        .filter_map(|&(name, allowed)| match allowed {
            factlint::rules::Allowed::Int(lo, hi) => Some((name, lo, hi)),
            _ => None,
        })
        .collect()
}

/// The settings that are numbers between 0 and 1.
fn ratio_settings() -> Vec<&'static str> {
    factlint::rules::SETTINGS
        .iter()
        .filter(|(_, allowed)| *allowed == factlint::rules::Allowed::Ratio)
        .map(|&(name, _)| name)
        .collect()
}

/// Words for rule entries: existing ones (to collide), new ones, odd letters.
const RULE_WORDS: &[&str] = &[
    "juni",
    "mei",
    "may",
    "senin",
    "minggu",
    "dua",
    "belas",
    "lalu",
    "kemis",
    "jemuwah",
    "sasi",
    "dhuwa",
    "China",
    "Tiongkok",
    "AS",
    "Nusantara Raya",
    "Ωmega",
    "İzmir",
    "straße",
    "x y z",
    "  spaced   out  ",
    "é",
    "e\u{301}",
    "ʰ",
    "ǅemal",
];
/// Words that are no words: numbers, symbols, YAML look-alikes.
const ODD_WORDS: &[&str] = &[
    "12",
    "-",
    "\u{301}",
    "🌊",
    "",
    "~",
    "null",
    "yes",
    "'quoted'",
    "a: b",
    "# not a comment",
    "[x]",
    "{y}",
    "\\u00e9",
];

/// A YAML scalar: plain, or double-quoted (with YAML's escapes).
fn yaml_scalar(word: &str, quoted: bool) -> String {
    if !quoted && !word.is_empty() {
        return word.to_string();
    }
    let mut out = String::from("\"");
    for c in word.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out += &format!("\\u{:04x}", u32::from(c)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn rule_word() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        9 => prop::sample::select(RULE_WORDS),
        1 => prop::sample::select(ODD_WORDS),
    ];
    (word, any::<bool>()).prop_map(|(w, q)| yaml_scalar(w, q))
}

fn word_list() -> impl Strategy<Value = String> {
    prop::collection::vec(rule_word(), 0..4).prop_map(|ws| format!("[{}]", ws.join(", ")))
}

/// Any YAML value, for a place that expects something else.
fn yaml_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("~".to_string()),
        Just("[]".to_string()),
        Just("{}".to_string()),
        Just("[1, [2, [3]]]".to_string()),
        Just("{ a: 1, b: [x] }".to_string()),
        Just(".nan".to_string()),
        Just("-.inf".to_string()),
        Just("1e400".to_string()),
        Just("true".to_string()),
        Just("\"\"".to_string()),
        Just("&a [*a]".to_string()),
        Just("!!binary aGVsbG8=".to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| format!("{n:?}")),
        rule_word(),
    ]
}

/// A setting: within its bounds, just outside them, far outside, or of another type.
fn setting() -> impl Strategy<Value = String> {
    prop_oneof![
        (prop::sample::select(int_settings()), 0u8..12, any::<i64>()).prop_map(
            |((key, lo, hi), how, any)| {
                let v = match how {
                    0 => lo.to_string(),
                    1 => hi.to_string(),
                    2 => (lo - 1).to_string(),
                    3 => (hi + 1).to_string(),
                    4 => any.to_string(),
                    5 => format!("{}.5", lo),
                    _ => ((lo + hi) / 2).to_string(),
                };
                format!("{key}: {v}")
            }
        ),
        (prop::sample::select(ratio_settings()), -0.2f64..1.2)
            .prop_map(|(key, v)| format!("{key}: {v}")),
        prop::sample::select(vec![
            "numeric_date_order: mdy",
            "numeric_date_order: dmy",
            "numeric_date_order: ymd",
            "count_percentages: true",
            "count_percentages: maybe",
            "no_such_setting: 1",
        ])
        .prop_map(str::to_string),
        (
            prop::sample::select(
                int_settings()
                    .iter()
                    .map(|s| s.0)
                    .chain(ratio_settings())
                    .collect::<Vec<_>>()
            ),
            yaml_value()
        )
            .prop_map(|(key, v)| format!("{key}: {v}")),
    ]
}

/// `key:` and its entries, one a line, as a block sequence.
fn entries(key: &str, lines: &[String]) -> String {
    let mut out = format!("{key}:\n");
    for line in lines {
        out += &format!("  - {line}\n");
    }
    out
}

/// `language: jv` before a section that needs it, or not.
fn language() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["language: jv\n", "language: jv\n", ""])
}

fn severities() -> impl Strategy<Value = String> {
    let kind = prop::sample::select(vec![
        "dateline",
        "weekday",
        "spelling",
        "title",
        "affiliation",
        "count",
        "date",
        "count-update",
        "no-such-kind",
        "Weekday",
    ]);
    let severity = prop::sample::select(vec!["error", "warning", "info", "off", "fatal"]);
    prop::collection::vec((kind, severity), 1..4).prop_map(|s| {
        let lines: Vec<String> = s.iter().map(|(k, v)| format!("  {k}: {v}\n")).collect();
        format!("severities:\n{}", lines.concat())
    })
}

fn months() -> impl Strategy<Value = String> {
    let month = prop_oneof![9 => 1i64..13, 1 => -1i64..15];
    prop::collection::vec((month, word_list(), word_list()), 1..4).prop_map(|ms| {
        let lines: Vec<String> = ms
            .iter()
            .map(|(m, n, a)| format!("{{ month: {m}, names: {n}, abbreviations: {a} }}"))
            .collect();
        entries("months", &lines)
    })
}

fn weekdays() -> impl Strategy<Value = String> {
    let weekday = prop::sample::select(vec![
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "funday",
    ]);
    prop::collection::vec((weekday, word_list()), 1..3).prop_map(|ws| {
        let lines: Vec<String> = ws
            .iter()
            .map(|(w, n)| format!("{{ weekday: {w}, names: {n} }}"))
            .collect();
        entries("weekdays", &lines)
    })
}

/// Number words (amounts in and out of range), vague amounts (some with from > to), a
/// decimal mark (which needs `language:`).
fn numbers() -> impl Strategy<Value = String> {
    let amount = prop_oneof![3 => 0.0f64..1e6, 1 => -1.0f64..2e15];
    (
        language(),
        prop::collection::vec((rule_word(), amount), 0..4),
        prop::collection::vec((rule_word(), 0u32..200, 100u32..400), 0..3),
        prop::sample::select(vec!["", "comma", "point", "dot"]),
    )
        .prop_map(|(language, words, vague, mark)| {
            let words: Vec<String> = words.iter().map(|(w, v)| format!("{w}: {v}")).collect();
            let vague: Vec<String> = vague
                .iter()
                .map(|(w, a, b)| format!("    - {{ word: {w}, from: {a}, to: {b} }}\n"))
                .collect();
            let mark = if mark.is_empty() {
                String::new()
            } else {
                format!("  decimal_mark: {mark}\n")
            };
            format!(
                "{language}numbers:\n  words: {{ {} }}\n  vague:\n{}{mark}",
                words.join(", "),
                vague.concat()
            )
        })
}

/// Aliases, some of them taking forms of built-in ones.
fn aliases() -> impl Strategy<Value = String> {
    let kind = prop::sample::select(vec!["person", "place", "organisation", "planet"]);
    prop::collection::vec((rule_word(), kind, word_list()), 1..3).prop_map(|es| {
        let lines: Vec<String> = es
            .iter()
            .map(|(n, k, f)| format!("{{ name: {n}, kind: {k}, forms: {f} }}"))
            .collect();
        entries("aliases", &lines)
    })
}

fn titles() -> impl Strategy<Value = String> {
    prop::collection::vec((rule_word(), word_list(), rule_word()), 1..3).prop_map(|ts| {
        let lines: Vec<String> = ts
            .iter()
            .map(|(t, f, c)| format!("{{ title: {t}, forms: {f}, class: {c} }}"))
            .collect();
        entries("titles", &lines)
    })
}

/// Stopwords (which need `language:`) and a concept.
fn events() -> impl Strategy<Value = String> {
    (language(), word_list(), word_list(), rule_word()).prop_map(
        |(language, stopwords, words, concept)| {
            format!(
                "{language}events:\n  stopwords: {stopwords}\n  concepts:\n    \
                 - {{ concept: {concept}, words: {words} }}\n"
            )
        },
    )
}

/// A range (maybe without words) and a relative date (shift in and out of range).
fn ranges_and_relative() -> impl Strategy<Value = String> {
    (word_list(), word_list(), -2000i64..2000).prop_map(|(open, join, shift)| {
        entries("ranges", &[format!("{{ open: {open}, join: {join} }}")])
            + &entries(
                "relative",
                &[format!(
                    "{{ phrase: kemarin dulu, unit: day, shift: {shift} }}"
                )],
            )
    })
}

/// One top-level section of a rule file, or a key with a value of the wrong type.
fn section() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(setting(), 1..4)
            .prop_map(|s| format!("settings:\n  {}\n", s.join("\n  "))),
        4 => severities(),
        4 => months(),
        4 => weekdays(),
        4 => numbers(),
        4 => aliases(),
        4 => titles(),
        4 => events(),
        4 => ranges_and_relative(),
        1 => yaml_value().prop_map(|v| format!("ambiguous: {v}\n")),
        1 => yaml_value().prop_map(|v| format!("no_such_section: {v}\n")),
    ]
}

/// Characters that break YAML syntax when put anywhere.
const BREAKERS: &[char] = &[
    '\t', ':', '"', '\'', '[', '{', '}', '-', '&', '*', '\n', '#', '|',
];

/// A rule file: some sections, or a bare YAML value.
fn rule_file() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::collection::vec(section(), 0..3).prop_map(|s| s.concat()),
        1 => yaml_value(),
        1 => (section(), any::<prop::sample::Index>(), prop::sample::select(BREAKERS))
            .prop_map(|(mut text, at, c)| {
                // A section with a stray character.
                let i = at.index(text.len() + 1);
                let i = (0..=i).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
                text.insert(i, c);
                text
            }),
    ]
}

/// A rule folder: (path inside the folder, text), paths unique.
fn rule_folder() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop::sample::select(vec![
        "extra.yaml",
        "jv/dates.yaml",
        "id/numbers.yaml",
        "settings.yaml",
        "severities.yml",
        "a/b/c.yaml",
    ]);
    prop::collection::btree_map(name, rule_file(), 1..4)
        .prop_map(|m| m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// Two articles that give claims and conflicts with the built-in rules.
const FIXED: [(&str, &str); 2] = [
    (
        "a.txt",
        "Senin, 3 Juni 2024 | 10:05 WIB\nWarta Nusantara\n\nJAKARTA, Warta Nusantara - \
         Presiden Joko Widodo mengatakan dua belas negara hadir pada Senin (3/6/2024). \
         Michito Tsuruoka, seorang profesor di Universitas Keio, menilai langkah itu tepat.\n",
    ),
    (
        "b.txt",
        "June 4, 2024\nEquator Wire\n\nVice President Joko Widodo said 13 countries attended \
         on Tuesday, June 3, 2024. Michito Tsuruoko, a professor at Temple University, said \
         the move was right.\n",
    ),
];

/// A temporary folder of its own for each call.
fn fresh_dir() -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("properties")
        .join(format!("case-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn fixed_articles_have_claims_and_conflicts() {
    let docs: Vec<(String, String)> = FIXED
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let run = check(&docs);
    assert!(run.claims.len() >= 8, "{} claims", run.claims.len());
    assert!(!run.conflicts.is_empty());
}

proptest! {
    #![proptest_config(config(160))]

    #[test]
    fn rule_folders_load_or_name_file_and_line(files in rule_folder()) {
        let dir = fresh_dir();
        for (rel, text) in &files {
            let path = dir.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
        }
        let loaded = Rules::load(std::slice::from_ref(&dir));
        match loaded {
            Ok(rules) => {
                let articles: Vec<Article> = FIXED
                    .iter()
                    .filter_map(|(id, text)| Article::new(*id, text.to_string(), &rules).ok())
                    .collect();
                prop_assert_eq!(articles.len(), 2);
                let run = factlint::check_articles(articles, &rules, &|_, _| {});
                check_run_spans(&run)?;
                for &format in Format::value_variants() {
                    rendered(&run, format);
                }
            }
            Err(e) => {
                let shown = e.to_string();
                let Error::Rules { path, line, .. } = &e else {
                    return Err(TestCaseError::fail(format!("not a rules error: {shown}")));
                };
                let file = files
                    .iter()
                    .find(|(rel, _)| Path::new(path) == dir.join(rel));
                prop_assert!(file.is_some(), "error names no file of the folder: {}", shown);
                let (_, text) = file.unwrap();
                // serde_yaml puts an error at the end of the text on the line after the
                // last (as `tests/rules.rs` expects).
                let lines = text.lines().count() + 1;
                prop_assert!(
                    line.is_some_and(|l| (1..=lines).contains(&l)),
                    "error names no line of the file's {} lines: {}\n--- {}\n{}",
                    lines,
                    shown,
                    path,
                    text
                );
                let prefix = format!("{path}:{}: ", line.unwrap());
                prop_assert!(shown.starts_with(&prefix), "{}", shown);
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

// ---------------------------------------------------------------------------------------
// Property 6: every report format renders

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn every_format_renders_and_json_parses(docs in articles()) {
        let run = check(&docs);
        for &format in Format::value_variants() {
            let out = rendered(&run, format);
            if matches!(format, Format::Json | Format::Sarif) {
                let parsed = serde_json::from_str::<serde_json::Value>(&out);
                prop_assert!(parsed.is_ok(), "{:?}: {:?}", format, parsed.err());
            }
        }
        let report = Report {
            entities: Some(&run.entities),
            events: Some(&run.events),
            ..Report::new(&run.articles, &run.claims, &run.conflicts)
        };
        for line in report::json::claims(&report).lines() {
            let parsed = serde_json::from_str::<serde_json::Value>(line);
            prop_assert!(parsed.is_ok(), "claims: {:?}: {}", parsed.err(), line);
        }
    }
}

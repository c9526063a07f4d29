//! Date claims: every date mention, with its span, normalised value and precision.
//!
//! Works on tokens ([`crate::text`]) and the rule phrases ([`crate::rules`]): no word of
//! any language is written here. Two passes: [`find_dates`] recognises the written forms
//! (full dates, month+year, cued years, ranges, weekday pairs, relative expressions) and
//! [`resolve`] turns relative ones into dates against the publication date.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::claim::{ymd, DateValue, Point};
use crate::rules::{DateRules, NumericDates, Part, Position, Rules, Toward, Unit};
use crate::text::{Token, TokenKind};

/// The dashes that join the two ends of a range of days (`10-13 Juni`): a hyphen, a figure
/// dash, an en dash, and the box-drawing line some sites put for one (`10─13 Juni 2025`).
const SHORT_DASHES: &str = "-\u{2012}\u{2013}\u{2500}";

/// A date as written, before relative forms are resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// Everything written, year included.
    Abs(DateValue),
    /// A day and month with no year: `17 Oktober`, `(17/10)`.
    DayMonth {
        /// Day of the month, 1-31.
        day: u32,
        /// Month, 1-12.
        month: u32,
        /// The weekday written with it ("Friday, Sept. 14"), which picks the year when the
        /// nearest year puts the day more than `weekday_year_days` (the second item) from
        /// the publication date.
        weekday: Option<(Weekday, u32)>,
    },
    /// A month with no year, pointing at its last or next occurrence: `bulan Juli`.
    Month {
        /// Month, 1-12.
        month: u32,
        /// Which occurrence of the month is meant.
        toward: Toward,
    },
    /// A month of a relative year: `Oktober tahun lalu`.
    MonthOfYear {
        /// Month, 1-12.
        month: u32,
        /// The year relative to the publication year (`tahun lalu`: -1).
        year_shift: i32,
    },
    /// `kemarin`, `pekan lalu`, `tahun lalu`, `3 hari lalu`, `awal pekan ini`.
    Relative {
        /// The unit counted: day, week, month or year.
        unit: Unit,
        /// How many units from the publication date: `kemarin` is -1, `besok` 1.
        shift: i32,
        /// The part of the period meant (`awal pekan ini`: early).
        part: Option<Part>,
    },
    /// A day name standing for a date: `pada hari Rabu`, `Rabu pekan lalu`, `Jumat lalu`.
    Weekday {
        /// The day named.
        weekday: Weekday,
        /// Its week relative to the publication date's (`Rabu pekan lalu`: -1); `None` when
        /// no week is named.
        week_shift: Option<i32>,
        /// Without a week: which occurrence of the day is meant (`Jumat lalu`: the last).
        toward: Toward,
    },
}

/// One date mention found in a token slice: tokens `first..last`.
#[derive(Debug, Clone)]
pub struct Found {
    /// The mention's first token.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// What it says, before resolution against the publication date.
    pub raw: Raw,
    /// The written form, as in [`crate::claim::DateDetail::form`] (`day-month-year`,
    /// `relative`, ...).
    pub form: &'static str,
    /// A weekday written next to the date: (weekday, its token range).
    pub weekday: Option<(Weekday, usize, usize)>,
}

/// What a token sequence parses to before it is known to be a date.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Atom {
    Date(NaiveDate),
    DayMonth(u32, u32),
    MonthYear(i32, u32),
    /// A month name alone; `true` when it may stand alone (a full name, and capitalised
    /// if the word is ambiguous).
    Month(u32, bool),
    Year(i32),
    Day(u32),
}

struct Parser<'a> {
    t: &'a [Token],
    r: &'a Rules,
    /// How the text's all-numeric dates read.
    order: NumericDates,
}

/// Finds the date mentions in `tokens`, left to right, longest form first; all-numeric
/// dates read in `order` (from the setting and the text's language: `Rules::numeric_dates`).
pub fn find_dates(tokens: &[Token], rules: &Rules, order: NumericDates) -> Vec<Found> {
    let p = Parser {
        t: tokens,
        r: rules,
        order,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].newline || i == 0 {
            if let Some((n, _)) = rules.text.skip_lines.match_at(tokens, i) {
                // A "Baca Juga: ..." line links elsewhere: skip to the next line.
                i += n;
                while i < tokens.len() && !tokens[i].newline {
                    i += 1;
                }
                continue;
            }
        }
        match p.expr(i) {
            Some(f) => {
                i = f.last.max(i + 1);
                if !after_handle(tokens, f.first) && !p.offset_anchor(f.first) {
                    out.push(f);
                }
            }
            None => i += 1,
        }
    }
    out
}

/// Which of `found` (in text order) are items of a list of dates: next to another date, or
/// after bare days of its month ("7, 8, dan 9 November 2025"), across nothing but commas,
/// brackets and `date_list_joins` words ("Jumat (7/11/2025), Sabtu (8/11/2025), dan Minggu
/// (9/11/2025)", "June 3 and June 5"). A date of a list is one of several occurrences (a
/// timetable's days, a match and its replay), no day of one event that another outlet can
/// contradict.
pub(crate) fn listed(tokens: &[Token], rules: &DateRules, found: &[Found]) -> Vec<bool> {
    // The length of a link of a list starting at `i` and ending before `end`: commas,
    // brackets and join words only, at least one comma or join word, on one line.
    let link = |mut i: usize, end: usize| -> bool {
        let mut joined = false;
        while i < end {
            let t = &tokens[i];
            if t.newline {
                return false;
            }
            if t.is_punct(",") {
                joined = true;
                i += 1;
            } else if t.is_punct("()") {
                i += 1;
            } else if let Some((n, _)) = rules.date_list_joins.match_at(tokens, i) {
                joined = true;
                i += n;
            } else {
                return false;
            }
        }
        joined && i == end && tokens.get(end).is_some_and(|t| !t.newline)
    };
    // A bare day before a link that ends at `end` ("8, dan" before "9 November"): a number
    // of one or two digits, 1 to 31, with a space after a comma (so no decimal "3,4").
    let bare_day_before = |end: usize| -> bool {
        (1..=3).any(|n| {
            end > n && {
                let d = &tokens[end - n - 1];
                let after = &tokens[end - n];
                d.digits() <= 2
                    && d.number().is_some_and(|v| (1..=31).contains(&v))
                    && !tokens[end - n..end].iter().any(|t| t.newline)
                    && (!after.is_punct(",") || tokens.get(end - n + 1).is_some_and(|t| t.gap))
                    && link(end - n, end)
            }
        })
    };
    let mut out = vec![false; found.len()];
    for k in 0..found.len() {
        // A day name and a date beside it are one date ("Friday, Nov. 7") when the parser
        // left them apart.
        let apposed = |a: &Found, b: &Found| (a.form == BARE_WEEKDAY) != (b.form == BARE_WEEKDAY);
        if k + 1 < found.len()
            && !apposed(&found[k], &found[k + 1])
            && link(found[k].last, found[k + 1].first)
        {
            out[k] = true;
            out[k + 1] = true;
        }
        if bare_day_before(found[k].first) {
            out[k] = true;
        }
    }
    out
}

/// Whether the date at `i` follows a social-media handle in brackets, the signature of an
/// embedded post ("— Jane Doe (@janedoe) October 11, 2023", "A post shared by X (@x)"): when
/// something was posted (often in another time zone), not an event of the story.
fn after_handle(tokens: &[Token], i: usize) -> bool {
    if i == 0 || !tokens[i - 1].is_punct(")") {
        return false;
    }
    let lo = i.saturating_sub(8);
    (lo..i - 1).rev().any(|k| {
        tokens[k].is_punct("(")
            && tokens.get(k + 1).is_some_and(|t| t.is_punct("@") && !t.gap)
            && (k + 1..i).all(|j| !tokens[j].newline)
    })
}

impl<'a> Parser<'a> {
    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.t.get(i)
    }

    fn punct(&self, i: usize, chars: &str) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(chars))
    }

    /// Whether the date at `i` is the anchor of a span counted from it ("three days after
    /// January 12", "dua hari setelah 17 Agustus 2018", "2 weeks before May 13 1999"): the
    /// day meant is another, so the date is not read. A count, a unit of time and an
    /// `offset_words` word right before it, on its line.
    fn offset_anchor(&self, i: usize) -> bool {
        let Some((n, _)) = self.r.dates.offset_words.match_before(self.t, i) else {
            return false;
        };
        let k = i - n;
        let Some((u, _)) = self.r.dates.counted_units.match_before(self.t, k) else {
            return false;
        };
        let m = k - u;
        if !(m > 0 && (m..=i).all(|x| self.same_line(x)) && self.count_before(m)) {
            return false;
        }
        // "for two years from 2019", "selama tiga hari setelah 17 Agustus": a duration that
        // starts at the date, which is read. The count may be up to three words long.
        !(1..=3).any(|c| {
            m > c
                && self.same_line(m - c)
                && self
                    .r
                    .dates
                    .duration_words
                    .match_before(self.t, m - c)
                    .is_some()
        })
    }

    /// Whether a count ends right before token `i`: digits, a number word or a count word
    /// ("2", "dua", "beberapa").
    fn count_before(&self, i: usize) -> bool {
        i > 0
            && (self.t[i - 1].digits() > 0
                || self.r.dates.count_words.match_before(self.t, i).is_some()
                || super::numbers::ends_number_word(self.t, i, &self.r.numbers))
    }

    /// Whether token `k` is an ordinal suffix glued to the day before it ("19th").
    fn ordinal_at(&self, k: usize) -> bool {
        self.tight(k) && self.r.dates.ordinal_suffixes.contains_at(self.t, k)
    }

    /// A range's dash at token `i`: its length in tokens. One dash ([`SHORT_DASHES`], `—`),
    /// or two hyphens written for an en dash, as plain text and Markdown do (`3--27
    /// November`).
    fn dash(&self, i: usize) -> Option<usize> {
        if self.punct(i, "-") && self.punct(i + 1, "-") && self.tight(i + 1) {
            Some(2)
        } else {
            (self.punct(i, SHORT_DASHES) || self.punct(i, "\u{2014}")).then_some(1)
        }
    }

    /// Token `i` follows token `i-1` with no space and no line break.
    fn tight(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.gap)
    }

    fn same_line(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.newline)
    }

    /// A number of at most `max_digits` digits in `lo..=hi`.
    fn num(&self, i: usize, max_digits: usize, lo: u32, hi: u32) -> Option<u32> {
        let t = self.tok(i)?;
        let n = t.number()?;
        (t.digits() <= max_digits && (lo..=hi).contains(&n)).then_some(n)
    }

    /// A four-digit year that is not part of a longer number (`2.022`, `2022,5`).
    fn year(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.digits() != 4 {
            return None;
        }
        let y = t.number()?;
        if !(1600..=2999).contains(&y) || self.glued_number(i) {
            return None;
        }
        Some(y as i32)
    }

    /// A year at token `j` on its line, in digits or in words: its end and value.
    fn year_at(&self, j: usize) -> Option<(usize, i32)> {
        if !self.same_line(j) {
            return None;
        }
        self.year(j)
            .map(|y| (j + 1, y))
            .or_else(|| self.word_year(j))
    }

    /// A year written in words ("two thousand and five", "seventeen hundred thirty three",
    /// "nineteen seventy two", "nineteen zero one"): its end and value. A number of words
    /// that is no year ("two people") is none.
    fn word_year(&self, j: usize) -> Option<(usize, i32)> {
        if let Some((end, v)) = super::numbers::word_number(self.t, j, &self.r.numbers) {
            if v.fract() == 0.0 && (1600.0..=2999.0).contains(&v) {
                return Some((end, v as i32));
            }
        }
        // A century and a year of it, each in words.
        let (k, century) = self
            .two_digit_words(j)
            .filter(|(_, c)| (16..=29).contains(c))?;
        if !self.same_line(k) {
            return None;
        }
        let (end, y) = match self.two_digit_words(k)? {
            // "nineteen zero one": a zero and a digit.
            (e, 0) if self.same_line(e) => self
                .two_digit_words(e)
                .filter(|(_, d)| (1..=9).contains(d))?,
            (e, y) if (10..=99).contains(&y) => (e, y),
            _ => return None,
        };
        Some((end, (century * 100 + y) as i32))
    }

    /// A number below 100 in words at `j`, one word or tens and a digit ("seventy two",
    /// "seventy-two"): its end and value.
    fn two_digit_words(&self, j: usize) -> Option<(usize, u32)> {
        let (n, &v) = self.r.numbers.words.match_at(self.t, j)?;
        if v.fract() != 0.0 || !(0.0..100.0).contains(&v) {
            return None;
        }
        let v = v as u32;
        let mut k = j + n;
        if v >= 20 && v.is_multiple_of(10) {
            let next = if self.tight(k) && self.punct(k, "-") {
                k + 1
            } else {
                k
            };
            if let Some((m, &d)) = self.r.numbers.words.match_at(self.t, next) {
                if self.same_line(next) && (1.0..=9.0).contains(&d) && d.fract() == 0.0 {
                    k = next + m;
                    return Some((k, v + d as u32));
                }
            }
        }
        Some((k, v))
    }

    /// A year of two digits after a month ("April of 87", "April '87"): a year all the
    /// same, of an unknown century; not guessed.
    fn short_year(&self, j: usize) -> bool {
        if !self.same_line(j) {
            return false;
        }
        let two = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.digits() == 2 && t.kind == TokenKind::Number)
        };
        if self.punct(j, "'\u{2019}") && self.tight(j + 1) && two(j + 1) {
            return true;
        }
        let Some((n, _)) = self.r.dates.month_links.match_at(self.t, j) else {
            return false;
        };
        let k = j + n;
        self.same_line(k)
            && two(k)
            && !self.glued_number(k)
            && self
                .tok(k + 1)
                .is_none_or(|t| t.newline || (t.kind == TokenKind::Punct && !t.is_punct(":")))
    }

    /// Token `i` is glued by `.` or `,` to a number before or after it.
    fn glued_number(&self, i: usize) -> bool {
        let after = self.tight(i + 1)
            && self.punct(i + 1, ".,")
            && self.tight(i + 2)
            && self.tok(i + 2).is_some_and(|t| t.digits() > 0);
        // Also the minutes of a time ("12:30 december 27th") and an amount after a currency
        // sign ("$12 December 27").
        let before = i >= 2
            && self.tight(i)
            && self.punct(i - 1, ".,/:")
            && self.tight(i - 1)
            && self.tok(i - 2).is_some_and(|t| t.digits() > 0);
        let money = i >= 1 && self.tight(i) && self.punct(i - 1, "$\u{a3}\u{20ac}\u{a5}");
        after || before || money
    }

    /// A month word at `i`: (end, month, is abbreviation, may stand alone).
    fn month(&self, i: usize) -> Option<(usize, u32, bool, bool)> {
        let (n, m) = self.r.dates.months.match_at(self.t, i)?;
        let mut end = i + n;
        if m.abbreviation && self.tight(end) && self.punct(end, ".") {
            end += 1;
        }
        let t = &self.t[i];
        let alone =
            !m.abbreviation && (t.capital || !self.r.dates.ambiguous.contains(t.norm.as_str()));
        Some((end, m.month, m.abbreviation, alone))
    }

    /// The smallest unit a date can be made of.
    fn atom(&self, i: usize) -> Option<(usize, Atom)> {
        self.iso(i)
            .or_else(|| self.numeric(i))
            .or_else(|| self.day_first(i))
            .or_else(|| self.month_first(i))
            .or_else(|| self.year(i).map(|y| (i + 1, Atom::Year(y))))
            .or_else(|| {
                let d = self.num(i, 2, 1, 31)?;
                (!self.glued_number(i)).then_some((i + 1, Atom::Day(d)))
            })
    }

    /// `2024-10-17`
    fn iso(&self, i: usize) -> Option<(usize, Atom)> {
        let t = self.tok(i)?;
        if t.digits() != 4 || !self.punct(i + 1, "-") || !self.punct(i + 3, "-") {
            return None;
        }
        if !(self.tight(i + 1) && self.tight(i + 2) && self.tight(i + 3) && self.tight(i + 4)) {
            return None;
        }
        let (m, d) = (self.num(i + 2, 2, 1, 12)?, self.num(i + 4, 2, 1, 31)?);
        let date = NaiveDate::from_ymd_opt(t.number()? as i32, m, d)?;
        Some((i + 5, Atom::Date(date)))
    }

    /// `31/1/2023`, `18-10-2024`, `4.3.2024`: day first unless the rules say `mdy`.
    fn numeric(&self, i: usize) -> Option<(usize, Atom)> {
        let a = self.num(i, 2, 1, 31)?;
        let sep = self.tok(i + 1)?;
        if !sep.is_punct("/-.") || !self.punct(i + 3, &sep.norm) {
            return None;
        }
        if !(self.tight(i + 1) && self.tight(i + 2) && self.tight(i + 3) && self.tight(i + 4)) {
            return None;
        }
        if i >= 2 && self.tight(i) && self.punct(i - 1, "/-.,") {
            return None;
        }
        let b = self.num(i + 2, 2, 1, 31)?;
        let y = self.tok(i + 4).filter(|t| t.digits() == 4)?.number()? as i32;
        // Not the start of a longer run such as 1.2.2023.4 or an IP-like string.
        if self.tight(i + 5)
            && self.punct(i + 5, "/-.")
            && self.tight(i + 6)
            && self.tok(i + 6).is_some_and(|t| t.digits() > 0)
        {
            return None;
        }
        let (d, m) = self.day_month(a, b)?;
        let date = NaiveDate::from_ymd_opt(y, m, d).or_else(|| NaiveDate::from_ymd_opt(y, d, m))?;
        Some((i + 5, Atom::Date(date)))
    }

    /// The day and month of an all-numeric date whose first two numbers are `a` and `b`, in
    /// the text's order (a date valid only the other way is read that way by the caller).
    /// With [`NumericDates::Either`] a date that reads both ways (`4/3/2024`, not `5/5/2024`)
    /// is not read: either day would be a guess.
    fn day_month(&self, a: u32, b: u32) -> Option<(u32, u32)> {
        match self.order {
            NumericDates::Dmy => Some((a, b)),
            NumericDates::Mdy => Some((b, a)),
            NumericDates::Either if a <= 12 && b <= 12 && a != b => None,
            NumericDates::Either if a > 12 => Some((a, b)),
            NumericDates::Either => Some((b, a)),
        }
    }

    /// `(17/10)`: day and month only, inside brackets after a weekday.
    fn numeric_day_month(&self, i: usize) -> Option<(usize, Atom)> {
        let a = self.num(i, 2, 1, 31)?;
        if !(self.punct(i + 1, "/") && self.tight(i + 1) && self.tight(i + 2)) {
            return None;
        }
        let b = self.num(i + 2, 2, 1, 31)?;
        if self.tight(i + 3) && self.punct(i + 3, "/") {
            return None;
        }
        let (d, m) = self.day_month(a, b)?;
        let (d, m) = if m <= 12 { (d, m) } else { (m, d) };
        NaiveDate::from_ymd_opt(2000, m, d)?; // a valid day of that month in a leap year
        Some((i + 3, Atom::DayMonth(d, m)))
    }

    /// `17 Oktober 2024`, `3 Mei`, `30 Januari`.
    fn day_first(&self, i: usize) -> Option<(usize, Atom)> {
        let d = self.num(i, 2, 1, 31)?;
        if self.glued_number(i) || !self.same_line(i + 1) {
            return None;
        }
        // "22nd June": an ordinal suffix glued to the day.
        let at = if self.ordinal_at(i + 1) { i + 2 } else { i + 1 };
        let (end, m, abbr, _) = self.month(at)?;
        let month_tok = &self.t[at];
        let mut j = end;
        if self.punct(j, ",") {
            j += 1;
        }
        if let Some(found) =
            self.with_year(j, end, |y| NaiveDate::from_ymd_opt(y, m, d).map(Atom::Date))
        {
            return found;
        }
        // Four digits after the month that are no year of the rules' range ("5 December
        // 1391"): a year all the same; not guessed.
        if self
            .tok(j)
            .is_some_and(|t| t.digits() == 4 && t.kind == TokenKind::Number)
            && self.same_line(j)
        {
            return None;
        }
        // Without a year the month word must read as a month: "3 may" is not a date.
        let ambiguous = self.r.dates.ambiguous.contains(month_tok.norm.as_str());
        if (abbr || ambiguous) && !month_tok.capital {
            return None;
        }
        NaiveDate::from_ymd_opt(2000, m, d)?;
        Some((end, Atom::DayMonth(d, m)))
    }

    /// `DECEMBER 9, 2022`, `March 4th, 2024`, `Oktober 2024`, `October 17`, `Mei`.
    fn month_first(&self, i: usize) -> Option<(usize, Atom)> {
        let (end, m, abbr, alone) = self.month(i)?;
        let month_tok = &self.t[i];
        let mut j = end;
        if let Some(d) = self
            .num(j, 2, 1, 31)
            .filter(|_| self.same_line(j) && !self.glued_number(j))
        {
            let mut k = j + 1;
            if self.ordinal_at(k) {
                k += 1;
            }
            // "November 19-20, 2016": a range of days; not read as its first day.
            if self.punct(k, SHORT_DASHES) && self.t.get(k + 1).is_some_and(|x| x.digits() > 0) {
                return None;
            }
            let mut y_at = k;
            if self.punct(y_at, ",") {
                y_at += 1;
            }
            if let Some(found) = self.with_year(y_at, k, |y| {
                NaiveDate::from_ymd_opt(y, m, d).map(Atom::Date)
            }) {
                return found;
            }
            // "October 17" without a year, written as a date: capitalised month, day not
            // followed by more digits (a time "May 5:30") or a longer number.
            if month_tok.capital
                && !(self.tight(k) && self.punct(k, ":"))
                && (!abbr || self.punct(end - 1, "."))
            {
                NaiveDate::from_ymd_opt(2000, m, d)?;
                return Some((k, Atom::DayMonth(d, m)));
            }
        }
        // "January twenty five nineteen eighty six": a day and a year in words.
        if let Some((k, d)) = self
            .two_digit_words(j)
            .filter(|&(_, d)| (1..=31).contains(&d) && self.same_line(j))
        {
            let y_at = if self.punct(k, ",") { k + 1 } else { k };
            if let Some((after, y)) = self.year_at(y_at) {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                return Some((after, Atom::Date(date)));
            }
        }
        if self.punct(j, ",") && self.year(j + 1).is_some() {
            j += 1;
        }
        if let Some(found) = self.with_year(j, end, |y| Some(Atom::MonthYear(y, m))) {
            return found;
        }
        Some((end, Atom::Month(m, alone)))
    }

    /// The atom a year makes of the day and month (or month) before it: the year written at
    /// `at` ("17 Oktober 2024", "Oktober two thousand and five") or after a `month_links`
    /// word at `link` ("15 April of 1987", "June of 2017"), made into an atom by `make` (none
    /// for a day the month lacks). `Some(None)` when no date is read: an invalid day, or a
    /// year of two digits (`short_year`); `None` when no year follows.
    fn with_year(
        &self,
        at: usize,
        link: usize,
        make: impl Fn(i32) -> Option<Atom>,
    ) -> Option<Option<(usize, Atom)>> {
        if let Some((after, y)) = self.year_at(at).or_else(|| self.linked_year(link)) {
            return Some(make(y).map(|a| (after, a)));
        }
        self.short_year(link).then_some(None)
    }

    /// A year after a `month_links` word at `j` on its line ("of 2017" in "June of 2017"):
    /// the token after it and the year.
    fn linked_year(&self, j: usize) -> Option<(usize, i32)> {
        let (n, _) = self.r.dates.month_links.match_at(self.t, j)?;
        if !self.same_line(j) {
            return None;
        }
        self.year_at(j + n)
    }

    /// A day and an abbreviated month name with no full stop, after a day name ("Tuesday, Jan
    /// 15"): elsewhere "Jan 15" may be a name and a number, next to a day name it is a date.
    fn abbreviated_day_month(&self, j: usize) -> Option<(usize, Atom)> {
        let (end, m, abbr, _) = self.month(j)?;
        if !abbr || !self.t[j].capital || !self.same_line(end) || self.glued_number(end) {
            return None;
        }
        let d = self.num(end, 2, 1, 31)?;
        let mut k = end + 1;
        if self.ordinal_at(k) {
            k += 1;
        }
        // "Wed Oct 26 15:50:06 2016": a time and a year after it; not guessed.
        if (self.tight(k) && self.punct(k, ":"))
            || self.punct(k, SHORT_DASHES)
            || self.tok(k).is_some_and(|t| t.digits() > 0 && !t.newline)
        {
            return None;
        }
        NaiveDate::from_ymd_opt(2000, m, d)?;
        Some((k, Atom::DayMonth(d, m)))
    }

    /// `November 19-20, 2016`: a capitalised month, a range of its days and the year (without
    /// a year the range is not read: `June 12-13` is left alone rather than guessed).
    fn month_day_range(&self, i: usize) -> Option<Found> {
        let (end, m, _, _) = self.month(i)?;
        if !self.t[i].capital || !self.same_line(end) || self.glued_number(end) {
            return None;
        }
        let from = self.num(end, 2, 1, 31)?;
        let dash = end + 1;
        let n = self.dash(dash).filter(|_| !self.punct(dash, "\u{2014}"))?;
        if !self.same_line(dash + n) {
            return None;
        }
        let to = self.num(dash + n, 2, 1, 31)?;
        let mut y_at = dash + n + 1;
        if self.punct(y_at, ",") {
            y_at += 1;
        }
        let y = self.year(y_at).filter(|_| self.same_line(y_at))?;
        let (a, b) = (
            NaiveDate::from_ymd_opt(y, m, from)?,
            NaiveDate::from_ymd_opt(y, m, to)?,
        );
        (a < b).then(|| {
            let value = DateValue::range(Point::Day(a), Point::Day(b));
            self.found(i, y_at + 1, Raw::Abs(value), "range")
        })
    }

    /// A date expression starting at token `i`.
    fn expr(&self, i: usize) -> Option<Found> {
        // A month right after a day number belongs to that day's date: when the date was
        // not read (the end of a range, `4-10 November mendatang`), neither is the month.
        if i > 0
            && self.same_line(i)
            && self.num(i - 1, 2, 1, 31).is_some()
            && self.r.dates.months.match_at(self.t, i).is_some()
        {
            return None;
        }
        self.weekday_form(i)
            .or_else(|| self.part_form(i))
            .or_else(|| self.range_form(i))
            .or_else(|| self.name_modifier_form(i))
            .or_else(|| self.relative_form(i))
            .or_else(|| self.atom_form(i))
    }

    /// `Selasa (31/1/2023)`, `Rabu, 3 Mei 2023`, `Friday, 18-10-2024`, or a bare weekday.
    fn weekday_form(&self, i: usize) -> Option<Found> {
        let (n, w) = self.r.dates.weekdays.match_at(self.t, i)?;
        let mut j = i + n;
        if w.abbreviation && self.tight(j) && self.punct(j, ".") {
            j += 1;
        }
        let wd_end = j;
        if self.punct(j, ",") {
            j += 1;
        }
        // A part of the day before a bracketed date: "Rabu malam (28/5/2024)".
        if let Some((n, _)) = self.r.dates.day_parts.match_at(self.t, j) {
            if self.punct(j + n, "(") && self.same_line(j + n) {
                j += n;
            }
        }
        let paren = self.punct(j, "(");
        if paren {
            j += 1;
        }
        let inner = if self.same_line(j) {
            let numeric_dm = if paren {
                self.numeric_day_month(j)
            } else {
                None
            };
            self.atom(j)
                .filter(|(_, a)| matches!(a, Atom::Date(_) | Atom::DayMonth(..)))
                .or(numeric_dm)
                .or_else(|| self.abbreviated_day_month(j))
        } else {
            None
        };
        if let Some((mut end, atom)) = inner {
            if paren && self.punct(end, ")") {
                end += 1;
            }
            let (raw, form) = match atom {
                Atom::Date(d) => (Raw::Abs(DateValue::point(Point::Day(d))), "weekday+date"),
                Atom::DayMonth(d, m) => (
                    Raw::DayMonth {
                        day: d,
                        month: m,
                        weekday: Some((w.weekday, self.r.settings.weekday_year_days as u32)),
                    },
                    "weekday+day-month",
                ),
                _ => return None,
            };
            return Some(Found {
                first: i,
                last: end,
                raw,
                form,
                weekday: Some((w.weekday, i, wd_end)),
            });
        }
        // A weekday alone: a full, capitalised day name, not part of a name ("salat Jumat"),
        // and, for a word that is also a common noun ("Minggu"), after a cue ("hari Minggu").
        let t = &self.t[i];
        if w.abbreviation
            || !t.capital
            || self.part_of_a_name(i, wd_end)
            || self.narrative(i, wd_end)
            || self.day_of_a_month(wd_end)
            || self.beside_a_future_span(i, wd_end)
            || self
                .r
                .dates
                .weekday_ordinals_before
                .match_before(self.t, i)
                .is_some()
        {
            return None;
        }
        let cue = self.r.dates.weekday_cues.match_before(self.t, i);
        let cued = cue.is_some();
        if self.r.dates.ambiguous.contains(t.norm.as_str()) && !cued {
            return None;
        }
        // "next week on Friday", "pekan depan pada hari Jumat": a day of the relative week
        // before it, not the nearest such day; not read (the week is).
        let k = i - cue.map_or(0, |(c, _)| c);
        if self
            .r
            .dates
            .relative
            .match_before(self.t, k)
            .is_some_and(|(_, rel)| rel.unit == Unit::Week)
        {
            return None;
        }
        // "Rabu pekan lalu": the weekday of a relative week.
        if let Some((m, rel)) = self.r.dates.relative.match_at(self.t, wd_end) {
            if rel.unit == Unit::Week && self.same_line(wd_end) {
                return Some(Found {
                    first: i,
                    last: wd_end + m,
                    raw: Raw::Weekday {
                        weekday: w.weekday,
                        week_shift: Some(rel.shift),
                        toward: Toward::Nearest,
                    },
                    form: "weekday+relative",
                    weekday: Some((w.weekday, i, wd_end)),
                });
            }
        }
        // "Jumat lalu", "Rabu depan": the last or next such day.
        let (last, toward, form) = match self.r.dates.name_modifiers.match_at(self.t, wd_end) {
            Some((m, md)) if md.position == Position::After && self.same_line(wd_end) => {
                (wd_end + m, md.direction, "weekday+modifier")
            }
            _ => (wd_end, Toward::Nearest, BARE_WEEKDAY),
        };
        Some(Found {
            first: i,
            last,
            raw: Raw::Weekday {
                weekday: w.weekday,
                week_shift: None,
                toward,
            },
            form,
            weekday: Some((w.weekday, i, wd_end)),
        })
    }

    /// `awal 2023`, `akhir Oktober 2024`, `awal pekan ini`, `mid-2023`.
    fn part_form(&self, i: usize) -> Option<Found> {
        let (n, &part) = self.r.dates.period_parts.match_at(self.t, i)?;
        let mut j = i + n;
        if self.punct(j, "-") && self.tight(j) {
            j += 1;
        }
        if !self.same_line(j) {
            return None;
        }
        if let Some((m, rel)) = self.r.dates.relative.match_at(self.t, j) {
            if rel.unit != Unit::Day {
                return Some(self.found(
                    i,
                    j + m,
                    Raw::Relative {
                        unit: rel.unit,
                        shift: rel.shift,
                        part: Some(part),
                    },
                    PART_RELATIVE,
                ));
            }
        }
        let mut k = j;
        if let Some((m, _)) = self.r.dates.year_cues.match_at(self.t, k) {
            if self.year(k + m).is_some() {
                k += m;
            }
        }
        let (end, atom) = self.atom(k)?;
        let point = match atom {
            Atom::Year(y) => Point::Year(y),
            Atom::MonthYear(y, m) => Point::Month(y, m),
            _ => return None,
        };
        let value = DateValue {
            from: point,
            to: None,
            part: Some(part),
        };
        Some(self.found(i, end, Raw::Abs(value), "part+date"))
    }

    /// `antara Mei 2023 dan Maret 2024`, `from May to July 2023`.
    fn range_form(&self, i: usize) -> Option<Found> {
        let (n, &family) = self.r.dates.range_open.match_at(self.t, i)?;
        let (a_end, a) = self.atom(i + n).filter(|_| self.same_line(i + n))?;
        let (m, families) = self.r.dates.range_join.match_at(self.t, a_end)?;
        if !families.contains(&family) || !self.same_line(a_end) {
            return None;
        }
        let (b_end, b) = self.atom(a_end + m).filter(|_| self.same_line(a_end + m))?;
        let to = match b {
            Atom::Date(d) => Point::Day(d),
            Atom::MonthYear(y, m) => Point::Month(y, m),
            Atom::Year(y) => Point::Year(y),
            _ => return None,
        };
        let from = complete(a, to)?;
        (from.first_day() < to.last_day())
            .then(|| self.found(i, b_end, Raw::Abs(DateValue::range(from, to)), "range"))
    }

    /// `bulan Juli`, `last October`, `next Friday`: a month or day name with a direction.
    fn name_modifier_form(&self, i: usize) -> Option<Found> {
        let (n, m) = self.r.dates.name_modifiers.match_at(self.t, i)?;
        let j = i + n;
        if m.position != Position::Before || !self.same_line(j) {
            return None;
        }
        if let Some((k, w)) = self.r.dates.weekdays.match_at(self.t, j) {
            let dated = self
                .atom(j + k)
                .is_some_and(|(_, a)| matches!(a, Atom::Date(_) | Atom::DayMonth(..)));
            if w.abbreviation || dated || self.day_of_a_month(j + k) {
                return None;
            }
            let raw = Raw::Weekday {
                weekday: w.weekday,
                week_shift: None,
                toward: m.direction,
            };
            let mut f = self.found(i, j + k, raw, "weekday+modifier");
            f.weekday = Some((w.weekday, j, j + k));
            return Some(f);
        }
        let (end, atom) = self.month_first(j)?;
        match atom {
            Atom::Month(month, true) => {
                // "bulan September mendatang", "bulan Juli lalu": a modifier after the month
                // says which one.
                let (last, toward) = match self.r.dates.name_modifiers.match_at(self.t, end) {
                    Some((n, after))
                        if after.position == Position::After && self.same_line(end) =>
                    {
                        (end + n, after.direction)
                    }
                    _ => (end, m.direction),
                };
                Some(self.found(i, last, Raw::Month { month, toward }, "month"))
            }
            _ => None,
        }
    }

    /// `kemarin`, `tahun lalu`, `3 hari lalu`.
    fn relative_form(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.counted_form(i) {
            return Some(f);
        }
        let (n, rel) = self.r.dates.relative.match_at(self.t, i)?;
        // "the last week of January": a week of that month, not the week before publication.
        if rel.unit == Unit::Week && self.of_a_month(i + n) {
            return None;
        }
        // "last week-end", "this year-long": the phrase is the start of a compound word.
        if self.tight(i + n) && self.punct(i + n, "-") && self.tight(i + n + 1) {
            return None;
        }
        // "two days from tomorrow", "dua hari setelah besok": a day counted from the
        // relative one, not that day; not read.
        if i > 1
            && self.same_line(i)
            && self
                .r
                .dates
                .counted_units
                .match_before(self.t, i - 1)
                .is_some()
            && self.t[i - 1].kind == TokenKind::Word
        {
            return None;
        }
        // "beberapa waktu kemarin" (a while ago), "dua hari kemarin": a count and a noun
        // before make a span of time, not the day before publication.
        if i > 1
            && self.same_line(i - 1)
            && self.t[i - 1].kind == TokenKind::Word
            && self
                .r
                .dates
                .count_words
                .match_before(self.t, i - 1)
                .is_some()
        {
            return None;
        }
        // "dua tahun lalu" is two years, not last year; an unknown count is no date.
        if self.same_line(i) && self.count_before(i) {
            return None;
        }
        Some(self.found(
            i,
            i + n,
            Raw::Relative {
                unit: rel.unit,
                shift: rel.shift,
                part: None,
            },
            RELATIVE,
        ))
    }

    fn counted_form(&self, i: usize) -> Option<Found> {
        let (count, c) = match self.num(i, 4, 1, 9999) {
            Some(v) => (v as i32, 1),
            None => match super::numbers::word_number(self.t, i, &self.r.numbers) {
                Some((end, v)) if v.fract() == 0.0 && (1.0..=9999.0).contains(&v) => {
                    (v as i32, end - i)
                }
                _ => {
                    let (c, &v) = self.r.dates.count_words.match_at(self.t, i)?;
                    (v?, c)
                }
            },
        };
        let (u, &unit) = self.r.dates.counted_units.match_at(self.t, i + c)?;
        let (a, &dir) = self.r.dates.counted_after.match_at(self.t, i + c + u)?;
        if !self.same_line(i + c) || !self.same_line(i + c + u) {
            return None;
        }
        // "1 month 21 days ago", "1 month and 21 days ago", "1 month, 21 days ago": the last
        // part of a longer duration is not read alone.
        let joined = i > 1
            && (self.punct(i - 1, ",") || self.r.numbers.joins.contains_at(self.t, i - 1))
            && self
                .r
                .dates
                .counted_units
                .match_before(self.t, i - 1)
                .is_some();
        if self.same_line(i)
            && (self.r.dates.counted_units.match_before(self.t, i).is_some() || joined)
        {
            return None;
        }
        Some(self.found(
            i,
            i + c + u + a,
            Raw::Relative {
                unit,
                shift: count * dir,
                part: None,
            },
            COUNTED_RELATIVE,
        ))
    }

    /// Whether token `i` ends a range of days begun before it on its line (`4-10 November`,
    /// `3--27 November`): the day after the dash.
    fn ends_day_range(&self, i: usize) -> bool {
        let joined = |n: usize| {
            self.dash(i - n) == Some(n)
                || self
                    .r
                    .dates
                    .day_range_joins
                    .match_at(self.t, i - n)
                    .is_some_and(|(m, _)| m == n)
        };
        // The day before the link, maybe with an ordinal suffix ("13th to 15th July"), or a
        // day and its month ("2 Oktober hingga 22 Oktober").
        let day_before = |k: usize| {
            self.num(k, 2, 1, 31).is_some()
                || (k > 0 && self.ordinal_at(k) && self.num(k - 1, 2, 1, 31).is_some())
                || (k > 0 && self.month(k).is_some() && self.num(k - 1, 2, 1, 31).is_some())
        };
        (1..=3).any(|n| {
            i > n
                && joined(n)
                && self.same_line(i)
                && self.same_line(i - n)
                && day_before(i - n - 1)
        })
    }

    /// The link from a date to the end of its range at token `i` after an atom `a`: a dash,
    /// or (after anything but a year) a `day_range_joins` word ("13 to 15 July 2025", "26
    /// June to 28 June 2020", "Mei hingga Juli 2023"): its length.
    fn range_link(&self, i: usize, a: &Atom) -> Option<usize> {
        self.dash(i).or_else(|| {
            (!matches!(a, Atom::Year(_)))
                .then(|| {
                    self.r
                        .dates
                        .day_range_joins
                        .match_at(self.t, i)
                        .map(|(n, _)| n)
                })
                .flatten()
        })
    }

    /// Whether a `month_links` word at `j` ties what stands before it to a month or a year
    /// within the next three tokens ("of October", "in the month", "of 2018").
    fn of_a_month(&self, j: usize) -> bool {
        let Some((n, _)) = self.r.dates.month_links.match_at(self.t, j) else {
            return false;
        };
        self.same_line(j)
            && (j + n..j + n + 3)
                .take_while(|&k| self.same_line(k))
                .any(|k| {
                    self.r.dates.months.match_at(self.t, k).is_some()
                        || self.year(k).is_some()
                        || self
                            .r
                            .dates
                            .relative
                            .match_at(self.t, k)
                            .is_some_and(|(_, rel)| rel.unit != Unit::Day)
                        || self
                            .r
                            .dates
                            .counted_units
                            .match_at(self.t, k)
                            .is_some_and(|(_, u)| *u == Unit::Month)
                })
    }

    /// Whether the day name at `i..end` is part of a name: a blocker before it ("salat
    /// Jumat", "Black Friday") or after it ("Jumat Agung", "Selasa Kliwon").
    fn part_of_a_name(&self, i: usize, end: usize) -> bool {
        self.r
            .dates
            .weekday_blockers
            .match_before(self.t, i)
            .is_some()
            || (self.same_line(end)
                && self
                    .r
                    .dates
                    .weekday_blockers_after
                    .match_at(self.t, end)
                    .is_some())
    }

    /// Whether the day or month name at `i..end` is counted from a time in the story, not
    /// from publication: a `narrative_before` word right before it ("the following
    /// Friday") or a `narrative_after` word right after it ("Jumat berikutnya").
    fn narrative(&self, i: usize, end: usize) -> bool {
        (self.same_line(i)
            && self
                .r
                .dates
                .narrative_before
                .match_before(self.t, i)
                .is_some())
            || (self.same_line(end) && self.r.dates.narrative_after.match_at(self.t, end).is_some())
    }

    /// Whether a span counted ahead of publication stands right beside the day name at
    /// `i..end` ("Monday two weeks from now", "Thursday, two years from now", "two months
    /// from today on Tuesday"): the day meant is a day of that later time, not the nearest
    /// such day; so with a span counted from an anchor with no comma between ("Sunday 3
    /// weeks after January 15th"). A span counted back ("on Monday, two days ago") or set
    /// off by a comma ("on Monday, two weeks after the vote") is apposition and leaves the
    /// day read.
    fn beside_a_future_span(&self, i: usize, end: usize) -> bool {
        let ahead = |f: Option<Found>| {
            f.is_some_and(|f| matches!(f.raw, Raw::Relative { shift, .. } if shift > 0))
        };
        if self.same_line(end) && self.span_from(end) {
            return true;
        }
        let mut j = end;
        if self.punct(j, ",") {
            j += 1;
        }
        if self.same_line(j) && ahead(self.counted_form(j)) {
            return true;
        }
        // Before it, past a cue ("on"): a counted span ending right there.
        let k = i - self
            .r
            .dates
            .weekday_cues
            .match_before(self.t, i)
            .map_or(0, |(c, _)| c);
        (k.saturating_sub(6)..k).any(|s| {
            (s..=k).all(|x| self.same_line(x))
                && self
                    .counted_form(s)
                    .filter(|f| f.last == k)
                    .is_some_and(|f| ahead(Some(f)))
        })
    }

    /// Whether a span counted from an anchor starts at token `j`: a count, a unit of time and
    /// an `offset_words` word ("3 weeks after", "dua hari setelah").
    fn span_from(&self, j: usize) -> bool {
        let count = self
            .num(j, 4, 1, 9999)
            .map(|_| j + 1)
            .or_else(|| super::numbers::word_number(self.t, j, &self.r.numbers).map(|(e, _)| e));
        let Some(c) = count.filter(|&c| self.same_line(c)) else {
            return false;
        };
        self.r
            .dates
            .counted_units
            .match_at(self.t, c)
            .is_some_and(|(u, _)| {
                self.same_line(c + u) && self.r.dates.offset_words.match_at(self.t, c + u).is_some()
            })
    }

    /// Whether the day name that ends before token `j` is a day the text counts within a
    /// month, not the nearest such day: "the last Friday of October", "Senin pertama",
    /// "Tuesday the 19th".
    fn day_of_a_month(&self, j: usize) -> bool {
        let ordinal_day = |k: usize| self.num(k, 2, 1, 31).is_some() && self.ordinal_at(k + 1);
        // A day number with nothing after it on the line but punctuation ("on Sunday 31!",
        // "on Friday fifteen."): the day of a month, not a count of what follows. Not the
        // hour of a time ("Thursday 8:00", "Thursday 8.30").
        let ends = |k: usize| {
            self.tok(k)
                .is_none_or(|t| t.newline || (t.kind == TokenKind::Punct && !t.is_punct(":")))
        };
        let bare_day = |k: usize| {
            (self.num(k, 2, 1, 31).is_some() && !self.glued_number(k) && ends(k + 1))
                || self
                    .two_digit_words(k)
                    .is_some_and(|(e, d)| (1..=31).contains(&d) && ends(e))
        };
        self.same_line(j)
            && (self.of_a_month(j)
                || self
                    .r
                    .dates
                    .weekday_ordinals_after
                    .match_at(self.t, j)
                    .is_some()
                || ordinal_day(j)
                || bare_day(j)
                || (self.tok(j).is_some_and(|t| t.kind == TokenKind::Word)
                    && self.same_line(j + 1)
                    && ordinal_day(j + 1)))
    }

    /// Dates made of atoms: full dates, month+year, dash ranges, cued years and months.
    fn atom_form(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.month_day_range(i) {
            return Some(f);
        }
        let (end, a) = self.atom(i)?;
        // A range of days with no year (`4-10 November`) is not read: its end alone would be
        // a wrong day for all of it.
        if matches!(a, Atom::DayMonth(..)) && self.ends_day_range(i) {
            return None;
        }
        // "30 Januari-1 Februari 2023", "17-18 Oktober 2024", "Mei-Juli 2023", "2022-2023".
        let dash = self.range_link(end, &a).unwrap_or(0);
        if dash > 0 && self.same_line(end) && self.same_line(end + dash) {
            if let Some((b_end, b)) = self.atom(end + dash) {
                // "from Oct. 2 to October 22", "2 Oktober hingga 22 Oktober": a range of
                // days with no year is not read (see `ends_day_range`), its start no more
                // than its end: read alone it would be a wrong day for all of it.
                if matches!(a, Atom::DayMonth(..) | Atom::Day(_)) && matches!(b, Atom::DayMonth(..))
                {
                    return None;
                }
                let to = match b {
                    Atom::Date(d) => Some(Point::Day(d)),
                    Atom::MonthYear(y, m) => Some(Point::Month(y, m)),
                    Atom::Year(y) if matches!(a, Atom::Year(_)) && self.year_cued(i) => {
                        Some(Point::Year(y))
                    }
                    _ => None,
                };
                if let Some(to) = to {
                    let from = match a {
                        Atom::Day(d) => match to {
                            Point::Day(t) => {
                                NaiveDate::from_ymd_opt(t.year(), t.month(), d).map(Point::Day)
                            }
                            _ => None,
                        },
                        _ => complete(a, to),
                    };
                    if let Some(from) = from.filter(|f| f.first_day() < to.last_day()) {
                        return Some(self.found(
                            i,
                            b_end,
                            Raw::Abs(DateValue::range(from, to)),
                            "range",
                        ));
                    }
                }
            }
        }
        match a {
            Atom::Date(d) => {
                // "3 Mei 2023 (Rabu)": a weekday after the date.
                let mut f = self.found(i, end, Raw::Abs(DateValue::point(Point::Day(d))), "date");
                let (open, mut k) = if self.punct(end, "(") {
                    (true, end + 1)
                } else if self.punct(end, ",") {
                    (false, end + 1)
                } else {
                    (false, end)
                };
                if k != end && self.same_line(k) {
                    if let Some((n, w)) = self.r.dates.weekdays.match_at(self.t, k) {
                        let wd = (w.weekday, k, k + n);
                        k += n;
                        if !open || self.punct(k, ")") {
                            f.last = if open { k + 1 } else { k };
                            f.weekday = Some(wd);
                            f.form = "date+weekday";
                        }
                    }
                }
                Some(f)
            }
            Atom::MonthYear(y, m) => Some(self.found(
                i,
                end,
                Raw::Abs(DateValue::point(Point::Month(y, m))),
                "month-year",
            )),
            Atom::DayMonth(day, month) => Some(self.found(
                i,
                end,
                Raw::DayMonth {
                    day,
                    month,
                    weekday: None,
                },
                "day-month",
            )),
            Atom::Month(month, alone) => {
                // "Oktober tahun lalu": a month of a relative year.
                if let Some((n, rel)) = self.r.dates.relative.match_at(self.t, end) {
                    if rel.unit == Unit::Year && self.same_line(end) {
                        return Some(self.found(
                            i,
                            end + n,
                            Raw::MonthOfYear {
                                month,
                                year_shift: rel.shift,
                            },
                            "month+relative",
                        ));
                    }
                }
                if !alone || self.narrative(i, end) {
                    return None;
                }
                // "Oktober lalu": the last October before publication.
                if let Some((n, m)) = self.r.dates.name_modifiers.match_at(self.t, end) {
                    if m.position == Position::After && self.same_line(end) {
                        return Some(self.found(
                            i,
                            end + n,
                            Raw::Month {
                                month,
                                toward: m.direction,
                            },
                            "month+modifier",
                        ));
                    }
                }
                // "pada Juli": a cued month name.
                self.year_cued(i).then(|| {
                    self.found(
                        i,
                        end,
                        Raw::Month {
                            month,
                            toward: Toward::Nearest,
                        },
                        "month",
                    )
                })
            }
            Atom::Year(y) => (self.year_cued(i) && !self.document_year(i))
                .then(|| self.found(i, end, Raw::Abs(DateValue::point(Point::Year(y))), "year")),
            Atom::Day(_) => None,
        }
    }

    /// A year cue ("sejak tahun", "pada", "in") stands right before token `i`.
    fn year_cued(&self, i: usize) -> bool {
        self.same_line(i) && self.r.dates.year_cues.match_before(self.t, i).is_some()
    }

    /// The year at token `i` dates a numbered document: "UU Nomor 19 Tahun 2004", "Perppu No 1
    /// Tahun 2004". Such a year names the document; it says nothing of when the sentence happens.
    fn document_year(&self, i: usize) -> bool {
        let Some((cue, _)) = self.r.dates.year_cues.match_before(self.t, i) else {
            return false;
        };
        let Some(number) = i.checked_sub(cue + 1) else {
            return false;
        };
        self.t[number].kind == TokenKind::Number
            && self
                .r
                .dates
                .document_numbers
                .match_before(self.t, number)
                .is_some()
    }

    fn found(&self, first: usize, last: usize, raw: Raw, form: &'static str) -> Found {
        Found {
            first,
            last,
            raw,
            form,
            weekday: None,
        }
    }
}

/// The start of a range, completed from its end: `Mei` in `Mei-Juli 2023` takes 2023.
fn complete(a: Atom, to: Point) -> Option<Point> {
    let to_first = to.first_day();
    let year_before = |m: u32, d: u32| {
        let y = to_first.year();
        let same = NaiveDate::from_ymd_opt(y, m, d)?;
        if same <= to.last_day() {
            Some(same)
        } else {
            NaiveDate::from_ymd_opt(y - 1, m, d)
        }
    };
    match a {
        Atom::Date(d) => Some(Point::Day(d)),
        Atom::MonthYear(y, m) => Some(Point::Month(y, m)),
        Atom::Year(y) => Some(Point::Year(y)),
        Atom::DayMonth(d, m) => year_before(m, d).map(Point::Day),
        Atom::Month(m, _) => year_before(m, 1).map(|d| Point::Month(d.year(), m)),
        Atom::Day(d) => match to {
            Point::Day(t) => NaiveDate::from_ymd_opt(t.year(), t.month(), d).map(Point::Day),
            _ => None,
        },
    }
}

/// A resolved value and how it was resolved.
pub struct Resolved {
    /// The date; `None` when it cannot be resolved (a relative date in an article with no
    /// publication date).
    pub value: Option<DateValue>,
    /// `None` for dates written in full.
    pub rule: Option<String>,
}

/// Resolves a raw date against the publication date `anchor`. `future` tells whether the
/// clause speaks of the future, which decides the direction of a bare weekday or month.
pub fn resolve(raw: &Raw, anchor: Option<NaiveDate>, future: bool) -> Resolved {
    let toward_word = |t: Toward| match t {
        Toward::Past => false,
        Toward::Future => true,
        Toward::Nearest | Toward::Current => future,
    };
    let (value, rule) = match raw {
        Raw::Abs(v) => {
            return Resolved {
                value: Some(*v),
                rule: None,
            }
        }
        Raw::DayMonth {
            day,
            month,
            weekday,
        } => (
            anchor
                .and_then(|a| nearest_day_month(a, *day, *month, *weekday))
                .map(|d| DateValue::point(Point::Day(d))),
            match weekday {
                Some(_) => "year nearest the publication date that fits the weekday".to_string(),
                None => "year nearest the publication date".to_string(),
            },
        ),
        Raw::Month {
            month,
            toward: Toward::Current,
        } => (
            anchor.map(|a| DateValue::point(Point::Month(a.year(), *month))),
            "month of the publication year".to_string(),
        ),
        Raw::Month { month, toward } => {
            let ahead = toward_word(*toward);
            // "Oktober lalu" is strictly before the month of publication; "bulan Oktober"
            // may be the month of publication itself.
            let strict = *toward != Toward::Nearest;
            let value = anchor.map(|a| {
                let (y, m) = (a.year(), a.month());
                let y = if ahead {
                    if *month < m || (strict && *month == m) {
                        y + 1
                    } else {
                        y
                    }
                } else if *month > m || (strict && *month == m) {
                    y - 1
                } else {
                    y
                };
                DateValue::point(Point::Month(y, *month))
            });
            let rule = match (ahead, strict) {
                (true, true) => "next such month after the month of publication",
                (true, false) => "next such month from the month of publication",
                (false, true) => "last such month before the month of publication",
                (false, false) => "last such month up to the month of publication",
            };
            (value, rule.to_string())
        }
        Raw::MonthOfYear { month, year_shift } => (
            anchor.map(|a| DateValue::point(Point::Month(a.year() + year_shift, *month))),
            format!("month {month} of the publication year {year_shift:+}"),
        ),
        Raw::Relative { unit, shift, part } => {
            let value = anchor
                .and_then(|a| shift_point(a, *unit, *shift))
                .map(|p| DateValue {
                    from: p,
                    to: None,
                    part: *part,
                });
            (value, shift_words(*shift, *unit))
        }
        Raw::Weekday {
            weekday,
            week_shift,
            toward,
        } => match week_shift {
            Some(ws) => {
                let value = anchor
                    .and_then(|a| shift_point(a, Unit::Week, *ws))
                    .map(|p| {
                        let monday = p.first_day();
                        let d = monday
                            .checked_add_days(Days::new(weekday.num_days_from_monday() as u64))
                            .unwrap_or(monday);
                        DateValue::point(Point::Day(d))
                    });
                let name = crate::claim::weekday_name(*weekday);
                (
                    value,
                    format!("{name} of the week {}", shift_words(*ws, Unit::Week)),
                )
            }
            // "this Friday", "Jumat ini": the Friday of the week of publication, whichever
            // side of the day of publication it falls on.
            None if *toward == Toward::Current => {
                let value = anchor.map(|a| {
                    let monday = a
                        .checked_sub_days(Days::new(a.weekday().num_days_from_monday() as u64))
                        .unwrap_or(a);
                    let d = monday
                        .checked_add_days(Days::new(weekday.num_days_from_monday() as u64))
                        .unwrap_or(monday);
                    DateValue::point(Point::Day(d))
                });
                let name = crate::claim::weekday_name(*weekday);
                (value, format!("{name} of the week of publication"))
            }
            None => {
                let ahead = toward_word(*toward);
                // "Jumat lalu" is a Friday before the day of publication; a bare "Jumat"
                // may be the day of publication itself.
                let strict = matches!(toward, Toward::Past | Toward::Future);
                let value = anchor.map(|a| {
                    DateValue::point(Point::Day(weekday_near(a, *weekday, ahead, strict)))
                });
                let name = crate::claim::weekday_name(*weekday);
                let rule = match (ahead, strict) {
                    (true, true) => format!("next {name} after publication"),
                    (true, false) => format!("next {name} on or after publication"),
                    (false, true) => format!("last {name} before publication"),
                    (false, false) => format!("last {name} on or before publication"),
                };
                (value, rule)
            }
        },
    };
    Resolved {
        value,
        rule: Some(rule),
    }
}

fn shift_words(shift: i32, unit: Unit) -> String {
    let name = crate::claim::unit_name(unit);
    match shift {
        0 => format!("the {name} of publication"),
        s if s < 0 => format!(
            "{} {name}{} before publication",
            -s,
            if s == -1 { "" } else { "s" }
        ),
        s => format!(
            "{s} {name}{} after publication",
            if s == 1 { "" } else { "s" }
        ),
    }
}

fn shift_point(a: NaiveDate, unit: Unit, shift: i32) -> Option<Point> {
    let days = |n: i64| {
        if n >= 0 {
            a.checked_add_days(Days::new(n as u64))
        } else {
            a.checked_sub_days(Days::new(n.unsigned_abs()))
        }
    };
    Some(match unit {
        Unit::Day => Point::Day(days(shift as i64)?),
        Unit::Week => {
            let d = days(shift as i64 * 7)?;
            Point::Week(d.checked_sub_days(Days::new(d.weekday().num_days_from_monday() as u64))?)
        }
        Unit::Month => {
            let first = ymd(a.year(), a.month(), 1);
            let d = if shift >= 0 {
                first.checked_add_months(Months::new(shift as u32))?
            } else {
                first.checked_sub_months(Months::new(shift.unsigned_abs()))?
            };
            Point::Month(d.year(), d.month())
        }
        Unit::Year => Point::Year(a.year().checked_add(shift)?),
    })
}

fn weekday_near(a: NaiveDate, w: Weekday, ahead: bool, strict: bool) -> NaiveDate {
    let from = a.weekday().num_days_from_monday() as i64;
    let to = w.num_days_from_monday() as i64;
    let mut d = if ahead {
        (to - from).rem_euclid(7)
    } else {
        (from - to).rem_euclid(7)
    };
    if strict && d == 0 {
        d = 7;
    }
    let step = Days::new(d as u64);
    if ahead {
        a.checked_add_days(step)
    } else {
        a.checked_sub_days(step)
    }
    .unwrap_or(a)
}

/// The form of a day, week, month or year named from publication ("kemarin", "pekan ini").
pub const RELATIVE: &str = "relative";

/// The form of a part of a week, month or year named from publication ("akhir pekan ini").
pub const PART_RELATIVE: &str = "part+relative";

/// The form of a span counted from publication ("3 hari lalu", "two weeks ago").
pub const COUNTED_RELATIVE: &str = "counted-relative";

/// Whether a date of `form` is counted in units of time from its article's publication
/// date ("hari ini", "kemarin", "akhir pekan ini", "3 hari lalu"), with no day or month
/// named.
pub fn counted_from_publication(form: &str) -> bool {
    [RELATIVE, PART_RELATIVE, COUNTED_RELATIVE].contains(&form)
}

/// The form of a weekday written alone ("said Friday"), resolved from the publication date.
pub const BARE_WEEKDAY: &str = "weekday";

/// The day and month in the year before, of or after `a`'s, nearest `a`. With a weekday
/// `(w, near)`, when that is more than `near` days from `a`, the nearest of the three that
/// the weekday fits ("Friday, Sept. 14" in an article of May 2013 is 2012's); a day near
/// publication keeps its year, and a weekday that does not fit it is a slip ("Jumat (1/11)"
/// in an article of 3 November 2025).
fn nearest_day_month(
    a: NaiveDate,
    day: u32,
    month: u32,
    weekday: Option<(Weekday, u32)>,
) -> Option<NaiveDate> {
    let days = || {
        (a.year() - 1..=a.year() + 1).filter_map(move |y| NaiveDate::from_ymd_opt(y, month, day))
    };
    let distance = |d: &NaiveDate| (*d - a).num_days().abs();
    let nearest = days().min_by_key(distance)?;
    match weekday {
        Some((w, near)) if nearest.weekday() != w && distance(&nearest) > i64::from(near) => days()
            .filter(|d| d.weekday() == w)
            .min_by_key(distance)
            .or(Some(nearest)),
        _ => Some(nearest),
    }
}

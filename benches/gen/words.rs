//! Calendar words, number words and digit grouping in Indonesian and English.

use chrono::{Datelike, NaiveDate, Weekday};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Id,
    En,
}

const WEEKDAYS_ID: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS_ID: [&str; 12] = [
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
const MONTHS_EN: [&str; 12] = [
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

pub fn weekday(lang: Lang, w: Weekday) -> &'static str {
    let i = w.num_days_from_monday() as usize;
    match lang {
        Lang::Id => WEEKDAYS_ID[i],
        Lang::En => WEEKDAYS_EN[i],
    }
}

pub fn month(lang: Lang, m: u32) -> &'static str {
    match lang {
        Lang::Id => MONTHS_ID[m as usize - 1],
        Lang::En => MONTHS_EN[m as usize - 1],
    }
}

/// `3 Juni 2024` / `June 3, 2024`.
pub fn long_date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Id => format!("{} {} {}", d.day(), month(lang, d.month()), d.year()),
        Lang::En => format!("{} {}, {}", month(lang, d.month()), d.day(), d.year()),
    }
}

/// `3/6/2024`.
pub fn numeric_date(d: NaiveDate) -> String {
    format!("{}/{}/{}", d.day(), d.month(), d.year())
}

/// `Juni 2024` / `June 2024`.
pub fn month_year(lang: Lang, d: NaiveDate) -> String {
    format!("{} {}", month(lang, d.month()), d.year())
}

/// `1.250` / `1,250`.
pub fn digits(lang: Lang, n: u32) -> String {
    let s = n.to_string();
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

const UNITS_ID: [&str; 10] = [
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
];
const UNITS_EN: [&str; 20] = [
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
const TENS_EN: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Number words for `n` below 1000: `dua belas`, `seratus lima`; `twelve`, `forty-five`.
pub fn number_words(lang: Lang, n: u32) -> String {
    assert!(n < 1000);
    match lang {
        Lang::Id => {
            let below_100 = |n: u32| -> String {
                match n {
                    0..=9 => UNITS_ID[n as usize].to_string(),
                    10 => "sepuluh".into(),
                    11 => "sebelas".into(),
                    12..=19 => format!("{} belas", UNITS_ID[(n - 10) as usize]),
                    _ if n.is_multiple_of(10) => format!("{} puluh", UNITS_ID[(n / 10) as usize]),
                    _ => format!(
                        "{} puluh {}",
                        UNITS_ID[(n / 10) as usize],
                        UNITS_ID[(n % 10) as usize]
                    ),
                }
            };
            if n < 100 {
                return below_100(n);
            }
            let hundreds = if n / 100 == 1 {
                "seratus".to_string()
            } else {
                format!("{} ratus", UNITS_ID[(n / 100) as usize])
            };
            if n.is_multiple_of(100) {
                hundreds
            } else {
                format!("{hundreds} {}", below_100(n % 100))
            }
        }
        Lang::En => {
            let below_100 = |n: u32| -> String {
                match n {
                    0..=19 => UNITS_EN[n as usize].to_string(),
                    _ if n.is_multiple_of(10) => TENS_EN[(n / 10) as usize].to_string(),
                    _ => format!(
                        "{}-{}",
                        TENS_EN[(n / 10) as usize],
                        UNITS_EN[(n % 10) as usize]
                    ),
                }
            };
            if n < 100 {
                return below_100(n);
            }
            let hundreds = format!("{} hundred", UNITS_EN[(n / 100) as usize]);
            if n.is_multiple_of(100) {
                hundreds
            } else {
                format!("{hundreds} {}", below_100(n % 100))
            }
        }
    }
}

/// First letter upper case (after any plant markers, see `super::OPEN`).
pub fn cap(s: &str) -> String {
    let lead = s.len() - s.trim_start_matches(super::OPEN).len();
    let (markers, rest) = s.split_at(lead);
    let mut c = rest.chars();
    match c.next() {
        Some(f) => markers.chars().chain(f.to_uppercase()).chain(c).collect(),
        None => s.to_string(),
    }
}

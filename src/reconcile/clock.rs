//! Times of day: the moment a figure holds. "BPBD mencatat 3 RT terendam per pukul 14.00
//! WIB" and "1 RT terendam hingga Rabu (18/6/2025) pukul 18.00 WIB" give one day's figures
//! for two moments: water receding, an update, not two outlets disagreeing. The words are
//! rule data (`clock_before`, `clock_after`, `clock_afternoon` of `rules/*/dates.yaml`, the
//! `as_of` words of `rules/*/events.yaml`).

use crate::article::Article;
use crate::claim::Claim;
use crate::rules::{EventRules, Rules};
use crate::text::{tokenize, Token, TokenKind};

/// Tokens an as-of word may stand before its time of day (a date between: "hingga Rabu
/// (18/6/2025) pukul 18.00").
const AS_OF_REACH: usize = 12;

/// Bytes read before and after a time of day's hours: room for `AS_OF_REACH` tokens before
/// it, its minutes and the words after them.
const WINDOW_BEFORE: usize = 160;
const WINDOW_AFTER: usize = 48;

/// Shortest as-of word read when glued to the word before it ("banjirhingga"): a short one
/// ends too many words ("per" of "diper").
const GLUED_AS_OF_MIN: usize = 5;

/// One time of day written in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clock {
    /// Byte offset of its hours.
    pub start: usize,
    /// Minutes since midnight.
    pub minutes: u32,
    /// Given as the moment figures hold ("per pukul 14.00").
    pub as_of: bool,
}

/// The times of day of `text`: hours and minutes ("14.00", "1:38") right after a
/// `clock_before` word or right before a `clock_after` one; a `clock_afternoon` word after
/// moves it 12 hours on. After a `clock_before` word alone, not before a scale word
/// ("pukul 14.00 siang" is a time, "at 1.25 million" is not).
pub(crate) fn times(text: &str, rules: &Rules) -> Vec<Clock> {
    // Only the few places that look like one are tokenized, each with the words before it
    // an as-of word may stand in: an article's whole text would cost a second reading.
    let b = text.as_bytes();
    let mut out = Vec::new();
    for p in 0..b.len() {
        let starts = b[p].is_ascii_digit() && (p == 0 || !b[p - 1].is_ascii_digit());
        if !starts {
            continue;
        }
        let hours = b[p..].iter().take_while(|c| c.is_ascii_digit()).count();
        let sep = p + hours;
        let looks = (1..=2).contains(&hours)
            && matches!(b.get(sep), Some(b'.' | b':'))
            && b.get(sep + 1..sep + 3)
                .is_some_and(|m| m.iter().all(u8::is_ascii_digit));
        if !looks {
            continue;
        }
        let mut lo = p.saturating_sub(WINDOW_BEFORE);
        while !text.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (sep + WINDOW_AFTER).min(b.len());
        while !text.is_char_boundary(hi) {
            hi += 1;
        }
        let t = tokenize(&text[lo..hi]);
        let Some(i) = t.iter().position(|x| x.start == p - lo) else {
            continue;
        };
        if let Some((minutes, as_of)) = time_at(&t, i, rules) {
            out.push(Clock {
                start: p,
                minutes,
                as_of,
            });
        }
    }
    out
}

/// The time of day at token `i` of `t`, if one is written there: minutes since midnight,
/// and whether an as-of word stands before it.
fn time_at(t: &[Token], i: usize, rules: &Rules) -> Option<(u32, bool)> {
    if i + 2 >= t.len() {
        return None;
    }
    let (hours, minutes) = hours_minutes(t, i)?;
    let after = i + 3;
    let zone = rules.dates.clock_after.match_at(t, after).is_some();
    let before = rules.dates.clock_before.match_before(t, i).is_some();
    // "at 1.25 million": a number with its scale word.
    let scaled = rules.numbers.scales.match_at(t, after).is_some();
    if !(zone || before && !scaled) {
        return None;
    }
    let afternoon = rules.dates.clock_afternoon.match_at(t, after).is_some();
    let hours = if afternoon && hours < 12 {
        hours + 12
    } else {
        hours
    };
    (hours <= 23).then(|| (hours * 60 + minutes, as_of(t, i, &rules.events)))
}

/// Hours and minutes written at token `i`: one or two digits, "." or ":", two digits, with
/// nothing between them.
fn hours_minutes(t: &[Token], i: usize) -> Option<(u32, u32)> {
    let (h, sep, m) = (&t[i], &t[i + 1], &t[i + 2]);
    let number = |x: &Token, len: std::ops::RangeInclusive<usize>| {
        x.kind == TokenKind::Number && len.contains(&x.norm.len())
    };
    let joined = sep.start == h.end && m.start == sep.end;
    if !number(h, 1..=2) || !(sep.is_punct(".") || sep.is_punct(":")) || !number(m, 2..=2) {
        return None;
    }
    // Not part of a longer number ("1.250.000", "3.14.15").
    let longer = t.get(i + 3).is_some_and(|x| {
        x.start == m.end
            && (x.is_punct(".") || x.is_punct(":") || x.is_punct(","))
            && t.get(i + 4)
                .is_some_and(|y| y.kind == TokenKind::Number && y.start == x.end)
    }) || (i >= 1
        && t[i - 1].end == h.start
        && (t[i - 1].is_punct(".") || t[i - 1].is_punct(",")));
    let (hours, minutes) = (h.norm.parse().ok()?, m.norm.parse().ok()?);
    (joined && !longer && minutes < 60).then_some((hours, minutes))
}

/// Whether an as-of word stands before the time at token `i` in its sentence.
fn as_of(t: &[Token], i: usize, rules: &EventRules) -> bool {
    let from = i.saturating_sub(AS_OF_REACH);
    for k in (from..i).rev() {
        if t[k + 1].newline || t[k].is_punct(".") && t[k + 1].gap {
            return false;
        }
        if rules.as_of.match_at(t, k).is_some_and(|(n, _)| k + n <= i) {
            return true;
        }
        // An as-of word of five letters or more glued to the word before it (a link's text
        // lost its space: "terendambanjirhingga Rabu (18/6/2025) pukul 18.00").
        let glued = t[k].kind == TokenKind::Word
            && !t[k].capital
            && rules.as_of_words.iter().any(|w| {
                w.len() >= GLUED_AS_OF_MIN
                    && t[k].norm.len() > w.len() + 3
                    && t[k].norm.ends_with(w.as_str())
            });
        if glued {
            return true;
        }
    }
    false
}

/// The moment a count holds, in minutes since midnight: the time of day of its sentence,
/// else the one time its article gives its figures as of. `times` are its article's.
pub(crate) fn moment(article: &Article, claim: &Claim, times: &[Clock]) -> Option<u32> {
    let text = article.text.as_str();
    // Its sentence as extraction cut it (the frame's), else its clause.
    let (start, end) = claim
        .frame
        .as_ref()
        .map_or((claim.context.span.start, claim.context.span.end), |f| {
            f.sentence
        });
    if let Some(c) = times.iter().find(|c| (start..end).contains(&c.start)) {
        return Some(c.minutes);
    }
    // Not the publication stamp of the header ("Rabu, 18 Juni 2025 - 20:34 WIB", a
    // "tayang" or "Updated" line).
    let stamps: Vec<(usize, usize)> = article
        .dateline
        .iter()
        .map(|d| d.line)
        .chain(article.stamp_lines.iter().copied())
        .filter(|&line| (1..=article.lines.lines()).contains(&line))
        .map(|line| article.lines.line_range(text, line))
        .collect();
    // The one time the body gives figures as of. Not any time the article writes: an
    // article's one time is most often the event's ("gempa melanda ... pukul 01.02 WIB"),
    // not the moment its figures hold.
    let mut as_of = times
        .iter()
        .filter(|c| c.as_of && c.start >= article.body_start)
        .filter(|c| !stamps.iter().any(|&(a, b)| (a..b).contains(&c.start)))
        .map(|c| c.minutes);
    let first = as_of.next()?;
    as_of.all(|m| m == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minutes(text: &str) -> Vec<(u32, bool)> {
        let rules = Rules::builtin().unwrap();
        times(text, &rules)
            .into_iter()
            .map(|c| (c.minutes, c.as_of))
            .collect()
    }

    #[test]
    fn times_of_day_after_a_clock_word_or_before_a_zone() {
        assert_eq!(minutes("Data BPBD per pukul 14.00 WIB."), [(840, true)]);
        assert_eq!(
            minutes("terendam hingga Rabu (18/6/2025) pukul 18.00 WIB."),
            [(1080, true)]
        );
        assert_eq!(
            minutes("Gempa terjadi pukul 01.04 dini hari."),
            [(64, false)]
        );
        assert_eq!(minutes("Gempa terjadi 09:30 WITA."), [(570, false)]);
        assert_eq!(
            minutes("The plane crashed at 1:38 p.m. local time."),
            [(818, false)]
        );
        assert_eq!(
            minutes("As of 6.30pm, 12 people were rescued."),
            [(1110, true)]
        );
        // Traps: numbers that are no time of day.
        assert!(minutes("Harga naik 14.50 persen.").is_empty());
        assert!(minutes("Nilainya Rp 1.250.000 per orang.").is_empty());
        assert!(minutes("Shares closed at 1.25 million.").is_empty());
        assert!(minutes("pukul 25.00 WIB").is_empty());
        assert!(minutes("pukul 14.75 WIB").is_empty());
        // An as-of word glued to the word before it (a link lost its space), not a short
        // one ("diper" is no "per").
        assert_eq!(
            minutes("terendambanjirhingga Rabu (18/6/2025) pukul 18.00 WIB."),
            [(1080, true)]
        );
        assert_eq!(minutes("diper pukul 18.00 WIB."), [(1080, false)]);
        // An as-of word in another sentence does not reach the time.
        assert_eq!(
            minutes("Data per hari ini. Pukul 14.00 WIB hujan."),
            [(840, false)]
        );
    }
}

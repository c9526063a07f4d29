//! `weekday`: a day name next to a date that falls on another day. When the story writes the
//! same day name with the same day of the month in another month or year that it does fall
//! on ("Rabu (28/5/2024)" where the story has "Rabu (28/5/2025)"), the date is what is wrong,
//! not the day name: that is reported as a `date` conflict, a slip in the month or year. So
//! is a day of the month one keystroke from a day of the same month the story writes with
//! that day name ("Rabu (17/6/2025)" where it has "Rabu (18/6/2025)"), in the article or an
//! article related to it ([`Stories::together`]), unless those write the same date with the
//! day name it falls on ("Rabu (18/6/2025)" beside "Selasa (18/6/2025)"): then the day name
//! is the slip, and those spans are the weekday conflict's evidence of the right one.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::article::Article;
use crate::claim::{weekday_name, Claim, DateDetail, Point, WeekdayMention};
use crate::conflict::{articles_word, Conflict, Evidence, Role};
use crate::kinds::Kind;
use crate::rules::Rules;
use crate::stories::Stories;

/// The single day a claim writes next to a day name, with that day name and the claim's
/// date detail (not a bare weekday, whose date was computed from the weekday itself).
fn written(c: &Claim) -> Option<(NaiveDate, &WeekdayMention, &DateDetail)> {
    let d = c.date()?;
    let (w, v) = (d.weekday.as_ref()?, d.value?);
    let Point::Day(day) = v.from else {
        return None;
    };
    if v.to.is_some() || d.form == "weekday" || d.form == "weekday+relative" {
        return None;
    }
    Some((day, w, d))
}

/// [`written`]'s day and day name.
fn written_day(c: &Claim) -> Option<(NaiveDate, Weekday)> {
    written(c).map(|(day, w, _)| (day, w.weekday))
}

pub fn check(
    articles: &[Article],
    claims: &[Claim],
    stories: &Stories,
    rules: &Rules,
) -> Vec<Conflict> {
    // Dates written with a day name that fits them, by (day of month, day name), by (year,
    // month, day name) and by date.
    let mut fitting: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
    let mut fitting_in_month: BTreeMap<(i32, u32, u32), Vec<usize>> = BTreeMap::new();
    let mut fitting_on: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let Some((day, w)) = written_day(c).filter(|(day, w)| day.weekday() == *w) {
            let w = w.num_days_from_monday();
            fitting.entry((day.day(), w)).or_default().push(i);
            fitting_in_month
                .entry((day.year(), day.month(), w))
                .or_default()
                .push(i);
            fitting_on.entry(day).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    // Slips by (story, or article when in none; the wrong day; the day it stands for): one
    // slip written twice, or by two articles of one story, is one conflict.
    type Slip = (Vec<usize>, std::collections::BTreeSet<usize>);
    let mut slipped: BTreeMap<(Option<usize>, usize, NaiveDate, NaiveDate), Slip> = BTreeMap::new();
    let mut reported: BTreeMap<(usize, NaiveDate, u32), usize> = BTreeMap::new();
    for (ci, c) in claims.iter().enumerate() {
        let Some((day, w, d)) = written(c) else {
            continue;
        };
        let weekday = w.weekday;
        if day.weekday() == weekday {
            continue;
        }
        let w_num = weekday.num_days_from_monday();
        // A day of the month one keystroke off is the slip only when the article's text,
        // or failing both in it the related articles, do not write this date with its own
        // day name (then the day name is); a slip the text itself shows is its own.
        // In the article's text: its publication line only tells the calendar.
        let here = |i: &usize| {
            claims[*i].article == c.article
                && claims[*i]
                    .date()
                    .is_some_and(|d| d.role != crate::claim::Role::Dateline)
        };
        let right_here = fitting_on.get(&day).into_iter().flatten().any(here);
        let same_month = fitting_in_month
            .get(&(day.year(), day.month(), w_num))
            .map_or(&[][..], Vec::as_slice);
        let keystroke_here = same_month
            .iter()
            .filter(|&&i| here(&i))
            .any(|&i| written_day(&claims[i]).is_some_and(|(o, _)| day_keystroke(day, o)));
        let written_right = right_here
            || (!keystroke_here
                && fitting_on
                    .get(&day)
                    .into_iter()
                    .flatten()
                    .any(|&i| stories.together(claims[i].article, c.article)));
        let in_month: Vec<usize> = same_month
            .iter()
            .copied()
            .filter(|i| !written_right && (!keystroke_here || here(i)))
            .collect();
        let slips = slips_of(
            claims,
            stories,
            c,
            day,
            fitting
                .get(&(day.day(), w_num))
                .into_iter()
                .chain([&in_month]),
        );
        if let Some((other, _)) = slips.first().and_then(|&i| written_day(&claims[i])) {
            let story = stories.of_article.get(c.article).copied().flatten();
            let place = if story.is_some() { 0 } else { c.article };
            let entry = slipped.entry((story, place, day, other)).or_default();
            entry.0.push(ci);
            entry.1.extend(slips);
            continue;
        }
        let value = format!("{} ({})", day, weekday_name(day.weekday()));
        let evidence = Evidence::of_claim(claims, ci, value, Role::WrittenAs(w.weekday));
        // The same wrong day name for the same date again in the article: one conflict.
        let key = (c.article, day, weekday.num_days_from_monday());
        if let Some(&k) = reported.get(&key) {
            let conflict: &mut Conflict = &mut out[k];
            conflict.evidence.push(evidence);
            continue;
        }
        reported.insert(key, out.len());
        // The related articles' spans of the same date with the day name it falls on, in
        // the text (a publication line only tells the calendar): the article's own first.
        let mut right: Vec<usize> = fitting_on
            .get(&day)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| {
                stories.together(claims[i].article, c.article)
                    && claims[i]
                        .date()
                        .is_some_and(|d| d.role != crate::claim::Role::Dateline)
            })
            .collect();
        right.sort_by_key(|&i| (claims[i].article != c.article, claims[i].article, i));
        let right_articles: std::collections::BTreeSet<usize> =
            right.iter().map(|&i| claims[i].article).collect();
        let quoted: Vec<usize> = {
            let mut seen: Vec<usize> = Vec::new();
            right
                .iter()
                .copied()
                .filter(|&i| {
                    let a = claims[i].article;
                    if !seen.contains(&a) {
                        if seen.len() == rules.settings.weekday_evidence_articles {
                            return false;
                        }
                        seen.push(a);
                    }
                    true
                })
                .collect()
        };
        let article = &articles[c.article];
        let written = &article.text[w.span.start..w.span.end];
        let inferred = if d.explicit {
            String::new()
        } else {
            format!(
                " (year inferred from the publication date {})",
                article.published.map(|d| d.to_string()).unwrap_or_default()
            )
        };
        let story_writes = if right.is_empty() {
            String::new()
        } else {
            let n = right_articles.len();
            format!(
                "; the story writes {} {} ({n} {})",
                weekday_name(day.weekday()),
                day.format("%-d %B %Y"),
                articles_word(n)
            )
        };
        let mut evidence = vec![evidence];
        evidence.extend(quoted.iter().map(|&i| {
            Evidence::of_claim(claims, i, day.to_string(), Role::FittingDate(day.weekday()))
        }));
        evidence[1..].sort_by_key(|e| (e.article, e.span.start));
        out.push(Conflict {
            kind: Kind::Weekday,
            severity: rules.severity(Kind::Weekday),
            subject: c.text.clone(),
            message: format!(
                "{} was a {}, not a {} (\"{written}\"){inferred}{story_writes}",
                day.format("%-d %B %Y"),
                weekday_name(day.weekday()),
                weekday_name(w.weekday),
            )
            .into(),
            stories: Vec::new(),
            evidence,
        });
    }
    for ((_, _, day, _), (wrong, slips)) in slipped {
        let slips: Vec<usize> = slips.into_iter().collect();
        out.push(slip(claims, rules, &wrong, day, &slips));
    }
    out
}

/// Whether the days of the month of `a` and `b` are one keystroke apart: a digit changed,
/// two swapped; one day off for a one-digit day.
fn day_keystroke(a: NaiveDate, b: NaiveDate) -> bool {
    let (a, b) = (a.day() as i32, b.day() as i32);
    if a < 10 || b < 10 {
        (a - b).abs() == 1
    } else {
        super::dateline::one_keystroke(a, b)
    }
}

/// The dates of `c`'s story (its article, or an article of its story) written with the same
/// day name, that fall on it and differ from `day` in one field only: the month or the year
/// (the same day of the month), or the day of the month by one keystroke.
fn slips_of<'a>(
    claims: &[Claim],
    stories: &Stories,
    c: &Claim,
    day: NaiveDate,
    candidates: impl Iterator<Item = &'a Vec<usize>>,
) -> Vec<usize> {
    let mut out: Vec<usize> = candidates
        .flatten()
        .copied()
        .filter(|&i| {
            let o = &claims[i];
            let same_story = stories.same(o.article, c.article);
            let Some((other, _)) = written_day(o) else {
                return false;
            };
            let month_or_year = other.day() == day.day()
                && (other.year() == day.year()) != (other.month() == day.month());
            let day_of_month = other.year() == day.year()
                && other.month() == day.month()
                && day_keystroke(day, other)
                && stories.together(o.article, c.article);
            let one_field = month_or_year || day_of_month;
            // A year the article did not write (inferred from its publication date) is no slip.
            let written = other.year() == day.year() || c.date().is_some_and(|d| d.explicit);
            same_story && one_field && written
        })
        .collect();
    // One slip only: two fitting dates (another month and another year) leave it open.
    let values: std::collections::BTreeSet<NaiveDate> = out
        .iter()
        .filter_map(|&i| written_day(&claims[i]))
        .map(|d| d.0)
        .collect();
    if values.len() != 1 {
        out.clear();
    }
    out
}

/// The `date` conflict of a date whose day name fits the story's other date.
fn slip(
    claims: &[Claim],
    rules: &Rules,
    wrong: &[usize],
    day: NaiveDate,
    slips: &[usize],
) -> Conflict {
    let c = &claims[wrong[0]];
    let (other, weekday) = written_day(&claims[slips[0]]).expect("a slip is a written day");
    let field = if other.year() != day.year() {
        "year"
    } else if other.month() != day.month() {
        "month"
    } else {
        "day of the month"
    };
    let articles_n = slips
        .iter()
        .map(|&i| claims[i].article)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    // The slip first (every span that writes it): it is what to correct.
    let mut evidence: Vec<Evidence> = wrong
        .iter()
        .map(|&i| Evidence::of_claim(claims, i, day.to_string(), Role::SlippedDate(day)))
        .collect();
    let n = evidence.len();
    evidence.extend(
        slips
            .iter()
            .map(|&i| Evidence::of_claim(claims, i, other.to_string(), Role::FittingDate(weekday))),
    );
    evidence[..n].sort_by_key(|e| (e.article, e.span.start));
    evidence[n..].sort_by_key(|e| (e.article, e.span.start));
    Conflict {
        kind: Kind::Date,
        severity: rules.severity(Kind::Date),
        subject: c.text.clone(),
        message: format!(
            "{} was a {}; the story writes {} {} ({} {}), which is one: the {field} is likely a slip",
            day.format("%-d %B %Y"),
            weekday_name(day.weekday()),
            weekday_name(weekday),
            other.format("%-d %B %Y"),
            articles_n,
            articles_word(articles_n),
        ).into(),
        stories: Vec::new(),
        evidence,
    }
}

/// The hint of a `weekday` conflict: the date as read; where the story writes that date with
/// the day name it falls on, the day name is what to correct.
pub(crate) fn hint(_articles: &[Article], c: &Conflict) -> Option<String> {
    let first = c.evidence.first()?;
    let fits = c.evidence.iter().find_map(|e| match e.role {
        Role::FittingDate(w) => Some(w),
        _ => None,
    });
    Some(match fits {
        Some(w) => format!(
            "\"{}\" is read as \"{}\"; the story writes that date with {}: correct the day name",
            first.text,
            first.value,
            weekday_name(w)
        ),
        None => format!(
            "\"{}\" is read as \"{}\": correct the part that is wrong",
            first.text, first.value
        ),
    })
}

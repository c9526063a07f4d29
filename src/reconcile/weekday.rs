//! `weekday`: a day name next to a date that falls on another day. When the story writes the
//! same day name with the same day of the month in another month or year that it does fall
//! on ("Rabu (28/5/2024)" where the story has "Rabu (28/5/2025)"), the date is what is wrong,
//! not the day name: that is reported as a `date` conflict, a slip in the month or year.

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
    // Dates written with a day name that fits them, by (day of month, day name).
    let mut fitting: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let Some((day, w)) = written_day(c).filter(|(day, w)| day.weekday() == *w) {
            fitting
                .entry((day.day(), w.num_days_from_monday()))
                .or_default()
                .push(i);
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
        let slips = slips_of(
            claims,
            stories,
            c,
            day,
            fitting.get(&(day.day(), weekday.num_days_from_monday())),
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
        out.push(Conflict {
            kind: Kind::Weekday,
            severity: rules.severity(Kind::Weekday),
            subject: c.text.clone(),
            message: format!(
                "{} was a {}, not a {} (\"{written}\"){inferred}",
                day.format("%-d %B %Y"),
                weekday_name(day.weekday()),
                weekday_name(w.weekday),
            )
            .into(),
            stories: Vec::new(),
            evidence: vec![evidence],
        });
    }
    for ((_, _, day, _), (wrong, slips)) in slipped {
        let slips: Vec<usize> = slips.into_iter().collect();
        out.push(slip(claims, rules, &wrong, day, &slips));
    }
    out
}

/// The dates of `c`'s story (its article, or an article of its story) written with the same
/// day name and day of the month, that differ from `day` in the month or the year only and
/// fall on that day name.
fn slips_of(
    claims: &[Claim],
    stories: &Stories,
    c: &Claim,
    day: NaiveDate,
    candidates: Option<&Vec<usize>>,
) -> Vec<usize> {
    let story = |a: usize| stories.of_article.get(a).copied().flatten();
    let mut out: Vec<usize> = candidates
        .into_iter()
        .flatten()
        .copied()
        .filter(|&i| {
            let o = &claims[i];
            let same_story = o.article == c.article
                || (story(o.article).is_some() && story(o.article) == story(c.article));
            let Some((other, _)) = written_day(o) else {
                return false;
            };
            let one_field = (other.year() == day.year()) != (other.month() == day.month());
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
    let field = if other.year() == day.year() {
        "month"
    } else {
        "year"
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

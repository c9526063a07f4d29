//! `date`: one event given dates that cannot both be true, at the precision both give.

use std::collections::{BTreeMap, BTreeSet};

use super::count::{articles_by_value, evidence, ranked_values};
use super::entities::Entities;
use super::events::Events;
use crate::article::Article;
use crate::claim::{Claim, DateDetail, DateValue};
use crate::conflict::{Conflict, EventId, Role};
use crate::extract::dates::counted_from_publication;
use crate::kinds::{Kind, Severity};
use crate::rules::{Rules, Unit};

/// Both claims are dates resolved from their articles' publication dates, and they say the
/// same thing or cannot be set against each other: written alike ("Kamis", "awal pekan
/// ini"), or both counted in days or weeks from two different publication days ("hari ini",
/// "kemarin", "pekan ini"). Each means a day of its own article's time, which an outlet's
/// timestamp gives only roughly: two articles a week apart that each say "this week's
/// match" speak of two matches.
fn relative_pair(a: &Claim, b: &Claim) -> bool {
    let (Some(da), Some(db)) = (a.date(), b.date()) else {
        return false;
    };
    if !da.relative() || !db.relative() {
        return false;
    }
    if a.text.to_lowercase() == b.text.to_lowercase() {
        return true;
    }
    let anchor = |d: &DateDetail| d.resolution.as_ref().and_then(|r| r.anchor);
    anchor(da) != anchor(db)
        && counted_from_publication(da.form)
        && counted_from_publication(db.form)
}

/// Whether dates `x` and `y`, which do not overlap, are further apart than `near_days` and
/// no slip of one figure: at the precision both give, they differ in more than one of
/// year, month and day, or (without days) in the month, or one gives the year alone. A
/// month named in words ("Desember 2025" against "5 Juni hingga 31 Juli 2025") is no slip
/// of a numeric date's figure.
fn far_apart(x: &DateValue, y: &DateValue, near_days: usize) -> bool {
    use chrono::Datelike;
    let days = (y.start() - x.end())
        .num_days()
        .max((x.start() - y.end()).num_days());
    if days <= near_days as i64 {
        return false;
    }
    let unit = x.precision().max(y.precision());
    let (a, b) = (x.start(), y.start());
    let (year, month, day) = (
        a.year() != b.year(),
        unit <= Unit::Month && a.month() != b.month(),
        unit <= Unit::Week && a.day() != b.day(),
    );
    let differ = [year, month, day].iter().filter(|&&d| d).count();
    // A bare year against a month or a day of another year ("selama tahun 2024" against
    // "mulai 14 Juni hingga 31 Agustus 2025"): written at two precisions, no one date with
    // a figure slipped.
    let bare_year = unit == Unit::Year && x.precision() != y.precision();
    differ > 1 || (month && unit == Unit::Month) || (year && bare_year)
}

/// Whether relative date `a` ("Thursday") is another day of its own article's account
/// than `b`'s event: the article also gives `b`'s day, in another claim linked to `b`
/// ("bills failed in the Senate Thursday" and "Trump said Friday he will support a
/// short-term bill", against another outlet's "Trump announced Friday a short-term plan").
/// An article that tells a sequence of days by their names does not slip on one of them.
fn tells_apart(claims: &[Claim], linked: &BTreeMap<usize, Vec<usize>>, a: usize, b: usize) -> bool {
    if !claims[a].date().is_some_and(|d| d.relative()) {
        return false;
    }
    let Some(y) = claims[b].date().and_then(|d| d.value) else {
        return false;
    };
    Events::matched_in(linked, claims, b, (claims[a].article, a), |o| {
        o.date()
            .and_then(|d| d.value)
            .is_some_and(|v| v.start() <= y.end() && y.start() <= v.end())
    })
}

/// Whether a group's disagreeing dates are several events chained together by shared words
/// (a match in June, a budget in November, a festival in between), not one event that
/// outlets got wrong: more than `date_max_values` distinct dates, and either none of them
/// written by two articles or not all at one precision (a day, a month, a range). Many
/// outlets' slips of one day all say a day, and the right one is written by several.
fn chained(claims: &[Claim], involved: &BTreeSet<usize>, rules: &Rules) -> bool {
    let value = |c: &Claim| c.date().and_then(|d| d.value);
    let by_value = articles_by_value(claims, involved, |c| {
        value(c).map(|v| v.display()).unwrap_or_default()
    });
    let precisions: BTreeSet<(bool, Unit)> = involved
        .iter()
        .filter_map(|&i| value(&claims[i]))
        .map(|v| (v.to.is_some(), v.precision()))
        .collect();
    if by_value.len() <= rules.settings.date_max_values {
        return false;
    }
    let corroborated = by_value.values().any(|articles| articles.len() >= 2);
    !corroborated || precisions.len() > 1
}

/// With `wanted` (per event group), only the conflicts of the groups it says.
pub fn check(
    articles: &[Article],
    claims: &[Claim],
    entities: &Entities,
    events: &Events,
    rules: &Rules,
    wanted: Option<&[bool]>,
) -> Vec<Conflict> {
    let linked = events.neighbours_in(wanted);
    let mut pairs_of: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for (a, b) in events.links() {
        if wanted.is_some_and(|w| !events.in_groups(a, w)) {
            continue;
        }
        let (Some(x), Some(y)) = (
            claims[a].date().and_then(|d| d.value),
            claims[b].date().and_then(|d| d.value),
        ) else {
            continue;
        };
        // At the precision both give: the days each may mean must overlap.
        if x.start() <= y.end() && y.start() <= x.end() {
            continue;
        }
        if far_apart(&x, &y, rules.settings.date_near_days) {
            continue;
        }
        if relative_pair(&claims[a], &claims[b]) {
            continue;
        }
        // One article tells a sequence of events in the same words (a cum date and an ex
        // date, two cyclones "terpantau pertama kali", the birth years of three people):
        // shared words do not make two of its dates one event. Its slips (a day name wrong
        // for its date) are `weekday`'s.
        if claims[a].article == claims[b].article {
            continue;
        }
        if tells_apart(claims, &linked, a, b) || tells_apart(claims, &linked, b, a) {
            continue;
        }
        if let Some(g) = events.info[a].as_ref().and_then(|i| i.group) {
            pairs_of.entry(g).or_default().push((a, b));
        }
    }
    let mut out = Vec::new();
    for (g, pairs) in pairs_of {
        let involved: BTreeSet<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
        let value = |c: &Claim| {
            c.date()
                .and_then(|d| d.value)
                .map(|v| v.display())
                .unwrap_or_default()
        };
        if chained(claims, &involved, rules) {
            continue;
        }
        let list = ranked_values(claims, &involved, value);
        let role = Role::DateOf(EventId::of_group(g));
        let mut evidence = evidence(claims, involved.iter().copied(), value, |_| role.clone());
        evidence.sort_by_key(|e| (e.article, e.span.start));
        let (a, b) = pairs[0];
        let words = events.shared_words(claims, a, b);
        let who: Vec<String> = events.info[a]
            .iter()
            .flat_map(|i| i.subjects.iter())
            .filter(|g| {
                events.info[b]
                    .as_ref()
                    .is_some_and(|j| j.subjects.contains(g))
            })
            .map(|&g| entities.groups[g].name.clone())
            .collect();
        let subject = match (who.is_empty(), words.is_empty()) {
            (false, false) => format!("{} ({})", who.join(", "), words.join(", ")),
            (false, true) => who.join(", "),
            _ => words.join(", "),
        };
        // One outlet's articles, one date each, and nothing else to tell which is right
        // (no day name that does not fit, no figure slipped: those are the slips of
        // `weekday`): as often two editions of one series on two days (two days'
        // horoscopes, gold prices, matches). Across outlets it is two accounts of one event.
        let by_value = articles_by_value(claims, &involved, value);
        let corroborated = by_value
            .values()
            .any(|a| a.len() >= rules.settings.date_corroborating_articles);
        let outlets: BTreeSet<Option<String>> = by_value
            .values()
            .flatten()
            .map(|&a| articles[a].outlet.as_ref().map(|o| o.to_lowercase()))
            .collect();
        let series = !corroborated && outlets.len() == 1 && outlets.iter().all(Option::is_some);
        out.push(Conflict {
            kind: Kind::Date,
            severity: if series {
                Severity::Info
            } else {
                rules.severity(Kind::Date)
            },
            subject,
            message: format!("one event given different dates: {list}").into(),
            stories: Vec::new(),
            evidence,
        });
    }
    out
}

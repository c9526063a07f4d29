//! `count` and `count-update`: one quantity given numbers that cannot both be true, for the
//! same time (a conflict) or for different days (an update, reported as info).

use std::collections::{BTreeMap, BTreeSet};

use super::events::Events;
use super::scope;
use crate::article::Article;
use crate::claim::Claim;
use crate::conflict::{Conflict, Evidence};
use crate::kinds::Kind;
use crate::rules::Rules;

pub fn check(
    articles: &[Article],
    claims: &[Claim],
    events: &Events,
    rules: &Rules,
) -> Vec<Conflict> {
    let tolerance = rules.settings.approximate_tolerance;
    let days = rules.settings.count_scope_days;
    // Disagreeing linked pairs per group: (same time, different times).
    let mut same: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    let mut later: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for &(a, b) in &events.links {
        let (Some(x), Some(y)) = (claims[a].count(), claims[b].count()) else {
            continue;
        };
        if x.value.agrees(&y.value, tolerance) {
            continue;
        }
        let Some(g) = events.info[a].as_ref().and_then(|i| i.group) else {
            continue;
        };
        if scope::overlaps(claims[a].time_scope, claims[b].time_scope, days) {
            same.entry(g).or_default().push((a, b));
        } else {
            later.entry(g).or_default().push((a, b));
        }
    }
    let mut out = Vec::new();
    for (g, pairs) in same {
        out.push(conflict(claims, events, rules, g, &pairs));
    }
    for (g, pairs) in later {
        out.push(update(articles, claims, events, rules, g, &pairs));
    }
    out
}

/// The subject of a count group: the counted noun and the words its claims share.
fn subject(claims: &[Claim], events: &Events, (a, b): (usize, usize)) -> String {
    let noun = claims[a].count().map_or("", |c| c.noun.as_str());
    let words = events.shared_words(claims, a, b);
    if words.is_empty() {
        noun.to_string()
    } else {
        format!("{noun} ({})", words.join(", "))
    }
}

fn conflict(
    claims: &[Claim],
    events: &Events,
    rules: &Rules,
    g: usize,
    pairs: &[(usize, usize)],
) -> Conflict {
    let involved: BTreeSet<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    let list = ranked_values(claims, &involved, |c| c.value().unwrap_or_default());
    let one_article = involved
        .iter()
        .map(|&i| claims[i].article)
        .collect::<BTreeSet<_>>()
        .len()
        == 1;
    let scope = if one_article {
        "one article gives two numbers for the same time"
    } else {
        "for the same time"
    };
    let role = format!("count ({})", events.groups[g].id);
    let mut evidence = evidence(
        claims,
        involved.iter().copied(),
        |c| c.value().unwrap_or_default(),
        |_| role.clone(),
    );
    evidence.sort_by_key(|e| (e.article, e.span.start));
    Conflict {
        kind: Kind::Count,
        severity: rules.severity(Kind::Count),
        subject: subject(claims, events, pairs[0]),
        message: format!("one quantity counted differently: {list}; {scope}"),
        evidence,
    }
}

fn update(
    articles: &[Article],
    claims: &[Claim],
    events: &Events,
    rules: &Rules,
    g: usize,
    pairs: &[(usize, usize)],
) -> Conflict {
    let involved: BTreeSet<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    let when = |i: usize| claims[i].time_scope.map(|s| s.0);
    let mut order: Vec<usize> = involved.iter().copied().collect();
    order.sort_by_key(|&i| (when(i), claims[i].article, claims[i].span.start));
    // One entry per (day, value), in time order.
    let mut steps: Vec<String> = Vec::new();
    for &i in &order {
        let c = &claims[i];
        let day = when(i).map_or("an unknown day".to_string(), |d| d.to_string());
        let published = articles[c.article]
            .published
            .map_or("no publication date".to_string(), |p| {
                format!("published {p}")
            });
        let step = format!(
            "{} as of {day} ({}, {published})",
            c.value().unwrap_or_default(),
            articles[c.article].id
        );
        if !steps.contains(&step) {
            steps.push(step);
        }
    }
    let first = claims[order[0]].count().map(|c| c.value.value);
    let last = claims[order[order.len() - 1]]
        .count()
        .map(|c| c.value.value);
    let verb = match (first, last) {
        (Some(a), Some(b)) if b > a => "rose",
        (Some(a), Some(b)) if b < a => "fell",
        _ => "changed",
    };
    let day = |c: &Claim| c.time_scope.map_or("?".to_string(), |s| s.0.to_string());
    // In time order.
    let evidence = evidence(
        claims,
        order.iter().copied(),
        |c| c.value().unwrap_or_default(),
        |c| format!("count as of {}", day(c)),
    );
    Conflict {
        kind: Kind::CountUpdate,
        severity: rules.severity(Kind::CountUpdate),
        subject: subject(claims, events, pairs[0]),
        message: format!(
            "the count {verb} between days: {} ({}); check that the latest figure is used",
            steps.join(", then "),
            events.groups[g].id
        ),
        evidence,
    }
}

/// `v1 (3 articles) vs v2 (1 article)`: the values of the claims, most-given first.
pub(super) fn ranked_values(
    claims: &[Claim],
    involved: &BTreeSet<usize>,
    value: impl Fn(&Claim) -> String,
) -> String {
    let mut by_value: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for &i in involved {
        by_value
            .entry(value(&claims[i]))
            .or_default()
            .insert(claims[i].article);
    }
    let mut ranked: Vec<(String, usize)> =
        by_value.into_iter().map(|(v, a)| (v, a.len())).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked
        .iter()
        .map(|(v, n)| format!("{v} ({n} {})", articles_word(*n)))
        .collect::<Vec<_>>()
        .join(" vs ")
}

/// One evidence item per claim, in the order given.
pub(super) fn evidence(
    claims: &[Claim],
    involved: impl IntoIterator<Item = usize>,
    value: impl Fn(&Claim) -> String,
    role: impl Fn(&Claim) -> String,
) -> Vec<Evidence> {
    involved
        .into_iter()
        .map(|i| {
            let c = &claims[i];
            Evidence {
                article: c.article,
                span: c.span,
                text: c.text.clone(),
                value: value(c),
                role: role(c),
            }
        })
        .collect()
}

fn articles_word(n: usize) -> &'static str {
    if n == 1 {
        "article"
    } else {
        "articles"
    }
}

//! Ages (reported as `count`): one person given ages that cannot both be right.
//!
//! The ages of one person (an entity group: one name, however spelt) are compared within
//! an article and between articles of one story (an age is no reason to think two people
//! of one name in unrelated reports are one). A person ages one year a year: two ages
//! dated `d` days apart agree when the later is the earlier plus 0 up to `d / 365` years,
//! rounded up once the two are more than `scope_tolerance_days` apart (a birthday between).
//! So "Papadakis, 54" and "Papadakis, 45" of one week disagree; 45 in June 2024 and 46 in
//! June 2025 agree.

use std::collections::{BTreeMap, BTreeSet};

use super::entities::Entities;
use crate::claim::{Attribute, Claim};
use crate::conflict::{Conflict, Evidence};
use crate::kinds::Kind;
use crate::rules::Rules;
use crate::stories::Stories;

/// The age conflicts among `claims`.
pub fn check(
    claims: &[Claim],
    entities: &Entities,
    stories: &Stories,
    rules: &Rules,
) -> Vec<Conflict> {
    let mut by_person: BTreeMap<usize, Vec<(&Claim, u32)>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.attribute != Attribute::Age {
            continue;
        }
        let (Some(g), Some(years)) = (
            entities.group_of[i],
            c.entity().and_then(|e| e.value.parse().ok()),
        ) else {
            continue;
        };
        by_person.entry(g).or_default().push((c, years));
    }
    let tol = rules.settings.scope_tolerance_days as i64;
    let story = |a: usize| stories.of_article.get(a).copied().flatten();
    let together = |a: usize, b: usize| {
        a == b || (story(a).is_some() && story(a) == story(b) && stories.related(a, b, None))
    };
    let mut out = Vec::new();
    for (g, ages) in &by_person {
        let mut chosen: BTreeSet<usize> = BTreeSet::new();
        for (x, &(a, ya)) in ages.iter().enumerate() {
            for (y, &(b, yb)) in ages.iter().enumerate().skip(x + 1) {
                if ya != yb && together(a.article, b.article) && !aged(a, ya, b, yb, tol) {
                    chosen.insert(x);
                    chosen.insert(y);
                }
            }
        }
        if chosen.is_empty() {
            continue;
        }
        let list: Vec<(&Claim, u32)> = chosen.iter().map(|&k| ages[k]).collect();
        let person = &entities.groups[*g].name;
        out.push(Conflict {
            kind: Kind::Count,
            severity: rules.severity(Kind::Count),
            subject: person.clone(),
            message: format!(
                "{person} is given different ages: {}; a person's age changes only with a \
                 birthday",
                tally(&list)
            ),
            stories: Vec::new(),
            evidence: evidence(&list),
        });
    }
    out
}

/// Whether two different ages of one person fit the time between them: the later is the
/// earlier plus at most the years between (any part of a year counting as one once the two
/// are more than `tol` days apart).
fn aged(a: &Claim, ya: u32, b: &Claim, yb: u32, tol: i64) -> bool {
    let (Some(sa), Some(sb)) = (a.time_scope, b.time_scope) else {
        return false;
    };
    let ((early, ye), (late, yl)) = if sa.0 <= sb.0 {
        ((sa, ya), (sb, yb))
    } else {
        ((sb, yb), (sa, ya))
    };
    let days = (late.1 - early.0).num_days();
    let years = if days > tol { (days + 364) / 365 } else { 0 };
    yl >= ye && i64::from(yl - ye) <= years
}

/// "54 (1 article) and 45 (2 articles)", most articles first.
fn tally(list: &[(&Claim, u32)]) -> String {
    let mut by_age: BTreeMap<u32, BTreeSet<usize>> = BTreeMap::new();
    for (c, y) in list {
        by_age.entry(*y).or_default().insert(c.article);
    }
    let mut ranked: Vec<(u32, usize)> = by_age.iter().map(|(y, a)| (*y, a.len())).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
        .iter()
        .map(|(y, n)| format!("{y} ({n} article{})", if *n == 1 { "" } else { "s" }))
        .collect::<Vec<_>>()
        .join(" and ")
}

fn evidence(list: &[(&Claim, u32)]) -> Vec<Evidence> {
    let mut ev: Vec<Evidence> = list
        .iter()
        .map(|(c, y)| Evidence {
            article: c.article,
            span: c.span,
            text: c.text.clone(),
            value: y.to_string(),
            role: format!("age {y}"),
        })
        .collect();
    ev.sort_by_key(|e| (e.article, e.span.start));
    ev.dedup_by_key(|e| (e.article, e.span.start));
    ev
}

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

use super::count::{evidence, ranked_values};
use super::entities::Entities;
use crate::claim::{Attribute, Claim};
use crate::conflict::{Conflict, Role};
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
    // Per person: (claim index, years).
    let mut by_person: BTreeMap<usize, Vec<(usize, u32)>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.attribute != Attribute::Age {
            continue;
        }
        if let (Some(g), Some(years)) = (entities.group_of[i], years(c)) {
            by_person.entry(g).or_default().push((i, years));
        }
    }
    let tol = rules.settings.scope_tolerance_days as i64;
    let mut out = Vec::new();
    for (g, ages) in &by_person {
        let mut involved: BTreeSet<usize> = BTreeSet::new();
        for (x, &(a, ya)) in ages.iter().enumerate() {
            for &(b, yb) in &ages[x + 1..] {
                let (ca, cb) = (&claims[a], &claims[b]);
                if ya != yb
                    && stories.together(ca.article, cb.article)
                    && !aged(ca, ya, cb, yb, tol)
                {
                    involved.extend([a, b]);
                }
            }
        }
        if involved.is_empty() {
            continue;
        }
        let value = |c: &Claim| years(c).map(|y| y.to_string()).unwrap_or_default();
        let person = &entities.groups[*g].name;
        // Every claim involved gives its years (`by_person` holds no other).
        let mut evidence = evidence(claims, involved.iter().copied(), value, |c| {
            Role::Age(years(c).unwrap_or_default())
        });
        evidence.sort_by_key(|e| (e.article, e.span.start));
        out.push(Conflict {
            kind: Kind::Count,
            severity: rules.severity(Kind::Count),
            subject: person.clone(),
            message: format!(
                "{person} is given different ages: {}; a person's age changes only with a \
                 birthday",
                ranked_values(claims, &involved, value)
            )
            .into(),
            stories: Vec::new(),
            evidence,
        });
    }
    out
}

/// The years of an age claim.
fn years(c: &Claim) -> Option<u32> {
    c.entity()?.value.parse().ok()
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

//! `affiliation`: one person placed at two different institutions of one exclusive
//! category (`exclusive_affiliations`) in the same time scope.

use std::collections::{BTreeMap, BTreeSet};

use super::entities::Entities;
use super::scope::{clashing, Scope};
use crate::claim::{Attribute, Claim};
use crate::conflict::{Conflict, Evidence, Role};
use crate::kinds::Kind;
use crate::rules::{EntityRules, Rules};

pub fn check(claims: &[Claim], entities: &Entities, rules: &Rules) -> Vec<Conflict> {
    // (person group, category) -> [(institution group, claim)]
    let mut by_person: BTreeMap<(usize, String), Vec<(usize, &Claim)>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.attribute != Attribute::Affiliation {
            continue;
        }
        let (Some(e), Some(g)) = (c.entity(), entities.group_of[i]) else {
            continue;
        };
        let Some(org) = e.org.and_then(|o| entities.group_of[o]) else {
            continue;
        };
        let Some(category) = category(&e.value, &rules.entities) else {
            continue;
        };
        if rules.entities.exclusive_affiliations.contains(category) {
            by_person
                .entry((g, category.to_string()))
                .or_default()
                .push((org, c));
        }
    }
    let tol = rules.settings.scope_tolerance_days;
    let mut out = Vec::new();
    for ((g, _), list) in &by_person {
        let keyed: Vec<(usize, Scope)> = list.iter().map(|(o, c)| (*o, c.time_scope)).collect();
        let clash = clashing(&keyed, tol);
        if clash.is_empty() {
            continue;
        }
        let person = &entities.groups[*g].name;
        let mut by_org: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
        let mut evidence = Vec::new();
        for &x in &clash {
            let (org, c) = list[x];
            let name = entities.groups[org].name.as_str();
            by_org.entry(name).or_default().insert(c.article);
            let role = Role::PlacedAt {
                person: person.clone(),
            };
            evidence.push(Evidence::of_claim_ref(claims, c, name.to_string(), role));
        }
        evidence.sort_by_key(|e| (e.article, e.span.start));
        let places = by_org
            .iter()
            .map(|(o, a)| {
                let n = a.len();
                format!("{o} ({n} article{})", if n == 1 { "" } else { "s" })
            })
            .collect::<Vec<_>>()
            .join(" and ");
        out.push(Conflict {
            kind: Kind::Affiliation,
            severity: rules.severity(Kind::Affiliation),
            subject: person.clone(),
            message: format!("{person} is placed at {places} at the same time").into(),
            stories: Vec::new(),
            evidence,
        });
    }
    out
}

/// The category of an institution from the canonical head word its key starts with.
fn category<'r>(key: &str, rules: &'r EntityRules) -> Option<&'r str> {
    let head = key.split(' ').next()?;
    rules
        .institution_list
        .iter()
        .find(|i| i.head == head)
        .map(|i| i.category.as_str())
}

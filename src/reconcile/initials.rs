//! `spelling` of initials: one of the people of a list named by initials written two ways
//! ("pelaku berinisial UJ dan SH" in one report, "UJ dan SJ" in another quoting the same
//! officer).
//!
//! Initials one letter apart are two people as often as one, so two lists are one group
//! written two ways only when everything else says so:
//! - they are of two articles of one story that are related ([`Stories::together`]);
//! - they have as many items, all but one in common, and the odd two have as many letters
//!   and differ in one (an initial alone, "AR" and "AS", is too weak: nothing else ties
//!   the two);
//! - one of them is cued ("berinisial", "tersangka"): a list with no cue may be acronyms;
//! - they are not said to be of two roles (suspects and their victims);
//! - and no article of the story writes both odd initials (two people).

use std::collections::{BTreeMap, BTreeSet};

use super::spelling::{evidence, rank, severity, summary, usual_text};
use crate::claim::{Claim, InitialsDetail};
use crate::conflict::{Conflict, Role};
use crate::index::keys::initials_keys;
use crate::kinds::Kind;
use crate::rules::Rules;
use crate::stories::Stories;

/// The claims of the forms of one list: form (its items sorted) → its claims.
type Forms<'c> = BTreeMap<&'c str, Vec<&'c Claim>>;

pub fn check(claims: &[Claim], stories: &Stories, rules: &Rules) -> Vec<Conflict> {
    let lists: Vec<(&Claim, &InitialsDetail, String)> = claims
        .iter()
        .filter_map(|c| c.initials().map(|d| (c, d, form(d))))
        .collect();
    if lists.len() < 2 {
        return Vec::new();
    }
    // The initials each article writes in its lists.
    let mut named: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    for (c, d, _) in &lists {
        named
            .entry(c.article)
            .or_default()
            .extend(d.items.iter().map(String::as_str));
    }
    // Lists one letter apart share a key: only those are compared.
    let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (x, (_, d, _)) in lists.iter().enumerate() {
        for key in initials_keys(d) {
            by_key.entry(key).or_default().push(x);
        }
    }
    let candidates: BTreeSet<(usize, usize)> = by_key
        .values()
        .flat_map(|xs| {
            xs.iter()
                .enumerate()
                .flat_map(move |(i, &x)| xs[i + 1..].iter().map(move |&y| (x, y)))
        })
        .collect();
    // Pairs of forms → the articles that write them.
    let mut pairs: BTreeMap<(&str, &str), BTreeSet<usize>> = BTreeMap::new();
    for (x, y) in candidates {
        let ((ca, da, fa), (cb, db, fb)) = (&lists[x], &lists[y]);
        if ca.article == cb.article
            || !(da.cued || db.cued)
            || (!da.role.is_empty() && !db.role.is_empty() && da.role != db.role)
            || !stories.together(ca.article, cb.article)
        {
            continue;
        }
        let Some((p, q)) = odd_pair(&da.items, &db.items) else {
            continue;
        };
        let two_people = named.iter().any(|(&a, items)| {
            items.contains(p)
                && items.contains(q)
                && (stories.together(a, ca.article) || stories.together(a, cb.article))
        });
        if two_people {
            continue;
        }
        let key = if fa <= fb {
            (fa.as_str(), fb.as_str())
        } else {
            (fb.as_str(), fa.as_str())
        };
        pairs
            .entry(key)
            .or_default()
            .extend([ca.article, cb.article]);
    }
    let mut out = Vec::new();
    for ((fx, fy), articles) in &pairs {
        let mut forms: Forms = BTreeMap::new();
        for (c, _, f) in &lists {
            if (f == fx || f == fy) && articles.contains(&c.article) {
                forms.entry(f.as_str()).or_default().push(c);
            }
        }
        out.push(conflict(claims, &forms, rules));
    }
    out
}

/// A list's form: its items sorted, so that the order they are written in does not count.
fn form(d: &InitialsDetail) -> String {
    let mut items = d.items.clone();
    items.sort();
    items.join(" ")
}

/// The one item of `xs` and the one of `ys` that differ when the lists are as long, have
/// all other items in common, and the two differ in one letter of as many.
fn odd_pair<'a>(xs: &'a [String], ys: &'a [String]) -> Option<(&'a str, &'a str)> {
    if xs.len() != ys.len() || xs.len() < 2 {
        return None;
    }
    let left = |a: &'a [String], b: &'a [String]| -> Vec<&'a str> {
        let mut rest: Vec<&str> = b.iter().map(String::as_str).collect();
        a.iter()
            .filter(|x| match rest.iter().position(|y| y == x) {
                Some(k) => {
                    rest.remove(k);
                    false
                }
                None => true,
            })
            .map(String::as_str)
            .collect()
    };
    let (px, py) = (left(xs, ys), left(ys, xs));
    let (&[p], &[q]) = (px.as_slice(), py.as_slice()) else {
        return None;
    };
    let differing = p.chars().zip(q.chars()).filter(|(a, b)| a != b).count();
    (p.len() == q.len() && differing == 1).then_some((p, q))
}

/// The conflict of one pair of forms (of `claims`, the run's claims).
fn conflict(claims: &[Claim], forms: &Forms, rules: &Rules) -> Conflict {
    let ranked = rank(forms, usual_text);
    let (list, verdict, strong) = summary(&ranked, forms, "form", rules);
    Conflict {
        kind: Kind::Spelling,
        severity: severity(strong, rules),
        subject: ranked[0].2.clone(),
        message: format!("one of the initials written two ways: {list}; {verdict}").into(),
        stories: Vec::new(),
        evidence: evidence(claims, &ranked, forms, |articles| Role::FormOf { articles }),
    }
}

#[cfg(test)]
mod tests {
    use super::odd_pair;

    fn pair(xs: &[&str], ys: &[&str]) -> Option<(String, String)> {
        let xs: Vec<String> = xs.iter().map(|s| s.to_string()).collect();
        let ys: Vec<String> = ys.iter().map(|s| s.to_string()).collect();
        odd_pair(&xs, &ys).map(|(p, q)| (p.to_string(), q.to_string()))
    }

    #[test]
    fn one_item_one_letter_apart() {
        assert_eq!(
            pair(&["QJ", "WH"], &["QJ", "WJ"]),
            Some(("WH".into(), "WJ".into()))
        );
        assert_eq!(
            pair(&["BQ", "TX", "FZ"], &["TX", "BQ", "FY"]),
            Some(("FZ".into(), "FY".into()))
        );
        // Traps: lists of different length; two items differing; an item two letters off;
        // an item a letter longer; one initial alone; the same list.
        assert_eq!(pair(&["QJ", "WH"], &["QJ", "WJ", "ZK"]), None);
        assert_eq!(pair(&["QJ", "WH"], &["QK", "WJ"]), None);
        assert_eq!(pair(&["QJ", "WH"], &["QJ", "XK"]), None);
        assert_eq!(pair(&["QJ", "WH"], &["QJ", "WHA"]), None);
        assert_eq!(pair(&["QR"], &["QS"]), None);
        assert_eq!(pair(&["QJ", "WH"], &["WH", "QJ"]), None);
    }
}

//! `spelling` of identifiers: one flight, train, document, ship or vehicle written with two
//! numbers a digit apart ("GA-402" in three articles, "GA-420" in one; "PP 24/2021" and "PP
//! 42/2021"; "KRI Nanggala-402" and "KRI Nanggala-420"; plates "B 2829 UIL" and "B 2828
//! UIL").
//!
//! A changed digit makes another identifier as often as it makes a typo, so two numbers are
//! one identifier written two ways only when the context says so:
//! - they share what the number belongs to (the code's letters, the document's type, the
//!   ship's name, the plate's region and letters) and are one edit apart (a digit changed,
//!   added, dropped, or two swapped);
//! - no article writes both (an article that names flights IU-356 and IU-357 shows they
//!   are two), unless letters around the number say which one it is (a ship's name, a
//!   plate's region and letters: [`IdentifierDetail::pinned`]), and then not side by
//!   side in one sentence (a list of a fleet's cars);
//! - the articles are of one story and related (see [`Stories::related`]);
//! - and the evidence says which is meant: the number is pinned by its letters, or two
//!   documents say what they are about in words in common, or (codes, not documents) more
//!   articles write one number than the other.

use std::collections::{BTreeMap, BTreeSet};

use super::spelling::{evidence, rank, severity, summary, usual_text};
use crate::claim::{Claim, IdentifierDetail};
use crate::conflict::{Conflict, Role};
use crate::kinds::Kind;
use crate::rules::Rules;
use crate::stories::Stories;

/// The claims of one identifier's forms: number → its claims.
type Forms<'c> = BTreeMap<&'c str, Vec<&'c Claim>>;

pub fn check(claims: &[Claim], stories: &Stories, rules: &Rules) -> Vec<Conflict> {
    // (kind, prefix, suffix) → number → claims.
    let mut by_prefix: BTreeMap<(&str, &str, &str), Forms> = BTreeMap::new();
    for c in claims {
        if let Some(d) = c.identifier() {
            by_prefix
                .entry((&d.kind, &d.prefix, &d.suffix))
                .or_default()
                .entry(&d.number)
                .or_default()
                .push(c);
        }
    }
    let mut out = Vec::new();
    for ((kind, _, _), forms) in &by_prefix {
        if forms.len() < 2 {
            continue;
        }
        for component in components(forms, stories) {
            out.push(conflict(claims, kind, forms, &component, rules));
        }
    }
    out
}

/// The articles that write a form.
fn articles(cs: &[&Claim]) -> BTreeSet<usize> {
    cs.iter().map(|c| c.article).collect()
}

/// The sets of forms (numbers) that are one identifier written several ways, each sorted.
fn components<'c>(forms: &Forms<'c>, stories: &Stories) -> Vec<Vec<&'c str>> {
    let numbers: Vec<&str> = forms.keys().copied().collect();
    let mut parent: Vec<usize> = (0..numbers.len()).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut joined = false;
    for x in 0..numbers.len() {
        for y in x + 1..numbers.len() {
            if one_identifier(
                &forms[numbers[x]],
                &forms[numbers[y]],
                numbers[x],
                numbers[y],
                stories,
            ) {
                let (a, b) = (root(&mut parent, x), root(&mut parent, y));
                parent[a.max(b)] = a.min(b);
                joined = true;
            }
        }
    }
    if !joined {
        return Vec::new();
    }
    let mut sets: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for (x, n) in numbers.iter().enumerate() {
        sets.entry(root(&mut parent, x)).or_default().push(n);
    }
    sets.into_values().filter(|s| s.len() >= 2).collect()
}

/// Whether two forms are one identifier written two ways (see the module doc).
fn one_identifier(xs: &[&Claim], ys: &[&Claim], x: &str, y: &str, stories: &Stories) -> bool {
    if strsim::damerau_levenshtein(x, y) != 1 {
        return false;
    }
    let named = xs
        .iter()
        .chain(ys)
        .any(|c| c.identifier().is_some_and(IdentifierDetail::pinned));
    let (ax, ay) = (articles(xs), articles(ys));
    if !named && !ax.is_disjoint(&ay) {
        return false;
    }
    // Even then, two numbers in one sentence are a list of two ("B 1234 ABC dan B 1235
    // ABC": a fleet's cars, numbered in a row).
    let near = |x: &Claim, y: &Claim| {
        let (a, b) = (&x.context.span, &y.context.span);
        x.article == y.article && a.start < b.end && b.start < a.end
    };
    if xs.iter().any(|x| ys.iter().any(|y| near(x, y))) {
        return false;
    }
    // One story: a document one digit from another cited in an unrelated report (two
    // laws of 1951, one on weapons, one on the stock exchange) is another document.
    if !ax
        .iter()
        .any(|&a| ay.iter().any(|&b| stories.together(a, b)))
    {
        return false;
    }
    let about = |cs: &[&Claim]| -> BTreeSet<String> {
        cs.iter()
            .filter_map(|c| c.identifier())
            .flat_map(|d| d.about.iter().cloned())
            .collect()
    };
    let (bx, by) = (about(xs), about(ys));
    let agree = !bx.is_empty() && !by.is_empty() && !bx.is_disjoint(&by);
    let differ = !bx.is_empty() && !by.is_empty() && bx.is_disjoint(&by);
    if differ {
        return false;
    }
    // A document's number (groups joined by "/": "35/2009") one digit from another is
    // another document as often as a slip (UU 32/2009 on the environment, UU 35/2009 on
    // narcotics): only their words about what they are say it is one; how many articles
    // write each says nothing.
    let document = x.contains('/') || y.contains('/');
    named || agree || (!document && ax.len() != ay.len())
}

/// The conflict of one set of forms (of `claims`, the run's claims).
fn conflict(
    claims: &[Claim],
    kind: &str,
    forms: &Forms,
    numbers: &[&str],
    rules: &Rules,
) -> Conflict {
    let of_set: Forms = numbers.iter().map(|n| (*n, forms[n].clone())).collect();
    let ranked = rank(&of_set, usual_text);
    let (list, verdict, strong) = summary(&ranked, &of_set, "number", rules);
    Conflict {
        kind: Kind::Spelling,
        severity: severity(strong, rules),
        subject: ranked[0].2.clone(),
        message: format!(
            "one {kind} written with {} numbers: {list}; {verdict}",
            ranked.len()
        )
        .into(),
        stories: Vec::new(),
        evidence: evidence(claims, &ranked, &of_set, |articles| Role::NumberOf {
            articles,
        }),
    }
}

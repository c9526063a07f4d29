//! `title`: one person given incompatible titles or roles in the same time scope.
//!
//! Two kinds of incompatibility, both rule data: two different titles of one `exclusive`
//! group (`Menteri Luar Negeri` and `Menteri Perdagangan`), and a title of one class where
//! other sources give the person only a title of an incompatible class
//! (`title_rules.incompatible_classes`: a military rank for a civilian minister).

use std::collections::{BTreeMap, BTreeSet};

use super::entities::Entities;
use super::scope::{clashing, overlaps, Scope};
use crate::claim::{Attribute, Claim};
use crate::conflict::{Conflict, Evidence, Role};
use crate::kinds::Kind;
use crate::rules::{EntityRules, Rules};
use crate::stories::Stories;
use crate::text::phrase_tokens;

pub fn check(
    claims: &[Claim],
    entities: &Entities,
    stories: &Stories,
    rules: &Rules,
) -> Vec<Conflict> {
    let mut by_person: BTreeMap<usize, Vec<(usize, &Claim, usize)>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.attribute != Attribute::Title {
            continue;
        }
        let (Some(e), Some(g)) = (c.entity(), entities.group_of[i]) else {
            continue;
        };
        if let (Some(t), false) = (e.title, e.former) {
            by_person.entry(g).or_default().push((i, c, t));
        }
    }
    // The name claims of the titled people, gathered once (the hint below reads them).
    let mut names_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let (Attribute::Name, Some(g)) = (c.attribute, entities.group_of[i]) {
            if by_person.contains_key(&g) {
                names_of.entry(g).or_default().push(i);
            }
        }
    }
    // The people each article names in two or more words, for the one-word mentions that
    // stand for one of them there.
    let mut fuller: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    for c in claims {
        if let (Attribute::Name, Some(e)) = (c.attribute, c.entity()) {
            if e.kind == crate::rules::EntityKind::Person && e.key.contains(' ') {
                fuller.entry(c.article).or_default().insert(e.key.as_str());
            }
        }
    }
    let tol = rules.settings.scope_tolerance_days;
    let mut out = Vec::new();
    for (g, list) in &by_person {
        let person = &entities.groups[*g].name;
        // Exclusive groups.
        let groups: BTreeSet<&String> = list
            .iter()
            .flat_map(|&(_, _, t)| rules.entities.title_list[t].exclusive.iter())
            .collect();
        for x in groups {
            let inside: Vec<&(usize, &Claim, usize)> = list
                .iter()
                .filter(|(_, _, t)| rules.entities.title_list[*t].exclusive.contains(x))
                .collect();
            // Titles clash only between mentions that write one name, fully or in part
            // ("AKBP Sumarni Putri", "AKP Sumarni"): a group joined through a near-miss
            // spelling ("Agus Priyanto" / "Agus Riyanto", "Sumardi" / "Sumarni") may be two
            // people, each with a title of their own.
            let mut clash: BTreeSet<usize> = BTreeSet::new();
            let families = name_families(&inside)
                .into_iter()
                .flat_map(|family| one_word_apart(&inside, family, stories, &fuller));
            for family in families {
                let keyed: Vec<(usize, Scope)> = family
                    .iter()
                    .map(|&k| (inside[k].2, inside[k].1.time_scope))
                    .collect();
                clash.extend(
                    clashing(&keyed, tol)
                        .into_iter()
                        .map(|k| inside[family[k]].0),
                );
            }
            if clash.is_empty() {
                continue;
            }
            // "Bupati Way Kanan" and "Wakil Bupati Way Kanan" in one article: offices held for
            // a place, with no place after them, followed by words never written but after
            // such a title, name the place, not a person given both.
            // With no place read between title and name: one read would be the place.
            let held_for_place = clash.iter().all(|&i| {
                claims[i].entity().is_some_and(|e| {
                    e.qualifier.is_none()
                        && e.title
                            .is_some_and(|t| rules.entities.title_list[t].jurisdiction)
                })
            });
            let names = names_of.get(g).map_or(&[][..], Vec::as_slice);
            // Named apart: with a cue of its own, not as a title's holder nor by a last word
            // alone ("Kanan" of "Pilkada Way Kanan").
            let named_apart = names.iter().any(|&n| {
                let c = &claims[n];
                let derived = c.entity().is_some_and(|e| {
                    matches!(e.cue, crate::claim::Cue::Title | crate::claim::Cue::Surname)
                });
                !derived
                    && !list.iter().any(|(_, t, _)| {
                        t.article == c.article
                            && t.span.start <= c.span.start
                            && c.span.end <= t.span.end
                    })
            });
            // ... and one article writes the words after two of the titles.
            let mut titles_in: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
            for &i in &clash {
                if let Some(t) = claims[i].entity().and_then(|e| e.title) {
                    titles_in.entry(claims[i].article).or_default().insert(t);
                }
            }
            let both_in_one = titles_in.values().any(|t| t.len() > 1);
            if held_for_place && both_in_one && !named_apart {
                continue;
            }
            let chosen: Vec<&Claim> = clash.iter().map(|&i| &claims[i]).collect();
            out.push(Conflict {
                kind: Kind::Title,
                severity: rules.severity(Kind::Title),
                subject: person.clone(),
                message: format!(
                    "{person} is called {}: one person holds one of these at a time",
                    tally(&chosen, &rules.entities)
                )
                .into(),
                stories: Vec::new(),
                evidence: evidence(claims, &chosen, &rules.entities),
            });
        }
        // Incompatible classes.
        for (ca, cb) in &rules.entities.incompatible_classes {
            let of_class = |class: &str| -> Vec<&(usize, &Claim, usize)> {
                list.iter()
                    .filter(|(_, c, t)| {
                        rules.entities.title_list[*t].class == class
                            && !c.entity().is_some_and(|e| e.retired)
                    })
                    .collect()
            };
            let (with_a, with_b) = (of_class(ca), of_class(cb));
            let articles_a: BTreeSet<usize> = with_a.iter().map(|(_, c, _)| c.article).collect();
            // Sources that give the second class and not the first.
            let scopes_a: BTreeSet<Scope> = with_a.iter().map(|(_, c, _)| c.time_scope).collect();
            let only_b: Vec<&(usize, &Claim, usize)> = with_b
                .iter()
                .copied()
                .filter(|(_, c, _)| !articles_a.contains(&c.article))
                .filter(|(_, c, _)| scopes_a.iter().any(|&a| overlaps(a, c.time_scope, tol)))
                .collect();
            if with_a.is_empty() || only_b.is_empty() {
                continue;
            }
            let mut chosen: Vec<&Claim> = with_a.iter().map(|(_, c, _)| *c).collect();
            chosen.extend(only_b.iter().map(|(_, c, _)| *c));
            let rank_titles: BTreeSet<usize> = with_a.iter().map(|&&(_, _, t)| t).collect();
            let names = names_of.get(g).map_or(&[][..], Vec::as_slice);
            let hint = given_name_hint(claims, names, &rank_titles, &rules.entities);
            let a_names: Vec<&str> = rank_titles
                .iter()
                .map(|&t| rules.entities.title_list[t].name.as_str())
                .collect();
            let b_names: BTreeSet<&str> = only_b
                .iter()
                .map(|&&(_, _, t)| rules.entities.title_list[t].name.as_str())
                .collect();
            out.push(Conflict {
                kind: Kind::Title,
                severity: rules.severity(Kind::Title),
                subject: person.clone(),
                message: format!(
                    "{person} is called {} ({ca}) in {} and only {} ({cb}) in {}{hint}",
                    a_names.join(", "),
                    count_articles(&with_a),
                    b_names.into_iter().collect::<Vec<_>>().join(", "),
                    count_articles(&only_b),
                )
                .into(),
                stories: Vec::new(),
                evidence: evidence(claims, &chosen, &rules.entities),
            });
        }
    }
    out
}

/// A family of mentions split where a name of one word joins it: a one-word name is too
/// common to be one person across unrelated reports. The mentions of articles that write
/// a fuller name of the family, or tell of one thing with one that does
/// ([`Stories::together`]), stay one family; the other one-word mentions ("AKBP Agus",
/// "Irjen Agus") are split into those of articles that tell of one thing, joined in chains.
///
/// A one-word mention in an article that names one person of the family's word in full
/// under another name ("Kombes Eko Prasetyo", then "Kombes Eko", where the run knows many an
/// "Eko ...") is that person, no other article's "Iptu Eko": the mentions of each such
/// fuller name (`fuller`: the people each article names in two or more words) are a part of
/// their own.
fn one_word_apart(
    inside: &[&(usize, &Claim, usize)],
    family: Vec<usize>,
    stories: &Stories,
    fuller: &BTreeMap<usize, BTreeSet<&str>>,
) -> Vec<Vec<usize>> {
    let one_word = |k: usize| inside[k].1.entity().is_some_and(|e| !e.key.contains(' '));
    let article = |k: usize| inside[k].1.article;
    let key = |k: usize| inside[k].1.entity().map_or("", |e| e.key.as_str());
    let family_keys: BTreeSet<&str> = family.iter().map(|&k| key(k)).collect();
    // The one fuller name of its article a one-word mention stands for, outside the family.
    let stands_for = |k: usize| -> Option<&str> {
        if !one_word(k) {
            return None;
        }
        let word = key(k);
        let mut names = fuller.get(&article(k))?.iter().copied().filter(|name| {
            let mut words = name.split(' ');
            words.next() == Some(word) || name.rsplit(' ').next() == Some(word)
        });
        let name = names.next()?;
        (names.next().is_none() && !family_keys.contains(name)).then_some(name)
    };
    let mut elsewhere: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let family: Vec<usize> = family
        .into_iter()
        .filter(|&k| match stands_for(k) {
            Some(name) => {
                elsewhere.entry(name).or_default().push(k);
                false
            }
            None => true,
        })
        .collect();
    // A mention of one word belongs with the fuller name in an article that writes the
    // fuller name, or tells of one thing with one that does ("AKBP Hendrix Kusuma
    // Wardhana" of one report is no "Kompol Hendrix" of an unrelated one).
    let full: BTreeSet<usize> = family
        .iter()
        .filter(|&&k| !one_word(k))
        .map(|&k| article(k))
        .collect();
    let (kept, alone): (Vec<usize>, Vec<usize>) = family.into_iter().partition(|&k| {
        full.contains(&article(k)) || full.iter().any(|&f| stories.together(f, article(k)))
    });
    let mut out = Vec::new();
    if !kept.is_empty() {
        out.push(kept);
    }
    // The rest, split into the mentions of articles that tell of one thing, joined in
    // chains.
    let mut part: Vec<usize> = (0..alone.len()).collect();
    for a in 0..alone.len() {
        for b in 0..a {
            if part[a] != part[b] && stories.together(article(alone[a]), article(alone[b])) {
                let (from, to) = (part[a], part[b]);
                part.iter_mut()
                    .filter(|p| **p == from)
                    .for_each(|p| *p = to);
            }
        }
    }
    let mut parts: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (k, p) in part.into_iter().enumerate() {
        parts.entry(p).or_default().push(alone[k]);
    }
    out.extend(parts.into_values());
    out.extend(elsewhere.into_values());
    out
}

/// The title claims of one person grouped by the name they write: for each key no other
/// key contains, the claims whose key's words are all in it (indices into `inside`). A
/// surname mention belongs to every full name it is part of; a near-miss spelling to none
/// but its own.
fn name_families(inside: &[&(usize, &Claim, usize)]) -> Vec<Vec<usize>> {
    let keys: Vec<BTreeSet<&str>> = inside
        .iter()
        .map(|x| {
            x.1.entity()
                .map(|e| e.key.split(' ').collect())
                .unwrap_or_default()
        })
        .collect();
    let mut fullest: Vec<&BTreeSet<&str>> = keys
        .iter()
        .filter(|k| !keys.iter().any(|o| o.len() > k.len() && o.is_superset(k)))
        .collect();
    fullest.sort();
    fullest.dedup();
    fullest
        .into_iter()
        .map(|full| {
            (0..keys.len())
                .filter(|&k| keys[k].is_subset(full))
                .collect()
        })
        .collect()
}

/// "; elsewhere \"Gen\" is his given name, a form of Jenderal": a rank read from a given
/// name that is also the rank's abbreviation.
fn given_name_hint(
    claims: &[Claim],
    names: &[usize],
    ranks: &BTreeSet<usize>,
    rules: &EntityRules,
) -> String {
    for &i in names {
        let c = &claims[i];
        let Some(first) = c.text.split_whitespace().next() else {
            continue;
        };
        if c.text.split_whitespace().count() < 2 {
            continue;
        }
        let mut toks = phrase_tokens(first);
        toks.push(".".into());
        if let Some(t) = rules.titles.get(&toks).filter(|t| ranks.contains(t)) {
            return format!(
                "; elsewhere \"{first}\" is the given name (\"{}\"), and \"{first}.\" abbreviates {}",
                c.text, rules.title_list[*t].name
            );
        }
    }
    String::new()
}

fn count_articles(list: &[&(usize, &Claim, usize)]) -> String {
    let n = list
        .iter()
        .map(|(_, c, _)| c.article)
        .collect::<BTreeSet<_>>()
        .len();
    if n == 1 {
        "1 article".into()
    } else {
        format!("{n} articles")
    }
}

/// "Menteri Luar Negeri (2 articles) and Menteri Perdagangan (1 article)".
fn tally(chosen: &[&Claim], rules: &EntityRules) -> String {
    let mut by_title: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for c in chosen {
        if let Some(t) = c.entity().and_then(|e| e.title) {
            by_title
                .entry(&rules.title_list[t].name)
                .or_default()
                .insert(c.article);
        }
    }
    by_title
        .iter()
        .map(|(t, a)| {
            let n = a.len();
            format!("{t} ({n} article{})", if n == 1 { "" } else { "s" })
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

fn evidence(claims: &[Claim], chosen: &[&Claim], rules: &EntityRules) -> Vec<Evidence> {
    let mut ev: Vec<Evidence> = chosen
        .iter()
        .map(|c| {
            let title = c
                .entity()
                .and_then(|e| e.title)
                .map(|t| rules.title_list[t].name.clone())
                .unwrap_or_default();
            Evidence::of_claim_ref(claims, c, title.clone(), Role::Title(title))
        })
        .collect();
    ev.sort_by_key(|e| (e.article, e.span.start));
    ev.dedup_by_key(|e| (e.article, e.span.start, e.value.clone()));
    ev
}

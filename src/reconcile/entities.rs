//! Entity grouping: which name mentions, across all articles, speak of the same person,
//! institution or place.
//!
//! 1. Exact: a mention's normalised key (aliases and institution words made canonical by
//!    extraction); a surname stands for the full name it was linked to in its article.
//! 2. Fuzzy (spelling): two keys with the same number of words that differ in one word,
//!    where that word's normalised Damerau-Levenshtein similarity reaches
//!    `spelling_similarity`. Damerau-Levenshtein counts the edits a typist makes (a
//!    letter added, dropped, changed or two swapped), which is what a misspelling is;
//!    Jaro-Winkler rewards shared prefixes and rates short different names too close
//!    ("Gambia"/"Zambia"), and token-set measures ignore the one letter that matters.
//!    Known names (aliases) are never merged with each other by similarity.
//!    Blocking: each word of at least `spelling_min_chars` letters is indexed under itself
//!    and each of its one-letter deletions (a SymSpell-style deletion neighbourhood), with
//!    the other words of the key. Two keys one edit apart (or one transposition) share a
//!    bucket, so only those pairs are compared: the work grows with the number of distinct
//!    keys times their length, not with its square.
//! 3. A person named by surname alone in one article joins the one person named in full
//!    elsewhere with that surname; when two people share it (different given names),
//!    it joins neither.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::claim::{Attribute, Claim};
use crate::rules::{EntityKind, Rules};

/// The groups of a run.
#[derive(Debug, Default)]
pub struct Entities {
    /// Per claim: its group (name claims: the mention's; title and affiliation claims:
    /// the person's). `None` for date claims.
    pub group_of: Vec<Option<usize>>,
    pub groups: Vec<Group>,
    /// Pairs of keys merged as near-miss spellings: (group, key a, key b).
    pub spellings: Vec<(usize, String, String)>,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub kind: EntityKind,
    /// The name shown in reports: the form most articles write.
    pub name: String,
    /// A stable id: kind and normalised key of the most used form.
    pub id: String,
    /// The distinct keys in the group, sorted.
    pub keys: Vec<String>,
}

/// A distinct (kind, key) among the name claims.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Node {
    kind: EntityKind,
    key: String,
    known: bool,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }

    /// Joins two sets; the smaller root survives so results do not depend on call order.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.0[hi] = lo;
        }
    }
}

/// Groups the entity claims of a run.
pub fn group(claims: &[Claim], rules: &Rules) -> Entities {
    // The name claim each claim stands for: surnames follow their link.
    let resolve = |mut i: usize| {
        // Title and affiliation claims point to their person's name claim, a surname to
        // its full name: at most two steps.
        for _ in 0..4 {
            match claims[i].entity().and_then(|e| e.person) {
                Some(p) => i = p,
                None => break,
            }
        }
        i
    };
    let mut node_ids: BTreeMap<Node, usize> = BTreeMap::new();
    let mut node_of: Vec<Option<usize>> = vec![None; claims.len()];
    for (i, c) in claims.iter().enumerate() {
        if c.attribute != Attribute::Name {
            continue;
        }
        let Some(e) = c.entity() else { continue };
        if e.person.is_some() {
            continue;
        }
        let node = Node {
            kind: e.kind,
            key: e.key.clone(),
            known: e.known,
        };
        let next = node_ids.len();
        node_of[i] = Some(*node_ids.entry(node).or_insert(next));
    }
    let mut nodes: Vec<Node> = vec![
        Node {
            kind: EntityKind::Place,
            key: String::new(),
            known: false,
        };
        node_ids.len()
    ];
    for (n, &i) in &node_ids {
        nodes[i] = n.clone();
    }
    let mut uf = UnionFind((0..nodes.len()).collect());
    let spelling_pairs = fuzzy_pairs(&nodes, rules);
    let mut spellings_raw = Vec::new();
    for &(a, b, typo) in &spelling_pairs {
        uf.union(a, b);
        if typo {
            spellings_raw.push((a, b));
        }
    }
    attach_surnames(&nodes, &mut uf);

    // Groups numbered in order of their smallest node key, so ids are stable.
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for n in 0..nodes.len() {
        members.entry(uf.find(n)).or_default().push(n);
    }
    let mut group_index = vec![0; nodes.len()];
    let mut groups = Vec::new();
    let mut ordered: Vec<(String, Vec<usize>)> = members
        .into_values()
        .map(|ms| {
            let first = ms.iter().map(|&m| nodes[m].key.clone()).min();
            (first.unwrap_or_default(), ms)
        })
        .collect();
    ordered.sort();
    // The name claims of each node, gathered in one pass.
    let mut claims_of: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for (i, n) in node_of.iter().enumerate() {
        if let Some(n) = n {
            claims_of[*n].push(i);
        }
    }
    for (g, (_, ms)) in ordered.iter().enumerate() {
        for &m in ms {
            group_index[m] = g;
        }
        groups.push(describe(claims, &claims_of, &nodes, ms));
    }
    let mut group_of = vec![None; claims.len()];
    for (i, c) in claims.iter().enumerate() {
        if c.entity().is_none() {
            continue;
        }
        let target = resolve(i);
        group_of[i] = node_of[target].map(|n| group_index[n]);
    }
    let mut spellings: Vec<(usize, String, String)> = spellings_raw
        .into_iter()
        .map(|(a, b)| {
            let (ka, kb) = (nodes[a].key.clone(), nodes[b].key.clone());
            (group_index[a], ka.clone().min(kb.clone()), ka.max(kb))
        })
        .collect();
    spellings.sort();
    spellings.dedup();
    Entities {
        group_of,
        groups,
        spellings,
    }
}

/// Name and id of a group: the form written by most articles (then the longest, then the
/// first in sort order).
fn describe<'c>(
    claims: &'c [Claim],
    claims_of: &[Vec<usize>],
    nodes: &'c [Node],
    ms: &[usize],
) -> Group {
    let mut by_text: BTreeMap<&str, (BTreeSet<usize>, &str)> = BTreeMap::new();
    for &n in ms {
        for &i in &claims_of[n] {
            let c = &claims[i];
            let entry = by_text
                .entry(c.text.as_str())
                .or_insert((BTreeSet::new(), nodes[n].key.as_str()));
            entry.0.insert(c.article);
        }
    }
    let best = by_text.iter().max_by(|a, b| {
        let ka = (a.1 .0.len(), a.1 .1.split(' ').count());
        let kb = (b.1 .0.len(), b.1 .1.split(' ').count());
        ka.cmp(&kb).then_with(|| b.0.cmp(a.0))
    });
    let kind = nodes[ms[0]].kind;
    let (name, key) = match best {
        Some((text, (_, key))) => (
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            key.to_string(),
        ),
        None => (nodes[ms[0]].key.clone(), nodes[ms[0]].key.clone()),
    };
    let mut keys: Vec<String> = ms.iter().map(|&m| nodes[m].key.clone()).collect();
    keys.sort();
    keys.dedup();
    Group {
        kind,
        id: format!("{}:{}", kind_name(kind), key),
        name,
        keys,
    }
}

pub fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organisation => "organisation",
        EntityKind::Place => "place",
    }
}

/// The spelling buckets of a name key: for each word `j` of at least `min_chars` letters,
/// (number of words, `j`, the other words, the word or the word less one letter). Two
/// names one letter apart in one word share a bucket. The archive index stores the same
/// buckets (`src/index/keys.rs`), so both must come from here.
pub fn spelling_buckets(key: &str, min_chars: usize) -> Vec<(usize, usize, String, String)> {
    let words: Vec<&str> = key.split(' ').collect();
    let mut out = Vec::new();
    for (j, w) in words.iter().enumerate() {
        let chars: Vec<char> = w.chars().collect();
        if chars.len() < min_chars {
            continue;
        }
        let rest = words
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != j)
            .map(|(_, w)| *w)
            .collect::<Vec<_>>()
            .join(" ");
        let mut variants = BTreeSet::new();
        variants.insert(w.to_string());
        for d in 0..chars.len() {
            let v: String = chars
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != d)
                .map(|(_, c)| c)
                .collect();
            variants.insert(v);
        }
        for v in variants {
            out.push((words.len(), j, rest.clone(), v));
        }
    }
    out
}

/// Pairs of nodes that are one name: (a, b, is a misspelling). An ending from the rules'
/// `inflections` ("ruttes"/"rutte") joins without being a misspelling.
fn fuzzy_pairs(nodes: &[Node], rules: &Rules) -> Vec<(usize, usize, bool)> {
    let min_chars = rules.settings.spelling_min_chars;
    let mut buckets: HashMap<(EntityKind, usize, usize, String, String), Vec<usize>> =
        HashMap::new();
    for (n, node) in nodes.iter().enumerate() {
        if node.known || node.kind == EntityKind::Place {
            continue;
        }
        for (len, j, rest, v) in spelling_buckets(&node.key, min_chars) {
            buckets
                .entry((node.kind, len, j, rest, v))
                .or_default()
                .push(n);
        }
    }
    let mut pairs = BTreeSet::new();
    for ((_, _, j, _, _), list) in &buckets {
        for x in 0..list.len() {
            for y in x + 1..list.len() {
                let (a, b) = (list[x].min(list[y]), list[x].max(list[y]));
                if a == b {
                    continue;
                }
                let wa = nodes[a].key.split(' ').nth(*j).unwrap_or("");
                let wb = nodes[b].key.split(' ').nth(*j).unwrap_or("");
                if let Some(typo) = same_word(wa, wb, rules) {
                    pairs.insert((a, b, typo));
                }
            }
        }
    }
    pairs.into_iter().collect()
}

/// Whether two words are one name: `Some(false)` for an inflection, `Some(true)` for a
/// near-miss spelling, `None` for different words.
pub fn same_word(a: &str, b: &str, rules: &Rules) -> Option<bool> {
    if a == b {
        return Some(false);
    }
    let inflected = |x: &str, y: &str| {
        rules
            .inflections
            .iter()
            .any(|s| x.strip_suffix(s.as_str()) == Some(y))
    };
    if inflected(a, b) || inflected(b, a) {
        return Some(false);
    }
    let min = rules.settings.spelling_min_chars;
    if a.chars().count() < min || b.chars().count() < min {
        return None;
    }
    let sim = strsim::normalized_damerau_levenshtein(a, b);
    (sim >= rules.settings.spelling_similarity).then_some(true)
}

/// A person named by one word (or a shorter name) joins the person whose full name ends
/// with it, when exactly one group has such a name; failing that, a single word joins the
/// one person whose full name starts with it ("Presiden Prabowo", a given name used alone).
fn attach_surnames(nodes: &[Node], uf: &mut UnionFind) {
    let mut by_last: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut by_first: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, node) in nodes.iter().enumerate() {
        if node.kind == EntityKind::Person {
            if let Some(last) = node.key.rsplit(' ').next() {
                by_last.entry(last).or_default().push(n);
            }
            if let (Some(first), true) = (node.key.split(' ').next(), node.key.contains(' ')) {
                by_first.entry(first).or_default().push(n);
            }
        }
    }
    for (n, node) in nodes.iter().enumerate() {
        if node.kind != EntityKind::Person {
            continue;
        }
        let words: Vec<&str> = node.key.split(' ').collect();
        let Some(last) = words.last() else { continue };
        let longer: Vec<usize> = by_last
            .get(last)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&m| {
                let other: Vec<&str> = nodes[m].key.split(' ').collect();
                other.len() > words.len() && other.ends_with(&words)
            })
            .collect();
        let roots: BTreeSet<usize> = longer.iter().map(|&m| uf.find(m)).collect();
        if roots.len() == 1 {
            if let Some(&m) = longer.first() {
                uf.union(n, m);
            }
            continue;
        }
        if !longer.is_empty() || words.len() != 1 {
            continue;
        }
        let starting: Vec<usize> = by_first.get(last).cloned().unwrap_or_default();
        let roots: BTreeSet<usize> = starting.iter().map(|&m| uf.find(m)).collect();
        if roots.len() == 1 {
            if let Some(&m) = starting.first() {
                uf.union(n, m);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(key: &str) -> Node {
        Node {
            kind: EntityKind::Organisation,
            key: key.into(),
            known: false,
        }
    }

    #[test]
    fn blocking_pairs_only_names_one_edit_apart() {
        let rules = Rules::builtin().unwrap();
        let nodes: Vec<Node> = [
            "university temple",
            "university temptle",
            "university keio",
            "university tokyo international",
            "university templo",
            "ministry temple",
        ]
        .iter()
        .map(|k| node(k))
        .collect();
        let pairs = fuzzy_pairs(&nodes, &rules);
        // temple/temptle (one letter added), temple/templo (one changed); temptle/templo
        // are two edits apart (similarity 0.71), and nothing pairs across heads or word
        // counts.
        assert_eq!(pairs, [(0, 1, true), (0, 4, true)]);
    }

    #[test]
    fn blocking_keeps_the_work_near_linear() {
        // 20,000 distinct synthetic names: every candidate pair shares a deletion bucket,
        // so the pairs compared stay a small multiple of the names, not their square.
        let rules = Rules::builtin().unwrap();
        let letters = b"abcdefghijklmnopqrstuvwxyz";
        let mut nodes = Vec::new();
        let mut seed: u64 = 7;
        for _ in 0..20_000 {
            let mut w = String::new();
            for _ in 0..8 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                w.push(letters[(seed >> 33) as usize % 26] as char);
            }
            nodes.push(node(&format!("university {w}")));
        }
        let pairs = fuzzy_pairs(&nodes, &rules);
        assert!(pairs.len() < 100, "{} pairs", pairs.len());
    }

    #[test]
    fn known_names_and_places_are_not_fuzzy_matched() {
        let rules = Rules::builtin().unwrap();
        // Two known names one letter apart (made up: words from rules/ stay out of code).
        let mut a = node("valoria");
        a.known = true;
        let mut b = node("valloria");
        b.known = true;
        assert!(!fuzzy_pairs(&[node("valoria"), node("valloria")], &rules).is_empty());
        assert!(fuzzy_pairs(&[a, b], &rules).is_empty());
    }
}

//! Blocking keys: what lets `lint` find the archive articles that can take part in a
//! conflict with a new article, without reading the others.
//!
//! Everything cross-article in a run goes through entity groups (see
//! [`crate::reconcile::entities`]): spellings, titles and affiliations are compared within a
//! group, and date and count claims are linked into events only when they share a subject
//! group. A group is a connected set of *nodes*, the distinct (kind, normalised key) of the
//! name mentions, `<kind>:<key>` here (`person:mark rutte`, `organisation:university
//! temple`, `place:china`), joined by three rules; each rule has its keys, so that two
//! nodes it can join always share one:
//!
//! | rule | key a node emits | looked up as |
//! |---|---|---|
//! | the same name | `n:<node>` (per article, table `keys`) | itself |
//! | one name written two ways (`fuzzy_pairs`): a near-miss word, an accepted variant, a dropped word, other spacing | `f:<bucket>` for each of `reconcile::entities::spelling_buckets` | itself; a hit counts only when the two keys are one name (`same_name`) |
//! | a person's shorter name joins the one longer name ending with it (`Rutte` → `Mark Rutte`) | `ls:<key>` (the whole key), `lt:<suffix>` for each proper suffix of its words | `ls:` ↔ `lt:` |
//! | a one-word person name joins the one person whose name starts with it (`Prabowo`) | `fs:<word>` (one-word names), `ft:<first word>` (longer names) | `fs:` ↔ `ft:` |
//! | a lone word (`Cue::Lone`) one keystroke off a word of a name (`lone_slips`) | `os:<variant>` for each deletion variant of a one-word name, `ot:<variant>` for each of every name word | `os:` ↔ `ot:`; a hit counts only when one key is one word equal to a word of the other or one keystroke off it |
//!
//! The `f:`, `ls:`, `lt:`, `fs:`, `ft:`, `os:`, `ot:` keys depend on the node only and are stored once per
//! node (table `node_keys`). Places and known names (a form in `rules/aliases.yaml`) are
//! joined by their key only: they *stand alone*, emit no `node_keys`, and are stored per
//! article as `k:<node>` instead of `n:<node>` (every article of the archive may name
//! Indonesia; reading them all would read the archive). More kinds of keys, per
//! article in `keys`:
//!
//! - `i:<kind>|<prefix>|<suffix>|<number>` for each identifier claim, its number whole
//!   and with one character dropped ([`identifier_keys`]): the identifiers one edit apart
//!   that `reconcile` compares share one;
//! - `j:<items>` for each list of initials, its items sorted with one letter of one left
//!   out ([`initials_keys`]): lists one letter apart share one;
//! - `a:<person node>`, its `node` the institution's: an affiliation, whose institution's
//!   name an affiliation conflict shows;
//! - `x:<node>` for each known name the article misspells beside it ("Tingkok" beside
//!   "China": `reconcile::entities`, `misspelt_known`), looked up for every known name a
//!   new article names: such a slip joins the known name's group, which no spelling key
//!   reaches;
//! - `e:<attribute>|<last four letters of a content word>|<node>|<kinds>` for each date and
//!   count claim and each subject of it that stands alone (subjects as found in the article
//!   alone), `<kinds>` the kinds its subjects name ([`kinds_code`]: `pl` for people and
//!   places): the blocks in which `reconcile::events` compares claims, so a claim of a new
//!   article about Indonesia meets the archive claims about Indonesia with a word in common
//!   whose subjects can agree with its own ([`kinds_codes`]).

use std::collections::BTreeSet;

use crate::claim::{Attribute, Claim, IdentifierDetail, InitialsDetail};
use crate::reconcile::entities::{
    deletion_variants, kind_name, lone_slip_of, same_name, spelling_buckets, Entities,
};
use crate::reconcile::events::Events;
use crate::rules::{EntityKind, Rules};

/// A node of the entity graph: `<kind>:<key>`.
pub fn node_name(kind: EntityKind, key: &str) -> String {
    format!("{}:{}", kind_name(kind), key)
}

/// The (kind, key) of a node name.
fn split_node(node: &str) -> Option<(&str, &str)> {
    node.split_once(':')
}

/// The name claim a claim stands for (a title or affiliation its person's, a surname
/// its full name), as [`crate::reconcile::entities::group`] resolves it: at most four
/// steps, and only a name claim that stands for no other is a node.
fn resolve(claims: &[Claim], mut i: usize) -> Option<usize> {
    for _ in 0..4 {
        match claims.get(i)?.entity().and_then(|e| e.person) {
            Some(p) => i = p,
            None => break,
        }
    }
    let c = claims.get(i)?;
    let e = c.entity()?;
    (c.attribute == Attribute::Name && e.person.is_none()).then_some(i)
}

/// What one article's claims give the index.
#[derive(Debug, Default)]
pub struct ArticleKeys {
    /// (key, node) rows of the `keys` table: `n:<node>` (`k:<node>` for a place or a known
    /// name) for each node named, `a:<person node>` → institution node for each
    /// affiliation, and `e:` event keys. Only an `a:` key's node is written out: the
    /// others name their node in the key (or none), and their node is empty.
    pub rows: BTreeSet<(String, String)>,
    /// (key, node) rows of the `node_keys` table.
    pub node_rows: BTreeSet<(String, String)>,
    /// The nodes named that can join others (not places, not known names).
    pub nodes: BTreeSet<String>,
    /// The places and known names named.
    pub alone: BTreeSet<String>,
}

/// Whether a node's group can hold no other node: known names are joined by their key
/// only (no spelling or surname rule applies to them).
pub fn stands_alone(known: bool) -> bool {
    known
}

/// The last four letters of each content word of a date or count claim, as events are
/// blocked (`reconcile::events`).
pub fn tails(claim: &Claim) -> BTreeSet<String> {
    claim
        .frame
        .iter()
        .flat_map(|f| f.words.iter())
        .map(|w| {
            let chars: Vec<char> = w.chars().collect();
            chars[chars.len().saturating_sub(4)..].iter().collect()
        })
        .collect()
}

/// The event key of a date or count claim with content word ending `tail`, a subject
/// that names `node`, and subjects of the kinds `kinds` (`kinds_code`).
pub fn event_key(claim: &Claim, tail: &str, node: &str, kinds: &str) -> String {
    format!("e:{}|{tail}|{node}|{kinds}", claim.attribute.as_str())
}

const KINDS: [(EntityKind, char); 3] = [
    (EntityKind::Person, 'p'),
    (EntityKind::Organisation, 'o'),
    (EntityKind::Place, 'l'),
];

/// The kinds of a claim's subjects, as in event keys: `p` people, `o` organisations, `l`
/// places, in that order (`pl`: people and places).
pub fn kinds_code(kinds: impl IntoIterator<Item = EntityKind>) -> String {
    let kinds: Vec<EntityKind> = kinds.into_iter().collect();
    KINDS
        .iter()
        .filter(|(k, _)| kinds.contains(k))
        .map(|(_, c)| *c)
        .collect()
}

/// The kinds codes of the archive claims that can share an event with a claim whose
/// subjects name the kinds `named`, those in `alone` (also) through a group that stands
/// alone, when the subject they share is of kind `must`. For each kind both name, two
/// claims must share a subject of it (`subjects_agree`); an archive claim that shares none
/// of the joinable groups (the articles naming those are read anyway) can only share one
/// that stands alone. So it names no kind that the claim names only through joinable
/// groups; any other kind it may name or not.
pub fn kinds_codes(named: &[EntityKind], alone: &[EntityKind], must: EntityKind) -> Vec<String> {
    let free: Vec<EntityKind> = KINDS
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| *k != must && (alone.contains(k) || !named.contains(k)))
        .collect();
    (0..1usize << free.len())
        .map(|bits| {
            let mut kinds = vec![must];
            kinds.extend(
                free.iter()
                    .enumerate()
                    .filter(|(i, _)| bits & (1 << i) != 0)
                    .map(|(_, k)| *k),
            );
            kinds_code(kinds)
        })
        .collect()
}

/// The keys of an identifier claim (`i:<kind>|<prefix>|<suffix>|<number>`): its number whole and
/// with each character dropped in turn, so that two numbers one edit apart (a digit
/// changed, added or dropped, two swapped: what [`crate::reconcile`] compares) share one.
pub fn identifier_keys(d: &IdentifierDetail) -> Vec<String> {
    let chars: Vec<char> = d.number.chars().collect();
    let mut numbers = vec![d.number.clone()];
    for skip in 0..chars.len() {
        let dropped: String = chars
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != skip)
            .map(|(_, c)| c)
            .collect();
        numbers.push(dropped);
    }
    numbers.sort();
    numbers.dedup();
    numbers
        .into_iter()
        .map(|n| format!("i:{}|{}|{}|{n}", d.kind, d.prefix, d.suffix))
        .collect()
}

/// The keys of a list of initials (`j:<items>`): its items sorted, with one letter of one
/// item left out in turn, so that two lists one letter apart (what
/// [`crate::reconcile`] compares) share one.
pub fn initials_keys(d: &InitialsDetail) -> Vec<String> {
    let mut out = Vec::new();
    for (i, item) in d.items.iter().enumerate() {
        for skip in 0..item.len() {
            let blanked: String = item
                .char_indices()
                .map(|(k, c)| if k == skip { '_' } else { c })
                .collect();
            let mut items: Vec<&str> = d.items.iter().map(String::as_str).collect();
            items[i] = &blanked;
            items.sort_unstable();
            out.push(format!("j:{}", items.join(" ")));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The keys that find the claims one edit from claim `c`: an identifier's, a list of
/// initials'.
pub fn edit_keys(c: &Claim) -> Vec<String> {
    match (c.identifier(), c.initials()) {
        (Some(d), _) => identifier_keys(d),
        (_, Some(d)) => initials_keys(d),
        _ => Vec::new(),
    }
}

/// The keys of the claims of one article (or of several: the claims' `person` and `org`
/// indices must point into `claims`). With its groups, the event keys of its date and
/// count claims too.
pub fn of_claims(
    claims: &[Claim],
    grouped: Option<(&Entities, &Events)>,
    rules: &Rules,
) -> ArticleKeys {
    let mut out = ArticleKeys::default();
    for (i, c) in claims.iter().enumerate() {
        for key in edit_keys(c) {
            out.rows.insert((key, String::new()));
        }
        let Some(e) = c.entity() else { continue };
        if c.attribute == Attribute::Name && e.person.is_none() {
            let node = node_name(e.kind, &e.key);
            if stands_alone(e.known) {
                out.rows.insert((format!("k:{node}"), String::new()));
                out.alone.insert(node);
            } else {
                out.rows.insert((format!("n:{node}"), String::new()));
                for k in node_keys(e.kind, &e.key, rules) {
                    out.node_rows.insert((k, node.clone()));
                }
                out.nodes.insert(node);
            }
        }
        if c.attribute == Attribute::Affiliation {
            let person = resolve(claims, i).and_then(|p| claims[p].entity());
            let org = e
                .org
                .and_then(|o| resolve(claims, o))
                .and_then(|o| claims[o].entity());
            if let (Some(p), Some(o)) = (person, org) {
                out.rows.insert((
                    format!("a:{}", node_name(p.kind, &p.key)),
                    node_name(o.kind, &o.key),
                ));
            }
        }
    }
    if let Some((entities, _)) = grouped {
        // A known name the article misspells beside it (`reconcile::entities`'s
        // `misspelt_known`: "Tingkok" beside "China"): a joinable node in a group that
        // stands alone, which no spelling key reaches.
        for (g, a, b) in &entities.spellings {
            let kind = entities.groups[*g].kind;
            for key in [a, b] {
                let node = node_name(kind, key);
                if out.alone.contains(&node) {
                    out.rows.insert((slip_key(&node), String::new()));
                }
            }
        }
    }
    // Event keys, for subjects that stand alone: the articles that name a joinable node
    // are all read anyway.
    if let Some((entities, events)) = grouped {
        for (i, c) in claims.iter().enumerate() {
            let Some(info) = events.info.get(i).and_then(Option::as_ref) else {
                continue;
            };
            let tails = tails(c);
            let kinds = kinds_code(info.subjects.iter().map(|&s| entities.groups[s].kind));
            for &s in &info.subjects {
                let g = &entities.groups[s];
                for key in &g.keys {
                    let node = node_name(g.kind, key);
                    if !out.alone.contains(&node) {
                        continue;
                    }
                    for t in &tails {
                        out.rows
                            .insert((event_key(c, t, &node, &kinds), String::new()));
                    }
                }
            }
        }
    }
    out
}

/// The key of an article that misspells the known name `node` beside it (`x:<node>`):
/// every article naming that name in a run reads it.
pub fn slip_key(node: &str) -> String {
    format!("x:{node}")
}

/// The `node_keys` of a node that is not a known name: spelling buckets (not for places)
/// and, for people, the surname and given-name keys.
pub fn node_keys(kind: EntityKind, key: &str, rules: &Rules) -> Vec<String> {
    let mut out = Vec::new();
    let words: Vec<&str> = key.split(' ').collect();
    for bucket in spelling_buckets(kind, key, rules) {
        out.push(format!("f:{bucket}"));
    }
    // A lone word one keystroke off a word of a name (`reconcile::entities`'s
    // `lone_slips`): every word of a name by its deletion variants, a one-word name's too
    // as the slip.
    let min = rules.settings.spelling_min_chars;
    for w in words.iter().filter(|w| w.chars().count() >= min) {
        for v in deletion_variants(w) {
            if words.len() == 1 {
                out.push(format!("os:{v}"));
            }
            out.push(format!("ot:{v}"));
        }
    }
    if kind == EntityKind::Person {
        out.push(format!("ls:{key}"));
        for i in 1..words.len() {
            out.push(format!("lt:{}", words[i..].join(" ")));
        }
        if words.len() == 1 {
            out.push(format!("fs:{key}"));
        } else {
            out.push(format!("ft:{}", words[0]));
        }
    }
    out
}

/// The key a node's key is looked up as: its partner (`ls:` ↔ `lt:`, `fs:` ↔ `ft:`) or
/// itself.
pub fn partner(key: &str) -> String {
    for (a, b) in [
        ("ls:", "lt:"),
        ("lt:", "ls:"),
        ("fs:", "ft:"),
        ("ft:", "fs:"),
        ("os:", "ot:"),
        ("ot:", "os:"),
    ] {
        if let Some(rest) = key.strip_prefix(a) {
            return format!("{b}{rest}");
        }
    }
    key.to_string()
}

/// Whether node `found`, reached from node `from` through key `key`, can really be joined
/// with it: for a spelling bucket, the two keys must be one name.
pub fn joins(key: &str, from: &str, found: &str, rules: &Rules) -> bool {
    if key.starts_with("os:") || key.starts_with("ot:") {
        return match (split_node(from), split_node(found)) {
            (Some((_, a)), Some((_, b))) => lone_word_meets(a, b, rules),
            _ => true,
        };
    }
    if !key.starts_with("f:") {
        return true;
    }
    match (
        split_node(from),
        split_node(found),
        node_kind(from),
        node_kind(found),
    ) {
        (Some((_, ka)), Some((_, kb)), Some(a), Some(b)) => {
            same_name(a, ka, b, kb, rules).is_some()
        }
        _ => true,
    }
}

/// Whether one of two keys is one word that is a word of the other or a lone slip of one
/// (`lone_slip_of`): what `lone_slips` compares, and the names that tell it a lone word is
/// a name's own.
fn lone_word_meets(a: &str, b: &str, rules: &Rules) -> bool {
    let meets = |one: &str, other: &str| {
        !one.contains(' ')
            && other
                .split(' ')
                .any(|w| w == one || lone_slip_of(one, w, rules))
    };
    meets(a, b) || meets(b, a)
}

/// The kind of a node name, when it names one.
pub fn node_kind(node: &str) -> Option<EntityKind> {
    match split_node(node)?.0 {
        "person" => Some(EntityKind::Person),
        "organisation" => Some(EntityKind::Organisation),
        "place" => Some(EntityKind::Place),
        _ => None,
    }
}

/// The keys a node is looked up by, each with the table it is looked up in: its
/// `node_keys` partners, and for a person its affiliations.
pub fn lookups(node: &str, rules: &Rules) -> Vec<(Table, String)> {
    let Some((_, key)) = split_node(node) else {
        return Vec::new();
    };
    let Some(kind) = node_kind(node) else {
        return Vec::new();
    };
    let mut out: Vec<(Table, String)> = node_keys(kind, key, rules)
        .iter()
        .map(|k| (Table::NodeKeys, partner(k)))
        .collect();
    if kind == EntityKind::Person {
        out.push((Table::Keys, format!("a:{node}")));
    }
    out
}

/// Where a lookup key is searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Keys,
    NodeKeys,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_word_shares_a_key_with_the_name_whose_word_it_slips() {
        let rules = Rules::builtin().unwrap();
        let name = node_keys(EntityKind::Place, "pulau dorvalemo", &rules);
        let lone = node_keys(EntityKind::Person, "dorvaelmo", &rules);
        // The lone word looks up `ot:` keys, the name stores them.
        let looked: Vec<String> = lone
            .iter()
            .filter(|k| k.starts_with("os:"))
            .map(|k| partner(k))
            .collect();
        let shared: Vec<&String> = looked.iter().filter(|k| name.contains(k)).collect();
        assert!(!shared.is_empty(), "{lone:?} {name:?}");
        assert!(joins(
            shared[0],
            "person:dorvaelmo",
            "place:pulau dorvalemo",
            &rules
        ));
        // The word itself meets too (a lone word that is a name's own word is no slip: the
        // articles that say so must be read).
        assert!(joins(
            "ot:dorvalemo",
            "person:dorvalemo",
            "place:pulau dorvalemo",
            &rules
        ));
        // Traps: a letter changed; two names of two words; a word far off.
        assert!(!joins(
            "ot:dorvalmo",
            "person:dorvalomo",
            "place:pulau dorvalemo",
            &rules
        ));
        assert!(!joins(
            "ot:dorvalemo",
            "place:pulau dorvalemo",
            "place:pulau dorvaelmo",
            &rules
        ));
        assert!(!joins(
            "ot:qzarno",
            "person:qzarno",
            "place:pulau dorvalemo",
            &rules
        ));
    }

    #[test]
    fn a_misspelling_shares_a_spelling_key_with_the_right_form() {
        let rules = Rules::builtin().unwrap();
        let a = node_keys(EntityKind::Organisation, "university temple", &rules);
        let b = node_keys(EntityKind::Organisation, "university temptle", &rules);
        // (The `ot:` keys of their words meet too: they are looked up from lone words only.)
        let shared: Vec<&String> = a
            .iter()
            .filter(|k| b.contains(k) && !k.starts_with("ot:"))
            .collect();
        assert_eq!(shared, ["f:w|2|1|university|temple"]);
        assert!(joins(
            shared[0],
            "organisation:university temple",
            "organisation:university temptle",
            &rules
        ));
        // "stemple" and "templer" share the deletion "temple" but are two edits apart.
        assert!(!joins(
            "f:w|2|1|university|temple",
            "organisation:university stemple",
            "organisation:university templer",
            &rules
        ));
    }

    #[test]
    fn archive_claims_may_name_a_kind_only_when_their_subjects_can_agree() {
        use EntityKind::*;
        // A claim about a person (who joins others) and Jakarta (alone): an archive claim
        // that shares only Jakarta with it names no person.
        assert_eq!(kinds_codes(&[Person, Place], &[Place], Place), ["l", "ol"]);
        // A claim about Jakarta only: the archive claim may name anyone besides.
        assert_eq!(
            kinds_codes(&[Place], &[Place], Place),
            ["l", "pl", "ol", "pol"]
        );
        assert_eq!(kinds_code([Place, Person]), "pl");
    }

    #[test]
    fn a_surname_meets_the_full_names_ending_with_it() {
        let rules = Rules::builtin().unwrap();
        let full = node_keys(EntityKind::Person, "mark rutte", &rules);
        let short = node_keys(EntityKind::Person, "rutte", &rules);
        assert!(full.contains(&"lt:rutte".to_string()));
        assert!(full.contains(&"ft:mark".to_string()));
        assert!(short.contains(&"ls:rutte".to_string()));
        assert!(short.contains(&"fs:rutte".to_string()));
        assert_eq!(partner("ls:rutte"), "lt:rutte");
        // A place not in the aliases may be misspelt too ("Kecamatan Dukuhpuntang"); a known
        // one stands alone (`stands_alone`) and is never looked up by these keys.
        assert!(!node_keys(EntityKind::Place, "kecamatan dukupuntang", &rules).is_empty());
        assert!(stands_alone(true));
    }
}

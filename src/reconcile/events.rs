//! Events: which date and count claims describe the same event or quantity.
//!
//! Each date and count claim has a frame ([`crate::claim::Frame`]): content words from its
//! clause, and the sentence whose entity mentions are its subjects (or, when it names
//! none, the sentence before; failing that, the article's three most named entities; a count
//! also takes the names of its sentence found with no cue, since a count is about what its
//! sentence names, not about the speaker of the sentence before). Two claims of the same
//! attribute describe one event when
//! - their articles are close ([`crate::stories::Stories::close`]): one article, or two
//!   that name two entities or a place in common (or one names too few to tell), published
//!   at most `story_max_days` apart when both dates are known;
//! - their subjects agree: they share an entity and, for each kind both name (people,
//!   organisations, places), an entity of that kind (a claim without subjects is only
//!   compared within its own article);
//! - (counts) they count the same thing (`orang`, `warga` and `korban` are all `person`)
//!   and both or neither count "others" (or a whole of a part the text gives), and their
//!   time scopes are at most `count_event_max_days` apart;
//! - they share at least `event_min_shared` content words, and the Dice similarity of
//!   their content words is at least `event_similarity`; (dates) two, when the only
//!   subjects they share are places (an event is what happened and to whom, not where);
//! - when both have concept words of the rules (`dead`, `missing`, `sign`), they share one,
//!   and neither has one the other lacks of one `exclusive` group (`severe` / `light`);
//! - (counts) neither has a concept of an `exclusive` group (`dead`, `severe`) the other
//!   lacks: "241 killed" and "242 on board" are two quantities;
//! - both or neither mark an earlier occurrence ("pernah", "previously"), and both carry
//!   the same distinguishing modifiers ("longsor kecil", "gempa susulan", "the second
//!   quake");
//! - (dates) their heads meet: the content word right before one date in its clause is
//!   among the other's words, or the two are one word ("law enacted last week" and
//!   "backlash grew Monday" are two events of one law); for two bare weekdays, both ways
//!   ("a photo sent out late Friday" and "broke his silence Wednesday about a photo");
//! - (dates) both or neither are the day of a statement (a `telling` word right before:
//!   "said Friday"): the day a thing was said is not the day it happened;
//! - (dates) not one told as past and the other as still to come in an article published
//!   after the first one's day (the meeting still to come is the next one);
//! - they are not in one sentence (two dates in one sentence are two events).
//!
//! Candidate pairs come from an index of content words, so only claims sharing a word are
//! compared. Matched pairs are kept (conflicts are only ever between directly matched
//! claims) and joined into groups with union-find, so `factlint claims` can show each
//! claim's group.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::entities::Entities;
use crate::claim::{Attribute, Claim, Cue};
use crate::extract::dates::BARE_WEEKDAY;
use crate::rules::{EntityKind, EventRules, Rules};
use crate::stories::Stories;

/// What ties one date or count claim to others.
#[derive(Debug, Clone, Default)]
pub struct EventInfo {
    /// Entity groups named in the claim's sentence (or the one before), by index.
    pub subjects: Vec<usize>,
    /// Those of `subjects` that only stand in for a count whose sentence names things with
    /// no cue (the sentence before, the article's topic): they may be the subject two claims
    /// share, but are not held against the other claim's subjects of their kind.
    pub loose: Vec<usize>,
    /// Index of the claim's group in [`Events::groups`].
    pub group: Option<usize>,
    /// For a count of what a side scores or earns (a `sided` noun: "gol", "goals"), the
    /// entity group of its side (`None` when its sentence names none), and whether the
    /// side conceded it (a `conceded` word right before: "Indonesia ketinggalan tiga gol").
    pub side: Option<(Option<usize>, bool)>,
}

/// Date and count claims taken to speak of one event (linked pairs, joined transitively).
#[derive(Debug, Clone)]
pub struct EventGroup {
    /// `event-N`, numbered in claim order.
    pub id: String,
    /// Claim indices, in order.
    pub members: Vec<usize>,
}

/// The event groups of a run, with what ties each date and count claim to the others.
#[derive(Debug, Clone, Default)]
pub struct Events {
    /// Per claim; `None` for name, title and affiliation claims.
    pub info: Vec<Option<EventInfo>>,
    /// The groups of two or more claims, in order of their first claim.
    pub groups: Vec<EventGroup>,
    /// Matched claim pairs `(a, b)`, `a < b`, sorted; u32 to halve the largest list of a
    /// big run (tens of millions of pairs). [`Events::links`] gives them as indices.
    pub pairs: Vec<(u32, u32)>,
}

impl Events {
    /// Each linked claim with the claims it is matched with (both directions).
    pub(crate) fn neighbours(&self) -> BTreeMap<usize, Vec<usize>> {
        let mut out: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (a, b) in self.links() {
            out.entry(a).or_default().push(b);
            out.entry(b).or_default().push(a);
        }
        out
    }

    /// [`Events::neighbours`] of the claims of the groups `wanted` says (all when `None`):
    /// a claim is only ever matched with claims of its own group.
    pub(crate) fn neighbours_in(&self, wanted: Option<&[bool]>) -> BTreeMap<usize, Vec<usize>> {
        let Some(wanted) = wanted else {
            return self.neighbours();
        };
        let mut out: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (a, b) in self.links() {
            if self.in_groups(a, wanted) {
                out.entry(a).or_default().push(b);
                out.entry(b).or_default().push(a);
            }
        }
        out
    }

    /// Whether claim `i` is in one of the groups `wanted` says.
    pub(crate) fn in_groups(&self, i: usize, wanted: &[bool]) -> bool {
        self.info
            .get(i)
            .and_then(|inf| inf.as_ref()?.group)
            .is_some_and(|g| wanted.get(g).copied().unwrap_or(false))
    }

    /// Whether a claim of `article` other than `except`, matched with claim `to`, has `ok`:
    /// an article that itself gives the other side's value tells two things apart.
    pub(crate) fn matched_in(
        neighbours: &BTreeMap<usize, Vec<usize>>,
        claims: &[Claim],
        to: usize,
        (article, except): (usize, usize),
        ok: impl Fn(&Claim) -> bool,
    ) -> bool {
        neighbours
            .get(&to)
            .into_iter()
            .flatten()
            .any(|&o| o != except && claims[o].article == article && ok(&claims[o]))
    }

    /// The matched claim pairs `(a, b)`, `a < b`, in order.
    pub fn links(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.pairs.iter().map(|&(a, b)| (a as usize, b as usize))
    }

    /// The content words two linked claims share (for messages).
    pub(crate) fn shared_words(&self, claims: &[Claim], a: usize, b: usize) -> Vec<String> {
        let (Some(fa), Some(fb)) = (&claims[a].frame, &claims[b].frame) else {
            return Vec::new();
        };
        fa.words
            .iter()
            .filter(|w| fb.words.iter().any(|v| same_item(w, v)))
            .cloned()
            .collect()
    }
}

/// Groups the date and count claims of `claims` into events.
pub fn group(claims: &[Claim], entities: &Entities, stories: &Stories, rules: &Rules) -> Events {
    // Name claims per article, in text order: (start, end, group, kind).
    let mut names: BTreeMap<usize, Vec<(usize, usize, usize, EntityKind)>> = BTreeMap::new();
    // The capitalised runs with no cue, apart: a count's own sentence may name what it
    // counts only so ("total penumpang KMP Tunu Pratama Jaya yang berhasil dievakuasi").
    let mut runs: BTreeMap<usize, Vec<(usize, usize, usize, EntityKind)>> = BTreeMap::new();
    // The mentions next to a speech verb ("kata Herman"), apart too: who gave a figure.
    let mut speakers: BTreeMap<usize, Vec<(usize, usize, usize, EntityKind)>> = BTreeMap::new();
    // The mentions right after a pairing word ("melawan Jepang"): the other side.
    let mut opponents: BTreeMap<usize, Vec<(usize, usize, usize, EntityKind)>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.attribute != Attribute::Name {
            continue;
        }
        if let (Some(g), Some(e)) = (entities.group_of[i], c.entity()) {
            // A lone word is read by the spelling check only.
            if e.cue == Cue::Lone {
                continue;
            }
            // A capitalised run with no cue (or a surname standing for one) says what a
            // sentence is about less surely than a cued name: it is no event's subject.
            let cue = e
                .person
                .and_then(|p| claims[p].entity())
                .map_or(e.cue, |f| f.cue);
            // The place of a dateline is where the report was filed: it says what no
            // claim is about.
            if e.dateline {
                continue;
            }
            if e.speaker {
                speakers
                    .entry(c.article)
                    .or_default()
                    .push((c.span.start, c.span.end, g, e.kind));
            }
            if e.opponent {
                opponents
                    .entry(c.article)
                    .or_default()
                    .push((c.span.start, c.span.end, g, e.kind));
            }
            if cue == Cue::Capitalised || e.cue == Cue::Capitalised {
                runs.entry(c.article)
                    .or_default()
                    .push((c.span.start, c.span.end, g, e.kind));
                continue;
            }
            names
                .entry(c.article)
                .or_default()
                .push((c.span.start, c.span.end, g, e.kind));
        }
    }
    // Each article's entity groups, most named first (ties by first mention); the top
    // three are its topic, the subjects of claims whose sentences name none.
    let ranked: BTreeMap<usize, Vec<usize>> = names
        .iter()
        .map(|(&article, list)| {
            let mut count: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
            for (pos, n) in list.iter().enumerate() {
                let e = count.entry(n.2).or_insert((0, pos));
                e.0 += 1;
            }
            let mut ranked: Vec<(usize, (usize, usize))> = count.into_iter().collect();
            ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
            (article, ranked.into_iter().map(|(g, _)| g).collect())
        })
        .collect();
    // The words each person's titles are written with, per article ("agriculture",
    // "minister"), for definite references ("the minister").
    let mut titled: BTreeMap<usize, Vec<(usize, String)>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let (Attribute::Title, Some(g)) = (c.attribute, entities.group_of[i]) {
            let words = c.text.to_lowercase();
            let list = titled.entry(c.article).or_default();
            list.extend(
                words
                    .split(|ch: char| !ch.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(|w| (g, w.to_string())),
            );
        }
    }
    // Each claim's subjects depend on its article's names only: found in parallel,
    // `collect` keeps the claims' order.
    let mut info: Vec<Option<EventInfo>> = claims
        .par_iter()
        .map(|c| {
            let Some(frame) = &c.frame else { return None };
            let empty = Vec::new();
            let list = names.get(&c.article).unwrap_or(&empty);
            // `list` is in text order: the names inside a byte range are found by bisection.
            let within_of = |list: &[(usize, usize, usize, EntityKind)], (a, b): (usize, usize)| {
                let from = list.partition_point(|n| n.0 < a);
                list[from..]
                    .iter()
                    .take_while(|n| n.0 < b)
                    .filter(|n| n.1 <= b)
                    .map(|n| n.2)
                    .collect::<BTreeSet<usize>>()
            };
            let within = |range: (usize, usize)| within_of(list, range);
            let run_list = runs.get(&c.article).unwrap_or(&empty);
            // A count is about what its part of the sentence names, when that names anything:
            // in "... Air India menewaskan 279 orang, sedangkan perang Israel-Iran terus
            // berkecamuk" the war's sides are no subjects of the 279.
            let part = (c.attribute == Attribute::Count
                && frame.part != frame.sentence
                && !(within(frame.part).is_empty() && within_of(run_list, frame.part).is_empty()))
            .then_some(frame.part);
            let scope = part.unwrap_or(frame.sentence);
            let mut subjects = within(scope);
            // A count's subjects are also what its sentence names with no cue ("total
            // penumpang KMP Tunu Pratama Jaya yang berhasil dievakuasi").
            let named = if c.attribute == Attribute::Count {
                within_of(run_list, scope)
            } else {
                BTreeSet::new()
            };
            // When those are all its sentence names, the sentence before (a speaker) or the
            // article's topic still stand in, but only loosely: they may be shared, and are not
            // held against the other claim's.
            let only_named = subjects.is_empty() && !named.is_empty();
            subjects.extend(named.iter().copied());
            // "The minister": the most named person whose title is written with that word.
            let by_rank = ranked.get(&c.article).map_or(&[][..], |r| r.as_slice());
            let titles = titled.get(&c.article).map_or(&[][..], |t| t.as_slice());
            for noun in &frame.definite {
                if let Some(&g) = by_rank
                    .iter()
                    .find(|&&g| titles.iter().any(|(h, w)| *h == g && w == noun))
                {
                    subjects.insert(g);
                }
            }
            let mut loose: BTreeSet<usize> = BTreeSet::new();
            // A count's speaker ("Sebanyak 14 orang meninggal," kata Herman) gave the figure;
            // the figure is not about him. Nor is its opponent about it ("... melawan Jepang,
            // dengan hanya meraih dua kemenangan" counts the other side's wins). Named in the
            // sentence only so, each stays a subject, but a loose one.
            if c.attribute == Attribute::Count {
                let (from, to) = frame.sentence;
                let article_runs = runs.get(&c.article).map_or(&[][..], |r| r.as_slice());
                for aside in [&speakers, &opponents] {
                    let aside = aside.get(&c.article).map_or(&[][..], |s| s.as_slice());
                    let named_so = within_of(aside, frame.sentence);
                    if named_so.is_empty() {
                        continue;
                    }
                    let mut other = BTreeSet::new();
                    for names in [&list[..], article_runs] {
                        let lo = names.partition_point(|n| n.0 < from);
                        for n in names[lo..].iter().take_while(|n| n.0 < to && n.1 <= to) {
                            if !aside.iter().any(|m| m.0 == n.0 && m.1 == n.1) {
                                other.insert(n.2);
                            }
                        }
                    }
                    loose.extend(named_so.difference(&other).copied());
                }
            }
            // Named by its speaker only, a count's sentence says as little of what it counts as
            // one that names nothing.
            let spoken_only = !subjects.is_empty() && subjects.iter().all(|g| loose.contains(g));
            // A pronoun after a person named earlier in its sentence, even with no cue,
            // stands for that person ("Sandra Jackson was a Chicago alderman before she resigned
            // last month"): the sentence says whom it is about, so the article's topic does not
            // stand in.
            let antecedent = frame.pronoun.and_then(|at| {
                list.iter()
                    .chain(run_list)
                    .filter(|n| n.3 == EntityKind::Person && n.0 >= frame.sentence.0 && n.1 <= at)
                    .max_by_key(|n| (n.0, n.1))
                    .map(|n| n.2)
            });
            if let Some(p) = antecedent {
                subjects.insert(p);
            }
            if subjects.is_empty() || only_named || spoken_only {
                let mut standing = frame.previous.map(within).unwrap_or_default();
                if standing.is_empty() {
                    standing = by_rank.iter().take(3).copied().collect();
                }
                if only_named || spoken_only {
                    loose.extend(standing.difference(&subjects).copied());
                }
                subjects.extend(standing);
            }
            if frame.pronoun.is_some() && antecedent.is_none() {
                let before = list.partition_point(|n| n.0 < frame.sentence.0);
                if let Some(p) = list[..before]
                    .iter()
                    .rev()
                    .find(|n| n.1 <= frame.sentence.0 && n.3 == EntityKind::Person)
                {
                    subjects.insert(p.2);
                }
            }
            let side = c
                .count()
                .filter(|x| {
                    rules
                        .numbers
                        .scores
                        .sided
                        .get(std::slice::from_ref(&x.noun))
                        .is_some()
                })
                .map(|_| {
                    let aside = |n: &(usize, usize, usize, EntityKind)| {
                        [&speakers, &opponents].iter().any(|m| {
                            m.get(&c.article)
                                .is_some_and(|l| l.iter().any(|o| o.0 == n.0 && o.1 == n.1))
                        })
                    };
                    let conceded = frame.head.iter().any(|w| {
                        rules
                            .numbers
                            .scores
                            .conceded
                            .get(std::slice::from_ref(w))
                            .is_some()
                    });
                    (
                        side_of(c, frame.part, [&list[..], run_list], aside),
                        conceded,
                    )
                });
            Some(EventInfo {
                subjects: subjects.into_iter().collect(),
                loose: loose.into_iter().collect(),
                group: None,
                side,
            })
        })
        .collect();
    let links = match_pairs(claims, &info, entities, stories, rules);
    let groups = join(claims.len(), &links, &mut info);
    Events {
        info,
        groups,
        pairs: links,
    }
}

/// The side of a count of what a side scores or earns: the name right after it ("Lima gol
/// Jepang"), else the last name before it in its part of the sentence ("Daichi Kamada bikin
/// dua gol"), not one the figure is against or its speaker ("Indonesia ... mencatatkan tiga
/// gol ke gawang Bahrain", "kata Kluivert"). `names` are the article's name lists in text
/// order (cued names, capitalised runs) as (start, end, group, kind).
fn side_of(
    c: &Claim,
    part: (usize, usize),
    names: [&[(usize, usize, usize, EntityKind)]; 2],
    aside: impl Fn(&(usize, usize, usize, EntityKind)) -> bool,
) -> Option<usize> {
    // Nothing but a space (a byte or two) between the count and the name.
    let after = names
        .iter()
        .flat_map(|l| l.iter())
        .filter(|n| n.0 > c.span.end && n.0 <= c.span.end + 2 && n.1 <= part.1)
        .min_by_key(|n| n.0);
    if let Some(n) = after.filter(|n| !aside(n)) {
        return Some(n.2);
    }
    names
        .iter()
        .flat_map(|l| l.iter())
        .filter(|n| n.0 >= part.0 && n.1 <= c.span.start && !aside(n))
        .max_by_key(|n| (n.1, n.0))
        .map(|n| n.2)
}

/// Words are the same item when equal, or when one ends with the other and the shorter
/// has at least four letters: Indonesian prefixes change a stem's first letter
/// (`mengirim` → `irim`, `dikirim` → `kirim`).
pub(crate) fn same_item(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 4 && long.ends_with(short)
}

/// Whether two counts count one thing: a counted item of one is [`same_item`] as one of the
/// other's.
pub(crate) fn same_thing(x: &crate::claim::CountDetail, y: &crate::claim::CountDetail) -> bool {
    x.thing
        .iter()
        .any(|t| y.thing.iter().any(|u| same_item(t, u)))
}

/// The frame words of the date and count claims as numbers, with the pairs of distinct
/// words that [`same_item`] joins found once, so comparing two claims' words compares
/// numbers.
struct Words {
    /// Per claim, its frame words' ids (empty for claims without event info).
    of: Vec<Vec<u32>>,
    /// Per word id, the ids of the other words it is the same item as, sorted.
    related: Vec<Vec<u32>>,
    /// Per word id, whether it is a light verb (`light` in the rules): counted in a claim's
    /// words, never shared.
    light: Vec<bool>,
}

impl Words {
    fn new(claims: &[Claim], info: &[Option<EventInfo>], rules: &EventRules) -> Self {
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut list: Vec<&str> = Vec::new();
        let mut of = Vec::with_capacity(claims.len());
        for (c, inf) in claims.iter().zip(info) {
            let words = match (&c.frame, inf) {
                (Some(f), Some(_)) => f.words.as_slice(),
                _ => &[],
            };
            let mut mine = Vec::with_capacity(words.len());
            for w in words {
                let id = *ids.entry(w.as_str()).or_insert_with(|| {
                    list.push(w.as_str());
                    list.len() as u32 - 1
                });
                mine.push(id);
            }
            of.push(mine);
        }
        // `same_item` joins distinct words when the shorter, of four letters or more,
        // ends the longer: look up every such ending of each word.
        let mut related: Vec<Vec<u32>> = vec![Vec::new(); list.len()];
        for (id, w) in list.iter().enumerate() {
            for (at, _) in w.char_indices().skip(1) {
                let end = &w[at..];
                if end.chars().count() < 4 {
                    break;
                }
                if let Some(&j) = ids.get(end) {
                    related[id].push(j);
                    related[j as usize].push(id as u32);
                }
            }
        }
        for r in &mut related {
            r.sort_unstable();
            r.dedup();
        }
        let light = list
            .iter()
            .map(|w| rules.light_stems.contains(*w))
            .collect();
        Words { of, related, light }
    }

    /// How many of claim `a`'s words, light verbs aside, are the same item as one of claim
    /// `b`'s.
    fn shared(&self, a: usize, b: usize) -> usize {
        let wb = &self.of[b];
        self.of[a]
            .iter()
            .filter(|&&x| !self.light[x as usize])
            .filter(|&&x| {
                let related = &self.related[x as usize];
                wb.iter()
                    .any(|y| x == *y || (!related.is_empty() && related.binary_search(y).is_ok()))
            })
            .count()
    }
}

fn match_pairs(
    claims: &[Claim],
    info: &[Option<EventInfo>],
    entities: &Entities,
    stories: &Stories,
    rules: &Rules,
) -> Vec<(u32, u32)> {
    let s = &rules.settings;
    // Claim numbers are u32 here (a run holds far fewer claims), to halve the index.
    let id = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
    // Blocking: claims meet only in a block that names the same attribute, content word
    // (by its last four letters, so prefixed forms meet) and one subject, or the same
    // article; two claims that can be one event always share such a block (see
    // `same_event`). A claim is compared with the next `max_candidates` claims of each of
    // its blocks, so a block of thousands of alike claims (a word every article of a story
    // uses, or a corrupt file repeating one sentence) costs time in proportion to its size.
    let mut blocks: FxHashMap<(Attribute, &str, Anchor), Vec<u32>> = FxHashMap::default();
    for (i, inf) in info.iter().enumerate() {
        let Some(inf) = inf else { continue };
        let anchors = inf
            .subjects
            .iter()
            .map(|&g| Anchor::Subject(g))
            .chain([Anchor::Article(claims[i].article)]);
        let words = claims[i]
            .frame
            .as_ref()
            .map_or(&[][..], |f| f.words.as_slice());
        let mut tails: Vec<&str> = words
            .iter()
            .map(|w| match w.char_indices().rev().nth(3) {
                Some((at, _)) => &w[at..],
                None => w.as_str(),
            })
            .collect();
        tails.sort_unstable();
        tails.dedup();
        for anchor in anchors {
            for &tail in &tails {
                blocks
                    .entry((claims[i].attribute, tail, anchor))
                    .or_default()
                    .push(id(i));
            }
        }
        // Counts of others meet the other counts of others of their article whatever
        // their words (see `same_event`).
        if claims[i].count().is_some_and(|c| c.others) {
            blocks
                .entry((
                    Attribute::Count,
                    OTHERS_BLOCK,
                    Anchor::Article(claims[i].article),
                ))
                .or_default()
                .push(id(i));
        }
    }
    // Each claim's places in the blocks (block, position), all in one list, claim after
    // claim: claim i's are `places[start[i]..start[i + 1]]`. The blocks' order does not
    // matter: a claim's candidates are sorted.
    let blocks: Vec<Vec<u32>> = blocks.into_values().collect();
    let mut start = vec![0usize; claims.len() + 1];
    for &i in blocks.iter().flatten() {
        start[i as usize + 1] += 1;
    }
    for i in 0..claims.len() {
        start[i + 1] += start[i];
    }
    let mut places = vec![(0u32, 0u32); start[claims.len()]];
    let mut fill = start.clone();
    for (k, list) in blocks.iter().enumerate() {
        for (pos, &i) in list.iter().enumerate() {
            places[fill[i as usize]] = (id(k), id(pos));
            fill[i as usize] += 1;
        }
    }
    drop(fill);
    let words = Words::new(claims, info, &rules.events);
    // The rules' concept words of each claim, found once.
    let facts: Vec<Facts> = claims
        .par_iter()
        .zip(info)
        .map(|(c, inf)| Facts::of(c, inf))
        .collect();
    let concepts: Vec<Vec<&str>> = claims
        .par_iter()
        .map(|c| {
            c.frame.as_ref().map_or_else(Vec::new, |f| {
                f.words
                    .iter()
                    .map(String::as_str)
                    .filter(|w| rules.events.concept_names.contains(*w))
                    .collect()
            })
        })
        .collect();
    let per_claim = PerClaim {
        claims,
        info,
        facts: &facts,
        concepts: &concepts,
        words: &words,
    };
    let window = s.max_candidates;
    // Claims are verified in parallel; `collect` keeps their order.
    (0..claims.len())
        .into_par_iter()
        .flat_map_iter(|a| {
            let mut candidates: Vec<u32> = Vec::new();
            for &(k, pos) in &places[start[a]..start[a + 1]] {
                let block = &blocks[k as usize];
                candidates.extend(block[pos as usize + 1..].iter().take(window));
            }
            candidates.sort_unstable();
            candidates.dedup();
            // A run's claims are in article order, so the sorted candidates come article
            // by article: whether their article is related to `a`'s is asked once per
            // article, not once per claim.
            let mut related: Option<(usize, bool)> = None;
            candidates.retain(|&b| {
                let b = b as usize;
                same_event(&per_claim, entities, rules, (a, b))
                    && articles_close(
                        &mut related,
                        stories,
                        rules,
                        claims[a].article,
                        claims[b].article,
                    )
                    && !relative_apart(claims, stories, rules, a, b)
                    && !own_days_apart(stories, &claims[a], &claims[b])
                    && !past_and_upcoming(claims, stories, a, b)
                    && !past_and_upcoming(claims, stories, b, a)
            });
            let a = id(a);
            candidates.into_iter().map(move |b| (a, b))
        })
        .collect()
}

/// [`Stories::close`] articles `a` and `b`, published at most `story_max_days` apart
/// when both dates are known (two reports months apart tell two stories, whatever names
/// they share), with the answer for the last `b` asked kept in `last`. Reads the two
/// articles only, so `lint` against an index agrees with `lint` against the
/// folder.
fn articles_close(
    last: &mut Option<(usize, bool)>,
    stories: &Stories,
    rules: &Rules,
    a: usize,
    b: usize,
) -> bool {
    match *last {
        Some((seen, answer)) if seen == b => answer,
        _ => {
            let near = stories.published_within(a, b, rules.settings.story_max_days);
            let answer = near.unwrap_or(true) && stories.close(a, b);
            *last = Some((b, answer));
            answer
        }
    }
}

/// Two date claims, one resolved from its article's publication date ("Kamis", "kemarin"),
/// whose articles were published more than `relative_date_max_days` apart: the relative
/// one means a day of its own week, so they are no one event whatever they share.
fn relative_apart(claims: &[Claim], stories: &Stories, rules: &Rules, a: usize, b: usize) -> bool {
    let relative = |c: &Claim| c.date().is_some_and(|d| d.relative());
    if !relative(&claims[a]) && !relative(&claims[b]) {
        return false;
    }
    let days = rules.settings.relative_date_max_days;
    stories.published_within(claims[a].article, claims[b].article, days) == Some(false)
}

/// Two dates each the very day its article was published, in articles of different days:
/// "hari ini", "Selasa ini" in a Tuesday's article, "today", or the day written in full
/// ("Harga emas ... Selasa, 10 Juni 2025" in an article of that day). Each tells of its
/// own day, as the reports of two days do (a market's session, a daily horoscope, a gold
/// price), so they are no one event given two dates.
fn own_days_apart(stories: &Stories, a: &Claim, b: &Claim) -> bool {
    let own_day = |c: &Claim| {
        let day = match c.date()?.resolution.as_ref().and_then(|r| r.anchor) {
            Some(anchor) => anchor,
            None => stories.published.get(c.article).copied().flatten()?,
        };
        (c.time_scope == Some((day, day))).then_some(day)
    };
    matches!((own_day(a), own_day(b)), (Some(x), Some(y)) if x != y)
}

/// Date `a` told as past and date `b` told as still to come in an article published after
/// `a`'s day ("during Thursday's meeting" on 20 December; "the meeting in February", written
/// on the 23rd): the meeting still to come is another one.
fn past_and_upcoming(claims: &[Claim], stories: &Stories, a: usize, b: usize) -> bool {
    let (ca, cb) = (&claims[a], &claims[b]);
    if ca.date().is_none() || cb.date().is_none() || ca.context.future || !cb.context.future {
        return false;
    }
    let Some(published) = stories.published.get(cb.article).copied().flatten() else {
        return false;
    };
    // The upcoming one may lie ahead (it ends after its article's day: "will be passed this
    // year", written in January); the past one was over before that day.
    match (ca.time_scope, cb.time_scope) {
        (Some((_, a_end)), Some((_, b_end))) => a_end < published && b_end > published,
        _ => false,
    }
}

/// The block of an article's counts of others ("dan 12 perusahaan lainnya"); no frame word
/// (words are lower-case letters).
const OTHERS_BLOCK: &str = "\u{1}others";

/// What a block of candidate claims shares besides a word: a subject, or an article (for
/// claims without subjects, which are only compared within their article).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Anchor {
    Subject(usize),
    Article(usize),
}

/// What [`same_event`] checks first, per claim, in one small record kept in one list, so
/// most pairs are decided without following a claim's boxes (the frame, the detail).
#[derive(Debug, Clone, Copy, Default)]
struct Facts {
    /// The claim has event info and a frame.
    event: bool,
    article: usize,
    sentence: (usize, usize),
    /// The claim has subjects.
    subjects: bool,
    earlier: bool,
    /// FxHash of the distinguishing modifiers, 0 for none (equal hashes are compared in full).
    marks: u64,
    /// Counts: (others, percent, whole).
    count: Option<(bool, bool, bool)>,
    /// The time scope, in days since the common era.
    scope: Option<(i32, i32)>,
}

impl Facts {
    fn of(c: &Claim, inf: &Option<EventInfo>) -> Facts {
        use chrono::Datelike;
        use std::hash::BuildHasher;
        let (Some(f), Some(inf)) = (&c.frame, inf) else {
            return Facts::default();
        };
        Facts {
            event: true,
            article: c.article,
            sentence: f.sentence,
            subjects: !inf.subjects.is_empty(),
            earlier: f.earlier,
            marks: if f.marks.is_empty() {
                0
            } else {
                rustc_hash::FxBuildHasher.hash_one(&f.marks) | 1
            },
            count: c.count().map(|x| (x.others, x.percent, x.whole)),
            scope: c
                .time_scope
                .map(|(s, e)| (s.num_days_from_ce(), e.num_days_from_ce())),
        }
    }
}

/// What [`same_event`] knows of each claim, indexed by claim: the claims with their event
/// info, the facts it checks first, the rules' concept words of each frame and the frame
/// words' ids. Built once in [`match_pairs`], read by every comparison.
struct PerClaim<'a> {
    claims: &'a [Claim],
    info: &'a [Option<EventInfo>],
    facts: &'a [Facts],
    /// Per claim, the words of its frame that are the rules' concept names.
    concepts: &'a [Vec<&'a str>],
    words: &'a Words,
}

fn same_event(
    per_claim: &PerClaim,
    entities: &Entities,
    rules: &Rules,
    (a, b): (usize, usize),
) -> bool {
    let PerClaim {
        claims,
        info,
        facts,
        concepts,
        words,
    } = *per_claim;
    let (pa, pb): (&[&str], &[&str]) = (&concepts[a], &concepts[b]);
    let (xa, xb) = (&facts[a], &facts[b]);
    if !xa.event || !xb.event {
        return false;
    }
    if xa.article == xb.article && xa.sentence == xb.sentence {
        return false;
    }
    // A claim whose article names no entity at all is only compared within its article.
    if xa.article != xb.article && (!xa.subjects || !xb.subjects) {
        return false;
    }
    if xa.earlier != xb.earlier || xa.marks != xb.marks {
        return false;
    }
    // Dates far apart are two events: a slip of a digit of the year is near.
    if xa.count.is_none()
        && xb.count.is_none()
        && days_apart(xa.scope, xb.scope) > rules.settings.date_event_max_days as i64
    {
        return false;
    }
    if let (Some(x), Some(y)) = (xa.count, xb.count) {
        if x != y {
            return false;
        }
        if days_apart(xa.scope, xb.scope) > rules.settings.count_event_max_days as i64 {
            return false;
        }
    }
    let (ca, cb) = (&claims[a], &claims[b]);
    if let (Some(x), Some(y)) = (ca.count(), cb.count()) {
        if !same_thing(x, y) {
            return false;
        }
        // An order of magnitude apart: a whole and a part, or two quantities (a score is
        // compared as a score).
        if x.score.is_none() && y.score.is_none() {
            let ((la, ha), (lb, hb)) = (x.value.range(), y.value.range());
            let ratio = if la > hb && hb > 0.0 {
                la / hb
            } else if lb > ha && ha > 0.0 {
                lb / ha
            } else {
                1.0
            };
            if ratio > rules.settings.count_max_ratio as f64 {
                return false;
            }
        }
    }
    let (Some(ia), Some(ib)) = (&info[a], &info[b]) else {
        return false;
    };
    // What two sides scored (or one side and a figure of no side named: a match's, a
    // campaign's), or what a side scored and what one conceded, are two quantities: "enam
    // gol ke gawang Garuda" of Japan and "tiga gol ke gawang Bahrain" of Indonesia, "Daichi
    // Kamada bikin dua gol" and a team's "13 gol", "Indonesia ketinggalan tiga gol" and
    // "Timnas Indonesia menggelontorkan 12 gol".
    if ia.side.is_some() && ib.side.is_some() && ia.side != ib.side {
        return false;
    }
    // Goals of no side named in two articles: whose they are, neither says ("mencetak 12
    // gol" in a sentence opened by a team's nickname, "mencetak dua gol" of a player its
    // sentence names as the opener only).
    let sideless = |i: &EventInfo| i.side.is_some_and(|(g, _)| g.is_none());
    if ca.article != cb.article && (sideless(ia) || sideless(ib)) {
        return false;
    }
    if xa.marks != 0 {
        // Equal hashes: the lists themselves.
        fn marks(c: &Claim) -> Option<&[String]> {
            c.frame.as_ref().map(|f| f.marks.as_slice())
        }
        if marks(ca) != marks(cb) {
            return false;
        }
    }
    // One article counting the others of one name twice ("PT GN dan 12 perusahaan
    // lainnya mendapatkan hak spesial" in its lead, "PT GN dan tiga belas perusahaan lainnya
    // diberikan pengecualian" below) counts one group, in whatever words.
    let of = |c: &Claim| c.count().and_then(|x| x.others_of.clone());
    if ca.article == cb.article && of(ca).is_some() && of(ca) == of(cb) {
        return true;
    }
    if !subjects_agree(
        entities,
        (&ia.subjects, &ia.loose),
        (&ib.subjects, &ib.loose),
    ) {
        return false;
    }
    let (wa, wb) = (&words.of[a], &words.of[b]);
    // Predicates from the rules' concepts must meet when both sides have some: dead and
    // missing are two quantities.
    if !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|x| pb.contains(x)) {
        return false;
    }
    // Two concepts of one exclusive group, each on one side only: heavy and light damage.
    let groups = &rules.events.concept_groups;
    let only = |x: &&str, other: &[&str]| !other.contains(x);
    let clash = pa.iter().filter(|x| only(x, pb)).any(|x| {
        pb.iter()
            .filter(|y| only(y, pa))
            .any(|y| groups.get(*x).is_some_and(|g| groups.get(*y) == Some(g)))
    });
    if clash {
        return false;
    }
    // Counts: a concept of an exclusive group on one side only is a predicate the other
    // lacks: 241 killed and 242 on board, 7 badly injured and 4 injured, 2 bodies found and
    // 1 body identified (and found) are two quantities.
    if ca.count().is_some() && cb.count().is_some() {
        let lone = |x: &[&str], other: &[&str]| {
            x.iter()
                .any(|c| groups.contains_key(*c) && !other.contains(c))
        };
        if lone(pa, pb) || lone(pb, pa) {
            return false;
        }
    }
    if ca.date().is_some() && cb.date().is_some() && (!heads_meet(ca, cb) || ca.told() != cb.told())
    {
        return false;
    }
    let shared = words.shared(a, b);
    if shared == 0 || shared < rules.settings.event_min_shared {
        return false;
    }
    // An event is what happened and to whom, not where: two dates whose only common
    // subjects are places need more than one word in common.
    if ca.date().is_some()
        && cb.date().is_some()
        && shared < 2
        && !ia
            .subjects
            .iter()
            .any(|g| ib.subjects.contains(g) && entities.groups[*g].kind != EntityKind::Place)
    {
        return false;
    }
    let dice = 2.0 * shared as f64 / (wa.len() + wb.len()) as f64;
    dice >= rules.settings.event_similarity
}

/// Days between two time scopes (days since the common era, `(start, end)`): 0 when they
/// meet or either is unknown.
fn days_apart(a: Option<(i32, i32)>, b: Option<(i32, i32)>) -> i64 {
    match (a, b) {
        (Some(a), Some(b)) => i64::from((b.0 - a.1).max(a.0 - b.1).max(0)),
        _ => 0,
    }
}

/// Subjects agree when one side names none (same article only, see above), or when they
/// share an entity and, for each kind both sides name (people, organisations, places), an entity of that kind: Rutte in
/// Japan and Rutte in Korea are two visits.
fn subjects_agree(
    entities: &Entities,
    (a, a_loose): (&[usize], &[usize]),
    (b, b_loose): (&[usize], &[usize]),
) -> bool {
    if a.is_empty() || b.is_empty() {
        return true;
    }
    if !a.iter().any(|g| b.contains(g)) {
        return false;
    }
    [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
    ]
    .iter()
    .all(|&kind| {
        // Tested in place, not collected: this runs for every candidate pair of a run.
        let firm =
            |g: &usize, loose: &[usize]| entities.groups[*g].kind == kind && !loose.contains(g);
        let named = |list: &[usize], loose: &[usize]| list.iter().any(|g| firm(g, loose));
        // Neither side names one of this kind firmly, or one is firmly on both sides.
        !named(a, a_loose)
            || !named(b, b_loose)
            || a.iter()
                .any(|g| firm(g, a_loose) && !b_loose.contains(g) && b.contains(g))
    })
}

/// Union-find over the links; groups numbered by their first claim.
fn join(n: usize, links: &[(u32, u32)], info: &mut [Option<EventInfo>]) -> Vec<EventGroup> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for &(a, b) in links {
        let (ra, rb) = (find(&mut parent, a as usize), find(&mut parent, b as usize));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    // A root is its group's smallest claim, so walking the claims in order meets each
    // group at its first claim: groups are numbered, and their members listed, in order.
    let mut linked = vec![false; n];
    for &(a, b) in links {
        linked[a as usize] = true;
        linked[b as usize] = true;
    }
    let mut group_of_root: Vec<Option<usize>> = vec![None; n];
    let mut groups: Vec<EventGroup> = Vec::new();
    for x in (0..n).filter(|&x| linked[x]) {
        let r = find(&mut parent, x);
        let g = *group_of_root[r].get_or_insert_with(|| {
            groups.push(EventGroup {
                id: crate::conflict::EventId::of_group(groups.len()).to_string(),
                members: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].members.push(x);
        if let Some(inf) = &mut info[x] {
            inf.group = Some(g);
        }
    }
    groups
}

/// Whether two date claims hang on one word: when each has a word just before it in its
/// clause (its head: "law enacted last week", "backlash grew Monday"), one side's head
/// must be among the other's words (or the two heads one word). Two different words
/// governing two dates ("enacted", "grew") are two events of one subject, however many
/// other words the clauses share. Two bare weekdays need both heads in the other clause:
/// "broke his silence Wednesday about a photo" and "a photo sent out late Friday".
fn heads_meet(a: &Claim, b: &Claim) -> bool {
    let (Some(fa), Some(fb)) = (&a.frame, &b.frame) else {
        return true;
    };
    if fa.head.is_empty() || fb.head.is_empty() {
        return true;
    }
    let within = |head: &[String], words: &[String]| {
        head.iter().any(|h| words.iter().any(|w| same_item(h, w)))
    };
    if within(&fa.head, &fb.head) {
        return true;
    }
    // Bare weekdays name days of their articles' own weeks, each on its own verb: both
    // heads must be in the other clause.
    let bare = |c: &Claim| c.date().is_some_and(|d| d.form == BARE_WEEKDAY);
    if bare(a) && bare(b) {
        within(&fa.head, &fb.words) && within(&fb.head, &fa.words)
    } else {
        within(&fa.head, &fb.words) || within(&fb.head, &fa.words)
    }
}

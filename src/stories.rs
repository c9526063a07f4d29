//! Stories: which articles of a run tell one story.
//!
//! A story is what several outlets report about one happening; its articles name the same
//! people, places, organisations and identifiers, within a few weeks of each other. This
//! stage comes after extraction and entity grouping, before reconciliation:
//!
//! - **Named entities.** Each article's entities are the entity groups of its name claims
//!   that are no known name of the rules (a country, a capital or a head of state is named
//!   by every story and tells none apart), nor made of head words only (`Jalan Tol`, `Toll
//!   Road`: a kind of place). A title standing alone for its holder names no one.
//! - **Related articles** ([`Stories::related`]): two articles may speak of the same entity
//!   or event when one article writes both claims, when they name another entity in common
//!   (or two entities with two adjacent name words in common: "Rawa Buaya" and "Terminal
//!   Mobil Barang Rawa Buaya"), or when one of them names fewer than `story_few_names`
//!   entities (too few to tell).
//!   Spelling compares the forms of a name only in related articles. Date and count claims
//!   are one event only in **close** articles ([`Stories::close`]): related ones naming two
//!   entities or a place in common. The tests read the two articles only, so
//!   they give the same answer whatever else is read (`lint` against an archive index reads
//!   part of the archive and must agree with `lint` against the folder).
//! - **Stories** ([`Stories::list`]): articles are taken in order of how many entities they
//!   name, fewest first (then in run order); each joins the story of the article placed
//!   before it that it names the most entities in common with, when they name at least
//!   `story_min_shared` in common (or every entity of the one that names fewer, at least
//!   one) and, when both dates are known, were published at most `story_max_days` days
//!   apart; otherwise it starts a story. Stories are never merged, so a round-up naming the
//!   people of three stories joins one of them instead of making the three one. Only
//!   entities named by at most `story_max_articles` articles are looked up (a minister
//!   named by a thousand reports joins none of them), so the work grows with the run, not
//!   its square. Stories are numbered in article order (`story-1` holds the first article).

use std::collections::{BTreeMap, BTreeSet};

use crate::article::Article;
use crate::claim::{Attribute, Claim, Cue};
use crate::reconcile::entities::Entities;
use crate::rules::{EntityRules, Rules};

/// One story: its articles and a name to show it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// `story-N`, numbered in article order.
    pub id: String,
    /// Article indices, in order.
    pub articles: Vec<usize>,
    /// Up to three entities most of its articles name, most named first: what the story is
    /// about (`Yoory Cornelis, Sarana Jaya`). Empty for an article that names none.
    pub about: Vec<String>,
}

impl Story {
    /// `story-2 (Yoory Cornelis, Sarana Jaya)`, or the id alone when it names no one.
    pub fn label(&self) -> String {
        if self.about.is_empty() {
            self.id.clone()
        } else {
            format!("{} ({})", self.id, self.about.join(", "))
        }
    }
}

/// The stories of a run.
#[derive(Debug, Clone, Default)]
pub struct Stories {
    /// Per article: the entity groups it names that are no known name, sorted.
    pub named: Vec<Vec<usize>>,
    /// Per article: each pair of adjacent words in the names of those entities (hashed),
    /// with its entity, sorted. "Rawa Buaya" and "Terminal Mobil Barang Rawa Buaya" are two
    /// entities but one place named in both articles.
    pub pairs: Vec<Vec<(u64, usize)>>,
    /// Per article: its story, an index into `list` (`None` for an article left out: `lint`
    /// shows only the stories of the articles its conflicts quote).
    pub of_article: Vec<Option<usize>>,
    /// The stories, in order of their first article; indexed by `of_article` and
    /// [`crate::conflict::Conflict::stories`].
    pub list: Vec<Story>,
    /// Per article: its publication date, when known.
    pub published: Vec<Option<chrono::NaiveDate>>,
    /// Per article: those of its `named` entities that are places, sorted.
    pub places: Vec<Vec<usize>>,
    few: usize,
    min_shared: usize,
}

impl Stories {
    /// Whether two articles may speak of one entity or event (see the module doc); `except`
    /// is an entity that does not count as named in common (the name being compared).
    pub fn related(&self, a: usize, b: usize, except: Option<usize>) -> bool {
        if a == b {
            return true;
        }
        let (na, nb) = (&self.named[a], &self.named[b]);
        let others = |n: &[usize]| {
            n.len()
                - except
                    .filter(|g| n.binary_search(g).is_ok())
                    .map_or(0, |_| 1)
        };
        if others(na) < self.few || others(nb) < self.few {
            return true;
        }
        if shared(na, nb, except) > 0 {
            return true;
        }
        // Or a pair of name words in common, of entities other than `except`.
        self.share_a_pair(a, b, |ga, gb| Some(ga) != except && Some(gb) != except)
    }

    /// Whether articles `a` and `b` write a pair of adjacent name words in common, in
    /// entities (`a`'s, `b`'s) that pass `ok`.
    fn share_a_pair(&self, a: usize, b: usize, ok: impl Fn(usize, usize) -> bool) -> bool {
        let (pa, pb) = (&self.pairs[a], &self.pairs[b]);
        pa.iter().any(|&(h, ga)| {
            let from = pb.partition_point(|(x, _)| *x < h);
            pb[from..]
                .iter()
                .take_while(|(x, _)| *x == h)
                .any(|&(_, gb)| ok(ga, gb))
        })
    }

    /// Whether two articles may report one event: the same article, or two that name
    /// `story_min_shared` entities in common (or every entity of the one that names fewer),
    /// as two articles of one story do, or a place in common (the terminal that burned, the
    /// village that flooded; also through two adjacent name words, "Rawa Buaya" and "Terminal
    /// Mobil Barang Rawa Buaya"), or one of which names too few to tell. One person or
    /// organisation in common ("KPK", a president) is a reason to compare two spellings of
    /// the name, not to take two reports of it for one event: they are in the news for many.
    /// Reads the two articles only, like [`Self::related`].
    pub fn close(&self, a: usize, b: usize) -> bool {
        if a == b {
            return true;
        }
        let (na, nb) = (&self.named[a], &self.named[b]);
        if na.len() < self.few || nb.len() < self.few {
            return true;
        }
        let need = self.min_shared.min(na.len()).min(nb.len()).max(1);
        if shared(na, nb, None) >= need || shared(&self.places[a], &self.places[b], None) > 0 {
            return true;
        }
        let place = |x: usize, g: usize| self.places[x].binary_search(&g).is_ok();
        self.share_a_pair(a, b, |ga, gb| place(a, ga) || place(b, gb))
    }

    /// Whether articles `a` and `b` were published at most `days` apart; `None` when either
    /// date is unknown.
    pub fn published_within(&self, a: usize, b: usize, days: usize) -> Option<bool> {
        let published = |x: usize| self.published.get(x).copied().flatten();
        published_within(published(a), published(b), days)
    }

    /// Whether two articles tell of one thing: the same article, or two articles of one
    /// story that are [`Self::related`]. A number or an age in unrelated reports is no
    /// reason to think them one.
    pub fn together(&self, a: usize, b: usize) -> bool {
        a == b || (self.same(a, b) && self.related(a, b, None))
    }

    /// Whether articles `a` and `b` are one, or of one story.
    pub fn same(&self, a: usize, b: usize) -> bool {
        let story = |x: usize| self.of_article.get(x).copied().flatten();
        a == b || (story(a).is_some() && story(a) == story(b))
    }

    /// The same stories with article `i` moved to `place[i]` of a list of `n` articles (an
    /// archive index's run placed among all the archive's articles).
    pub fn relocated(mut self, place: &[usize], n: usize) -> Stories {
        let mut named = vec![Vec::new(); n];
        let mut pairs = vec![Vec::new(); n];
        let mut places = vec![Vec::new(); n];
        let mut of_article = vec![None; n];
        let mut published = vec![None; n];
        for (i, (list, p)) in self.named.into_iter().zip(self.pairs).enumerate() {
            named[place[i]] = list;
            pairs[place[i]] = p;
            places[place[i]] = std::mem::take(&mut self.places[i]);
            of_article[place[i]] = self.of_article[i];
            published[place[i]] = self.published.get(i).copied().flatten();
        }
        let list = self
            .list
            .into_iter()
            .map(|mut story| {
                story.articles = story.articles.iter().map(|&a| place[a]).collect();
                story.articles.sort_unstable();
                story
            })
            .collect();
        Stories {
            named,
            pairs,
            places,
            of_article,
            list,
            published,
            few: self.few,
            min_shared: self.min_shared,
        }
    }

    /// The stories that `articles` belong to, sorted, without repeats.
    pub fn of(&self, articles: impl IntoIterator<Item = usize>) -> Vec<usize> {
        let set: BTreeSet<usize> = articles
            .into_iter()
            .filter_map(|a| self.of_article.get(a).copied().flatten())
            .collect();
        set.into_iter().collect()
    }
}

/// How many entities two sorted lists share, `except` aside.
fn shared(a: &[usize], b: &[usize], except: Option<usize>) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if Some(a[i]) != except {
                    n += 1;
                }
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Words that say what kind of thing a name is, not which: head words of names (`road`,
/// `bandara`), institution heads (`university`, `company`) and the words of institution
/// names that are the same in every language (`technology`, `defence`, `lingkungan hidup`),
/// as names' keys write them.
pub(crate) fn type_words(rules: &EntityRules) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = BTreeSet::new();
    for (form, _) in rules.name_heads.entries() {
        if let [w] = form {
            out.insert(w.clone());
        }
    }
    out.extend(rules.institution_list.iter().map(|i| i.head.clone()));
    // Each word of the name words' forms too: "Dinas Lingkungan Hidup" (a regency's
    // environment office, as every regency has) is a kind of office, not one office.
    for (form, _) in rules.name_words.entries() {
        out.extend(form.iter().cloned());
    }
    out.extend(rules.name_words.values().cloned());
    out
}

/// The entity groups each article names that are no known name, nor a name made of head
/// words only (`Jalan Tol`, `Toll Road`: a kind of place, not one place), nor initials.
pub fn named(
    n_articles: usize,
    claims: &[Claim],
    entities: &Entities,
    types: &BTreeSet<String>,
) -> Vec<Vec<usize>> {
    // Per entity group, asked once (in parallel), not once per claim.
    let generic: Vec<bool> = {
        use rayon::prelude::*;
        entities
            .groups
            .par_iter()
            .map(|group| {
                group
                    .keys
                    .iter()
                    .all(|key| key.split(' ').all(|w| types.contains(w)))
            })
            .collect()
    };
    let generic = |g: usize| generic[g];
    let mut named: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n_articles];
    for (i, c) in claims.iter().enumerate() {
        let (Attribute::Name, Some(g), Some(e)) = (
            c.attribute,
            entities.group_of.get(i).copied().flatten(),
            c.entity(),
        ) else {
            continue;
        };
        // Initials ("DUL (30)") name a suspect in one story and others in many; a lone word
        // (`Cue::Lone`) is read by the spelling check only.
        if !e.known && !matches!(e.cue, Cue::TitleAlone | Cue::Initials | Cue::Lone) && !generic(g)
        {
            if let Some(set) = named.get_mut(c.article) {
                set.insert(g);
            }
        }
    }
    named.into_iter().map(|s| s.into_iter().collect()).collect()
}

/// Per article: the adjacent word pairs of the names of the entities it names (each of the
/// entity's written keys), hashed, with the entity, sorted; not a pair of head words
/// (`toll road` of `Girutrore Toll Road`).
pub(crate) fn word_pairs(
    named: &[Vec<usize>],
    entities: &Entities,
    types: &BTreeSet<String>,
) -> Vec<Vec<(u64, usize)>> {
    let head = |w: &str| types.contains(w);
    use std::hash::{Hash, Hasher};
    let mut of_group: BTreeMap<usize, Vec<u64>> = BTreeMap::new();
    named
        .iter()
        .map(|groups| {
            let mut out: Vec<(u64, usize)> = Vec::new();
            for &g in groups {
                let hashes = of_group.entry(g).or_insert_with(|| {
                    let mut hs: Vec<u64> = Vec::new();
                    for key in &entities.groups[g].keys {
                        let words: Vec<&str> = key.split(' ').collect();
                        for w in words.windows(2) {
                            if head(w[0]) && head(w[1]) {
                                continue;
                            }
                            // A fixed hasher, so the order is the same on every run.
                            let mut h = rustc_hash::FxHasher::default();
                            w.hash(&mut h);
                            hs.push(h.finish());
                        }
                    }
                    hs.sort_unstable();
                    hs.dedup();
                    hs
                });
                out.extend(hashes.iter().map(|&h| (h, g)));
            }
            out.sort_unstable();
            out
        })
        .collect()
}

/// The stories of `articles` (in run order), from their claims' entity groups.
pub fn group(
    articles: &[Article],
    claims: &[Claim],
    entities: &Entities,
    rules: &Rules,
) -> Stories {
    let types = type_words(&rules.entities);
    let named = named(articles.len(), claims, entities, &types);
    let pairs = word_pairs(&named, entities, &types);
    let members: Vec<usize> = (0..articles.len()).collect();
    among(articles, named, pairs, &members, entities, rules)
}

/// The stories of the `members` articles (sorted indices into `articles`), given what each
/// article names; articles not among them are in no story.
pub fn among(
    articles: &[Article],
    named: Vec<Vec<usize>>,
    pairs: Vec<Vec<(u64, usize)>>,
    members: &[usize],
    entities: &Entities,
    rules: &Rules,
) -> Stories {
    let s = &rules.settings;
    // Members naming each entity, for the entities few enough articles name.
    let mut postings: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &a in members {
        for &g in &named[a] {
            postings.entry(g).or_default().push(a);
        }
    }
    postings.retain(|_, list| list.len() <= s.story_max_articles);
    let within = |a: usize, b: usize| {
        published_within(
            articles[a].published,
            articles[b].published,
            s.story_max_days,
        )
        .unwrap_or(true)
    };
    // The members each member is linked to (entities in common, at least as many as
    // needed, published close enough), with how many they name in common.
    let mut links: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for &b in members {
        let groups = &named[b];
        let mut in_common: BTreeMap<usize, usize> = BTreeMap::new();
        for g in groups {
            for &a in postings.get(g).map_or(&[][..], Vec::as_slice) {
                if a != b {
                    *in_common.entry(a).or_default() += 1;
                }
            }
        }
        let linked: Vec<(usize, usize)> = in_common
            .into_iter()
            .filter(|&(a, n)| {
                n >= s
                    .story_min_shared
                    .min(groups.len())
                    .min(named[a].len())
                    .max(1)
                    && within(a, b)
            })
            .collect();
        links.insert(b, linked);
    }
    // Each member joins the story of the member placed before it that it names the most
    // entities in common with (the earlier story on a tie), or starts a story.
    // Articles naming fewer entities are placed first: a round-up naming the people of five
    // stories comes after the reports it sums up, and joins one of their stories instead
    // of starting one that the reports of all five then join.
    let mut order: Vec<usize> = members.to_vec();
    order.sort_by_key(|&a| (named[a].len(), a));
    let mut story_of: Vec<Option<usize>> = vec![None; articles.len()];
    let mut stories: Vec<Vec<usize>> = Vec::new();
    for &b in &order {
        let best = links[&b]
            .iter()
            .filter_map(|&(a, n)| Some((n, std::cmp::Reverse(story_of[a]?))))
            .max();
        let i = match best {
            Some((_, std::cmp::Reverse(story))) => story,
            None => {
                stories.push(Vec::new());
                stories.len() - 1
            }
        };
        stories[i].push(b);
        story_of[b] = Some(i);
    }
    // Then two stories are one when most articles of the smaller are each linked to two
    // articles of the other (or to its one article): a story split by the order above
    // comes together, while the stories a round-up links (through that one article) stay
    // apart.
    loop {
        let mut merged = false;
        for x in 0..stories.len() {
            if stories[x].is_empty() {
                continue;
            }
            // Per other story: how many articles of x are linked to two of its articles.
            let mut reach: BTreeMap<usize, BTreeMap<usize, usize>> = BTreeMap::new();
            for &b in &stories[x] {
                for &(a, _) in &links[&b] {
                    if let Some(y) = story_of[a].filter(|&y| y != x) {
                        *reach.entry(y).or_default().entry(b).or_default() += 1;
                    }
                }
            }
            let into = reach.into_iter().find(|(y, per_article)| {
                let (small, big) = (stories[x].len(), stories[*y].len());
                if small > big {
                    return false;
                }
                let enough = 2.min(big);
                let linked = per_article.values().filter(|&&n| n >= enough).count();
                2 * linked >= small
            });
            if let Some((y, _)) = into {
                let moved = std::mem::take(&mut stories[x]);
                for &a in &moved {
                    story_of[a] = Some(y);
                }
                stories[y].extend(moved);
                merged = true;
            }
        }
        if !merged {
            break;
        }
    }
    let mut list: Vec<Story> = stories
        .into_iter()
        .filter(|articles| !articles.is_empty())
        .map(|articles| Story {
            id: String::new(),
            articles,
            about: Vec::new(),
        })
        .collect();
    let mut of_article = vec![None; articles.len()];
    // Stories numbered in article order.
    for story in &mut list {
        story.articles.sort_unstable();
    }
    list.sort_by_key(|story| story.articles[0]);
    for (i, story) in list.iter_mut().enumerate() {
        story.id = format!("story-{}", i + 1);
        for &a in &story.articles {
            of_article[a] = Some(i);
        }
    }
    for story in &mut list {
        story.about = about(&story.articles, &named, entities);
    }
    let places = named
        .iter()
        .map(|groups| {
            groups
                .iter()
                .copied()
                .filter(|&g| entities.groups[g].kind == crate::rules::EntityKind::Place)
                .collect()
        })
        .collect();
    Stories {
        named,
        pairs,
        places,
        of_article,
        list,
        published: articles.iter().map(|a| a.published).collect(),
        few: s.story_few_names,
        min_shared: s.story_min_shared,
    }
}

/// Whether two publication dates are at most `days` apart; `None` when one is unknown.
pub fn published_within(
    a: Option<chrono::NaiveDate>,
    b: Option<chrono::NaiveDate>,
    days: usize,
) -> Option<bool> {
    Some((a? - b?).num_days().unsigned_abs() <= days as u64)
}

/// Up to three entities the most of `articles` name, most named first (ties: by name).
pub fn about(articles: &[usize], named: &[Vec<usize>], entities: &Entities) -> Vec<String> {
    let mut count: BTreeMap<usize, usize> = BTreeMap::new();
    for &a in articles {
        for &g in &named[a] {
            *count.entry(g).or_default() += 1;
        }
    }
    let mut ranked: Vec<(usize, &str)> = count
        .into_iter()
        .map(|(g, n)| (n, entities.groups[g].name.as_str()))
        .collect();
    ranked.sort_by(|x, y| y.0.cmp(&x.0).then_with(|| x.1.cmp(y.1)));
    ranked.dedup_by(|x, y| x.1 == y.1);
    ranked
        .into_iter()
        .take(3)
        .map(|(_, name)| name.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(texts: &[&str]) -> (Vec<Article>, Stories) {
        let rules = Rules::builtin().expect("builtin rules");
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::new(format!("a{i}.txt"), t.to_string(), &rules).unwrap())
            .collect();
        let g = crate::extract_and_group(&articles, &rules);
        let stories = group(&articles, &g.claims, &g.entities, &rules);
        (articles, stories)
    }

    #[test]
    fn articles_naming_the_same_people_are_one_story() {
        let (_, s) = run(&[
            "Jakarta, 3 Juni 2025\n\nJaksa menuntut Yoory Cornelis. Saksi Donald Sihombing hadir di Pengadilan Tipikor Jakarta Pusat.",
            "Jakarta, 3 Juni 2025\n\nSidang Yoory Cornelis menghadirkan Donald Sihombing sebagai saksi.",
            // Trap: another story of the same day, one common word ("Jakarta") only.
            "Jakarta, 3 Juni 2025\n\nPelatih Patrick Kluivert memanggil Marselino Ferdinan dan Rizky Ridho ke Jakarta.",
        ]);
        assert_eq!(s.of_article[0], s.of_article[1]);
        assert_ne!(s.of_article[0], s.of_article[2]);
        assert_eq!(s.of(0..3), vec![0, 1]);
        assert_eq!(s.list.len(), 2);
        assert_eq!(s.list[0].id, "story-1");
        assert_eq!(s.list[1].articles, vec![2]);
        assert!(s.list[0].about.iter().any(|n| n.contains("Yoory")));
    }

    #[test]
    fn a_round_up_joins_one_story_and_does_not_join_the_stories_it_names() {
        let (_, s) = run(&[
            // The round-up names both casts, and comes first in run order.
            "Berita terpopuler: Yoory Cornelis, Donald Sihombing, Patrick Kluivert, Marselino Ferdinan, dan Greta Thunberg.",
            "Jaksa menuntut Yoory Cornelis. Saksi Donald Sihombing hadir.",
            "Sidang Yoory Cornelis menghadirkan Donald Sihombing.",
            "Pelatih Patrick Kluivert memanggil Marselino Ferdinan.",
            "Marselino Ferdinan dipuji Patrick Kluivert.",
        ]);
        assert_eq!(s.of_article[1], s.of_article[2]);
        assert_eq!(s.of_article[3], s.of_article[4]);
        assert_ne!(s.of_article[1], s.of_article[3]);
        let roundup = s.of_article[0];
        assert!(roundup == s.of_article[1] || roundup == s.of_article[3]);
    }

    #[test]
    fn articles_far_apart_in_time_are_two_stories() {
        let (_, s) = run(&[
            "Jakarta, 3 Juni 2025\n\nJaksa menuntut Yoory Cornelis. Saksi Donald Sihombing hadir.",
            // Trap: the same names a year later are a new story (an appeal, an anniversary).
            "Jakarta, 3 Juni 2026\n\nYoory Cornelis bebas. Donald Sihombing hadir.",
        ]);
        assert_ne!(s.of_article[0], s.of_article[1]);
    }

    #[test]
    fn related_needs_a_shared_name_unless_too_few_to_tell() {
        let (_, s) = run(&[
            "Jaksa menuntut Yoory Cornelis dan Donald Sihombing serta Indra Sukmono Arharrys.",
            "Pelatih Patrick Kluivert memanggil Marselino Ferdinan dan Rizky Ridho.",
            "Rizky Ridho cedera.",
        ]);
        assert!(!s.related(0, 1, None));
        // Article 2 names one person: too few to tell, so it may belong to either.
        assert!(s.related(0, 2, None));
        assert!(s.related(1, 2, None));
        assert!(s.related(1, 1, None));
    }

    #[test]
    fn two_names_sharing_two_adjacent_words_relate_their_articles() {
        let (_, s) = run(&[
            "Petugas Arif Wibowo dan Sinta Dewi memadamkan api di Rawa Buaya.",
            "Kepala Dinas Syafrin Liputo meninjau Terminal Mobil Barang Rawa Buaya bersama Budi Santoso.",
            // Trap: one word in common ("Buaya") is not enough.
            "Pelatih Patrick Kluivert dan Marselino Ferdinan bertemu di Taman Buaya.",
        ]);
        assert!(s.related(0, 1, None));
        assert!(!s.related(1, 2, None));
        assert!(!s.related(0, 2, None));
    }

    #[test]
    fn a_name_of_head_words_only_relates_no_articles() {
        let (_, s) = run(&[
            "Petugas Arif Wibowo dan Sinta Dewi menutup Jalan Tol bersama Budi Santoso.",
            "Pelatih Patrick Kluivert dan Marselino Ferdinan melintasi Jalan Tol bersama Rizky Ridho.",
            // Trap: a name with a word of its own is one place ("Jalan Tol Cipularang").
            "Petugas Dedi Kusnadi dan Rina Putri menutup Jalan Tol Cipularang bersama Andi Malik.",
            "Pelatih Shin Tae-yong dan Asnawi Mangkualam melintasi Jalan Tol Cipularang bersama Egy Maulana.",
        ]);
        assert!(!s.related(0, 1, None));
        assert!(s.related(2, 3, None));
    }

    #[test]
    fn close_articles_share_two_names_or_a_place() {
        let (_, s) = run(&[
            "Penyidik Komisi Pemberantasan Korupsi menahan Karna Suswandi bersama Eko Prionggo dan Rudi Hartono.",
            // Trap: the one name in common is an organisation in the news for many cases.
            "Penyidik Komisi Pemberantasan Korupsi menahan Abdul Wahid bersama Dani Nursalam dan Tata Maulana.",
            // Controls: two names in common; a place in common (through its last two words).
            "Penyidik Komisi Pemberantasan Korupsi memeriksa Karna Suswandi dan Siti Aminah serta Eko Prionggo.",
            "Petugas Arif Wibowo dan Sinta Dewi memadamkan api di Terminal Rawa Buaya.",
            "Kepala Dinas Syafrin Liputo meninjau Terminal Mobil Barang Rawa Buaya bersama Budi Santoso.",
        ]);
        assert!(s.related(0, 1, None), "a name in common relates them");
        assert!(!s.close(0, 1));
        assert!(s.close(0, 2));
        assert!(s.close(3, 4));
        assert!(!s.close(1, 4));
        assert!(s.close(1, 1));
    }
}

//! `count` and `count-update`: one quantity given numbers that cannot both be true, for the
//! same time (a conflict) or for different days (an update, reported as info).

use std::collections::{BTreeMap, BTreeSet};

use super::clock;
use super::events::{same_thing, Events};
use super::scope;
use crate::article::Article;
use crate::claim::{Claim, ScoreTime};
use crate::conflict::{articles_word, Conflict, EventId, Evidence, Message, Role};
use crate::kinds::Kind;
use crate::rules::{Measure, NumberRules, Rules};

/// With `focus` (per article whether it is wanted, per event group whether a wanted article
/// is in it), only the conflicts of the wanted groups and articles.
pub fn check(
    articles: &[Article],
    claims: &[Claim],
    events: &Events,
    rules: &Rules,
    focus: Option<(&[bool], &[bool])>,
) -> Vec<Conflict> {
    let tolerance = rules.settings.approximate_tolerance;
    let days = rules.settings.count_scope_days;
    // Disagreeing linked pairs per group: (same time, different times).
    let mut same: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    let mut later: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    // Groups with a pair of different days whose later figure is impossibly lower.
    let mut fell: BTreeSet<usize> = BTreeSet::new();
    // Per article, where its up-front part ends (`lead_end`), found once.
    let mut lead_ends: BTreeMap<usize, usize> = BTreeMap::new();
    // Times of day, per article read when a pair of one day disagrees.
    let gap = rules.settings.count_clock_gap_minutes as u32;
    let mut clocks: BTreeMap<usize, Vec<clock::Clock>> = BTreeMap::new();
    let mut moments: BTreeMap<usize, u32> = BTreeMap::new();
    let wanted = focus.map(|f| f.1);
    let linked = events.neighbours_in(wanted);
    // Per article, its claims of a `slips_only` measure (an epicentre's coordinates), found
    // when a pair of fixed measures of two articles first asks.
    let mut places: Option<BTreeMap<usize, Vec<usize>>> = None;
    // Per article, its count claims, gathered when a pair of two articles first asks.
    let mut counts_of: Option<BTreeMap<usize, Vec<usize>>> = None;
    for (a, b) in events.links() {
        if wanted.is_some_and(|w| !events.in_groups(a, w)) {
            continue;
        }
        let (Some(x), Some(y)) = (claims[a].count(), claims[b].count()) else {
            continue;
        };
        if x.value.agrees(&y.value, tolerance)
            || one_measure_value(&claims[a], &claims[b], &rules.numbers)
        {
            continue;
        }
        if beside(claims, &linked, a, b, tolerance) || beside(claims, &linked, b, a, tolerance) {
            continue;
        }
        // Two figures deep in one article's body are most often two quantities (two years,
        // two categories, two companies); one article disagrees with itself when its
        // headline or lead gives a figure its body contradicts ("menewaskan 14 orang" in the
        // lead, "lebih dari 14 orang" below).
        let article = claims[a].article;
        if article == claims[b].article {
            let end = *lead_ends
                .entry(article)
                .or_insert_with(|| articles.get(article).map_or(0, |x| lead_end(x, rules)));
            if claims[a].span.start >= end
                && claims[b].span.start >= end
                && !lone_beside_corroborated(articles, claims, events, (a, b), rules)
            {
                continue;
            }
        }
        // Each article also writes the other's figure of the same thing ("1.977.942
        // pegawai" and "838.572 pegawai" in two reports of one payment: a total and a part
        // of it): two quantities both tell, not one told two ways.
        if article != claims[b].article {
            let counts = counts_of.get_or_insert_with(|| counts_by_article(claims, |_| true));
            if writes(claims, counts, claims[b].article, a, tolerance)
                && writes(claims, counts, article, b, tolerance)
            {
                continue;
            }
        }
        let Some(g) = events.info[a].as_ref().and_then(|i| i.group) else {
            continue;
        };
        // A fixed measure (a quake's depth) has one value whatever day it is given on.
        let fixed = x.fixed || y.fixed;
        // A figure over a period ("selama periode 5-9 Juni 2025") and one of a day, or of
        // another period, are two quantities: a sum of days and a day's, not one figure.
        let period = |s: scope::Scope| s.is_some_and(|(from, to)| from != to);
        let (sa, sb) = (claims[a].time_scope, claims[b].time_scope);
        if !fixed && (period(sa) || period(sb)) && sa != sb {
            continue;
        }
        // Two articles that put their quake's epicentre in two places tell of two quakes.
        if x.fixed && y.fixed && article != claims[b].article {
            let places = places.get_or_insert_with(|| {
                // Each article's claims of a `slips_only` measure (an epicentre's
                // coordinates).
                counts_by_article(claims, |x| {
                    measure_of(x, &rules.numbers).is_some_and(|m| m.slips_only)
                })
            });
            if two_places(claims, places, (article, claims[b].article), &rules.numbers) {
                continue;
            }
        }
        // What a named side scored or earned ("Jepang mencetak enam gol"): a tally that
        // only rises, as the dead are.
        let sided = |i: usize| {
            events.info[i]
                .as_ref()
                .is_some_and(|x| x.side.is_some_and(|(g, _)| g.is_some()))
        };
        // Figures of a moment of a market's day (a `moment_words` word in the clause).
        let market = [a, b].iter().any(|&i| {
            claims[i]
                .frame
                .as_ref()
                .is_some_and(|f| f.marks.iter().any(|m| m == crate::extract::frame::MOMENT))
        });
        if fixed || scope::overlaps(sa, sb, days) {
            // Of one day, for two times of day far apart: two moments.
            let mut moment = |i: usize| {
                let article = articles.get(claims[i].article)?;
                let times = clocks
                    .entry(claims[i].article)
                    .or_insert_with(|| clock::times(&article.text, rules));
                let m = clock::moment(article, &claims[i], times)?;
                moments.insert(i, m);
                Some(m)
            };
            // A figure of a moment of a market's day ("279 saham menguat") in two articles:
            // one moment only when both give it one time of day (an opening and a close, a
            // morning's recap of the day before, are two).
            if market && article != claims[b].article {
                let at = (moment(a), moment(b));
                if !matches!(at, (Some(x), Some(y)) if x.abs_diff(y) < gap.max(1)) {
                    continue;
                }
            }
            let apart = !fixed
                && gap > 0
                && match (moment(a), moment(b)) {
                    (Some(x), Some(y)) => x.abs_diff(y) >= gap,
                    _ => false,
                };
            // Unlike between days, a lower figure later in the day is no conflict: what
            // most counts of one day measure (water, the flooded, the evacuated) recedes.
            if apart {
                later.entry(g).or_default().push((a, b));
            } else {
                same.entry(g).or_default().push((a, b));
            }
        } else if market {
            // Two days' markets: no one quantity updated.
            continue;
        } else if fell_impossibly(claims, rules, a, b, sided(a) && sided(b)) {
            same.entry(g).or_default().push((a, b));
            fell.insert(g);
        } else {
            later.entry(g).or_default().push((a, b));
        }
    }
    let mut out = Vec::new();
    for (g, pairs) in same {
        if scattered(claims, &pairs, rules) {
            continue;
        }
        // The "lower figure later" message only when no pair of the group is of one time.
        let fell = fell.contains(&g)
            && pairs.iter().all(|&(a, b)| {
                !scope::overlaps(claims[a].time_scope, claims[b].time_scope, days)
                    && !claims[a].count().is_some_and(|c| c.fixed)
            });
        out.push(conflict(articles, claims, events, rules, (g, fell), &pairs));
    }
    for (g, pairs) in later {
        out.push(update(
            articles,
            claims,
            events,
            rules,
            (g, &moments),
            &pairs,
        ));
    }
    out.extend(scores(claims, rules, focus.map(|f| f.0)));
    out
}

/// Whether `b`'s article also gives `a`'s figure, in another claim linked to `a`: the
/// article tells the two figures apart ("kapasitas 12 juta penumpang ... hingga 29,3 juta
/// penumpang" against another outlet's "12 juta penumpang"; POPNAS's 23 sports and the
/// Peparpenas's four in one report, against another's four), so `b` is another quantity
/// than `a`, not a slip of it. Within one article only in `b`'s sentence: a figure its
/// lead repeats still contradicts its body.
fn beside(
    claims: &[Claim],
    linked: &BTreeMap<usize, Vec<usize>>,
    a: usize,
    b: usize,
    tolerance: f64,
) -> bool {
    let (Some(x), Some(sentence)) = (
        claims[a].count(),
        claims[b].frame.as_ref().map(|f| f.sentence),
    ) else {
        return false;
    };
    let across = claims[a].article != claims[b].article;
    Events::matched_in(linked, claims, a, (claims[b].article, b), |o| {
        (across || o.frame.as_ref().map(|f| f.sentence) == Some(sentence))
            && o.count()
                .is_some_and(|z| z.value.agrees(&x.value, tolerance))
    })
}

/// Each article's count claims that `keep` takes, in claim order.
fn counts_by_article(
    claims: &[Claim],
    keep: impl Fn(&crate::claim::CountDetail) -> bool,
) -> BTreeMap<usize, Vec<usize>> {
    let mut out: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.count().is_some_and(&keep) {
            out.entry(c.article).or_default().push(i);
        }
    }
    out
}

/// Whether `article` writes claim `i`'s figure of the same thing (a counted item in
/// common), in any count claim.
fn writes(
    claims: &[Claim],
    counts: &BTreeMap<usize, Vec<usize>>,
    article: usize,
    i: usize,
    tolerance: f64,
) -> bool {
    let Some(x) = claims[i].count() else {
        return false;
    };
    counts.get(&article).into_iter().flatten().any(|&j| {
        claims[j]
            .count()
            .is_some_and(|y| y.value.agrees(&x.value, tolerance) && same_thing(x, y))
    })
}

/// Whether two figures of one article's body, in sentences next to each other, are one
/// figure and a slip of it: one of them is given by at least `count_corroborating_articles`
/// other articles (in claims linked to it), the other by no other article nor elsewhere in
/// its own ("dicecar sebanyak dua pertanyaan oleh penyidik." right before "ada sekitar 12
/// pertanyaan oleh penyidik", where every other outlet says about 12). Two quantities of one
/// body (a part and its total) are most often both told by the other outlets too, or by none.
fn lone_beside_corroborated(
    articles: &[Article],
    claims: &[Claim],
    events: &Events,
    (a, b): (usize, usize),
    rules: &Rules,
) -> bool {
    let least = rules.settings.count_corroborating_articles;
    if least == 0 {
        return false;
    }
    let (Some(fa), Some(fb)) = (claims[a].frame.as_ref(), claims[b].frame.as_ref()) else {
        return false;
    };
    // Next to each other: nothing but spaces and quotation marks between the two sentences
    // (the second may open a new line).
    let (first, second) = if fa.sentence.0 <= fb.sentence.0 {
        (fa.sentence, fb.sentence)
    } else {
        (fb.sentence, fa.sentence)
    };
    let between = articles
        .get(claims[a].article)
        .and_then(|t| t.text.get(first.1..second.0));
    let next = between.is_some_and(|g| {
        first.1 < second.0
            && g.chars()
                .all(|c| c.is_whitespace() || matches!(c, '"' | '\u{201c}' | '\u{201d}'))
    });
    if !next {
        return false;
    }
    let tolerance = rules.settings.approximate_tolerance;
    let article = claims[a].article;
    let Some(group) = events.info[a]
        .as_ref()
        .and_then(|i| i.group)
        .and_then(|g| events.groups.get(g))
    else {
        return false;
    };
    // The other articles giving claim `i`'s figure in a claim of its event group, and
    // whether its own article gives it again (in a claim other than `except`).
    let support = |i: usize, except: usize| {
        let Some(x) = claims[i].count() else {
            return (0, true);
        };
        let mut others = BTreeSet::new();
        let mut again = false;
        for &o in &group.members {
            if o == i {
                continue;
            }
            if o == except
                || !claims[o]
                    .count()
                    .is_some_and(|z| z.value.agrees(&x.value, tolerance))
            {
                continue;
            }
            if claims[o].article == article {
                again = true;
            } else {
                others.insert(claims[o].article);
            }
        }
        (others.len(), again)
    };
    let (sa, ra) = support(a, b);
    let (sb, rb) = support(b, a);
    (sa >= least && sb == 0 && !rb) || (sb >= least && sa == 0 && !ra)
}

/// Whether the disagreeing pairs of a group give more than `count_max_values` distinct
/// numbers and none stands out: no figure is written by more articles than all the others
/// together. The group has tied several quantities together (the dead of four disasters,
/// the pupils of four schools, a team's goals of one half, one match and a whole
/// campaign), not one quantity that an outlet got wrong.
fn scattered(claims: &[Claim], pairs: &[(usize, usize)], rules: &Rules) -> bool {
    let involved: BTreeSet<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    let by_value = articles_by_value(claims, &involved, |c| c.value().unwrap_or_default());
    if by_value.len() <= rules.settings.count_max_values {
        return false;
    }
    let sizes: Vec<usize> = by_value.values().map(|a| a.len()).collect();
    let top = sizes.iter().copied().max().unwrap_or(0);
    top * 2 <= sizes.iter().sum::<usize>()
}

/// Match scores of one time that disagree within one article: two final scores of its
/// match ("berakhir 0-6" ... "Skor akhir 5-0"), or two scores so far in an in-match
/// article ("Tertinggal 0-5" ... "untuk sementara 4-0"). A score and its mirror (`0-6`,
/// `6-0`) are one result, told from the other side. One of the two must say its time beside
/// it (`skor akhir`, `berakhir`, `untuk sementara`): two plain scores of a headline may be of
/// two matches.
/// With `focus`, only in the articles it says.
fn scores(claims: &[Claim], rules: &Rules, focus: Option<&[bool]>) -> Vec<Conflict> {
    let mut by: BTreeMap<(usize, ScoreTime), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if focus.is_some_and(|f| !f.get(c.article).copied().unwrap_or(false)) {
            continue;
        }
        if let Some(s) = c.count().and_then(|d| d.score) {
            if matches!(s.time, ScoreTime::Final | ScoreTime::Current) {
                by.entry((c.article, s.time)).or_default().push(i);
            }
        }
    }
    let score = |i: usize| claims[i].count().and_then(|d| d.score);
    let mut out = Vec::new();
    for ((_, time), list) in by {
        let disagree = list.iter().enumerate().any(|(x, &a)| {
            list[x + 1..].iter().any(|&b| match (score(a), score(b)) {
                (Some(p), Some(q)) => p.result() != q.result() && (p.explicit || q.explicit),
                _ => false,
            })
        });
        if !disagree {
            continue;
        }
        let mut counted: Vec<(String, usize)> = Vec::new();
        for &i in &list {
            let Some(s) = score(i) else { continue };
            let (a, b) = s.result();
            let key = format!("{a}-{b}");
            match counted.iter_mut().find(|(k, _)| *k == key) {
                Some(e) => e.1 += 1,
                None => counted.push((key, 1)),
            }
        }
        counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let values = counted
            .iter()
            .map(|(v, n)| format!("{v} ({n} {})", if *n == 1 { "mention" } else { "mentions" }))
            .collect::<Vec<_>>()
            .join(" vs ");
        let (what, role, same) = match time {
            ScoreTime::Current => (
                "scores so far",
                Role::ScoreSoFar,
                "one article gives two scores for the same moment",
            ),
            _ => (
                "final scores",
                Role::FinalScore,
                "one article gives two results of the match",
            ),
        };
        let mut evidence = evidence(
            claims,
            list.iter().copied(),
            |c| c.value().unwrap_or_default(),
            |_| role.clone(),
        );
        evidence.sort_by_key(|e| (e.article, e.span.start));
        out.push(Conflict {
            kind: Kind::Count,
            severity: rules.severity(Kind::Count),
            subject: format!("match score ({role})"),
            message: format!(
                "one match given different {what}: {values}, whichever side is named first; {same}"
            )
            .into(),
            stories: Vec::new(),
            evidence,
        });
    }
    out
}

/// Where an article's up-front part ends (a byte offset in its text): its header (the
/// paragraphs of short lines before the first prose: dateline, headline, byline) and its
/// lead (the first paragraph of prose), where a report states its figures in short. A
/// paragraph is a block of lines parted by blank lines, or, in a text that parts its
/// paragraphs by single line breaks (a block with two or more lines longer than
/// `WRAPPED_CHARS`, which no hard-wrapped text has), each line of the block. A paragraph is
/// prose when a line of it ends a sentence or is longer than a headline. A deck or a
/// caption may come first: when one of the first paragraphs opens with a wire dateline
/// ("JAKARTA, KOMPAS.com - ..."), the lead is that paragraph. A paragraph longer than twice
/// `count_lead_chars` (a text scraped with no paragraph breaks) leads only up to the end of
/// its first sentence that ends that many characters in or later.
fn lead_end(article: &Article, rules: &Rules) -> usize {
    const HEADLINE_CHARS: usize = 200;
    const WRAPPED_CHARS: usize = 100;
    const PARAGRAPHS: usize = 4;
    let body = article.text.get(article.body_start..).unwrap_or("");
    fn prose(text: &str) -> bool {
        text.ends_with(['.', '!', '?', '"', '\u{201d}']) || text.chars().count() > HEADLINE_CHARS
    }
    // Lines and paragraphs: (first line, start offset, end offset, prose).
    type Part<'t> = (&'t str, usize, usize, bool);
    let mut paragraphs: Vec<Part> = Vec::new();
    let mut block: Vec<Part> = Vec::new();
    let mut offset = article.body_start;
    fn close<'t>(block: &mut Vec<Part<'t>>, paragraphs: &mut Vec<Part<'t>>) {
        let long = block
            .iter()
            .filter(|(t, ..)| t.chars().count() > WRAPPED_CHARS)
            .count();
        if long >= 2 {
            paragraphs.extend(
                block
                    .iter()
                    .map(|&(t, start, end, _)| (t, start, end, prose(t))),
            );
        } else if let (Some(&(first, start, ..)), Some(&(_, _, end, _))) =
            (block.first(), block.last())
        {
            paragraphs.push((first, start, end, block.iter().any(|(t, ..)| prose(t))));
        }
        block.clear();
    }
    for line in body.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let text = line.trim();
        if text.is_empty() {
            close(&mut block, &mut paragraphs);
        } else {
            block.push((text, start, offset, false));
        }
        if paragraphs.len() > PARAGRAPHS && paragraphs.iter().any(|p| p.3) {
            break;
        }
    }
    close(&mut block, &mut paragraphs);
    let lead = paragraphs
        .iter()
        .take(PARAGRAPHS)
        .find(|p| wire_dateline(p.0))
        .or_else(|| paragraphs.iter().find(|p| p.3));
    let Some(&(_, start, end, _)) = lead else {
        return article.text.len();
    };
    let lead_chars = rules.settings.count_lead_chars;
    let text = &article.text[start..end];
    if text.chars().count() <= 2 * lead_chars {
        return end;
    }
    sentence_end_after(text, lead_chars, rules).map_or(end, |at| start + at)
}

/// The byte offset in `text` just after the first sentence that ends `chars` characters or
/// more in (sentences as claims read them: [`Sentences`], which knows abbreviations and
/// full stops glued to the next sentence); `None` when only the text's end ends one.
///
/// [`Sentences`]: crate::extract::context::Sentences
fn sentence_end_after(text: &str, chars: usize, rules: &Rules) -> Option<usize> {
    let from = text.char_indices().nth(chars.saturating_sub(1))?.0;
    let tokens = crate::text::tokenize(text);
    let sentences = crate::extract::context::Sentences::new(&tokens, rules);
    (0..tokens.len().saturating_sub(1))
        .find(|&k| tokens[k].end > from && sentences.starts_at(k + 1))
        .map(|k| tokens[k].end)
}

/// Whether a paragraph opens with a wire dateline: a place in capitals, a comma, and a dash
/// within the first words ("JAKARTA, KOMPAS.com - ", "LEMBAH MAROWA, Suara Teluk Tomini -").
fn wire_dateline(text: &str) -> bool {
    let Some((place, rest)) = text.split_once(',') else {
        return false;
    };
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3
        && place.chars().count() <= 40
        && place
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
        && rest
            .char_indices()
            .take_while(|(i, _)| *i < 60)
            .any(|(_, c)| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
}

/// Whether the later of two counts (by time scope) is wholly below the earlier one while
/// neither counts something that may fall (the missing, evacuees): dead, injured, damaged
/// houses or a delegation's members do not become fewer, nor do the goals a named side
/// scored (`sided`: both counts are of one named side, see `events::side_of`).
fn fell_impossibly(claims: &[Claim], rules: &Rules, a: usize, b: usize, sided: bool) -> bool {
    let start = |i: usize| claims[i].time_scope.map(|s| s.0);
    let (early, late) = if start(a) <= start(b) { (a, b) } else { (b, a) };
    let (Some(x), Some(y)) = (claims[early].count(), claims[late].count()) else {
        return false;
    };
    let words = |i: usize| claims[i].frame.iter().flat_map(|f| f.words.iter());
    let may_fall = [early, late]
        .iter()
        .any(|&i| words(i).any(|w| rules.events.falling.contains(w)));
    // Only a tally the rules know is one that only rises: a concept of an exclusive group
    // (the dead, the injured, bodies found). A count of anything else (shares that rose,
    // trophies, comments under a post, cards a referee showed) may be another quantity or
    // a new figure that is lower: an update at most, unless the two figures are the same
    // digits with two side by side swapped, an outlet's slip ("54" and "45" business
    // leaders of one delegation; "9.000" and "6.000" are two round figures).
    let tally = sided
        || [early, late]
            .iter()
            .any(|&i| words(i).any(|w| rules.events.concept_groups.contains_key(w)));
    let slip = || {
        let exact = |q: &crate::claim::Quantity| {
            (q.to.is_none() && !q.vague && q.value.fract() == 0.0 && q.value >= 10.0)
                .then(|| format!("{}", q.value as u64))
        };
        matches!((exact(&x.value), exact(&y.value)),
            (Some(a), Some(b)) if crate::text::neighbours_swapped(&a, &b))
    };
    let tolerance = rules.settings.approximate_tolerance;
    (tally || slip()) && !may_fall && y.value.interval(tolerance).1 < x.value.interval(tolerance).0
}

/// The subject of a count group: the counted noun and the words its claims share.
fn subject(claims: &[Claim], events: &Events, (a, b): (usize, usize)) -> String {
    let noun = claims[a].count().map_or("", |c| c.noun.as_str());
    let words = events.shared_words(claims, a, b);
    if words.is_empty() {
        noun.to_string()
    } else {
        format!("{noun} ({})", words.join(", "))
    }
}

fn conflict(
    articles: &[Article],
    claims: &[Claim],
    events: &Events,
    rules: &Rules,
    (g, fell): (usize, bool),
    pairs: &[(usize, usize)],
) -> Conflict {
    let involved: BTreeSet<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    let within = within_tolerance(claims, &involved, &rules.numbers);
    let list = || {
        ranked_values(claims, &involved, |c| {
            within
                .get(&(c.article, c.span.start))
                .cloned()
                .unwrap_or_else(|| c.value().unwrap_or_default())
        })
    };
    let one_article = involved
        .iter()
        .map(|&i| claims[i].article)
        .collect::<BTreeSet<_>>()
        .len()
        == 1;
    let message = if fell {
        format!(
            "one quantity given a lower figure later: {}; counts of this kind do not fall between days",
            steps(
                articles,
                claims,
                &in_time_order(claims, &involved, &BTreeMap::new()),
                &BTreeMap::new()
            )
        )
    } else if one_article {
        format!(
            "one quantity counted differently: {}; one article gives two numbers for the same time",
            list()
        )
    } else {
        format!(
            "one quantity counted differently: {}; for the same time",
            list()
        )
    };
    let mut evidence = evidence(
        claims,
        involved.iter().copied(),
        |c| c.value().unwrap_or_default(),
        |_| Role::Count(EventId::of_group(g)),
    );
    evidence.sort_by_key(|e| (e.article, e.span.start));
    Conflict {
        kind: Kind::Count,
        severity: rules.severity(Kind::Count),
        subject: subject(claims, events, pairs[0]),
        message: message.into(),
        stories: Vec::new(),
        evidence,
    }
}

/// The fixed measure of the rules a count is of (its `thing` is the measure's name).
fn measure_of<'r>(c: &crate::claim::CountDetail, rules: &'r NumberRules) -> Option<&'r Measure> {
    let name = c.thing.first().filter(|_| c.fixed)?;
    rules.measure_list.iter().find(|m| &m.name == name)
}

/// For the `involved` claims of a fixed measure with a `tolerance`, the values no further
/// apart than it, shown as one (`8.27/8.32`: an epicentre and its revision), by claim
/// (article, start). Empty for other counts.
fn within_tolerance(
    claims: &[Claim],
    involved: &BTreeSet<usize>,
    rules: &NumberRules,
) -> BTreeMap<(usize, usize), String> {
    let mut out = BTreeMap::new();
    let Some(first) = involved.first().and_then(|&i| claims[i].count()) else {
        return out;
    };
    let Some(t) = measure_of(first, rules).and_then(|m| m.tolerance) else {
        return out;
    };
    // The distinct values in order, cut where two neighbours are further apart than `t`.
    let mut values: Vec<(f64, String)> = involved
        .iter()
        .filter_map(|&i| Some((claims[i].count()?.value.value, claims[i].value()?)))
        .collect();
    values.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    values.dedup_by(|a, b| a.1 == b.1);
    let mut runs: Vec<Vec<(f64, String)>> = Vec::new();
    for v in values {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|l| v.0 - l.0 <= t + 1e-9) => run.push(v),
            _ => runs.push(vec![v]),
        }
    }
    for &i in involved {
        let (Some(c), Some(v)) = (claims[i].count(), claims[i].value()) else {
            continue;
        };
        if c.thing != first.thing {
            continue;
        }
        if let Some(run) = runs.iter().find(|r| r.iter().any(|x| x.1 == v)) {
            let label: Vec<&str> = run.iter().map(|x| x.1.as_str()).collect();
            out.insert((claims[i].article, claims[i].span.start), label.join("/"));
        }
    }
    out
}

/// Whether two values of one fixed measure with a `tolerance` are no disagreement: no
/// further apart than it (an epicentre's "8.27 LS" and its revision "8.32 LS"), or, for a
/// measure of `slips_only`, further apart than one slip of the digits makes them (a digit
/// changed or two swapped: "8,72" for "8.27" is a slip; "5.84 LS" and "3.02 LS" are two
/// quakes).
fn one_measure_value(a: &Claim, b: &Claim, rules: &NumberRules) -> bool {
    match measure_gap(a, b, rules) {
        Some(MeasureGap::Within) | Some(MeasureGap::TwoEvents) => true,
        Some(MeasureGap::Slip) | None => false,
    }
}

/// How two values of one fixed measure with a `tolerance` stand apart.
enum MeasureGap {
    /// No further apart than the tolerance: one value and its revision.
    Within,
    /// Further, and one slip of the digits apart, or any distance for a measure that is not
    /// `slips_only`: one value written wrong.
    Slip,
    /// Further apart than one slip makes them, for a `slips_only` measure: two events.
    TwoEvents,
}

/// [`MeasureGap`] of claims `a` and `b`; `None` unless both are one fixed measure with a
/// `tolerance`.
fn measure_gap(a: &Claim, b: &Claim, rules: &NumberRules) -> Option<MeasureGap> {
    let (x, y) = (a.count()?, b.count()?);
    if !(x.fixed && y.fixed) || x.thing != y.thing {
        return None;
    }
    let m = measure_of(x, rules)?;
    let t = m.tolerance?;
    if (x.value.value - y.value.value).abs() <= t + 1e-9 {
        return Some(MeasureGap::Within);
    }
    let digits = |c: &Claim| {
        c.text
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    let slip = super::dateline::digits_one_keystroke(&digits(a), &digits(b));
    Some(if m.slips_only && !slip {
        MeasureGap::TwoEvents
    } else {
        MeasureGap::Slip
    })
}

/// Whether two articles give one `slips_only` measure values that are neither within its
/// `tolerance` nor one slip apart ("3.02 LS" and "1.18 LU" are no pair; "5.84 LS" and
/// "3.02 LS" are): two places, so two events, whose other fixed measures (a depth, a
/// magnitude) are not one quantity.
fn two_places(
    claims: &[Claim],
    located: &BTreeMap<usize, Vec<usize>>,
    (a, b): (usize, usize),
    rules: &NumberRules,
) -> bool {
    let (Some(pa), Some(pb)) = (located.get(&a), located.get(&b)) else {
        return false;
    };
    pa.iter().any(|&p| {
        pb.iter().any(|&q| {
            matches!(
                measure_gap(&claims[p], &claims[q], rules),
                Some(MeasureGap::TwoEvents)
            )
        })
    })
}

/// The update of event group `g` over `pairs` of claims of different days, or of one day
/// at different times of day (`moments`: claim → minutes since midnight, where read).
fn update(
    articles: &[Article],
    claims: &[Claim],
    events: &Events,
    rules: &Rules,
    (g, moments): (usize, &BTreeMap<usize, u32>),
    pairs: &[(usize, usize)],
) -> Conflict {
    let involved: BTreeSet<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    let order = in_time_order(claims, &involved, moments);
    let one_day = order
        .iter()
        .all(|&i| claims[i].time_scope == claims[order[0]].time_scope);
    let first = claims[order[0]].count().map(|c| c.value.value);
    let last = claims[order[order.len() - 1]]
        .count()
        .map(|c| c.value.value);
    let verb = match (first, last) {
        (Some(a), Some(b)) if b > a => "rose",
        (Some(a), Some(b)) if b < a => "fell",
        _ => "changed",
    };
    // In time order.
    let evidence = evidence(
        claims,
        order.iter().copied(),
        |c| c.value().unwrap_or_default(),
        |c| Role::CountAsOf(c.time_scope.map(|s| s.0)),
    );
    Conflict {
        kind: Kind::CountUpdate,
        severity: rules.severity(Kind::CountUpdate),
        subject: subject(claims, events, pairs[0]),
        message: Message::new(format!(
            "the count {verb} {}: {} (",
            if one_day {
                "during the day"
            } else {
                "between days"
            },
            steps(articles, claims, &order, moments)
        ))
        .event(EventId::of_group(g))
        .text("); check that the latest figure is used"),
        stories: Vec::new(),
        evidence,
    }
}

/// Claims by the start of their time scope, then by time of day (`moments`), article and
/// position.
fn in_time_order(
    claims: &[Claim],
    involved: &BTreeSet<usize>,
    moments: &BTreeMap<usize, u32>,
) -> Vec<usize> {
    let mut order: Vec<usize> = involved.iter().copied().collect();
    order.sort_by_key(|&i| {
        let c = &claims[i];
        (
            c.time_scope.map(|s| s.0),
            moments.get(&i),
            c.article,
            c.span.start,
        )
    });
    order
}

/// `9 as of 2025-03-03 (a.txt, published 2025-03-03), then 14 as of ...`: one entry per
/// day and value, in the order given.
fn steps(
    articles: &[Article],
    claims: &[Claim],
    order: &[usize],
    moments: &BTreeMap<usize, u32>,
) -> String {
    let mut steps: Vec<String> = Vec::new();
    for &i in order {
        let c = &claims[i];
        let mut day = c
            .time_scope
            .map_or("an unknown day".to_string(), |s| s.0.to_string());
        if let Some(m) = moments.get(&i) {
            day.push_str(&format!(" {:02}:{:02}", m / 60, m % 60));
        }
        let published = articles[c.article]
            .published
            .map_or("no publication date".to_string(), |p| {
                format!("published {p}")
            });
        let step = format!(
            "{} as of {day} ({}, {published})",
            c.value().unwrap_or_default(),
            articles[c.article].id
        );
        if !steps.contains(&step) {
            steps.push(step);
        }
    }
    steps.join(", then ")
}

/// `v1 (3 articles) vs v2 (1 article)`: the values of the claims, most-given first.
pub(super) fn ranked_values(
    claims: &[Claim],
    involved: &BTreeSet<usize>,
    value: impl Fn(&Claim) -> String,
) -> String {
    let mut ranked: Vec<(String, usize)> = articles_by_value(claims, involved, value)
        .into_iter()
        .map(|(v, a)| (v, a.len()))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked
        .iter()
        .map(|(v, n)| format!("{v} ({n} {})", articles_word(*n)))
        .collect::<Vec<_>>()
        .join(" vs ")
}

/// The articles that write each value of the `involved` claims.
pub(super) fn articles_by_value(
    claims: &[Claim],
    involved: &BTreeSet<usize>,
    value: impl Fn(&Claim) -> String,
) -> BTreeMap<String, BTreeSet<usize>> {
    let mut by_value: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for &i in involved {
        by_value
            .entry(value(&claims[i]))
            .or_default()
            .insert(claims[i].article);
    }
    by_value
}

/// One evidence item per claim, in the order given.
pub(super) fn evidence(
    claims: &[Claim],
    involved: impl IntoIterator<Item = usize>,
    value: impl Fn(&Claim) -> String,
    role: impl Fn(&Claim) -> Role,
) -> Vec<Evidence> {
    involved
        .into_iter()
        .map(|i| Evidence::of_claim(claims, i, value(&claims[i]), role(&claims[i])))
        .collect()
}

/// The text report's hint under a `count-update` conflict: the figure of the latest report
/// (the last given among equals).
pub(crate) fn update_hint(articles: &[Article], c: &Conflict) -> Option<String> {
    let latest = c
        .evidence
        .iter()
        .enumerate()
        .max_by_key(|(i, e)| (articles[e.article].published, *i))
        .map(|(_, e)| e)?;
    Some(match articles[latest.article].published {
        Some(date) => format!("the latest report ({date}) says \"{}\"", latest.value),
        None => format!("the last report says \"{}\"", latest.value),
    })
}

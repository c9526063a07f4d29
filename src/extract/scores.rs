//! Match scores: two numbers joined by a dash (`4-0`, `0–6`, `2:1`) next to a score cue
//! (`menang`, `skor`, `beat`), with the time they hold for.
//!
//! Works on tokens and the `numbers.scores` rules; no word of any language is written here.
//! A score is read only with a cue among the few words before it (or a pairing word between
//! two teams' names, `Jepang Vs Indonesia 6-0`), so dates, ranges, ages, clock times and
//! verse numbers stay no scores. Its time comes from the words beside it:
//! - `interim` (a half, a minute): the score at some moment of the match, never compared;
//! - `current` right beside it (`untuk sementara 4-0`): the score so far;
//! - `final` (`skor akhir`, `berakhir`): the match's result;
//! - `narrative` (`menjadi 2-0`): how the score changed, no result unless `final` stands
//!   there too;
//! - none: in the headline or the lead paragraph (the article's own statement of its match)
//!   the article's time — the score so far in an article whose top gives a `current` score
//!   and no explicit result, the result otherwise; elsewhere a score of the match's story,
//!   never compared. A `current` score outside such a top held for a while: interim.
//!
//! Scores of another match are kept apart: a score in a penalty shoot-out, an aggregate or a
//! vote (`not_scores`), one said of an earlier meeting (an `earlier_markers` word, or a date
//! before the article's days in its sentence), one in a list of set or game scores, and every
//! score of an article that pairs two matches with no team in common (`A vs B` ... `C vs D`).
//! A score whose sentence names no team of the top but two teams the top never names
//! (`Laga lain, Australia ... berakhir 2-1`), or one such team right after a pairing word
//! just after the score (`berakhir imbang 2-2 melawan Bahrain`), or one such team when the
//! sentence before names none of the top's either, is another match's too (for a lead
//! score, the headline stands for the top); and two different results in one sentence are
//! two matches' or a score and how it came about: neither is compared.

use crate::claim::ScoreTime;
use crate::rules::{NumberRules, Rules};
use crate::text::{Token, TokenKind};

/// Words before a score that may carry its cue and time.
const BEFORE: usize = 6;
/// Words after a score that may carry its time (`3-0 pada babak pertama`).
const AFTER: usize = 4;
/// Tokens right beside a score where a `current` word must stand.
const BESIDE: usize = 2;
/// Tokens after the words after a score still read, to its clause's end, for `not_scores`.
const CLAUSE: usize = 12;

/// One score found in a token slice: tokens `first..last` are `a-b`.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundScore {
    pub first: usize,
    pub last: usize,
    pub goals: (u32, u32),
    pub time: ScoreTime,
    /// The time was said by a word beside the score (not taken from the article's).
    pub explicit: bool,
    /// The score is of another match than the article's (its time is `Other`): an article
    /// pairing two matches, a sentence of other teams, two results in one sentence.
    pub another: bool,
}

/// What [`find_scores`] needs of the article besides its tokens.
pub struct Marks<'a> {
    /// Tokens of date claims.
    pub dates: &'a [bool],
    /// Tokens of date claims before the article's days: a score in their sentence is of an
    /// earlier meeting.
    pub past: &'a [bool],
    /// Sentence starts.
    pub starts: &'a [bool],
    /// The tokens of the article's top: its headline lines (`0..lead`) and its lead line
    /// (`lead..end`). See [`top`].
    pub top: (usize, usize),
}

/// The scores in `tokens`, left to right.
pub fn find_scores(tokens: &[Token], marks: &Marks, rules: &Rules) -> Vec<FoundScore> {
    let t = tokens;
    let sr = &rules.numbers.scores;
    let mut spots: Vec<(usize, (u32, u32))> = Vec::new();
    for i in 0..t.len() {
        if let Some(goals) = pair_at(t, i, marks.dates, &rules.numbers) {
            spots.push((i, goals));
        }
    }
    // A list of set or game scores ("21-19, 15-21", "2-2 (4-3)"): none is a match result.
    let listed: Vec<bool> = (0..spots.len())
        .map(|s| {
            let joined = |a: usize, b: usize| {
                let (end, next) = (spots[a].0 + 3, spots[b].0);
                next >= end && next - end <= 2 && t[end..next].iter().all(|x| x.is_punct(",;/()[]"))
            };
            (s > 0 && joined(s - 1, s)) || (s + 1 < spots.len() && joined(s, s + 1))
        })
        .collect();
    let mut out = Vec::new();
    for (s, &(i, goals)) in spots.iter().enumerate() {
        if listed[s] {
            continue;
        }
        let last = i + 3;
        // The words before: back to the sentence start or the score before.
        let floor = if s > 0 { spots[s - 1].0 + 3 } else { 0 };
        let mut from = i;
        let mut words = 0;
        while from > floor && words < BEFORE && !marks.starts[from] {
            from -= 1;
            if t[from].kind != TokenKind::Punct {
                words += 1;
            }
        }
        // The words after: on to the sentence end or the next score.
        let ceiling = spots.get(s + 1).map_or(t.len(), |n| n.0);
        let mut to = last;
        words = 0;
        while to < ceiling && words < AFTER && !marks.starts[to] {
            if t[to].kind != TokenKind::Punct {
                words += 1;
            }
            to += 1;
        }
        let any = |set: &crate::rules::PhraseSet<()>, a: usize, b: usize| {
            (a..b).any(|k| set.match_at(t, k).is_some_and(|(n, _)| k + n <= b))
        };
        let beside = (i.saturating_sub(BESIDE).max(from), (last + BESIDE).min(to));
        // After the score, up to a comma: "4-0, sementara Australia ..." joins a clause.
        let joined = (last..beside.1)
            .find(|&k| t[k].kind == TokenKind::Punct)
            .unwrap_or(beside.1);
        let current = any(&sr.current, beside.0, i) || any(&sr.current, last, joined);
        // A cue before, a cue word just after ("a 4-0 win"), or a `current` word beside
        // ("untuk sementara 4-0").
        if !(any(&sr.cues, from, i)
            || any(&sr.pairings, from, i)
            || any(&sr.cues, last, beside.1)
            || current)
        {
            continue;
        }
        // "berakhir 7-6 bagi kemenangan Garuda Muda dalam babak adu penalti": a shoot-out or
        // an aggregate named later in the clause makes it no match score either.
        let clause_end = (to..ceiling.min(to + CLAUSE))
            .find(|&k| marks.starts[k] || t[k].is_punct(",;.!?"))
            .unwrap_or(ceiling.min(to + CLAUSE));
        if any(&sr.not_scores, from, to.max(clause_end))
            || any(&rules.events.earlier_markers, from, i)
        {
            continue;
        }
        let (sa, sb) = sentence(marks.starts, i);
        if (sa..sb).any(|k| marks.past[k]) {
            continue;
        }
        let (time, explicit) = if any(&sr.interim, from, to) {
            (ScoreTime::Interim, true)
        } else if current {
            (ScoreTime::Current, true)
        } else if any(&sr.r#final, from, to) {
            (ScoreTime::Final, true)
        } else if any(&sr.narrative, from, to) {
            (ScoreTime::Other, true)
        } else {
            (ScoreTime::Other, false)
        };
        out.push(FoundScore {
            first: i,
            last,
            goals,
            time,
            explicit,
            another: false,
        });
    }
    resolve(t, &mut out, marks, rules);
    out
}

/// The article's time for the scores of its top that say none, and the scores that are of
/// another match.
fn resolve(t: &[Token], scores: &mut [FoundScore], marks: &Marks, rules: &Rules) {
    let (lead, end) = marks.top;
    let top = |s: &FoundScore| s.first < end;
    // The score so far is told only in an in-match article's top, and not beside a result
    // there; a `current` word in the body, or in the top of an article that gives the
    // result, tells a score that held for a while ("skor 1-0 untuk sementara bertahan").
    let ended = scores
        .iter()
        .any(|s| top(s) && s.explicit && s.time == ScoreTime::Final);
    let live = !ended
        && scores
            .iter()
            .any(|s| top(s) && s.time == ScoreTime::Current);
    for s in scores.iter_mut() {
        if !s.explicit && top(s) {
            s.time = if live {
                ScoreTime::Current
            } else {
                ScoreTime::Final
            };
        } else if s.time == ScoreTime::Current && !(top(s) && live) {
            s.time = ScoreTime::Interim;
        }
    }
    if two_matches(t, &rules.numbers) {
        for s in scores.iter_mut() {
            s.time = ScoreTime::Other;
            s.another = true;
        }
        return;
    }
    // A score in the body whose sentence names no team of the top but teams the top never
    // names is another match's when it names two such teams ("Australia menang 2-1 atas
    // Arab Saudi") or one and the sentence before names none of the top's ("Duel Indonesia
    // vs Jepang itu ... Skor akhir 5-0 untuk kemenangan Samurai Biru" is the top's match,
    // told by a nickname); a sentence naming no team is the sentence before's match ("Skor
    // akhir laga itu 2-1" after two other teams). A score of the lead line is weighed so by
    // the names of the headline ("Indonesia Menang 3-1" above "Laga Thailand dan Malaysia
    // berakhir imbang 2-2").
    let sr = &rules.numbers.scores;
    let head_names: Vec<String> = runs(t, marks, 0, lead, rules).concat();
    let top_names: Vec<String> = runs(t, marks, 0, end, rules).concat();
    // With no headline names (a text that opens with its lead), the lead is not checked.
    let from = if head_names.is_empty() { end } else { lead };
    // Every body score is weighed (a narrative's or a plain one's sentence may be another
    // match's too: its scorers' minutes are that match's), only a compared one loses its time.
    let compared =
        |s: &FoundScore| s.first >= from && matches!(s.time, ScoreTime::Final | ScoreTime::Current);
    for s in scores.iter_mut().filter(|s| s.first >= from) {
        let names = if s.first < end {
            &head_names
        } else {
            &top_names
        };
        let known = |run: &Vec<String>| run.iter().any(|n| names.contains(n));
        let (sa, sb) = sentence(marks.starts, s.first);
        let here = runs(t, marks, sa, sb, rules);
        let strange = here.iter().filter(|r| !known(r)).count();
        let before = (sa > 0).then(|| {
            let (pa, pb) = sentence(marks.starts, sa - 1);
            runs(t, marks, pa, pb, rules)
        });
        let before_known = before.as_ref().is_some_and(|b| b.iter().any(known));
        // A sentence naming no team is about the match of the sentence before ("Skor akhir
        // laga itu 2-1" after another match's teams).
        let before_strange = before.map_or(0, |b| b.iter().filter(|r| !known(r)).count());
        // A sentence naming a team of the top is the top's match.
        let known_here = here.iter().any(known);
        // A team the top never names, right after a pairing word just after the score, is
        // the match's opponent: "Debutnya berakhir imbang 2-2 melawan Bahrain" in a report
        // of a 0-6 against Japan tells another match, whatever the sentence before names.
        let opponent = (s.last..(s.last + BESIDE).min(sb)).any(|k| {
            sr.pairings.match_at(t, k).is_some_and(|(n, _)| {
                let at = k + n;
                at < sb
                    && runs(t, marks, at, (at + AFTER).min(sb), rules)
                        .first()
                        .is_some_and(|run| !known(run) && t[at].norm == run[0])
            })
        });
        let other =
            strange >= 2 || opponent || (!before_known && (strange == 1 || before_strange >= 2));
        if !known_here && other {
            if compared(s) {
                s.time = ScoreTime::Other;
            }
            s.another = true;
        }
    }
    // Two results in one sentence are two matches' ("menang 3-1, sementara ... imbang
    // 2-2") or a score and how it came about: neither is compared.
    let compared = |s: &FoundScore| matches!(s.time, ScoreTime::Final | ScoreTime::Current);
    let result = |s: &FoundScore| (s.goals.0.max(s.goals.1), s.goals.0.min(s.goals.1));
    let mut split: Vec<usize> = Vec::new();
    for (x, a) in scores.iter().enumerate().filter(|(_, s)| compared(s)) {
        let here = sentence(marks.starts, a.first);
        if scores.iter().any(|b| {
            compared(b) && sentence(marks.starts, b.first) == here && result(b) != result(a)
        }) {
            split.push(x);
        }
    }
    for x in split {
        scores[x].time = ScoreTime::Other;
        scores[x].another = true;
    }
}

/// The runs of capitalised words in `a..b` that may name a team (no sentence's first word,
/// no date, no team word or stopword), lower-case.
fn runs(t: &[Token], marks: &Marks, a: usize, b: usize, rules: &Rules) -> Vec<Vec<String>> {
    let sr = &rules.numbers.scores;
    let name = |k: usize| {
        let x = &t[k];
        x.kind == TokenKind::Word
            && x.capital
            && !marks.starts[k]
            && !marks.dates[k]
            && x.norm.chars().count() > 2
            && !sr.team_words.contains_at(t, k)
            && !rules.events.stopwords.contains(x.norm.as_str())
    };
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut open = false;
    for (k, x) in t.iter().enumerate().take(b).skip(a) {
        if name(k) {
            let word = x.norm.to_string();
            match out.last_mut() {
                Some(run) if open && !x.newline => run.push(word),
                _ => out.push(vec![word]),
            }
            open = true;
        } else {
            open = false;
        }
    }
    out
}

/// Whether the article pairs two teams twice with no team in common (`A vs B`, `C vs D`):
/// it tells of two matches, and its scores cannot be told apart.
fn two_matches(t: &[Token], rules: &NumberRules) -> bool {
    let sr = &rules.scores;
    let team = |k: usize| -> bool {
        t[k].kind == TokenKind::Word && t[k].capital && !sr.team_words.contains_at(t, k)
    };
    let mut pairs: Vec<[String; 2]> = Vec::new();
    for k in 1..t.len() {
        let Some((n, _)) = sr.pairings.match_at(t, k) else {
            continue;
        };
        let left = (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&j| !t[j + 1].newline && t[j].kind == TokenKind::Word)
            .find(|&j| team(j));
        let right = (k + n..(k + n + 3).min(t.len()))
            .take_while(|&j| !t[j].newline && t[j].kind == TokenKind::Word)
            .find(|&j| team(j));
        if let (Some(l), Some(r)) = (left, right) {
            pairs.push([t[l].norm.to_string(), t[r].norm.to_string()]);
        }
    }
    pairs.iter().enumerate().any(|(x, p)| {
        pairs[x + 1..]
            .iter()
            .any(|q| !p.iter().any(|name| q.contains(name)))
    })
}

/// The sentence around token `k`: (first token, end).
fn sentence(starts: &[bool], k: usize) -> (usize, usize) {
    let mut a = k.min(starts.len().saturating_sub(1));
    while a > 0 && !starts[a] {
        a -= 1;
    }
    let mut b = k + 1;
    while b < starts.len() && !starts[b] {
        b += 1;
    }
    (a, b.min(starts.len()))
}

/// An article's top: the first line that reads as a lead paragraph (at least
/// [`LEAD_WORDS`] words and a full stop) and the lines before it (dateline, headline,
/// byline): (the lead's first token, the token after it).
pub fn top(t: &[Token]) -> (usize, usize) {
    let mut words = 0;
    let mut stop = false;
    let mut line = 0;
    for (k, x) in t.iter().enumerate() {
        if x.newline && k > 0 {
            if words >= LEAD_WORDS && stop {
                return (line, k);
            }
            words = 0;
            stop = false;
            line = k;
        }
        if x.kind == TokenKind::Word {
            words += 1;
        }
        // A headline may end in "!" or "?"; a lead's sentences end in full stops.
        stop |= x.is_punct(".");
    }
    if words >= LEAD_WORDS && stop {
        (line, t.len())
    } else {
        (t.len(), t.len())
    }
}

/// Words of a line that reads as a lead paragraph.
const LEAD_WORDS: usize = 12;

/// Two numbers joined by a dash or a colon at `i`, standing alone (no date, no longer run of
/// digits such as a phone number or `2025-06-10`, no clock time after `pukul`, no age or
/// duration before `tahun`): their values.
fn pair_at(t: &[Token], i: usize, dates: &[bool], nr: &NumberRules) -> Option<(u32, u32)> {
    let goals = |k: usize| -> Option<u32> {
        let x = t.get(k)?;
        let n = x.norm.len();
        let plain = x.kind == TokenKind::Number
            && (1..=3).contains(&n)
            && (n == 1 || !x.norm.starts_with('0'))
            && !dates[k];
        plain.then(|| x.norm.parse().ok()).flatten()
    };
    let a = goals(i)?;
    let dash = t.get(i + 1)?;
    if !dash.is_punct("-–:") || dash.gap || t[i + 2..].first().is_none_or(|x| x.gap) {
        return None;
    }
    let b = goals(i + 2)?;
    // Glued to what stands before or after: a longer run of numbers.
    let glued_before =
        i > 0 && !t[i].gap && (t[i - 1].kind != TokenKind::Punct || t[i - 1].is_punct("-–:/.,+"));
    let glued_after = t.get(i + 3).is_some_and(|x| {
        !x.gap
            && (x.kind != TokenKind::Punct
                || (x.is_punct("-–:/.,+") && t.get(i + 4).is_some_and(|y| !y.gap)))
    });
    if glued_before || glued_after {
        return None;
    }
    let mut k = i;
    while k > 0 && t[k - 1].is_punct("-") && !t[k - 1].gap {
        k -= 1;
    }
    if nr.not_after.match_before(t, k).is_some()
        || nr.not_counted.contains_at(t, i + 3)
        || nr.scores.not_scores.contains_at(t, i + 3)
    {
        return None;
    }
    Some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The scores of `text` (one paragraph, all of it the top unless `top` is false), as
    /// `a-b time` strings.
    fn scores(text: &str, top: bool) -> Vec<String> {
        let rules = Rules::builtin().unwrap();
        let t = tokenize(text);
        let sentences = super::super::context::Sentences::new(&t, &rules);
        let starts: Vec<bool> = (0..t.len()).map(|k| sentences.starts_at(k)).collect();
        let mut dates = vec![false; t.len()];
        for f in super::super::dates::find_dates(&t, &rules, rules.numeric_dates(None)) {
            dates[f.first..f.last].fill(true);
        }
        let past = vec![false; t.len()];
        let marks = Marks {
            dates: &dates,
            past: &past,
            starts: &starts,
            top: if top { (t.len(), t.len()) } else { (0, 0) },
        };
        find_scores(&t, &marks, &rules)
            .iter()
            .map(|s| {
                let time = match s.time {
                    ScoreTime::Final => "final",
                    ScoreTime::Current => "current",
                    ScoreTime::Interim => "interim",
                    ScoreTime::Other => "other",
                };
                format!("{}-{} {time}", s.goals.0, s.goals.1)
            })
            .collect()
    }

    #[test]
    fn scores_need_a_cue_and_take_their_time_from_the_words_beside() {
        for (text, top, want) in [
            (
                "Laga itu berakhir 0-6 untuk tuan rumah.",
                false,
                "0-6 final",
            ),
            (
                "Skor akhir 5-0 untuk kemenangan Samurai Biru.",
                true,
                "5-0 final",
            ),
            (
                "Skor laga itu untuk sementara 4-0 untuk Samurai Biru.",
                true,
                "4-0 current",
            ),
            ("Garuda Tertinggal 0-5", true, "0-5 final"),
            (
                "Jepang Vs Indonesia 6-0, Garuda Tetap ke Ronde 4",
                true,
                "6-0 final",
            ),
            (
                "Indonesia menelan kekalahan 0-6 dari Jepang.",
                true,
                "0-6 final",
            ),
            ("Japan beat Indonesia 6-0 in Suita.", true, "6-0 final"),
            ("The match ended 2:1 for the hosts.", false, "2-1 final"),
            (
                "Jepang memimpin 3-0 pada babak pertama.",
                true,
                "3-0 interim",
            ),
            (
                "Babak pertama berakhir dengan skor 3-0 untuk Jepang.",
                false,
                "3-0 interim",
            ),
            ("Jepang unggul 1-0 di menit ke-20.", true, "1-0 interim"),
            (
                "Kubo menambah keunggulan Jepang menjadi 2-0.",
                true,
                "2-0 other",
            ),
            (
                "Dengan gol tersebut, Jepang unggul 1-0.",
                false,
                "1-0 other",
            ),
            ("Half-time: Japan lead 3-0.", false, "3-0 interim"),
        ] {
            assert_eq!(scores(text, top), vec![want.to_string()], "{text}");
        }
        // The unmarked headline of an in-match article is its score so far.
        assert_eq!(
            scores(
                "Garuda Tertinggal 0-5. Skor untuk sementara 4-0 untuk Jepang.",
                true
            ),
            vec!["0-5 current", "4-0 current"]
        );
    }

    #[test]
    fn no_score_without_a_cue_nor_in_dates_times_ages_votes_or_lists() {
        for text in [
            "Ayat 5-0 dibacakan.",
            "Laga digelar pukul 19-21 WIB.",
            "Turnamen berlangsung 10-12 Juni 2025.",
            "Peserta berusia 18-25 tahun menang undian.",
            "Hakim menang 5-4 suara dalam putusan itu.",
            "Mereka menang adu penalti 4-3.",
            "Barcelona menang agregat 4-2.",
            "Ia kalah 19-21, 21-23 di babak kedua.",
            "Indonesia pernah menang 1-0 pada pertemuan itu.",
            "Nomor telepon 0812-3456 menang.",
            "Skor 2025-06-10 tercatat.",
        ] {
            let found = scores(text, true);
            assert!(
                found
                    .iter()
                    .all(|s| s.ends_with("other") || s.ends_with("interim"))
                    || found.is_empty(),
                "{text}: {found:?}"
            );
            assert!(
                found.is_empty() || text.contains("babak kedua"),
                "{text}: {found:?}"
            );
        }
    }

    /// The times of the scores of `text`: a headline line, then a lead line, then the body.
    fn times(text: &str) -> Vec<ScoreTime> {
        let rules = Rules::builtin().unwrap();
        let t = tokenize(text);
        let sentences = super::super::context::Sentences::new(&t, &rules);
        let starts: Vec<bool> = (0..t.len()).map(|k| sentences.starts_at(k)).collect();
        let none = vec![false; t.len()];
        let marks = Marks {
            dates: &none,
            past: &none,
            starts: &starts,
            top: top(&t),
        };
        find_scores(&t, &marks, &rules)
            .iter()
            .map(|s| s.time)
            .collect()
    }

    #[test]
    fn a_lead_that_gives_the_result_is_no_in_match_article() {
        use ScoreTime::*;
        // "untuk sementara" beside a result in the top: a score that held for a while.
        assert_eq!(
            times("Indonesia Kalah 0-6 dari Jepang\n\nTimnas Indonesia kalah dari Jepang dengan skor akhir 0-6 di Suita. Garuda untuk sementara tertinggal 0-3 dan bertahan lama.\n"),
            vec![Final, Final, Interim]
        );
        // A lead score of teams the headline never names; two results in one sentence.
        assert_eq!(
            times("Indonesia Menang 3-1 atas Vietnam\n\nIndonesia menang 3-1 atas Vietnam di Hanoi pada Selasa malam. Laga Thailand dan Malaysia berakhir imbang 2-2.\n"),
            vec![Final, Final, Other]
        );
        assert_eq!(
            times("Hasil Piala AFF\n\nIndonesia menang 3-1 atas Vietnam di Hanoi, sementara laga Thailand berakhir imbang 2-2 melawan tuan rumah.\n"),
            vec![Other, Other]
        );
    }

    #[test]
    fn scores_of_other_matches_are_kept_apart() {
        // Two matches paired in one article: none of its scores is compared.
        assert_eq!(
            scores(
                "Jepang vs Indonesia berakhir 6-0. Laga Australia vs Arab Saudi berakhir 2-1.",
                true
            ),
            vec!["6-0 other", "2-1 other"]
        );
        // A body score of teams the top never names.
        let rules = Rules::builtin().unwrap();
        let text = "Jepang menang 6-0 atas Indonesia.\n\nDi laga lain, Australia menang 2-1 atas Arab Saudi. Skor akhir laga itu 2-1.";
        let t = tokenize(text);
        let sentences = super::super::context::Sentences::new(&t, &rules);
        let starts: Vec<bool> = (0..t.len()).map(|k| sentences.starts_at(k)).collect();
        let none = vec![false; t.len()];
        let top_end = t.iter().position(|x| x.blank_line).unwrap();
        let marks = Marks {
            dates: &none,
            past: &none,
            starts: &starts,
            top: (0, top_end),
        };
        let found = find_scores(&t, &marks, &rules);
        let times: Vec<ScoreTime> = found.iter().map(|s| s.time).collect();
        assert_eq!(
            times,
            vec![ScoreTime::Final, ScoreTime::Other, ScoreTime::Other]
        );
    }
}

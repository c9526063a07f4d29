//! Event frames: the content words around a date or count claim that say which event or
//! quantity it is about ("negara yang mendukung armada", "truk yang dikirim ke Ukraina").
//!
//! A claim's words are taken from its clause: up to `event_window_words` content words on
//! each side, stopping at a comma, a conjunction (`dan`, `and`) or another date or count.
//! Stopwords, number words and entity names are skipped (entities are the frame's
//! subjects, found later from the sentence). Each word becomes a concept of the rules
//! (`tewas` → `dead`) or else its stem (`dikirim` → `kirim`).

use crate::claim::Frame;
use crate::rules::{EventRules, Rules};
use crate::text::{Token, TokenKind};

/// What a frame may not look through, per token.
pub struct Masks<'a> {
    /// Tokens of other date and count claims: a frame stops there.
    pub claims: &'a [bool],
    /// Tokens of entity names: skipped.
    pub entities: &'a [bool],
}

/// Where a date or count claim sits among its article's tokens: the claim's tokens, the
/// sentence that holds them and the sentence before it, as token ranges `start..end`.
#[derive(Clone, Copy)]
pub struct ClaimPlace {
    /// The claim's first token.
    pub first: usize,
    /// One past the claim's last token.
    pub last: usize,
    /// The sentence around the claim, `(start, end)` in tokens.
    pub sentence: (usize, usize),
    /// The sentence before it, if the claim's sentence is not the first.
    pub previous: Option<(usize, usize)>,
}

/// The frame of the claim at `place`; `base` is the byte offset of the tokens' text in the
/// article; `date`: the claim is a date, whose `date_prepositions` word right before it
/// ("sejak tahun 2020", "since 2020") introduces it rather than opening another clause.
pub fn frame(
    tokens: &[Token],
    rules: &Rules,
    masks: &Masks,
    place: ClaimPlace,
    base: usize,
    date: bool,
) -> Frame {
    let ClaimPlace {
        first,
        last,
        sentence: (sa, sb),
        previous,
    } = place;
    let limit = rules.settings.event_window_words;
    let mut words: Vec<String> = Vec::new();
    // Left: back from the claim to where the window starts, then read forward so phrases
    // ("meninggal dunia") are read whole.
    let mut start = first;
    let mut taken = 0;
    // A date's own preposition read over, as its mark ("(sejak)").
    let mut preposition: Option<String> = None;
    while start > sa && taken < limit {
        // "3 orang anak buah kapal (ABK) hilang": a gloss in brackets is read over.
        if let Some(n) = gloss_ending(tokens, masks, start - 1).filter(|&n| start - n >= sa) {
            start -= n;
            continue;
        }
        // "ke pertemuan puncaknya sejak tahun 2020": the date's own preposition, right
        // before it or one word of no content before ("tahun"), opens no other statement.
        // It tells a bound, not the day ("dirilis sejak 6 Juni" is no release "pada 28 Mei"):
        // the date is compared only with dates of the same preposition (a mark).
        let own = date
            && preposition.is_none()
            && first - (start - 1) <= 2
            && !masks.claims[start - 1]
            && rules
                .events
                .date_prepositions
                .match_at(tokens, start - 1)
                .is_some_and(|(n, _)| {
                    // Nothing between but a word of no content ("tahun"): "Sebelum menjabat
                    // tahun lalu" dates the taking of office, which "sebelum" does not bound.
                    start - 1 + n <= first
                        && (start - 1 + n..first)
                            .all(|i| content_at(tokens, rules, masks, i).is_none())
                });
        if own {
            preposition = Some(format!("({})", tokens[start - 1].norm));
        } else if stops(tokens, &rules.events, masks, start - 1) {
            break;
        }
        start -= 1;
        if content_at(tokens, rules, masks, start).is_some() {
            taken += 1;
        }
    }
    let mut k = start;
    let mut head: Vec<String> = Vec::new();
    while k < first {
        match content_at(tokens, rules, masks, k) {
            Some(n) if k + n <= first => {
                let items = items_at(tokens, rules, k);
                words.extend(items.iter().cloned());
                // The word as written too: stems of two languages' suffixes may part
                // one word's forms ("vonis" is too short to lose its "s", "divonis" is not).
                head = items;
                if n == 1 && !head.iter().any(|h| *h == tokens[k].norm) {
                    head.push(tokens[k].norm.to_string());
                }
                k += n;
            }
            _ => k += 1,
        }
    }
    // "said Friday", "told reporters on Tuesday": back over function words to a word of
    // telling, in the clause.
    let told = {
        let mut k = first;
        let mut found = false;
        while k > sa && first - k < 4 {
            k -= 1;
            if rules.events.telling.contains_at(tokens, k) {
                found = true;
                break;
            }
            if tokens[k].kind != TokenKind::Word
                || !rules.events.stopwords.contains(tokens[k].norm.as_str())
            {
                break;
            }
        }
        found || attributed(tokens, rules, sa, first)
    };
    // Right: on from the claim.
    let mut k = last;
    taken = 0;
    while k < sb && taken < limit {
        if let Some(n) = gloss_at(tokens, masks, k).filter(|&n| k + n <= sb) {
            k += n;
            continue;
        }
        if stops(tokens, &rules.events, masks, k) {
            break;
        }
        match content_at(tokens, rules, masks, k) {
            Some(n) => {
                words.extend(items_at(tokens, rules, k));
                taken += 1;
                k += n;
            }
            None => k += 1,
        }
    }
    words.sort();
    words.dedup();
    // A marker inside a name ("Bandara Internasional Kualanamu", "Jilid Kedua") singles
    // out nothing.
    let mut marks: Vec<String> = (start..first)
        .chain(last..k)
        .filter(|&i| masks.entities.get(i) != Some(&true))
        .filter_map(|i| rules.events.distinct_markers.match_at(tokens, i))
        .map(|(_, m)| m.clone())
        .collect();
    // "andai penjaga gawang tak melakukan enam penyelamatan, maka Persib bisa menang lebih
    // dari tiga gol": what a supposition would have been is no figure of what was, and is
    // compared only with other suppositions.
    if (sa..first).any(|i| rules.events.hypothetical.contains_at(tokens, i)) {
        marks.push(HYPOTHETICAL.to_string());
    }
    // "hanya satu perusahaan yang izinnya tidak dicabut" beside "izin empat perusahaan
    // dicabut": a figure of what did not happen is compared only with other such figures.
    // A negation inside a concept's phrase ("belum ditemukan": missing) is that concept's.
    let in_concept = |i: usize| {
        (start..=i).any(|s| {
            rules
                .events
                .concepts
                .match_at(tokens, s)
                .is_some_and(|(n, _)| s + n > i)
        })
    };
    if (start..first)
        .chain(last..k)
        .any(|i| rules.events.negations.contains_at(tokens, i) && !in_concept(i))
    {
        marks.push(NEGATED.to_string());
    }
    marks.extend(preposition);
    // "1.600 pesanan hanya dalam waktu 24 jam": the span a figure is counted over.
    for i in (start..first).chain(last..k) {
        if let Some(span) = duration_at(tokens, rules, i, sb) {
            marks.push(span);
        }
    }
    marks.sort();
    marks.dedup();
    // A distinguishing modifier must agree between two claims (see `marks`), but it is no
    // evidence that they are one event: "pertemuan pertama" and "debut pertama" share only it.
    words.retain(|w| !marks.contains(w));
    let pronoun = (sa..first)
        .find(|&i| rules.events.pronouns.contains_at(tokens, i))
        .map(|i| base + tokens[i].start);
    let definite = definite_nouns(tokens, &rules.events, sa, first);
    let (ca, cb) = super::context::clause(tokens, &rules.text, (sa, sb), first, last);
    let earlier = (ca..cb).any(|i| rules.events.earlier_markers.contains_at(tokens, i));
    let bytes = |(a, b): (usize, usize)| (base + tokens[a].start, base + tokens[b - 1].end);
    // ", sedangkan ...", ", serta ...", ", while ...": another statement of the sentence;
    // not the last item of a list of names (", dan Korea Selatan").
    let joint = |k: usize| {
        tokens[k].is_punct(",")
            && rules
                .events
                .conjunctions
                .match_at(tokens, k + 1)
                .is_some_and(|(n, _)| k + 1 + n < sb && !tokens[k + 1 + n].capital)
    };
    let mut pa = (sa..first).rev().find(|&k| joint(k)).map_or(sa, |k| k + 1);
    // ", yang mencetak 70 gol" right after a name, in a sentence that names another before
    // it ("Messi ... legenda Brasil, Pele, yang mencetak 70 gol"): the name and its clause.
    if let Some(k) = (pa..first).rev().find(|&k| {
        k > pa
            && tokens[k].is_punct(",")
            && masks.entities[k - 1]
            && rules.events.relatives.contains_at(tokens, k + 1)
    }) {
        let mut j = k - 1;
        while j > pa && masks.entities[j - 1] {
            j -= 1;
        }
        if (pa..j).any(|i| masks.entities[i]) {
            pa = j;
        }
    }
    let pb = (last..sb).find(|&k| joint(k)).unwrap_or(sb);
    Frame {
        words,
        head,
        sentence: bytes((sa, sb)),
        part: bytes((pa, pb.max(pa + 1))),
        previous: previous.map(bytes),
        pronoun,
        definite,
        earlier,
        marks,
        told,
    }
}

/// The mark of a claim told as a supposition (`hypothetical` words before it in its
/// sentence); no word of any text (words are lower-case letters).
const HYPOTHETICAL: &str = "(hypothetical)";

/// The span of time opened by a `duration_before` word at `i` ("dalam waktu 24 jam",
/// "within 24 hours", "over the three nights": a `duration_fillers` word may stand
/// between), as a mark no text holds ("(over 24 jam)"), when a number and a
/// `duration_units` word follow before `end`; or the span a `span_words` word at `i`
/// is by itself ("overnight": "(over overnight)").
fn duration_at(tokens: &[Token], rules: &Rules, i: usize, end: usize) -> Option<String> {
    let ev = &rules.events;
    // "overnight": a span by itself, written as the word.
    if let Some((n, _)) = ev.span_words.match_at(tokens, i).filter(|_| i < end) {
        let words: Vec<&str> = tokens[i..i + n].iter().map(|t| t.norm.as_str()).collect();
        return Some(format!("(over {})", words.join(" ")));
    }
    let (n, _) = ev.duration_before.match_at(tokens, i)?;
    let mut j = i + n;
    // "over the three nights", "in the past 24 hours".
    if let Some((f, _)) = ev.duration_fillers.match_at(tokens, j) {
        j += f;
    }
    let number = tokens.get(j).filter(|_| j < end)?;
    // The number as digits, however written ("2 hari" and "dua hari" are one span).
    let (after, value) = if number.kind == TokenKind::Number {
        let digits: String = number.norm.chars().filter(char::is_ascii_digit).collect();
        (j + 1, digits)
    } else {
        let (after, v) = crate::extract::numbers::word_number(tokens, j, &rules.numbers)?;
        (after, format!("{v}"))
    };
    let (u, _) = ev
        .duration_units
        .match_at(tokens, after)
        .filter(|_| after < end)?;
    let unit: Vec<&str> = tokens[after..after + u]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    Some(format!("(over {value} {})", unit.join(" ")))
}

/// The mark of a claim whose clause window holds a word of negation (`negations`); no word
/// of any text.
const NEGATED: &str = "(negated)";

/// The mark of a claim whose clause window holds a word of a figure that moves all day
/// (`moment_words`); no word of any text.
pub(crate) const MOMENT: &str = "(moment)";

/// The mark of a count that is a part of a sum ([`joined_to_person`]).
pub(crate) const SUM_PART: &str = "(part of a sum)";

/// Whether the count at `place` is joined to a person by a `sum_joiners` word, before or
/// after it in its sentence ("sopir berinisial DI dan 2 penumpangnya meninggal dunia", "2
/// penumpang beserta sopirnya", "the driver and two passengers"): the figure is a part of
/// a sum, not the whole. The person is a person's name (`persons` marks their tokens),
/// initials after a role or an initials word ("sopir berinisial DI"), or a `sum_members` noun; a
/// figure joined to another figure or a predicate ("3 orang tewas dan 5 luka") or to the
/// end of a clause ("tenggelam di perairan Bantaeng dan 8 orang hilang") is no part.
pub(crate) fn joined_to_person(
    tokens: &[Token],
    rules: &Rules,
    persons: &[bool],
    place: &ClaimPlace,
) -> bool {
    let (sa, sb) = place.sentence;
    let ev = &rules.events;
    // A name's gloss in brackets is read over: "PT Gag Nikel (PT GN) dan 12 perusahaan".
    let person = |mut k: usize| {
        if k > sa && tokens[k].is_punct(")") {
            k -= 1;
        }
        // Initials after a role or an initials word: "sopir berinisial DI".
        let introduced = |k: usize| {
            k > sa
                && (ev.sum_members.contains_at(tokens, k - 1)
                    || rules
                        .entities
                        .initials_before
                        .match_before(tokens, k)
                        .is_some())
        };
        k >= sa
            && k < sb
            && tokens[k].kind == TokenKind::Word
            && (persons.get(k) == Some(&true)
                || (tokens[k].capital && introduced(k))
                || ev.sum_members.contains_at(tokens, k))
    };
    let before = ev
        .sum_joiners
        .match_before(tokens, place.first)
        .is_some_and(|(n, _)| place.first > sa + n && person(place.first - n - 1));
    let after = ev
        .sum_joiners
        .match_at(tokens, place.last)
        .is_some_and(|(n, _)| {
            let k = place.last + n;
            person(k) || (k < sb && ev.definite_before.contains_at(tokens, k) && person(k + 1))
        });
    before || after
}

/// Lower-case nouns in `sa..first` made definite by a word before ("the", "sang") or after
/// ("itu"): "the minister", "menteri tersebut".
fn definite_nouns(tokens: &[Token], rules: &EventRules, sa: usize, first: usize) -> Vec<String> {
    let ev = rules;
    let noun = |k: usize| {
        let t = tokens.get(k).filter(|_| k < first)?;
        (t.kind == TokenKind::Word && !t.capital).then(|| t.norm.to_string())
    };
    let mut out: Vec<String> = Vec::new();
    for i in sa..first {
        if let Some((n, _)) = ev.definite_before.match_at(tokens, i) {
            out.extend(noun(i + n));
        }
        if i > sa && ev.definite_after.contains_at(tokens, i) {
            out.extend(noun(i - 1));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A comma, a conjunction or another claim ends a frame's window.
/// A gloss in brackets opening at `k`: "(ABK)", "(PKP)", "(Kapal Layar Motor)" (one to
/// three capitalised words, no claim among them): its length in tokens with the brackets.
fn gloss_at(tokens: &[Token], masks: &Masks, k: usize) -> Option<usize> {
    if !tokens.get(k)?.is_punct("(") {
        return None;
    }
    let close = (k + 2..(k + 5).min(tokens.len())).find(|&j| tokens[j].is_punct(")"))?;
    let gloss = (k + 1..close).all(|j| {
        let t = &tokens[j];
        t.kind == TokenKind::Word && t.capital && !t.newline && !masks.claims[j]
    });
    gloss.then_some(close + 1 - k)
}

/// [`gloss_at`] for a gloss that closes at `k`.
fn gloss_ending(tokens: &[Token], masks: &Masks, k: usize) -> Option<usize> {
    if !tokens.get(k)?.is_punct(")") {
        return None;
    }
    let open = (k.saturating_sub(4)..k.saturating_sub(1))
        .rev()
        .find(|&j| tokens[j].is_punct("("))?;
    gloss_at(tokens, masks, open).filter(|&n| open + n == k + 1)
}

/// Whether the date at `first` closes a speech attribution, the day of a statement: after
/// a comma, and before it a speech word of `speech_before` with its "-nya" (`katanya,
/// Selasa (24/6/2025)`, `ujarnya, Senin`) or a speech word with the speaker's capitalised
/// name or title (`kata Kapolres Qzarkota AKBP Budi Santoso, Rabu (2/7/2025)`), within the
/// sentence starting at `sa`. A weekday cue may stand between the comma and the date
/// (`katanya, pada Senin`). So does a source cited by its capitalised name, at the
/// sentence's start too (`Mengutip Cointelegraph, Rabu (4/6/2025)`: `citing`).
fn attributed(tokens: &[Token], rules: &Rules, sa: usize, first: usize) -> bool {
    /// Most words of a speaker's name and title.
    const SPEAKER: usize = 8;
    let mut k = first;
    while let Some((n, _)) = rules.dates.weekday_cues.match_before(tokens, k) {
        if k - n <= sa {
            break;
        }
        k -= n;
    }
    if k <= sa + 1 || !tokens[k - 1].is_punct(",") {
        return false;
    }
    let speech = |i: usize| rules.entities.speech_before.contains_at(tokens, i);
    let before = k - 2;
    let with_nya = {
        let t = &tokens[before];
        t.kind == TokenKind::Word
            && !t.caps
            && t.norm.strip_suffix("nya").is_some_and(|stem| {
                rules
                    .entities
                    .speech_before
                    .get(&[stem.to_string()])
                    .is_some()
            })
    };
    if with_nya {
        return true;
    }
    // A citing word before the source's capitalised name.
    let named = |from: usize| {
        (from..=before).all(|q| tokens[q].kind == TokenKind::Word && tokens[q].capital)
    };
    if (sa + 1..=before).any(|p| {
        before + 1 - p <= SPEAKER
            && rules.events.citing.match_before(tokens, p).is_some()
            && named(p)
    }) {
        return true;
    }
    // Back over the speaker's capitalised words to a speech word.
    let mut i = before;
    let mut words = 0;
    while i > sa && words < SPEAKER && tokens[i].kind == TokenKind::Word && tokens[i].capital {
        i -= 1;
        words += 1;
    }
    words > 0 && tokens[i].kind == TokenKind::Word && !tokens[i].capital && speech(i)
}

fn stops(tokens: &[Token], rules: &EventRules, masks: &Masks, k: usize) -> bool {
    // A comma inside a number ("5,6") is no break.
    let in_number = k > 0
        && tokens[k - 1].digits() > 0
        && tokens.get(k + 1).is_some_and(|n| n.digits() > 0 && !n.gap)
        && !tokens[k].gap;
    // "Desa Bukit Batu dan Desa Lembah Hijau": a conjunction between two names (capitalised
    // words, with or without a cue) joins a list of names, not two statements.
    let name = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word && (t.capital || masks.entities.get(i) == Some(&true))
        })
    };
    let in_names = |n: usize| k > 0 && name(k - 1) && name(k + n);
    masks.claims[k]
        || (tokens[k].is_punct(",;:()\"“”") && !in_number)
        || rules
            .conjunctions
            .match_at(tokens, k)
            .is_some_and(|(n, _)| !in_names(n))
}

/// Whether a content word (or concept phrase) starts at `k`: its length in tokens.
fn content_at(tokens: &[Token], rules: &Rules, masks: &Masks, k: usize) -> Option<usize> {
    let t = &tokens[k];
    if t.kind != TokenKind::Word || masks.entities[k] {
        return None;
    }
    if let Some((n, _)) = rules.events.concepts.match_at(tokens, k) {
        return Some(n);
    }
    let nr = &rules.numbers;
    // A capitalised word inside a sentence is part of a name: names are subjects, found
    // from the entity mentions, not content words.
    let name = t.capital && k > 0 && !tokens[k].newline && !tokens[k - 1].is_punct(".!?\"“");
    let function = name
        || rules.events.stopwords.contains(t.norm.as_str())
        || nr.words.contains_at(tokens, k)
        || nr.scales.contains_at(tokens, k)
        || nr.teens.contains_at(tokens, k)
        || t.norm.chars().count() < 2;
    (!function).then_some(1)
}

/// The items a word at `k` stands for (a content word, or a counted noun): its concepts,
/// or its stem.
pub fn items_at(tokens: &[Token], rules: &Rules, k: usize) -> Vec<String> {
    if let Some((_, names)) = rules.events.concepts.match_at(tokens, k) {
        return names.clone();
    }
    let stem = rules.stem(&tokens[k].norm);
    match rules.events.concept_stems.get(&stem) {
        Some(names) => names.clone(),
        None => vec![stem],
    }
}

//! Claim extraction: pure functions from an article and the rules to its claims.

pub(crate) mod ages;
pub mod context;
pub mod dates;
pub(crate) mod frame;
pub(crate) mod goals;
pub(crate) mod identifiers;
pub(crate) mod initials;
pub mod names;
pub mod numbers;
pub(crate) mod plates;
pub(crate) mod scores;

use crate::article::Article;
use chrono::NaiveDate;

use crate::claim::{
    Attribute, Claim, Context, CountDetail, Cue, DateDetail, Detail, EntityDetail, Frame, Quantity,
    Resolution, Role, Score, WeekdayMention,
};
use crate::rules::{EntityRules, EventRules, Rules};
use crate::text::{tokenize, Token, TokenKind};

/// All claims of one article (`index` is its place in the run's article list), in text order.
/// Indices between claims (`EntityDetail::person`, `org`) count from the article's first
/// claim; [`crate::extract_all`] makes them indices in the run's claim list.
pub fn extract(article: &Article, index: usize, rules: &Rules) -> Vec<Claim> {
    let base = article.body_start;
    let body = article.body();
    let tokens =
        crate::text::split_glued_endings(body, tokenize(body), &rules.entities.glued_words);
    let tokens = crate::text::split_known_glue(body, tokens, |w| {
        rules.entities.known_word(w) || rules.entities.head_word(w)
    });
    let tokens = crate::text::split_letter_glue(body, tokens, |w| rules.entities.head_word(w));
    let sentences = context::Sentences::new(&tokens, rules);
    let at = At {
        article,
        index,
        tokens: &tokens,
        sentences: &sentences,
        words: rules.settings.context_words,
    };
    let mut claims = Vec::new();
    let lang = rules
        .language_of(&tokens)
        .and_then(|code| rules.languages.get(code));
    let found_dates = dates::find_dates(&tokens, rules, rules.numeric_dates(lang));
    let found = names::find_entities(&tokens, body, rules);
    let mut in_claim = vec![false; tokens.len()];
    // Dates before the article's days (by more than the days a count holds for): a score in
    // their sentence is of an earlier meeting.
    let mut past = vec![false; tokens.len()];
    for f in &found_dates {
        in_claim[f.first..f.last].fill(true);
        let end = dates::resolve(&f.raw, article.published, false)
            .value
            .map(|v| v.end());
        let margin = chrono::Days::new(rules.settings.count_scope_days as u64 + 1);
        if let (Some(end), Some(p)) = (end, article.published) {
            if p.checked_sub_days(margin).is_some_and(|limit| end < limit) {
                past[f.first..f.last].fill(true);
            }
        }
    }
    let starts: Vec<bool> = (0..tokens.len()).map(|k| sentences.starts_at(k)).collect();
    let date_tokens = in_claim.clone();
    let found_scores = scores::find_scores(
        &tokens,
        &scores::Marks {
            dates: &date_tokens,
            past: &past,
            starts: &starts,
            top: scores::top(&tokens),
        },
        rules,
    );
    for s in &found_scores {
        in_claim[s.first..s.last].fill(true);
    }
    // Identifiers' numbers count nothing ("KA 6015", "UU Nomor 19 Tahun 2004").
    let found_ids = identifiers::find_identifiers(&tokens, body, &found.mentions, rules);
    for f in &found_ids {
        in_claim[f.first..f.last].fill(true);
    }
    // Scorers' goal minutes ("Kamada (15', 45+3')") count nothing, and are no ages; those
    // in a sentence with another match's score are that match's.
    let mut another = vec![false; tokens.len()];
    for s in found_scores.iter().filter(|s| s.another) {
        another[s.first..s.last].fill(true);
    }
    let found_goals = goals::find_goals(
        &tokens,
        &found.mentions,
        &goals::Marks {
            starts: &starts,
            past: &past,
            another: &another,
            taken: &in_claim,
        },
        rules,
    );
    for g in &found_goals {
        in_claim[g.first..g.last].fill(true);
    }
    // An age's number counts nothing ("Budi (45)", "Budi, 45 tahun").
    let found_ages = ages::find_ages(&tokens, &found.mentions, &in_claim, &rules.entities);
    for a in &found_ages {
        in_claim[a.first..a.last].fill(true);
    }
    let found_initials =
        initials::find_initials(&tokens, body, &in_claim, &starts, &rules.entities);
    let found_counts = numbers::find_counts(&tokens, &in_claim, &starts, rules, lang);
    // A whole's ties to its part ("dari sebanyak") end the frames on both sides: the words
    // before them say what the part is.
    for c in &found_counts {
        in_claim[c.whole.unwrap_or(c.first)..c.last].fill(true);
    }
    let mut in_entity = vec![false; tokens.len()];
    // Names found by a cue only: a capitalised run with no cue leaves the frame's words as
    // they were (the frame already drops capitalised words inside a sentence).
    for m in found.mentions.iter().filter(|m| m.cue != Cue::Capitalised) {
        in_entity[m.first..m.last].fill(true);
    }
    mask_names_and_titles(&tokens, &rules.entities, &mut in_entity);
    // People's names, whatever their cue: a count joined to one is a part of a sum.
    let mut in_person = vec![false; tokens.len()];
    for m in found
        .mentions
        .iter()
        .filter(|m| m.kind == crate::rules::EntityKind::Person)
    {
        in_person[m.first..m.last].fill(true);
    }
    let masks = frame::Masks {
        claims: &in_claim,
        entities: &in_entity,
    };
    let place_of = |first: usize, last: usize| {
        let sentence = sentences.around(first, last);
        let previous = (sentence.0 > 0).then(|| sentences.around(sentence.0 - 1, sentence.0));
        frame::ClaimPlace {
            first,
            last,
            sentence,
            previous,
        }
    };
    let frame_of = |first: usize, last: usize| {
        frame::frame(&tokens, rules, &masks, place_of(first, last), base, false)
    };
    let date_frame_of = |first: usize, last: usize| {
        frame::frame(&tokens, rules, &masks, place_of(first, last), base, true)
    };
    // Dated sentences, for the time scope of entity claims: (first token, scope). Count
    // claims also take relative dates ("kemarin") as their scope.
    let mut dated: Vec<(usize, (NaiveDate, NaiveDate))> = Vec::new();
    let mut dated_any: Vec<(usize, (NaiveDate, NaiveDate))> = Vec::new();
    let listed = dates::listed(&tokens, &rules.dates, &found_dates);
    for (f, listed) in found_dates.into_iter().zip(listed) {
        let sentence = sentences.around(f.first, f.last);
        let clause = context::clause(&tokens, &rules.text, sentence, f.first, f.last);
        // A date written in full right after an until word is a deadline or a period's edge
        // ("ditutup hingga 30 Juni 2025"): it may lie after the publication date.
        let until = matches!(f.raw, dates::Raw::Abs(_))
            && rules
                .dates
                .until_words
                .match_before(&tokens, f.first)
                .is_some();
        let future = until || context::has_future_marker(&tokens, rules, clause, f.first, f.last);
        let span = article.span(base + tokens[f.first].start, base + tokens[f.last - 1].end);
        // The dateline, and anything else on its line ("..., diperbarui 10 Juli 2025"), and
        // other header lines that stamp a publication or update time.
        let role = if article.dateline.is_some_and(|d| d.line == span.line)
            || article.stamp_lines.contains(&span.line)
        {
            Role::Dateline
        } else {
            Role::Body
        };
        let anchor = article.published;
        let resolved = dates::resolve(&f.raw, anchor, future);
        let weekday = f.weekday.map(|(weekday, a, b)| WeekdayMention {
            weekday,
            span: article.span(base + tokens[a].start, base + tokens[b - 1].end),
        });
        if let (Some(v), false, Role::Body) = (resolved.value, future, role) {
            dated_any.push((f.first, (v.start(), v.end())));
            if matches!(f.raw, dates::Raw::Abs(_)) {
                dated.push((f.first, (v.start(), v.end())));
            }
        }
        // "per Selasa pagi": the time a figure holds for, no event's date; so is the day a
        // running total reached a figure ("rose to 26 on Thursday").
        // Right before the date, or before its year cue ("dibandingkan tahun 2023").
        let cue = (1..=2)
            .find(|&n| {
                f.first >= n
                    && rules
                        .dates
                        .year_cues
                        .match_at(&tokens, f.first - n)
                        .is_some_and(|(m, _)| m == n)
            })
            .unwrap_or(0);
        let as_of = rules.events.as_of.match_before(&tokens, f.first).is_some()
            || (cue > 0
                && rules
                    .events
                    .as_of
                    .match_before(&tokens, f.first - cue)
                    .is_some())
            || reached_before(&tokens, &rules.events, &found_counts, f.first);
        // A date of a list is one of several days, no event's one day.
        let frame =
            (role == Role::Body && !as_of && !listed).then(|| date_frame_of(f.first, f.last));
        let detail = Detail::Date(Box::new(DateDetail {
            value: resolved.value,
            form: f.form,
            explicit: matches!(f.raw, dates::Raw::Abs(_)),
            weekday,
            resolution: resolved.rule.map(|rule| Resolution { anchor, rule }),
            role,
        }));
        let time_scope = resolved.value.map(|v| (v.start(), v.end()));
        let mut claim = at.claim(f.first, f.last, Attribute::Date, time_scope, detail, frame);
        claim.context.future = future;
        let marker = |set: &crate::rules::PhraseSet<()>, k: usize| {
            context::marker_len(set, &tokens, k).is_some()
        };
        claim.context.past = (clause.0..clause.1).any(|k| marker(&rules.dates.past_markers, k))
            || (clause.0..f.first).any(|k| marker(&rules.dates.past_markers_before, k));
        claim.context.period_past = rules
            .dates
            .since_words
            .match_before(&tokens, f.first)
            .is_some()
            || (clause.0..f.first).any(|k| marker(&rules.dates.period_past_markers, k));
        claim.context.ahead =
            (clause.0..f.first).any(|k| rules.dates.ahead_words.contains_at(&tokens, k));
        claims.push(claim);
    }
    // In token order, so the first date of a sentence is found by bisection.
    dated.sort_by_key(|d| d.0);
    dated_any.sort_by_key(|d| d.0);
    let scope_in = |list: &[(usize, (NaiveDate, NaiveDate))], first: usize, last: usize| {
        let (sa, sb) = sentences.around(first, last);
        list.get(list.partition_point(|(t, _)| *t < sa))
            .filter(|(t, _)| *t < sb)
            .map(|&(_, s)| s)
            .or(article.published.map(|p| (p, p)))
    };
    // An entity claim's time is the first date of its sentence with no clause opener
    // ("yang", "bahwa") between the two: in "Menteri X, yang memimpin delegasi, mengatakan
    // perundingan dimulai pada 2019" X is minister now, not in 2019.
    let scope = |first: usize, last: usize| {
        let (sa, sb) = sentences.around(first, last);
        let opener_in =
            |a: usize, b: usize| (a..b).any(|k| rules.text.clause_breaks.contains_at(&tokens, k));
        dated[dated.partition_point(|(t, _)| *t < sa)..]
            .iter()
            .take_while(|(t, _)| *t < sb)
            .find(|&&(t, _)| {
                if t < first {
                    !opener_in(t, first)
                } else {
                    !opener_in(last, t)
                }
            })
            .map(|&(_, s)| s)
            .or(article.published.map(|p| (p, p)))
    };
    for c in &found_counts {
        let measure = c
            .measure
            .map(|m| rules.numbers.measure_list[m].name.clone());
        let detail = Detail::Count(Box::new(CountDetail {
            value: c.value,
            // "M4,9": the measure's word without the digits glued to it.
            noun: tokens[c.noun]
                .norm
                .trim_end_matches(|ch: char| ch.is_ascii_digit())
                .to_string(),
            thing: match &measure {
                Some(name) => vec![name.clone()],
                None => frame::items_at(&tokens, rules, c.noun),
            },
            others: c.others,
            others_of: c
                .others
                .then(|| others_of(&tokens, &rules.events, c.first))
                .flatten(),
            whole: c.whole.is_some(),
            percent: c.percent,
            fixed: measure.is_some(),
            score: None,
        }));
        let time_scope = scope_in(&dated_any, c.first, c.last);
        let mut frame = frame_of(c.first, c.last);
        // A name inside the count says what it counts ("5 negara Indo-Pasifik lainnya",
        // "42 warga Garut"): its words are content words of the frame too, the only ones of
        // a terse clause ("... menteri pertahanan Jepang dan 5 negara Indo-Pasifik lainnya
        // di Brussels").
        for k in c.first..c.last {
            if in_entity[k] && tokens[k].kind == TokenKind::Word {
                add_sorted(&mut frame.words, &tokens[k].norm);
            }
        }
        // "279 saham menguat": a figure of a moment of a market's day (a `moment_words`
        // word in its clause).
        let sentence = sentences.around(c.first, c.last);
        let (ca, cb) = context::clause(&tokens, &rules.text, sentence, c.first, c.last);
        if (ca..cb).any(|k| rules.events.moment_words.contains_at(&tokens, k)) {
            add_sorted(&mut frame.marks, frame::MOMENT);
        }
        // "sopir dan 2 penumpangnya meninggal": a part of the dead, compared only with
        // other parts ("PT GN dan 12 perusahaan lainnya" is a count of others already).
        if !c.others
            && frame::joined_to_person(&tokens, rules, &in_person, &place_of(c.first, c.last))
        {
            add_sorted(&mut frame.marks, frame::SUM_PART);
        }
        // A marker between the number and its noun singles the count out too ("two
        // consecutive wins", "13 international flights"): the frame's window leaves the
        // claim's own tokens out. Not one the noun is part of ("30 di antaranya" counts
        // the part it names, like "30 orang").
        for k in c.first + 1..c.noun {
            if let Some((n, m)) = rules.events.distinct_markers.match_at(&tokens, k) {
                if k + n <= c.noun {
                    add_sorted(&mut frame.marks, m);
                }
            }
        }
        // "mencapai 42 orang. 30 di antaranya ...": a count standing for an earlier one is
        // about what the earlier one's sentence names.
        if let Some(a) = c.antecedent {
            let of = frame_of(a, a + 1);
            if of.sentence.0 < frame.sentence.0 {
                frame.sentence.0 = of.sentence.0;
                frame.previous = of.previous;
            }
        }
        // A measure says what it measures itself ("kedalaman 47 km" often stands alone in
        // its clause): its name is a content word of its frame.
        // Its event is the sentence's: "gempa susulan ... dengan kedalaman 10 km" is the
        // aftershock's depth, however far the marker stands from the number.
        if let Some(name) = measure {
            add_sorted(&mut frame.words, &name);
            for k in sentence.0..sentence.1 {
                if let Some((_, m)) = rules.events.distinct_markers.match_at(&tokens, k) {
                    add_sorted(&mut frame.marks, m);
                }
            }
        }
        let frame = Some(frame);
        claims.push(at.claim(c.first, c.last, Attribute::Count, time_scope, detail, frame));
    }
    // Scores: compared as scores of one match, not linked to other counts (no frame).
    for s in &found_scores {
        let detail = Detail::Count(Box::new(CountDetail {
            value: Quantity {
                value: f64::from(s.goals.0.max(s.goals.1)),
                to: None,
                bound: None,
                vague: false,
            },
            noun: String::new(),
            thing: vec!["score".to_string()],
            others: false,
            others_of: None,
            whole: false,
            percent: false,
            fixed: false,
            score: Some(Score {
                goals: s.goals,
                time: s.time,
                explicit: s.explicit,
            }),
        }));
        let time_scope = scope_in(&dated_any, s.first, s.last);
        claims.push(at.claim(s.first, s.last, Attribute::Count, time_scope, detail, None));
    }
    for f in found_ids {
        let time_scope = scope(f.first, f.last);
        // What the number is of: "flight GA", "law UU", "ship ship nanggala", "plate B UIL".
        let d = &f.detail;
        let subject = format!("{} {} {}", d.kind, d.prefix, d.suffix);
        let detail = Detail::Identifier(Box::new(f.detail));
        let attribute = Attribute::Identifier;
        let mut claim = at.claim(f.first, f.last, attribute, time_scope, detail, None);
        claim.subject = Some(subject.split_whitespace().collect::<Vec<_>>().join(" "));
        claims.push(claim);
    }
    for f in found_initials {
        let time_scope = scope(f.first, f.last);
        let subject = (!f.detail.role.is_empty()).then(|| f.detail.role.clone());
        let detail = Detail::Initials(Box::new(f.detail));
        let mut claim = at.claim(
            f.first,
            f.last,
            Attribute::Initials,
            time_scope,
            detail,
            None,
        );
        claim.subject = subject;
        claims.push(claim);
    }
    let entity = entity_claims(&at, &found, (&found_ages, &found_goals), rules, &scope);
    // Text order; indices between entity claims follow.
    let offset = claims.len();
    claims.extend(entity);
    let (mut sorted, new_index) = reorder(claims, |c| (c.span.start, c.span.end, c.attribute));
    for c in &mut sorted {
        if let Detail::Entity(e) = &mut c.detail {
            e.person = e.person.map(|p| new_index[offset + p]);
            e.org = e.org.map(|o| new_index[offset + o]);
        }
    }
    sorted
}

/// What every claim of one article is built from.
struct At<'a> {
    article: &'a Article,
    index: usize,
    tokens: &'a [Token],
    sentences: &'a context::Sentences,
    /// Context words on each side.
    words: usize,
}

impl At<'_> {
    /// The claim on tokens `first..last`, with its span, text and context window.
    fn claim(
        &self,
        first: usize,
        last: usize,
        attribute: Attribute,
        time_scope: Option<(NaiveDate, NaiveDate)>,
        detail: Detail,
        frame: Option<Frame>,
    ) -> Claim {
        let (a, t, base) = (self.article, self.tokens, self.article.body_start);
        let (start, end) = (base + t[first].start, base + t[last - 1].end);
        let sentence = self.sentences.around(first, last);
        let (ca, cb) = context::window(t, sentence, first, last, self.words);
        let (cs, ce) = (base + t[ca].start, base + t[cb - 1].end);
        Claim {
            article: self.index,
            subject: None,
            attribute,
            time_scope,
            span: a.span(start, end),
            text: a.text[start..end].to_string(),
            context: Context {
                span: a.span(cs, ce),
                future: false,
                past: false,
                period_past: false,
                ahead: false,
            },
            detail,
            frame: frame.map(Box::new),
        }
    }
}

/// Name, title, affiliation, age and goal-minute claims from the entity mentions of one
/// article. Indices in the claims count from the first entity claim.
/// Puts `item` into the sorted list `list` of a frame's words or marks, once.
fn add_sorted(list: &mut Vec<String>, item: &str) {
    if let Err(at) = list.binary_search_by(|x| x.as_str().cmp(item)) {
        list.insert(at, item.to_string());
    }
}

fn entity_claims(
    at: &At,
    found: &names::Found,
    (found_ages, found_goals): (&[ages::FoundAge], &[goals::FoundGoals]),
    rules: &Rules,
    scope: &dyn Fn(usize, usize) -> Option<(NaiveDate, NaiveDate)>,
) -> Vec<Claim> {
    let make = |first: usize, last: usize, attribute: Attribute, detail: EntityDetail| {
        at.claim(
            first,
            last,
            attribute,
            scope(first, last),
            Detail::Entity(Box::new(detail)),
            None,
        )
    };
    let mut out = Vec::new();
    // Lone words follow the mentions: titles and affiliations index those alone.
    for m in found.mentions.iter().chain(&found.lone) {
        let key = m.key.join(" ");
        let value = match m.known {
            Some(a) => rules.entities.alias_list[a].name.clone(),
            None => key.clone(),
        };
        out.push(make(
            m.first,
            m.last,
            Attribute::Name,
            EntityDetail {
                kind: m.kind,
                key,
                value,
                cue: m.cue,
                known: m.known.is_some(),
                person: m.link,
                org: None,
                title: None,
                qualifier: None,
                former: false,
                retired: false,
                speaker: rules
                    .entities
                    .speech_before
                    .match_before(at.tokens, m.first)
                    .is_some()
                    || rules.entities.speech_after.contains_at(at.tokens, m.last),
                opponent: [
                    &rules.numbers.scores.pairings,
                    &rules.numbers.scores.against,
                ]
                .iter()
                .any(|words| words.match_before(at.tokens, m.first).is_some()),
                dateline: dateline_place(at.tokens, m.first, m.last, rules.settings.header_lines),
            },
        ));
    }
    for t in &found.titles {
        let m = &found.mentions[t.person];
        let (first, last) = (t.first.min(m.first), t.last.max(m.last));
        out.push(make(
            first,
            last,
            Attribute::Title,
            EntityDetail {
                kind: m.kind,
                key: m.key.join(" "),
                value: rules.entities.title_list[t.title].name.clone(),
                cue: m.cue,
                known: false,
                person: Some(t.person),
                org: None,
                title: Some(t.title),
                qualifier: t.qualifier.clone(),
                former: t.former,
                retired: t.retired,
                speaker: false,
                opponent: false,
                dateline: false,
            },
        ));
    }
    for a in &found.affiliations {
        let m = &found.mentions[a.person];
        let o = &found.mentions[a.org];
        out.push(make(
            o.first,
            o.last,
            Attribute::Affiliation,
            EntityDetail {
                kind: m.kind,
                key: m.key.join(" "),
                value: o.key.join(" "),
                cue: m.cue,
                known: false,
                person: Some(a.person),
                org: Some(a.org),
                title: None,
                qualifier: None,
                former: false,
                retired: false,
                speaker: false,
                opponent: false,
                dateline: false,
            },
        ));
    }
    // A value of a person written after the name: the claim spans the name and the value.
    let of_person = |person: usize, (first, last): (usize, usize), attribute, value| {
        let m = &found.mentions[person];
        make(
            m.first.min(first),
            last,
            attribute,
            EntityDetail {
                kind: m.kind,
                key: m.key.join(" "),
                value,
                cue: m.cue,
                known: false,
                person: Some(person),
                org: None,
                title: None,
                qualifier: None,
                former: false,
                retired: false,
                speaker: false,
                opponent: false,
                dateline: false,
            },
        )
    };
    // "Dimitris Papadakis, 54".
    for a in found_ages {
        let value = a.years.to_string();
        out.push(of_person(
            a.person,
            (a.first, a.last),
            Attribute::Age,
            value,
        ));
    }
    // "Kamada (15', 45+3')".
    for g in found_goals {
        let minutes = crate::claim::GoalMinute::list(&g.minutes);
        out.push(of_person(
            g.person,
            (g.first, g.last),
            Attribute::Goals,
            minutes,
        ));
    }
    out
}

/// Whether the mention `first..end` is the place of a dateline opening one of the body's
/// first `lines` lines: the line's first words before a comma or a dash ("JAKARTA, KOMPAS.com
/// -", "Jakarta - ..."), or the words after an outlet and its comma, ending in a dash, a
/// comma or the line's first word glued on ("TEMPO.CO, Jakarta -", "Liputan6.com,
/// JakartaMenteri ...").
fn dateline_place(tokens: &[Token], first: usize, end: usize, lines: usize) -> bool {
    let dash = |t: &Token| t.is_punct("-\u{2013}\u{2014}");
    let starts_line = |k: usize| k == 0 || tokens[k].newline;
    let next = tokens.get(end);
    let glued = next.is_some_and(|t| t.start == tokens[end - 1].end && t.kind == TokenKind::Word);
    let ends = glued || next.is_some_and(|t| !t.newline && (dash(t) || t.is_punct(",")));
    let line = if starts_line(first) {
        // "JAKARTA, KOMPAS.com -": an outlet and a dash soon after the comma.
        let dated = next.is_some_and(|t| !t.newline && dash(t))
            || (ends
                && tokens[end..]
                    .iter()
                    .take(6)
                    .take_while(|t| !t.newline)
                    .any(dash));
        if !dated {
            return false;
        }
        first
    } else {
        // "Liputan6.com, Jakarta -": one outlet (written without spaces) and a comma before
        // it, opening the line.
        if !ends || first < 2 || !tokens[first - 1].is_punct(",") {
            return false;
        }
        let mut k = first - 2;
        while !starts_line(k) {
            if tokens[k].gap {
                return false;
            }
            k -= 1;
        }
        k
    };
    tokens[..=line].iter().filter(|t| t.newline).count() < lines
}

/// `items` sorted by `key` (stable), and for each old index its new one, so indices
/// between items can be remapped.
pub(crate) fn reorder<T, K: Ord>(items: Vec<T>, key: impl Fn(&T) -> K) -> (Vec<T>, Vec<usize>) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| key(&items[i]));
    let mut new_index = vec![0; items.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    let sorted = order.iter().filter_map(|&i| slots[i].take()).collect();
    (sorted, new_index)
}

/// The name a count of others at `first` is counted besides: the last word before a
/// conjunction right before the count ("PT GAG Nikel (PT GN) dan 12 perusahaan lainnya":
/// `gn`), when it is capitalised.
fn others_of(tokens: &[Token], rules: &EventRules, first: usize) -> Option<String> {
    use crate::text::TokenKind;
    let and = first.checked_sub(1)?;
    if !rules.conjunctions.contains_at(tokens, and) {
        return None;
    }
    let word = tokens[..and]
        .iter()
        .rev()
        .take(2)
        .find(|t| t.kind == TokenKind::Word)?;
    word.capital.then(|| word.norm.to_string())
}

/// Marks, for event frames, the words that say who rather than what happened: a title
/// phrase of the rules ("President", "majority leader", "the congressman": the people are
/// the frame's subjects, found from the names), and a word the article writes capitalised
/// inside a sentence and never in lower case, wherever it stands: a name that opens a
/// sentence ("Trump tweeted Tuesday ...") or a name that is also a common word ("the White
/// House"). A word the article also writes in lower case keeps its place ("Orang" in a
/// title-case headline when the body writes "orang"). Where a sentence opens is
/// [`names::sentence_initial`]'s ("LEMBAH MAROWA, Suara Teluk Tomini - Banjir bandang ...").
fn mask_names_and_titles(tokens: &[Token], rules: &EntityRules, mask: &mut [bool]) {
    use crate::text::TokenKind;
    let mut k = 0;
    while k < tokens.len() {
        match rules.titles.match_at(tokens, k) {
            Some((n, _)) => {
                mask[k..k + n].fill(true);
                k += n;
            }
            None => k += 1,
        }
    }
    // The hashes of the words written capitalised inside a sentence, less those the
    // article also writes in lower case.
    let mut names: Vec<u64> = tokens
        .iter()
        .enumerate()
        .filter(|&(k, t)| {
            t.kind == TokenKind::Word && t.capital && !names::sentence_initial(tokens, k)
        })
        .map(|(_, t)| t.hash)
        .collect();
    names.sort_unstable();
    names.dedup();
    if names.is_empty() {
        return;
    }
    let mut lower = vec![false; names.len()];
    for t in tokens {
        if t.kind == TokenKind::Word && !t.capital {
            if let Ok(i) = names.binary_search(&t.hash) {
                lower[i] = true;
            }
        }
    }
    let mut i = 0;
    names.retain(|_| {
        i += 1;
        !lower[i - 1]
    });
    if names.is_empty() {
        return;
    }
    for (k, t) in tokens.iter().enumerate() {
        if t.capital && t.kind == TokenKind::Word && names.binary_search(&t.hash).is_ok() {
            mask[k] = true;
        }
    }
}

/// Whether the date at token `first` follows a running total's new value: a `reached`
/// word, a figure (a count claim or a number) and at most two stopwords ("rose to 26 on
/// Thursday", "bertambah menjadi 26 orang pada Kamis").
fn reached_before(
    tokens: &[Token],
    rules: &EventRules,
    counts: &[numbers::FoundCount],
    first: usize,
) -> bool {
    let mut k = first;
    while k > 0
        && first - k < 2
        && tokens[k - 1].kind == TokenKind::Word
        && rules.stopwords.contains(tokens[k - 1].norm.as_str())
    {
        k -= 1;
    }
    let figure = counts
        .iter()
        .find(|c| c.last == k)
        .map(|c| c.first)
        .or_else(|| (k > 0 && tokens[k - 1].digits() > 0).then(|| k - 1));
    figure.is_some_and(|at| rules.reached.match_before(tokens, at).is_some())
}

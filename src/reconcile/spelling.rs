//! `spelling`: one entity written in near-miss forms that no alias explains.

use std::collections::{BTreeMap, BTreeSet};

use super::entities::Entities;
use crate::claim::{Attribute, Claim, Cue};
use crate::conflict::{articles_word, Conflict, Evidence, Role};
use crate::kinds::{Kind, Severity};
use crate::rules::Rules;
use crate::stories::Stories;

pub fn check(
    claims: &[Claim],
    entities: &Entities,
    stories: &Stories,
    rules: &Rules,
) -> Vec<Conflict> {
    // Misspelt pairs per group, joined into the set of forms that disagree.
    let mut forms_of: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    let mut pairs_of: BTreeMap<usize, Vec<(&str, &str)>> = BTreeMap::new();
    for (g, a, b) in &entities.spellings {
        let forms = forms_of.entry(*g).or_default();
        forms.insert(a);
        forms.insert(b);
        pairs_of.entry(*g).or_default().push((a, b));
    }
    // The name claims of those groups, in one pass.
    let mut of_group: BTreeMap<usize, Vec<&Claim>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        match entities.group_of[i] {
            Some(g) if c.attribute == Attribute::Name && forms_of.contains_key(&g) => {
                of_group.entry(g).or_default().push(c);
            }
            _ => {}
        }
    }
    // The titles each name claim is written with ("Menteri Luar Negeri Sugiono"), by the
    // name claim's article and start.
    let mut titles: BTreeMap<(usize, usize), BTreeSet<&str>> = BTreeMap::new();
    for c in claims {
        let Some(e) = c.entity() else { continue };
        if c.attribute != Attribute::Title || e.former {
            continue;
        }
        if let Some(p) = e.person {
            let name = &claims[p];
            titles
                .entry((name.article, name.span.start))
                .or_default()
                .insert(e.value.as_str());
        }
    }
    let mut out = Vec::new();
    for (g, forms) in forms_of {
        // Every name claim written in one of the forms (a surname mention counts for the
        // full name it stands for).
        let mut by_form: BTreeMap<&str, Vec<&Claim>> = BTreeMap::new();
        for &c in of_group.get(&g).into_iter().flatten() {
            let Some(e) = c.entity() else { continue };
            // A title standing for its holder ("Sekjen NATO") writes no form of the name.
            if e.cue == Cue::TitleAlone {
                continue;
            }
            let key = match e.person {
                Some(p) => claims[p]
                    .entity()
                    .map_or(e.key.as_str(), |f| f.key.as_str()),
                None => e.key.as_str(),
            };
            if let Some(&form) = forms.get(key) {
                by_form.entry(form).or_default().push(c);
            }
        }
        if by_form.len() < 2 {
            continue;
        }
        let strong = strong_evidence(
            &rank(&by_form, shown)
                .iter()
                .map(|r| r.1)
                .collect::<Vec<_>>(),
            rules,
        );
        let named = of_group.get(&g).map_or(&[][..], |v| v.as_slice());
        // Only the forms that meet another are one name spelt several ways.
        let meet = meeting_forms(&by_form, named, g, stories, &titles, strong);
        by_form.retain(|form, _| meet.contains(form));
        paired(
            &mut by_form,
            pairs_of.get(&g).map_or(&[][..], Vec::as_slice),
        );
        let display = merge_parts(&mut by_form);
        if by_form.len() < 2 {
            continue;
        }
        let mut ranked = rank(&by_form, shown);
        for (form, _, text) in &mut ranked {
            if let Some(d) = display.get(form) {
                text.clone_from(d);
            }
        }
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.2.cmp(&b.2)));
        let (list, verdict, strong) = summary(&ranked, &by_form, "form", rules);
        // A known name's form is quoted only in the articles that write another form: its
        // misspelling is vouched for there ("Tingkok" beside "China"), and the name may be
        // in every article of the run.
        let known = |c: &&Claim| c.entity().is_some_and(|e| e.known);
        let slipped: BTreeSet<usize> = by_form
            .values()
            .filter(|cs| !cs.iter().any(known))
            .flatten()
            .map(|c| c.article)
            .collect();
        // There, the mentions with a word the slip is one slip from ("Jepang" for "Jepng"),
        // else those not in capitals (a dateline's "JEPANG" vouches for nothing), where the
        // article has such.
        let slips: Vec<&str> = by_form
            .iter()
            .filter(|(_, cs)| !cs.iter().any(known))
            .flat_map(|(form, _)| form.split(' '))
            .collect();
        let tier = |c: &Claim| {
            let words = || {
                c.text
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_lowercase))
            };
            let near = words().any(|w| {
                let w = w.to_lowercase();
                slips
                    .iter()
                    .any(|s| super::entities::slip_word(&w, s, rules))
            });
            match (near, words().next().is_some()) {
                (true, _) => 2,
                (false, true) => 1,
                _ => 0,
            }
        };
        let mut best: BTreeMap<usize, u8> = BTreeMap::new();
        for c in by_form.values().flatten() {
            if known(c) && slipped.contains(&c.article) {
                let t = best.entry(c.article).or_default();
                *t = (*t).max(tier(c));
            }
        }
        let quoted: BTreeMap<&str, Vec<&Claim>> = by_form
            .iter()
            .map(|(form, cs)| {
                let cs = cs
                    .iter()
                    .copied()
                    .filter(|c| !known(c) || best.get(&c.article).is_some_and(|&b| b == tier(c)))
                    .collect();
                (*form, cs)
            })
            .collect();
        let evidence = evidence(claims, &ranked, &quoted, |articles| Role::FormOf {
            articles,
        });
        out.push(Conflict {
            kind: Kind::Spelling,
            severity: severity(strong, rules),
            subject: entities.groups[g].name.clone(),
            message: format!("one name spelt {} ways: {list}; {verdict}", ranked.len()).into(),
            stories: Vec::new(),
            evidence,
        });
    }
    out
}

/// The forms of one thing (`by_form`: form → its claims) by the number of articles that
/// write them, most first: (form, articles, the text `shown` for it).
pub(super) fn rank<'a>(
    by_form: &BTreeMap<&'a str, Vec<&Claim>>,
    shown: fn(&[&Claim]) -> String,
) -> Vec<(&'a str, usize, String)> {
    let mut ranked: Vec<(&str, usize, String)> = by_form
        .iter()
        .map(|(form, cs)| {
            let n = cs.iter().map(|c| c.article).collect::<BTreeSet<_>>().len();
            (*form, n, shown(cs))
        })
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.2.cmp(&b.2)));
    ranked
}

/// What a conflict over `ranked` forms says: the list of forms with their articles, the
/// verdict (which form most articles write; `what` names a form: "form", "number"), and
/// whether the evidence is strong.
pub(super) fn summary(
    ranked: &[(&str, usize, String)],
    by_form: &BTreeMap<&str, Vec<&Claim>>,
    what: &str,
    rules: &Rules,
) -> (String, String, bool) {
    let list = ranked
        .iter()
        .map(|(_, n, text)| format!("\"{text}\" ({n} {})", articles_word(*n)))
        .collect::<Vec<_>>()
        .join(", ");
    let strong = strong_evidence(&ranked.iter().map(|r| r.1).collect::<Vec<_>>(), rules);
    let verdict = if strong {
        format!(
            "{} articles write \"{}\", each other {what} is one article's",
            ranked[0].1, ranked[0].2
        )
    } else if ranked.len() >= 2 && ranked[0].1 > ranked[1].1 {
        format!("most articles write \"{}\"", ranked[0].2)
    } else if let Some(most) = most_written(ranked, by_form) {
        // As many articles each (one article writing two forms): the mentions tell.
        let times = |n: usize| match n {
            1 => "once".to_string(),
            n => format!("{n} times"),
        };
        let others = ranked
            .iter()
            .filter(|r| r.0 != most.0)
            .map(|r| format!("\"{}\" {}", r.2, times(by_form[r.0].len())))
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "\"{}\" is written {}, {others}",
            most.2,
            times(by_form[most.0].len())
        )
    } else {
        format!("no {what} is written by more articles than the others")
    };
    (list, verdict, strong)
}

/// The form of `ranked` written more often than every other (by its mentions in
/// `by_form`), if one is.
fn most_written<'r, 'a>(
    ranked: &'r [(&'a str, usize, String)],
    by_form: &BTreeMap<&str, Vec<&Claim>>,
) -> Option<&'r (&'a str, usize, String)> {
    let times = |r: &(&str, usize, String)| by_form.get(r.0).map_or(0, Vec::len);
    let most = ranked.iter().max_by_key(|r| times(r))?;
    let n = times(most);
    (ranked.iter().filter(|r| times(r) == n).count() == 1).then_some(most)
}

/// The evidence of a conflict over `ranked` forms: every mention of the other forms (each
/// may need a correction) and, of the form most articles write, the first mention in each
/// article (enough to show who writes it: a main official named 400 times in 40 articles
/// stays readable). `role` is each span's role, of the number of articles that write its
/// form ([`Role::FormOf`] 3 articles). `claims` is the run's claim list, which `by_form`'s
/// claims are of.
pub(super) fn evidence(
    claims: &[Claim],
    ranked: &[(&str, usize, String)],
    by_form: &BTreeMap<&str, Vec<&Claim>>,
    role: fn(usize) -> Role,
) -> Vec<Evidence> {
    let majority = ranked.len() >= 2 && ranked[0].1 > ranked[1].1;
    let mut evidence = Vec::new();
    for (rank, (form, n, text)) in ranked.iter().enumerate() {
        let mut seen = BTreeSet::new();
        for c in &by_form[form] {
            if rank == 0 && majority && !seen.insert(c.article) {
                continue;
            }
            evidence.push(Evidence::of_claim_ref(claims, c, text.clone(), role(*n)));
        }
    }
    evidence.sort_by_key(|e| (e.article, e.span.start));
    evidence
}

/// Whether the evidence is strong: one form written by at least `spelling_strong_articles`
/// articles, every other form by one article (`counts`: articles per form, most first).
pub(super) fn strong_evidence(counts: &[usize], rules: &Rules) -> bool {
    let min = rules.settings.spelling_strong_articles;
    min > 0 && counts.len() >= 2 && counts[0] >= min && counts[1..].iter().all(|&n| n == 1)
}

/// The severity of a spelling conflict: the kind's, one level up (a warning becomes an
/// error) when the evidence is strong. A kind set to `info` stays quiet.
pub(super) fn severity(strong: bool, rules: &Rules) -> Severity {
    match rules.severity(Kind::Spelling) {
        Severity::Warning if strong => Severity::Error,
        s => s,
    }
}

/// The forms that meet another: two forms meet when articles that write them are related
/// (see [`Stories::related`]): one article writes both, or they name another entity in
/// common, or one of them names too few to tell. Two regencies one letter apart ("Badung",
/// "Bandung") named in two unrelated reports, each with its own cast, are two places; a
/// third form that meets one of them ("Penyelamatan Kabupaten Bandung" beside "Kabupaten
/// Bandung") does not bring the other in.
///
/// Two forms each written by several articles are each a name in use: they meet as a
/// one-word name's forms do (below), not through any two related articles ("Kabupaten
/// Badung" in 13 Bali reports, "Kabupaten Bandung" in 11 West Java ones).
///
/// A one-word name says little of who it is: unless the evidence is strong (one form
/// written by `spelling_strong_articles` articles or more, each other by one), its forms
/// meet only in one article, in two related articles of one story
/// ([`Stories::together`]), or where both forms are written with one title ("Menteri Luar
/// Negeri Sugiono" / "Menteri Luar Negeri Sugiyono"). An "Indra" of two court reports and
/// an "Indri" of another story are two names.
fn meeting_forms<'a>(
    by_form: &BTreeMap<&'a str, Vec<&Claim>>,
    named: &[&Claim],
    group: usize,
    stories: &Stories,
    titles: &BTreeMap<(usize, usize), BTreeSet<&str>>,
    strong: bool,
) -> BTreeSet<&'a str> {
    let one_word = !strong && by_form.keys().all(|f| !f.contains(' '));
    // Per form: its articles, each with the titles the form is written with there.
    // A one-word form is also written by the full names of the group that hold it as a
    // word ("Daisuke Okahara" writes "Okahara"), so an article with the full name and a
    // misspelt surname ("Okahora") writes both forms.
    let forms: Vec<BTreeMap<usize, BTreeSet<&str>>> = by_form
        .iter()
        .map(|(form, cs)| {
            let mut of: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
            let full = named.iter().filter(|c| {
                one_word
                    && c.entity().is_some_and(|e| {
                        e.key.contains(' ') && e.key.split(' ').any(|w| w == *form)
                    })
            });
            for c in cs.iter().chain(full) {
                let with = of.entry(c.article).or_default();
                if let Some(t) = titles.get(&(c.article, c.span.start)) {
                    with.extend(t.iter().copied());
                }
            }
            of
        })
        .collect();
    let keys: Vec<&str> = by_form.keys().copied().collect();
    // A form written only as lone words (`Cue::Lone`: "wisata Qzarnemo") has nothing but
    // its letters to say it names the entity: it meets another form in one story only.
    let lone: Vec<bool> = by_form
        .values()
        .map(|cs| {
            cs.iter()
                .all(|c| c.entity().is_some_and(|e| e.cue == Cue::Lone))
        })
        .collect();
    let mut meet = BTreeSet::new();
    for (x, xs) in forms.iter().enumerate() {
        for (y, ys) in forms.iter().enumerate().skip(x + 1) {
            let established = xs.len() >= 2 && ys.len() >= 2;
            let story = lone[x] || lone[y];
            let met = xs.iter().any(|(&a, ta)| {
                ys.iter().any(|(&b, tb)| {
                    stories.related(a, b, Some(group))
                        && (!story || stories.together(a, b))
                        && (!(one_word || established)
                            || stories.together(a, b)
                            || ta.intersection(tb).next().is_some())
                })
            });
            if met {
                meet.insert(keys[x]);
                meet.insert(keys[y]);
            }
        }
    }
    meet
}

/// Keeps the forms that are one slip (a pair of `pairs`) from another form kept: forms joined
/// only through a form left out (one that meets none of them) are no spellings of each other
/// ("Babak I Bek" and "Babak I Di", two headlines glued to their next sentence, each a word
/// off a "Batak I" of another story).
fn paired<C>(by_form: &mut BTreeMap<&str, C>, pairs: &[(&str, &str)]) {
    loop {
        let keep: BTreeSet<&str> = pairs
            .iter()
            .filter(|(a, b)| by_form.contains_key(a) && by_form.contains_key(b))
            .flat_map(|&(a, b)| [a, b])
            .collect();
        if keep.len() == by_form.len() {
            return;
        }
        by_form.retain(|form, _| keep.contains(form));
    }
}

/// A part of one longer form written alone (a surname, a first name: "Geftman-Gold" beside
/// "Hayley Geftman-Gold"; or the longer form a word too long: "Kang Dedi Mulyadi" beside
/// "Dedi Mulyadi") is one form with it, not another way of spelling the name: the form of
/// fewer articles joins the other, which keeps its text. A part of two longer forms stays as
/// it is. Returns the text each joined form is shown with.
fn merge_parts<'a>(by_form: &mut BTreeMap<&'a str, Vec<&'a Claim>>) -> BTreeMap<&'a str, String> {
    let articles = |cs: &[&Claim]| cs.iter().map(|c| c.article).collect::<BTreeSet<_>>().len();
    let forms: Vec<&str> = by_form.keys().copied().collect();
    let mut display = BTreeMap::new();
    for &part in &forms {
        let words: Vec<&str> = part.split(' ').collect();
        let wholes: Vec<&str> = forms
            .iter()
            .copied()
            .filter(|whole| {
                let w: Vec<&str> = whole.split(' ').collect();
                w.len() > words.len() && w.windows(words.len()).any(|run| run == words)
            })
            .collect();
        let [whole] = wholes[..] else { continue };
        let (Some(p), Some(w)) = (by_form.get(part), by_form.get(whole)) else {
            continue;
        };
        let (keep, join) = if articles(p) > articles(w) {
            (part, whole)
        } else {
            (whole, part)
        };
        display.entry(keep).or_insert_with(|| shown(&by_form[keep]));
        let cs = by_form.remove(join).unwrap_or_default();
        by_form.entry(keep).or_default().extend(cs);
        if let Some(d) = display.remove(join) {
            display.entry(keep).or_insert(d);
        }
    }
    display
}

/// How often each text of `cs` is written, its spaces made single.
pub(super) fn written(cs: &[&Claim]) -> BTreeMap<String, usize> {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for c in cs {
        let text = c.text.split_whitespace().collect::<Vec<_>>().join(" ");
        *count.entry(text).or_default() += 1;
    }
    count
}

/// A form's text as its claims write it most often (ties: the first in order): the text an
/// identifier's or a list's form is shown by.
pub(super) fn usual_text(cs: &[&Claim]) -> String {
    written(cs)
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(t, _)| t)
        .unwrap_or_default()
}

/// The form's most common written text (a full mention over a surname).
fn shown(cs: &[&Claim]) -> String {
    written(cs)
        .into_iter()
        .max_by(|a, b| {
            (a.0.split(' ').count(), a.1)
                .cmp(&(b.0.split(' ').count(), b.1))
                .then_with(|| b.0.cmp(&a.0))
        })
        .map(|(t, _)| t)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_joined_only_through_a_form_left_out_are_no_spellings_of_each_other() {
        let forms = |fs: &[&'static str]| -> BTreeMap<&'static str, ()> {
            fs.iter().map(|&f| (f, ())).collect()
        };
        // Each a word off "qzar i" (left out: it meets none of them), none off another.
        let hub = [
            ("qzar i", "qzab i bek"),
            ("qzar i", "qzab i di"),
            ("qzar i", "qzab i bagi"),
        ];
        let mut by_form = forms(&["qzab i bek", "qzab i di", "qzab i bagi"]);
        paired(&mut by_form, &hub);
        assert!(by_form.is_empty(), "{by_form:?}");
        // A chain of slips keeps every link; a form whose only partner is gone goes.
        let chain = [
            ("dorvale", "dorvalle"),
            ("dorvalle", "dorvallle"),
            ("zorblat", "zorblatt"),
        ];
        let mut by_form = forms(&["dorvale", "dorvalle", "dorvallle", "zorblatt"]);
        paired(&mut by_form, &chain);
        assert_eq!(
            by_form.keys().copied().collect::<Vec<_>>(),
            ["dorvale", "dorvalle", "dorvallle"]
        );
    }

    #[test]
    fn strong_evidence_is_one_form_of_many_articles_against_single_slips() {
        let rules = Rules::builtin().unwrap();
        assert!(strong_evidence(&[5, 1], &rules));
        assert!(strong_evidence(&[3, 1, 1], &rules));
        assert_eq!(severity(true, &rules), Severity::Error);
        // Traps: a split (2 against 2), a majority of two, a second form written twice.
        assert!(!strong_evidence(&[2, 2], &rules));
        assert!(!strong_evidence(&[2, 1], &rules));
        assert!(!strong_evidence(&[6, 2], &rules));
        assert_eq!(severity(false, &rules), Severity::Warning);
    }
}

//! Acronyms (reported as `spelling`): one acronym written with long forms that disagree.
//!
//! A long form followed by its acronym in brackets ("Sistem Penerimaan Murid Baru (SPMB)")
//! is a name claim with the `acronym` cue. The long form is cut to the words whose
//! initials spell the acronym ("Pendaftaran Sistem Penerimaan Murid Baru (SPMB)" is
//! "Sistem Penerimaan Murid Baru"; "Kementerian Energi dan Sumber Daya Mineral (ESDM)" is
//! "Energi dan Sumber Daya Mineral"); a long form whose initials never spell it (a
//! translation: "Organisasi Perburuhan Internasional (ILO)") is left aside. Two long forms
//! of one acronym in related articles (see [`crate::stories::Stories::related`]) that
//! have as many words and differ in exactly one are one name written two ways ("Seleksi
//! Penerimaan Murid Baru" / "Sistem Penerimaan Murid Baru"): a conflict, unless the two
//! are already one entity (a near-miss, reported by the spelling check itself). When the
//! word differs by more than a slip ("Seleksi"/"Sistem", not "Makan"/"Makanan"), the two
//! may be two names that share the acronym ("Dewan Perwakilan Daerah", "Dewan Pimpinan
//! Daerah"): then only strong evidence (one form of `spelling_strong_articles` articles,
//! the others of one article each) makes it a conflict. Long forms
//! that differ in more words are two names that share an acronym ("Tes Potensi Akademik",
//! "Tempat Pembuangan Akhir"), or one name in two languages ("Mass Rapid Transit", "Moda
//! Raya Terpadu").

use std::collections::{BTreeMap, BTreeSet};

use super::entities::Entities;
use crate::article::Article;
use crate::claim::{Attribute, Claim, Cue};
use crate::conflict::{articles_word, Conflict, Evidence, Role};
use crate::kinds::Kind;
use crate::rules::Rules;
use crate::stories::Stories;

/// One long form of an acronym: its claim and its words spelling the acronym.
struct Form<'a> {
    claim: usize,
    c: &'a Claim,
    /// The words whose initials spell the acronym, as written.
    words: Vec<&'a str>,
}

pub fn check(
    articles: &[Article],
    claims: &[Claim],
    entities: &Entities,
    stories: &Stories,
    rules: &Rules,
) -> Vec<Conflict> {
    let mut by_acronym: BTreeMap<String, Vec<Form>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(e) = c.entity() else { continue };
        if c.attribute != Attribute::Name || e.cue != Cue::Acronym {
            continue;
        }
        let Some(acronym) = articles
            .get(c.article)
            .and_then(|a| bracketed_after(&a.text, c.span.end))
        else {
            continue;
        };
        if let Some(words) = spelling_words(&c.text, acronym) {
            by_acronym
                .entry(acronym.to_string())
                .or_default()
                .push(Form { claim: i, c, words });
        }
    }
    let mut out = Vec::new();
    for (acronym, forms) in &by_acronym {
        // The distinct long forms (compared without case), each with its claims.
        let mut distinct: BTreeMap<String, Vec<&Form>> = BTreeMap::new();
        for f in forms {
            distinct
                .entry(f.words.join(" ").to_lowercase())
                .or_default()
                .push(f);
        }
        if distinct.len() < 2 {
            continue;
        }
        let keys: Vec<&String> = distinct.keys().collect();
        // Forms that disagree with another in one word, in related articles; whether any
        // two of them differ by a slip of that word.
        let mut disagreeing: BTreeSet<&String> = BTreeSet::new();
        let mut slip = false;
        for (x, kx) in keys.iter().enumerate() {
            for ky in &keys[x + 1..] {
                let (fx, fy) = (&distinct[*kx], &distinct[*ky]);
                if one_word_apart(&fx[0].words, &fy[0].words)
                    && fx.iter().any(|a| {
                        fy.iter().any(|b| {
                            entities.group_of[a.claim] != entities.group_of[b.claim]
                                && stories.related(a.c.article, b.c.article, None)
                        })
                    })
                {
                    disagreeing.insert(kx);
                    disagreeing.insert(ky);
                    slip |= slip_of_one_word(&fx[0].words, &fy[0].words, rules);
                }
            }
        }
        if disagreeing.is_empty() {
            continue;
        }
        // Forms by the number of articles that write them, most first.
        let mut ranked: Vec<(&String, usize, String)> = disagreeing
            .iter()
            .map(|k| {
                let fs = &distinct[*k];
                let n = fs
                    .iter()
                    .map(|f| f.c.article)
                    .collect::<BTreeSet<_>>()
                    .len();
                (*k, n, fs[0].words.join(" "))
            })
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.2.cmp(&b.2)));
        let list = ranked
            .iter()
            .map(|(_, n, text)| format!("\"{text}\" ({n} {})", articles_word(*n)))
            .collect::<Vec<_>>()
            .join(", ");
        let majority = ranked[0].1 > ranked[1].1;
        let strong = super::spelling::strong_evidence(
            &ranked.iter().map(|r| r.1).collect::<Vec<_>>(),
            rules,
        );
        // Two different words under one acronym are as often two names that share it
        // ("Dewan Perwakilan Daerah" and "Dewan Pimpinan Daerah", "Kuala Lumpur City Centre"
        // and "... Convention Centre", "Tempat"/"Taman Pemakaman Umum"): a conflict only on
        // strong evidence, one form of many articles against single articles' slips.
        if !slip && !strong {
            continue;
        }
        let verdict = if majority {
            format!("most articles write \"{}\"", ranked[0].2)
        } else {
            "no form is written by more articles than the others".to_string()
        };
        let mut evidence = Vec::new();
        for (_, n, text) in &ranked {
            for f in &distinct[&text.to_lowercase()] {
                let role = Role::LongFormOf {
                    acronym: acronym.to_string(),
                    articles: *n,
                };
                evidence.push(Evidence::of_claim(claims, f.claim, text.clone(), role));
            }
        }
        evidence.sort_by_key(|e| (e.article, e.span.start));
        out.push(Conflict {
            kind: Kind::Spelling,
            severity: super::spelling::severity(strong, rules),
            subject: format!("{} ({acronym})", ranked[0].2),
            message: format!(
                "one acronym, {} long forms one word apart: {list}; {verdict}",
                ranked.len()
            )
            .into(),
            stories: Vec::new(),
            evidence,
        });
    }
    out
}

/// The acronym in brackets right after byte `end` of `text` ("... Baru (SPMB)"): letters
/// only, at least two, all capitals.
fn bracketed_after(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?.trim_start_matches([' ', '\u{a0}']);
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let acronym = &inner[..close];
    (acronym.chars().count() >= 2 && acronym.chars().all(|c| c.is_uppercase())).then_some(acronym)
}

/// The last words of `long` whose capitalised words' initials spell `acronym` (words in
/// lower case, such as "dan" or "of", are skipped); `None` when no such words end it.
fn spelling_words<'a>(long: &'a str, acronym: &str) -> Option<Vec<&'a str>> {
    let words: Vec<&str> = long.split_whitespace().collect();
    let letters: Vec<char> = acronym.chars().flat_map(char::to_lowercase).collect();
    let initial = |w: &str| w.chars().next().filter(|c| c.is_uppercase());
    for start in (0..words.len()).rev() {
        let initials: Vec<char> = words[start..]
            .iter()
            .filter_map(|w| initial(w))
            .flat_map(char::to_lowercase)
            .collect();
        if initials == letters && initial(words[start]).is_some() {
            return Some(words[start..].to_vec());
        }
        if initials.len() > letters.len() {
            break;
        }
    }
    None
}

/// Whether the one word two long forms differ in is a slip of one word: a near miss
/// (`spelling_similarity`: "Hdup"/"Hidup") or one word beginning the other
/// ("Makan"/"Makanan"), rather than two words ("Perwakilan"/"Pimpinan").
fn slip_of_one_word(a: &[&str], b: &[&str], rules: &Rules) -> bool {
    a.iter().zip(b).any(|(x, y)| {
        let (x, y) = (x.to_lowercase(), y.to_lowercase());
        x != y
            && (x.starts_with(&y)
                || y.starts_with(&x)
                || strsim::normalized_damerau_levenshtein(&x, &y)
                    >= rules.settings.spelling_similarity)
    })
}

/// Whether two long forms have as many words and differ (without case) in exactly one,
/// neither of the two written in capitals (an acronym inside a long form abbreviates words
/// of its own: "AFC Champions League" and "Asian Champions League" are one name).
fn one_word_apart(a: &[&str], b: &[&str]) -> bool {
    let capitals = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let differ: Vec<(&&str, &&str)> = a
        .iter()
        .zip(b)
        .filter(|(x, y)| x.to_lowercase() != y.to_lowercase())
        .collect();
    a.len() == b.len() && differ.len() == 1 && !capitals(differ[0].0) && !capitals(differ[0].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_that_spell_the_acronym() {
        let w = |long, acr| spelling_words(long, acr).map(|v| v.join(" "));
        assert_eq!(
            w("Pendaftaran Sistem Penerimaan Murid Baru", "SPMB").as_deref(),
            Some("Sistem Penerimaan Murid Baru")
        );
        assert_eq!(
            w("Kementerian Energi dan Sumber Daya Mineral", "ESDM").as_deref(),
            Some("Energi dan Sumber Daya Mineral")
        );
        // Traps: a translation whose initials do not spell it; fewer words than letters.
        assert_eq!(w("Organisasi Perburuhan Internasional", "ILO"), None);
        assert_eq!(w("Murid Baru", "SPMB"), None);
    }

    #[test]
    fn one_word_apart_only() {
        let v = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        assert!(one_word_apart(
            &v("Seleksi Penerimaan Murid Baru"),
            &v("Sistem Penerimaan Murid Baru")
        ));
        // Traps: two names sharing an acronym; the same name in another case.
        assert!(!one_word_apart(
            &v("Tes Potensi Akademik"),
            &v("Tempat Pembuangan Akhir")
        ));
        assert!(!one_word_apart(
            &v("Sistem Penerimaan Murid Baru"),
            &v("sistem Penerimaan murid Baru")
        ));
        assert!(!one_word_apart(
            &v("AFC Champions League"),
            &v("Asian Champions League")
        ));
    }

    #[test]
    fn the_acronym_in_brackets_after_a_span() {
        let t = "Sistem Penerimaan Murid Baru (SPMB) dibuka.";
        assert_eq!(bracketed_after(t, 28), Some("SPMB"));
        assert_eq!(bracketed_after("Budi (45) datang", 4), None);
        assert_eq!(bracketed_after("Budi (kanan)", 4), None);
    }
}

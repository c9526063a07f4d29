//! Lists of people's initials, as police reports name suspects and victims: "pelaku
//! berinisial UJ dan SH", "tersangka BB, TR, dan FT", "saudara UJ dan saudara SH", "AR
//! (25) dan BS (30)". The words that join, precede and cue a list are rule data (`initials`
//! and `ages.initials_before` in `rules/*/entities.yaml`).
//!
//! A list is two or more words of two or three capitals. Right after a cue word (an
//! initials word or a role word), or with an age after each item, it is cued. With no cue
//! it is read only in an article that writes a cue word somewhere (a police report), not
//! right after a capitalised word ("Satpol PP dan WH": the end of a name), and unless one
//! of its words is a known name, a title, an institution's word or an acronym the article
//! writes in brackets after its long form ("KPK dan BPK" name institutions).

use std::collections::BTreeSet;

use crate::claim::InitialsDetail;
use crate::rules::EntityRules;
use crate::text::{Token, TokenKind};

/// A list of initials on tokens `first..last`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub first: usize,
    pub last: usize,
    pub detail: InitialsDetail,
}

/// How many tokens before a list a role word may stand in its sentence ("pelaku yang
/// diamankan berinisial UJ dan SH").
const ROLE_REACH: usize = 8;

/// The letters of one initials.
const MIN_LETTERS: usize = 2;
const MAX_LETTERS: usize = 3;

/// Every list of initials of one text, in text order. `taken` marks tokens of other claims
/// (a plate's letters, an identifier's code); `starts` the tokens that start a sentence.
pub(crate) fn find_initials(
    tokens: &[Token],
    text: &str,
    taken: &[bool],
    starts: &[bool],
    rules: &EntityRules,
) -> Vec<Found> {
    // Acronyms the article writes in brackets ("Komisi Pemberantasan Korupsi (KPK)").
    let bracketed: BTreeSet<&str> = (1..tokens.len().saturating_sub(1))
        .filter(|&k| tokens[k - 1].is_punct("(") && tokens[k + 1].is_punct(")"))
        .map(|k| tokens[k].norm.as_str())
        .collect();
    let item = |k: usize| -> bool {
        let t = &tokens[k];
        let raw = &text[t.start..t.end];
        t.kind == TokenKind::Word
            && !taken[k]
            && (MIN_LETTERS..=MAX_LETTERS).contains(&raw.len())
            && raw.bytes().all(|b| b.is_ascii_uppercase())
    };
    let known = |k: usize| {
        bracketed.contains(tokens[k].norm.as_str())
            || rules.aliases.match_at(tokens, k).is_some()
            || rules.titles.match_at(tokens, k).is_some()
            || rules.institutions.match_at(tokens, k).is_some()
    };
    // A police report: a cue word stands somewhere in the text.
    let report = (0..tokens.len()).any(|k| {
        rules.initials_before.contains_at(tokens, k) || rules.initials_roles.contains_at(tokens, k)
    });
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let Some((items, aged, last)) = list_at(tokens, k, rules, &item) else {
            k += 1;
            continue;
        };
        // The cue: the word before the list (and before its first honorific).
        let head = match rules.initials_honorifics.match_before(tokens, k) {
            Some((n, _)) => k - n,
            None => k,
        };
        let cued = aged
            || rules.initials_before.match_before(tokens, head).is_some()
            || rules.initials_roles.match_before(tokens, head).is_some();
        // With no cue, not the end of a capitalised name ("Satpol PP dan WH").
        let after_name = head > 0 && tokens[head - 1].capital && !tokens[head].newline;
        if cued || (report && !after_name && !items.iter().any(|&i| known(i))) {
            out.push(Found {
                first: k,
                last,
                detail: InitialsDetail {
                    items: items
                        .iter()
                        .map(|&i| text[tokens[i].start..tokens[i].end].to_string())
                        .collect(),
                    role: role(tokens, head, starts, rules),
                    cued,
                },
            });
        }
        k = last;
    }
    out
}

/// The list of initials starting at token `k`: its items' tokens, whether an age follows
/// each, and the token after it. Items are joined by commas and joiners (", dan"), each
/// maybe after an honorific and before an age in brackets.
fn list_at(
    tokens: &[Token],
    k: usize,
    rules: &EntityRules,
    item: &impl Fn(usize) -> bool,
) -> Option<(Vec<usize>, bool, usize)> {
    if !item(k) || (k > 0 && item(k - 1)) {
        return None;
    }
    let mut items = vec![k];
    let mut at = after_item(tokens, k + 1);
    let mut aged = at > k + 1;
    let mut joined = false;
    loop {
        let mut next = at;
        let comma = tokens.get(next).is_some_and(|t| t.is_punct(","));
        if comma {
            next += 1;
        }
        let joiner = rules.initials_joiners.match_at(tokens, next);
        if let Some((n, _)) = joiner {
            next += n;
        }
        if !comma && joiner.is_none() {
            break;
        }
        if let Some((n, _)) = rules.initials_honorifics.match_at(tokens, next) {
            next += n;
        }
        if next >= tokens.len() || !item(next) {
            break;
        }
        items.push(next);
        at = after_item(tokens, next + 1);
        aged &= at > next + 1;
        if joiner.is_some() {
            joined = true;
            break;
        }
    }
    // A list ends with a joiner ("UJ, SH dan SJ"); commas alone join words of a run of
    // capitals as often ("QJ, WH, ZK").
    (items.len() >= 2 && joined).then_some((items, aged, at))
}

/// The token after an item at `k - 1` and an age in brackets after it ("AR (25)").
fn after_item(tokens: &[Token], k: usize) -> usize {
    match (tokens.get(k), tokens.get(k + 1), tokens.get(k + 2)) {
        (Some(o), Some(n), Some(c))
            if o.is_punct("(") && n.kind == TokenKind::Number && c.is_punct(")") =>
        {
            k + 3
        }
        _ => k,
    }
}

/// The role of the people of a list whose cue would end before token `head`: the role word
/// nearest before it in its sentence, within [`ROLE_REACH`] tokens.
fn role(tokens: &[Token], head: usize, starts: &[bool], rules: &EntityRules) -> String {
    let mut end = head;
    // The initials word itself ("pelaku berinisial").
    if let Some((n, _)) = rules.initials_before.match_before(tokens, end) {
        end -= n;
    }
    for _ in 0..ROLE_REACH {
        if let Some((_, role)) = rules.initials_roles.match_before(tokens, end) {
            return role.clone();
        }
        if end == 0 || starts.get(end).copied().unwrap_or(false) {
            break;
        }
        end -= 1;
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;
    use crate::text::tokenize;

    fn found(text: &str) -> Vec<String> {
        let rules = Rules::builtin().unwrap();
        let tokens = tokenize(text);
        let taken = vec![false; tokens.len()];
        let mut starts = vec![false; tokens.len()];
        starts[0] = true;
        find_initials(&tokens, text, &taken, &starts, &rules.entities)
            .into_iter()
            .map(|f| {
                let d = f.detail;
                let cue = if d.cued { " (cued)" } else { "" };
                format!("{}: {}{cue}", d.role, d.items.join(" "))
            })
            .collect()
    }

    #[test]
    fn lists_of_initials_with_and_without_a_cue() {
        assert_eq!(
            found("Pelaku berinisial QJ dan WH kedapatan membawa senjata."),
            ["suspect: QJ WH (cued)"]
        );
        assert_eq!(
            found("Polisi menangkap tersangka BQ, TX, dan FZ di rumahnya."),
            ["suspect: BQ TX FZ (cued)"]
        );
        assert_eq!(
            found("Korban berinisial AQ (25) dan WR (30) dirawat."),
            ["victim: AQ WR (cued)"]
        );
        assert_eq!(
            found("Mereka adalah QJ (25) dan WH (31), warga Sukamaju."),
            [": QJ WH (cued)"]
        );
        // With no cue, in a police report.
        assert_eq!(
            found("Pelaku ditangkap. Saat digeledah, saudara QJ dan saudara WH membawa senjata."),
            ["suspect: QJ WH"]
        );
        assert_eq!(
            found("Saat ini, QJ dan WJ telah diamankan. Lima pelaku lain menjadi saksi."),
            [": QJ WJ"]
        );
        // Traps: institutions by their acronyms (known names, or written in brackets);
        // one initial alone; a run of capitals joined by commas only; one letter each.
        assert!(found("Siswa SD dan SMP libur.").is_empty());
        assert!(found("Pelaku diamankan Satpol PP dan WH Kota Sukamaju.").is_empty());
        assert!(found(
            "Badan Pengawas Keuangan (BQK) dan Badan Narkotika Nasional (BNN) hadir. BQK dan \
             BNN memeriksa tersangka."
        )
        .is_empty());
        assert!(found("Pelaku berinisial AR ditangkap.").is_empty());
        assert!(found("Anggota QJ, WH, ZK hadir.").is_empty());
        assert!(found("Pelaku berinisial P dan K ditangkap.").is_empty());
    }
}

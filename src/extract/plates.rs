//! Vehicle registration plates: a region code, one to four digits and one to three
//! letters, spaced, hyphenated or glued ("B 2829 UIL", "B-2829-UIL", "B2829UIL"). The
//! region codes and the words that announce a plate ("pelat nomor", "nopol") are rule data
//! (`identifiers.plates` in `rules/*/entities.yaml`).
//!
//! After an announcing word any of the three forms is a plate. With no such word, only a
//! spaced or hyphenated plate of three or four digits is, and only when no word in capitals
//! or number stands right before or after it: "SD N 123 BTN" is a school in an acronym
//! run, "A 120 B 130" the numbers of a list.

use super::identifiers::Found;
use crate::claim::IdentifierDetail;
use crate::rules::EntityRules;
use crate::text::{Token, TokenKind};

/// How many punctuation tokens may stand between an announcing word and the plate
/// ("nomor polisi (nopol) B-2829-UIL", "nopol: B 2829 UIL").
const HEAD_REACH: usize = 4;

/// The most letters of a region code and of the letters after the number.
const REGION_LETTERS: usize = 2;
const SUFFIX_LETTERS: usize = 3;

/// The most digits of a plate's number, and the fewest of one with no announcing word.
const MAX_DIGITS: usize = 4;
const BARE_DIGITS: usize = 3;

/// A plate starting at token `i`, of `text` (the text the tokens index).
pub(crate) fn plate(tokens: &[Token], text: &str, i: usize, rules: &EntityRules) -> Option<Found> {
    let t = &tokens[i];
    if t.kind != TokenKind::Word || !t.capital {
        return None;
    }
    // Glued to the token before ("HR-V"), unless it opens a bracket or a quote.
    if i > 0 && !t.gap && !tokens[i - 1].is_punct("(\"'“‘[") {
        return None;
    }
    let raw = &text[t.start..t.end];
    let (region, digits, suffix, last, bare) = match split_glued(raw) {
        Some((region, digits, suffix)) => (region, digits, suffix, i + 1, false),
        None => {
            let (digits, suffix, last) = separated(tokens, text, i)?;
            (raw, digits, suffix, last, true)
        }
    };
    if !capitals(region, REGION_LETTERS) || !capitals(suffix, SUFFIX_LETTERS) {
        return None;
    }
    if !(1..=MAX_DIGITS).contains(&digits.len()) {
        return None;
    }
    // The region code read as a word of rule data ("b", "ab").
    let kind = rules
        .plate_regions
        .match_at(tokens, i)
        .filter(|(n, _)| *n == 1);
    let kind = match kind {
        Some((_, kind)) => kind.clone(),
        None if !bare => {
            // A glued plate: its region is the word's first letters.
            let region_tokens = vec![region.to_lowercase()];
            rules.plate_regions.get(&region_tokens)?.clone()
        }
        None => return None,
    };
    // A word, a number or a code glued right after it ("B 2829 UIL-2").
    if tokens
        .get(last)
        .is_some_and(|n| !n.gap && n.kind != TokenKind::Punct)
        || tokens.get(last).is_some_and(|n| n.is_punct("-/") && !n.gap)
    {
        return None;
    }
    let standing_alone = bare && digits.len() >= BARE_DIGITS && alone(tokens, text, i, last);
    if !standing_alone && !announced(tokens, i, rules) {
        return None;
    }
    Some(Found {
        first: i,
        last,
        detail: IdentifierDetail {
            kind,
            prefix: region.to_string(),
            number: digits.to_string(),
            about: Vec::new(),
            named: false,
            suffix: suffix.to_string(),
        },
    })
}

/// Whether `s` is one to `max` capital letters.
fn capitals(s: &str, max: usize) -> bool {
    (1..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// A plate written as one word: letters, digits, letters ("B2829UIL").
fn split_glued(raw: &str) -> Option<(&str, &str, &str)> {
    let first_digit = raw.find(|c: char| c.is_ascii_digit())?;
    let after = raw[first_digit..].find(|c: char| !c.is_ascii_digit())? + first_digit;
    Some((&raw[..first_digit], &raw[first_digit..after], &raw[after..]))
}

/// The number and letters after a region code at token `i`, spaced ("B 2829 UIL") or
/// joined by hyphens with no space ("B-2829-UIL"), and the token after them.
fn separated<'t>(tokens: &[Token], text: &'t str, i: usize) -> Option<(&'t str, &'t str, usize)> {
    let hyphen = |k: usize| tokens.get(k).is_some_and(|h| h.is_punct("-") && !h.gap);
    let joined = hyphen(i + 1);
    let at = if joined { i + 2 } else { i + 1 };
    let number = tokens.get(at)?;
    if number.kind != TokenKind::Number || number.gap == joined {
        return None;
    }
    let at = if joined {
        hyphen(at + 1).then_some(at + 2)?
    } else {
        at + 1
    };
    let letters = tokens.get(at)?;
    if letters.kind != TokenKind::Word || letters.gap == joined || letters.newline {
        return None;
    }
    Some((
        &text[number.start..number.end],
        &text[letters.start..letters.end],
        at + 1,
    ))
}

/// Whether a word that announces a plate ends right before token `i`, or before the
/// punctuation right before it ("nomor polisi (nopol) B-2829-UIL").
fn announced(tokens: &[Token], i: usize, rules: &EntityRules) -> bool {
    let mut end = i;
    for _ in 0..=HEAD_REACH {
        if rules.plate_heads.match_before(tokens, end).is_some() {
            return true;
        }
        match end.checked_sub(1).map(|k| &tokens[k]) {
            // Not across a sentence's end.
            Some(p) if p.kind == TokenKind::Punct && !p.is_punct(".!?") => end -= 1,
            _ => return false,
        }
    }
    false
}

/// Whether a plate on tokens `first..last` stands alone: no word in capitals and no
/// number right before or after it (an opening bracket before and a closing one after
/// are passed over), and not at a sentence's start ("A 737 MAX jet crashed").
fn alone(tokens: &[Token], text: &str, first: usize, last: usize) -> bool {
    let shouting = |t: &Token| {
        t.kind == TokenKind::Number
            || (t.kind == TokenKind::Word
                && text[t.start..t.end]
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit()))
    };
    if first == 0 || tokens[first].newline {
        return false;
    }
    let mut before = first - 1;
    if tokens[before].is_punct("(") && before > 0 && !tokens[before].newline {
        before -= 1;
    }
    let before = &tokens[before];
    if before.is_punct(".!?:") || shouting(before) {
        return false;
    }
    let after = match tokens.get(last) {
        Some(p) if p.is_punct(")") => tokens.get(last + 1),
        t => t,
    };
    !after.is_some_and(|t| shouting(t) && !t.newline)
}

#[cfg(test)]
mod tests {
    use crate::rules::Rules;
    use crate::text::tokenize;

    fn found(text: &str) -> Vec<String> {
        let rules = Rules::builtin().unwrap();
        let tokens = tokenize(text);
        (0..tokens.len())
            .filter_map(|i| super::plate(&tokens, text, i, &rules.entities))
            .map(|f| {
                let d = f.detail;
                format!("{}: {} {} {}", d.kind, d.prefix, d.number, d.suffix)
            })
            .collect()
    }

    #[test]
    fn plates_after_a_word_that_announces_them() {
        assert_eq!(
            found("Mobil dengan nomor polisi B 1234 XYZ melaju."),
            ["plate: B 1234 XYZ"]
        );
        assert_eq!(
            found("tampak pelat nomor polisi (nopol) B-1234-XYZ."),
            ["plate: B 1234 XYZ"]
        );
        assert_eq!(found("Motor bernopol AB12KQ hilang."), ["plate: AB 12 KQ"]);
        assert_eq!(found("Truk berpelat DK 7 A terguling."), ["plate: DK 7 A"]);
        assert_eq!(
            found("A car with license plate B 1234 XYZ."),
            ["plate: B 1234 XYZ"]
        );
        // Traps: no region code ("RT 02 RW", "WR 155 R"); no letters after the number;
        // a number going on; a plate's letters glued to more.
        assert!(found("Warga RT 02 RW 05 dan motor Yamaha WR 155 R.").is_empty());
        assert!(found("Pelat nomor B 1234 diganti.").is_empty());
        assert!(found("Nopol B 1234-5 XYZ dicari.").is_empty());
        assert!(found("Nopol B 1234 XYZ-2 dicari.").is_empty());
    }

    #[test]
    fn plates_standing_alone_need_three_digits_and_no_capitals_around() {
        assert_eq!(
            found("Sopir truk Hino Dutro BK 6218 QAE terluka."),
            ["plate: BK 6218 QAE"]
        );
        assert_eq!(
            found("Mobil Toyota Avanza (B 1305 QRT) atas nama Budi."),
            ["plate: B 1305 QRT"]
        );
        // Traps: a road's kilometre marker; a company; an acronym run; numbers of a list;
        // a short number; a sentence's start ("A 737 MAX"); a glued code with no word
        // that announces it.
        assert!(found("Kecelakaan di Tol Cipularang KM 47 arah Jakarta.").is_empty());
        assert!(found("Saham PT 2 Sekawan naik.").is_empty());
        assert!(found("Siswa SD N 123 BTN dan SMA N 102 ABC lulus.").is_empty());
        assert!(found("Kategori A 120 B 130 C 140 peserta.").is_empty());
        assert!(found("Warga menyebut B 12 XYZ lewat.").is_empty());
        assert!(found("Pesawat itu baru. A 737 MAX jet crashed.").is_empty());
        assert!(found("Produk P240T dan DP3A dirilis.").is_empty());
    }
}

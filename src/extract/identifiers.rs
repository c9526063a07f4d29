//! Identifiers written with digits: flight and train codes after a word that announces them
//! ("penerbangan GA-402", "Garuda Indonesia GA 402", "Flight AI171"), documents' numbers and
//! years ("PP Nomor 24 Tahun 2021", "UU 19/2004"), hull numbers after a ship's name ("KRI
//! Nanggala-402") and vehicles' plates ("B 2829 UIL", see [`super::plates`]). Which words
//! announce which identifier is rule data (`identifiers` in `rules/*/entities.yaml`); a
//! letters-and-digits word with no such word before it ("A17", "U23", "G20": phone models,
//! age groups, summits) is no identifier.

use super::names::Mention;
use crate::claim::IdentifierDetail;
use crate::rules::{EntityRules, Rules};
use crate::text::{Token, TokenKind};

/// An identifier on tokens `first..last`.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub first: usize,
    pub last: usize,
    pub detail: IdentifierDetail,
}

/// How many tokens before a code its announcing word may end: room for an airline's name
/// ("penerbangan Garuda Indonesia GA-402").
const HEAD_REACH: usize = 4;

/// Words after a document's number and year kept as what it is about.
const ABOUT_WORDS: usize = 3;

/// Every identifier of one text, in text order. `text` is the text the tokens index;
/// `mentions` are its names (for hull numbers).
pub fn find_identifiers(
    tokens: &[Token],
    text: &str,
    mentions: &[Mention],
    rules: &Rules,
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = document(tokens, text, i, rules)
            .or_else(|| super::plates::plate(tokens, text, i, &rules.entities))
            .or_else(|| code(tokens, text, i, &rules.entities));
        match found {
            Some(f) => {
                i = f.last;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out.extend(
        mentions
            .iter()
            .filter_map(|m| hull(tokens, m, &rules.entities)),
    );
    out.sort_by_key(|f| (f.first, f.last));
    // A hull number read as a code too keeps the reading that names its ship.
    out.dedup_by(|later, earlier| later.first < earlier.last);
    out
}

/// Digits without leading zeros ("0402" → "402").
fn unpadded(digits: &str) -> String {
    match digits.trim_start_matches('0') {
        "" => "0".to_string(),
        d => d.to_string(),
    }
}

/// The digits of a number token without leading zeros.
fn digits(t: &Token) -> String {
    unpadded(&t.norm)
}

/// Whether a number continues at token `i` ("13.39", "24/6", "1,5", "787-8"): then the
/// tokens before are no identifier.
fn continues(tokens: &[Token], i: usize) -> bool {
    matches!(
        (tokens.get(i), tokens.get(i + 1)),
        (Some(p), Some(n)) if p.is_punct("/.,:-") && !p.gap && !n.gap && n.kind == TokenKind::Number
    )
}

/// The digits of the number at token `i` and a capital letter written right after them
/// ("5067B", a train other than 5067), and the token after them.
fn number_at(tokens: &[Token], text: &str, i: usize) -> (String, usize) {
    let mut number = digits(&tokens[i]);
    match tokens.get(i + 1) {
        Some(t)
            if t.kind == TokenKind::Word
                && !t.gap
                && t.end - t.start == 1
                && text.as_bytes()[t.start].is_ascii_uppercase() =>
        {
            number.push_str(&text[t.start..t.end]);
            (number, i + 2)
        }
        _ => (number, i + 1),
    }
}

/// The letters of a code written alone: two or three capitals, or a capital and a digit
/// ("GA", "QZ", "3K" is not read: it starts with a digit and tokenises as a number).
fn code_letters(raw: &str) -> bool {
    (2..=3).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_uppercase())
}

/// A code in one word: two or three capitals then one to five digits ("AI171", "QZ8501").
fn glued_code(raw: &str) -> Option<(&str, &str)> {
    let split = raw.find(|c: char| c.is_ascii_digit())?;
    let (letters, number) = raw.split_at(split);
    (code_letters(letters)
        && (1..=5).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit()))
    .then_some((letters, number))
}

/// The type a word ending right before token `i` announces, with only capitalised words
/// (an airline's name) between (`adjacent`: right before it), or that the code's own
/// letters are ("KA 6015").
fn announced(tokens: &[Token], i: usize, rules: &EntityRules, adjacent: bool) -> Option<String> {
    if !adjacent {
        if let Some((_, kind)) = rules.code_heads.match_at(tokens, i) {
            return Some(kind.clone());
        }
    }
    let mut end = i;
    loop {
        if let Some((_, kind)) = rules.code_heads.match_before(tokens, end) {
            return Some(kind.clone());
        }
        if adjacent || i - end >= HEAD_REACH || end == 0 {
            return None;
        }
        let t = &tokens[end - 1];
        if t.kind != TokenKind::Word || !t.capital || tokens[end].newline {
            return None;
        }
        end -= 1;
    }
}

/// A flight or train code starting at token `i`: "GA-402", "GA 402", "AI171", or a bare
/// number of three or four digits right after its announcing word ("flight 171").
fn code(tokens: &[Token], text: &str, i: usize, rules: &EntityRules) -> Option<Found> {
    let t = &tokens[i];
    let raw = &text[t.start..t.end];
    let (prefix, number, last, adjacent) = match t.kind {
        TokenKind::Word => {
            if let Some((letters, number)) = glued_code(raw) {
                (letters.to_string(), unpadded(number), i + 1, false)
            } else if code_letters(raw) {
                // "GA-402" (no space around the hyphen) or "GA 402".
                let at = match tokens.get(i + 1) {
                    Some(h) if h.is_punct("-") && !h.gap => i + 2,
                    _ => i + 1,
                };
                let n = tokens.get(at)?;
                let joined = at == i + 1 || !n.gap;
                if n.kind != TokenKind::Number || !(1..=5).contains(&n.norm.len()) || !joined {
                    return None;
                }
                let (number, last) = number_at(tokens, text, at);
                (raw.to_string(), number, last, false)
            } else {
                return None;
            }
        }
        TokenKind::Number => {
            let year = t.norm.len() == 4 && (t.norm.starts_with("19") || t.norm.starts_with("20"));
            if !(3..=4).contains(&t.norm.len()) || year {
                return None;
            }
            let (number, last) = number_at(tokens, text, i);
            (String::new(), number, last, true)
        }
        TokenKind::Punct => return None,
    };
    if continues(tokens, last) {
        return None;
    }
    let kind = announced(tokens, i, rules, adjacent)?;
    Some(Found {
        first: i,
        last,
        detail: IdentifierDetail {
            kind,
            prefix,
            number,
            about: Vec::new(),
            named: false,
            suffix: String::new(),
        },
    })
}

/// A document's number starting at token `i`: its type ("PP", "Peraturan Menteri
/// Keuangan"), then "Nomor N Tahun YYYY", "No. N/YYYY", "N/YYYY" or "Nomor N", and what it
/// is about after "tentang".
fn document(tokens: &[Token], text: &str, i: usize, rules: &Rules) -> Option<Found> {
    let (n, (kind, short)) = rules.entities.document_types.match_at(tokens, i)?;
    let mut k = i + n;
    // Capitalised words of the type ("Peraturan Menteri Keuangan"), when "Nomor" follows.
    let mut qualifier = Vec::new();
    while k < tokens.len()
        && qualifier.len() < HEAD_REACH
        && tokens[k].kind == TokenKind::Word
        && tokens[k].capital
        && rules.dates.document_numbers.match_at(tokens, k).is_none()
    {
        qualifier.push(text[tokens[k].start..tokens[k].end].to_string());
        k += 1;
    }
    let numbered = match rules.dates.document_numbers.match_at(tokens, k) {
        Some((m, _)) => {
            k += m;
            if tokens.get(k).is_some_and(|t| t.is_punct(".")) {
                k += 1;
            }
            true
        }
        None => {
            qualifier.clear();
            k = i + n;
            false
        }
    };
    let number = tokens.get(k).filter(|t| t.kind == TokenKind::Number)?;
    if number.norm.len() > 5 {
        return None;
    }
    k += 1;
    // The year: "/2021" or "Tahun 2021".
    let year_at = match tokens.get(k) {
        Some(s) if s.is_punct("/") && !s.gap => Some(k + 1),
        _ => rules
            .entities
            .identifier_years
            .match_at(tokens, k)
            .map(|(m, _)| k + m),
    };
    let year = year_at
        .and_then(|y| tokens.get(y).map(|t| (y, t)))
        .filter(|(_, t)| t.kind == TokenKind::Number && t.norm.len() == 4);
    let mut value = digits(number);
    match year {
        Some((y, t)) => {
            value = format!("{value}/{}", t.norm);
            k = y + 1;
        }
        // "PP 24" alone is no number of a document; "PP Nomor 24" is.
        None if !numbered => return None,
        None => {}
    }
    if continues(tokens, k - 1) || tokens.get(k).is_some_and(|t| t.is_punct("/") && !t.gap) {
        return None;
    }
    let last = k;
    let mut about = Vec::new();
    if let Some((m, _)) = rules.entities.identifier_about.match_at(tokens, k) {
        about = tokens[k + m..]
            .iter()
            .take_while(|t| t.kind == TokenKind::Word)
            .take(ABOUT_WORDS)
            .map(|t| t.norm.to_string())
            .collect();
    }
    let mut prefix = short.clone();
    for q in qualifier {
        prefix.push(' ');
        prefix.push_str(&q);
    }
    Some(Found {
        first: i,
        last,
        detail: IdentifierDetail {
            kind: kind.clone(),
            prefix,
            number: value,
            about,
            named: false,
            suffix: String::new(),
        },
    })
}

/// A hull number right after a ship's name: "KRI Nanggala-402", "KRI Bung Tomo (357)".
fn hull(tokens: &[Token], m: &Mention, rules: &EntityRules) -> Option<Found> {
    let (n, kind) = rules.numbered_names.match_at(tokens, m.first)?;
    if m.first + n >= m.last {
        return None; // the head word alone
    }
    let after = |k: usize| tokens.get(m.last + k);
    let (number, last) = match (after(0), after(1), after(2)) {
        (Some(h), Some(d), _) if h.is_punct("-") && !h.gap && !d.gap => (d, m.last + 2),
        (Some(o), Some(d), Some(c)) if o.is_punct("(") && c.is_punct(")") => (d, m.last + 3),
        _ => return None,
    };
    if number.kind != TokenKind::Number || number.norm.len() > 4 || continues(tokens, last - 1) {
        return None;
    }
    Some(Found {
        first: m.first,
        last,
        detail: IdentifierDetail {
            kind: kind.clone(),
            prefix: m.key.join(" "),
            number: digits(number),
            about: Vec::new(),
            named: true,
            suffix: String::new(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn found(text: &str) -> Vec<String> {
        let rules = Rules::builtin().unwrap();
        let tokens = tokenize(text);
        let names = super::super::names::find_entities(&tokens, text, &rules);
        find_identifiers(&tokens, text, &names.mentions, &rules)
            .into_iter()
            .map(|f| {
                let d = f.detail;
                let about = if d.about.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", d.about.join(" "))
                };
                format!("{}: {} {}{about}", d.kind, d.prefix, d.number)
            })
            .collect()
    }

    #[test]
    fn flight_codes_after_a_word_that_announces_them() {
        assert_eq!(found("Penerbangan GA-402 tertunda."), ["flight: GA 402"]);
        assert_eq!(
            found("Pesawat dengan nomor penerbangan Garuda Indonesia GA 0402 mendarat."),
            ["flight: GA 402"]
        );
        assert_eq!(found("Flight AI171 crashed."), ["flight: AI 171"]);
        assert_eq!(found("Air India flight 171 crashed."), ["flight:  171"]);
        assert_eq!(found("Kereta api KA 6015 berangkat."), ["train: KA 6015"]);
        assert_eq!(
            found("KA 5067B dan KA 5067 berangkat."),
            ["train: KA 5067B", "train: KA 5067"]
        );
        // Traps: models and age groups with no word that announces a flight; a type of
        // aircraft after "pesawat"; a time after "penerbangan"; a year; a date.
        assert!(found("Samsung Galaxy A17 dan A07 dirilis, timnas U23 menang.").is_empty());
        assert!(found("Pesawat Airbus A320 dan pesawat CN-235 terbang.").is_empty());
        assert!(found("Penerbangan 13.39 WIB ditunda.").is_empty());
        assert!(found("Penerbangan 2025 meningkat.").is_empty());
        assert!(found("Penerbangan GA 24/6 batal.").is_empty());
        assert!(found("pesawat Air India 787-8 Dreamliner").is_empty());
        assert!(found("Penerbangan. GA 402").is_empty());
    }

    #[test]
    fn documents_with_number_and_year() {
        assert_eq!(
            found("Aturan itu tertuang dalam PP Nomor 24 Tahun 2021 tentang Perizinan Berusaha Berbasis Risiko."),
            ["regulation: PP 24/2021 (perizinan berusaha berbasis)"]
        );
        assert_eq!(found("sesuai PP 24/2021."), ["regulation: PP 24/2021"]);
        assert_eq!(
            found("Peraturan Pemerintah No. 24 Tahun 2021 berlaku."),
            ["regulation: PP 24/2021"]
        );
        assert_eq!(
            found("diatur dalam Undang-Undang Nomor 19 Tahun 2004"),
            ["law: UU 19/2004"]
        );
        assert_eq!(
            found("Peraturan Menteri Keuangan Nomor 12 Tahun 2023 terbit."),
            ["ministerial regulation: Permen Keuangan 12/2023"]
        );
        assert_eq!(found("UU Nomor 6 berlaku."), ["law: UU 6"]);
        assert_eq!(
            found("Law No. 19 of 2004 on Forestry."),
            ["law: UU 19/2004 (forestry)"]
        );
        // Traps: a type without a number word or a year; a number that goes on (a court
        // register); "UU" with a count after it.
        assert!(found("PP 24 mengatur hal itu.").is_empty());
        assert!(found("Putusan Nomor 12/Pid.Sus/2024 dibacakan.").is_empty());
        assert!(found("UU 2 kali direvisi.").is_empty());
    }

    #[test]
    fn hull_numbers_after_a_ship_name() {
        assert_eq!(
            found("Kapal selam KRI Nanggala-402 hilang."),
            ["ship: ship nanggala 402"]
        );
        assert_eq!(
            found("Kapal KRI Bung Tomo (357) berlayar."),
            ["ship: ship bung tomo 357"]
        );
        // Traps: a count after the name; a date in brackets; the head word alone.
        assert!(found("KRI Bung Tomo 357 orang awak.").is_empty());
        assert!(found("KRI Bung Tomo (12/6) berlayar.").is_empty());
        assert!(found("Kapal KRI-357 berlayar.").is_empty());
    }
}

//! Tokens: the one view of article text that the extractors and the rule phrases share.
//!
//! A token is a run of letters and digits starting with a letter (a word), a run of
//! ASCII digits (a number), or a single other non-space character (punctuation).
//! Tokens keep their byte range in the source, so every claim maps back to the exact text.
//! Rule phrases ("pada hari", "tahun lalu") are tokenised the same way and matched
//! token by token, ignoring case.

use compact_str::CompactString;

/// What a [`Token`] is, from its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters and digits starting with a letter.
    Word,
    /// A run of ASCII digits.
    Number,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

/// One word, number or punctuation character of a text, as [`tokenize`] cuts it.
#[derive(Debug, Clone)]
pub struct Token {
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// Byte range in the source text.
    pub start: usize,
    /// One past its last byte in the source text.
    pub end: usize,
    /// Lower-cased text (words and punctuation) or the digits (numbers).
    /// Inline up to 24 bytes, so most tokens allocate nothing.
    pub norm: CompactString,
    /// `word_hash` of `norm`: rule phrases are looked up by it.
    pub hash: u64,
    /// Whitespace precedes this token (or it is the first token).
    pub gap: bool,
    /// A line break precedes this token.
    pub newline: bool,
    /// Two or more line breaks precede this token (a new paragraph).
    pub blank_line: bool,
    /// The first character is upper case.
    pub capital: bool,
    /// A word written in capitals: two letters or more, none lower case ("WAS" in "Waktu
    /// Arab Saudi (WAS)", an acronym, is no "was").
    pub caps: bool,
}

impl Token {
    /// Whether this is a punctuation token whose text occurs in `chars` (one of the
    /// characters listed, for the usual one-character token).
    #[inline]
    pub fn is_punct(&self, chars: &str) -> bool {
        if self.kind != TokenKind::Punct {
            return false;
        }
        let norm = self.norm.as_str();
        // Most punctuation is one ASCII byte, which occurs in UTF-8 only as itself.
        if let &[b] = norm.as_bytes() {
            return chars.as_bytes().contains(&b);
        }
        // A char search is much cheaper than a substring search; a normal form of other
        // than one char (an invisible character's is empty) keeps the substring test.
        let mut it = norm.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => chars.contains(c),
            _ => chars.contains(norm),
        }
    }

    /// The value of a number token, if it fits.
    #[inline]
    pub fn number(&self) -> Option<u32> {
        if self.kind == TokenKind::Number && self.norm.len() <= 9 {
            self.norm.parse().ok()
        } else {
            None
        }
    }

    /// Number of digits of a number token (0 for other tokens).
    pub fn digits(&self) -> usize {
        if self.kind == TokenKind::Number {
            self.norm.len()
        } else {
            0
        }
    }
}

/// The hash by which rule phrases find a token's normal form (FxHash: fast on short
/// words; equal hashes are confirmed by comparing the words).
pub(crate) fn word_hash(norm: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(norm)
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    // Most text is ASCII: its bytes are classified without decoding a char.
    let bytes = text.as_bytes();
    let char_at = |i: usize| -> (char, usize) {
        match bytes[i] {
            b if b < 0x80 => (b as char, 1),
            _ => {
                let c = text[i..].chars().next().unwrap_or('\u{fffd}');
                (c, c.len_utf8())
            }
        }
    };
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut gap = true;
    let mut newline = false;
    let mut breaks = 0;
    let mut start = 0;
    let mut glued = false;
    // Capitalised words glued to the next ("SungaiBatang"): (token index, second word).
    let mut capitalised_glue: Vec<(usize, usize)> = Vec::new();
    while start < bytes.len() {
        let (c, len) = char_at(start);
        if is_space(c) {
            gap = true;
            // "\r\n" is one line break: count the "\n", or a lone "\r".
            let brk = c == '\n'
                || c == '\u{2028}'
                || c == '\u{2029}'
                || (c == '\r' && bytes.get(start + 1) != Some(&b'\n'));
            newline |= brk;
            breaks += usize::from(brk);
            start += len;
            continue;
        }
        let mut end = start + len;
        let kind = if c.is_ascii_digit() {
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            TokenKind::Number
        } else if c.is_alphabetic() {
            while end < bytes.len() {
                let b = bytes[end];
                if b.is_ascii_alphanumeric() {
                    end += 1;
                } else if b < 0x80 {
                    break;
                } else {
                    let (d, n) = char_at(end);
                    if !(d.is_alphanumeric() || is_joiner(d)) {
                        break;
                    }
                    end += n;
                }
            }
            match glued_capital(bytes, start, end) {
                Some((at, false)) => {
                    end = at;
                    glued = true;
                }
                Some((at, true)) => capitalised_glue.push((tokens.len(), at)),
                None => {}
            }
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        tokens.push(token(text, kind, start, end, gap, newline, breaks >= 2));
        // The second word of a glued pair stands as if a space came before it.
        gap = std::mem::take(&mut glued);
        newline = false;
        breaks = 0;
        start = end;
    }
    if !capitalised_glue.is_empty() {
        tokens = split_capitalised_glue(text, tokens, &capitalised_glue);
    }
    split_acronym_glue(text, tokens)
}

/// `tokens` with each word of capitals glued to the word after it cut in two, when the text
/// writes both parts alone: a letter before a capitalised word ("galian CKelurahan
/// Argasunya", "Grup GPiala Dunia": "Kelurahan" written alone as a capitalised word) and
/// an acronym before a lower-case word ("DPR QZmenggelar": "QZ" alone in capitals,
/// "menggelar" alone in lower case, or a word of five letters or more: no ending is so
/// long). A word written so as a word of its own ("KAsuari", "KPKnya": no "asuari" nor
/// "nya" alone) stays whole.
fn split_acronym_glue(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    /// Most capitals of an acronym, and fewest lower-case letters of the word after it.
    const ACRONYM: usize = 5;
    const WORD: usize = 3;
    /// Lower-case letters after an acronym no ending ("nya", "pun", "lah") has.
    const LONG_WORD: usize = 5;
    let raw = |t: &Token| &text.as_bytes()[t.start..t.end];
    // (token, capitals it opens with): a run of capitals, then lower case only.
    let candidates: Vec<(usize, usize)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let r = raw(t);
            if t.kind != TokenKind::Word
                || r.len() < 2
                || !r[..2].iter().all(u8::is_ascii_uppercase)
                || in_address(text.as_bytes(), t.start, t.end)
            {
                return None;
            }
            let caps = r.iter().take_while(|b| b.is_ascii_uppercase()).count();
            let fits = caps <= ACRONYM
                && r.len() - caps >= WORD
                && r[caps..].iter().all(u8::is_ascii_lowercase);
            fits.then_some((i, caps))
        })
        .collect();
    if candidates.is_empty() {
        return tokens;
    }
    // Words the text writes alone: (normal form, written in capitals, capitalised).
    let mut alone: std::collections::HashSet<(&str, bool, bool)> = Default::default();
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let r = raw(t);
        let in_capitals = r.iter().all(|b| !b.is_ascii_lowercase());
        alone.insert((t.norm.as_str(), in_capitals, t.capital));
    }
    let mut cut: Vec<(usize, usize)> = Vec::new();
    for &(i, caps) in &candidates {
        let t = &tokens[i];
        let norm = t.norm.as_str();
        // The last capital opens a capitalised word ("CKelurahan", "KPKMenurut"): a
        // letter before it, or an acronym written alone.
        let first = &norm[..caps - 1];
        let capitalised = alone.contains(&(&norm[caps - 1..], false, true))
            && (caps == 2 || alone.contains(&(first, true, true)));
        // Or the capitals are an acronym before a lower-case word ("QZmenggelar"), one the
        // text writes alone or one too long to be an ending ("RMmenjalani"; "KPKnya").
        let rest = &norm[caps..];
        let acronym = !capitalised
            && alone.contains(&(&norm[..caps], true, true))
            && (rest.len() >= LONG_WORD || alone.contains(&(rest, false, false)));
        if capitalised {
            cut.push((i, t.start + caps - 1));
        } else if acronym {
            cut.push((i, t.start + caps));
        }
    }
    cut_words(text, tokens, &cut)
}

/// `tokens` with each capitalised glued word of `glue` (token index, where its second word
/// starts) cut in two, when its first word stands alone elsewhere in the text: "Sungai"
/// beside "SungaiBatang Anai" is a word, "Byte" beside "ByteDance" is not.
fn split_capitalised_glue(text: &str, tokens: Vec<Token>, glue: &[(usize, usize)]) -> Vec<Token> {
    let alone: std::collections::HashSet<&str> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect();
    let cut: Vec<(usize, usize)> = glue
        .iter()
        .copied()
        .filter(|&(i, at)| alone.contains(text[tokens[i].start..at].to_ascii_lowercase().as_str()))
        .collect();
    cut_words(text, tokens, &cut)
}

/// `tokens` of `text` with each capitalised word glued to the capitalised word after it cut
/// in two where `known` says its first word is a known name or title, whether or not the
/// text writes it alone: a dateline that lost its space ("Liputan6.com, JakartaMenteri
/// ...", "KapolresPadang") hides the lead's first name or title.
pub(crate) fn split_known_glue(
    text: &str,
    tokens: Vec<Token>,
    known: impl Fn(&str) -> bool,
) -> Vec<Token> {
    let bytes = text.as_bytes();
    cut_capitalised(text, tokens, |t| {
        let at = glued_known(bytes, t.start, t.end)?;
        known(&text[t.start..at].to_ascii_lowercase()).then_some(at)
    })
}

/// Where a capitalised word glued to the capitalised word after it ends, for a first word
/// the rules know ([`split_known_glue`]): a capital and two or more lower-case letters
/// ("KotaCirebon", "DesaQzar": a known word may be as short as a place word).
fn glued_known(bytes: &[u8], start: usize, end: usize) -> Option<usize> {
    match camel_cut(bytes, start, end)? {
        (at, true, lower) if lower >= 2 => Some(at),
        _ => None,
    }
}

/// `tokens` of `text` with each capital letter glued to a capitalised word that `head`
/// knows (a place or name head word: "Kelurahan", "Desa", "Bandara") cut off it: "galian
/// CKelurahan Argasunya" is a mine's class letter before the place word, whether or not
/// the text writes the place word alone. Only a word of exactly one capital, then a
/// capital and lower-case letters; no handle or address.
pub(crate) fn split_letter_glue(
    text: &str,
    tokens: Vec<Token>,
    head: impl Fn(&str) -> bool,
) -> Vec<Token> {
    let bytes = text.as_bytes();
    cut_capitalised(text, tokens, |t| {
        let raw = &bytes[t.start..t.end];
        let glued = !t.caps
            && raw.len() >= 5
            && raw[0].is_ascii_uppercase()
            && raw[1].is_ascii_uppercase()
            && raw[2..].iter().all(u8::is_ascii_lowercase)
            && !in_address(bytes, t.start, t.end);
        (glued && head(&t.norm[1..])).then_some(t.start + 1)
    })
}

/// `tokens` with each capitalised word that `at` gives a cut for (the byte where its second
/// word starts) made two words.
fn cut_capitalised(
    text: &str,
    tokens: Vec<Token>,
    at: impl Fn(&Token) -> Option<usize>,
) -> Vec<Token> {
    let cut: Vec<(usize, usize)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word && t.capital)
        .filter_map(|(i, t)| at(t).map(|a| (i, a)))
        .collect();
    cut_words(text, tokens, &cut)
}

/// `tokens` of `text` with each capitalised word glued to a function word of `glued` after
/// it cut in two ("Fikrisudah" -> "Fikri" "sudah"): text copied from web pages loses the
/// space after a link or a bold name too. Only a word written once, whose first part (four
/// letters or more) the text writes alone as a capitalised word and whose ending (a word of
/// `glued`) it writes alone too: "Jordan", "Christie" or "Soekarnoputri" stay whole.
pub(crate) fn split_glued_endings(
    text: &str,
    tokens: Vec<Token>,
    glued: &std::collections::BTreeSet<String>,
) -> Vec<Token> {
    const HEAD: usize = 4;
    let Some(longest) = glued.iter().map(String::len).max() else {
        return tokens;
    };
    // Candidates: (token, where its ending starts), the longest ending first. Most words
    // fail the first tests, so this costs a few lookups a capitalised word.
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let raw = &text.as_bytes()[t.start..t.end];
        if t.kind != TokenKind::Word || !t.capital || raw.len() < HEAD + 2 || !raw.is_ascii() {
            continue;
        }
        for n in (2..=longest.min(raw.len() - HEAD)).rev() {
            let tail = &raw[raw.len() - n..];
            if tail.iter().all(u8::is_ascii_lowercase)
                && glued.contains(&t.norm[t.norm.len() - n..])
            {
                candidates.push((i, raw.len() - n));
            }
        }
    }
    if candidates.is_empty() {
        return tokens;
    }
    // A word written once, whose parts the text writes alone.
    let alone = |norm: &str, capital: bool| {
        tokens
            .iter()
            .any(|t| t.kind == TokenKind::Word && t.capital == capital && t.norm == norm)
    };
    let mut cut: Vec<(usize, usize)> = Vec::new();
    for &(i, at) in &candidates {
        let t = &tokens[i];
        if cut.last().is_some_and(|&(j, _)| j == i) {
            continue;
        }
        let once = tokens.iter().filter(|u| u.norm == t.norm).count() == 1;
        if once && alone(&t.norm[..at], true) && alone(&t.norm[at..], false) {
            cut.push((i, t.start + at));
        }
    }
    cut_words(text, tokens, &cut)
}

/// The token of kind `kind` at `start..end` of `text`, with what precedes it.
fn token(
    text: &str,
    kind: TokenKind,
    start: usize,
    end: usize,
    gap: bool,
    newline: bool,
    blank_line: bool,
) -> Token {
    let raw = &text[start..end];
    let norm = match kind {
        TokenKind::Number => CompactString::new(raw),
        _ => normalise(raw),
    };
    Token {
        kind,
        start,
        end,
        hash: word_hash(&norm),
        norm,
        gap,
        newline,
        blank_line,
        capital: raw.starts_with(char::is_uppercase),
        // A lower-case letter, met early in most words, settles it before the count.
        caps: kind == TokenKind::Word
            && !raw.chars().any(char::is_lowercase)
            && raw.chars().filter(|c| c.is_alphabetic()).count() >= 2,
    }
}

/// `tokens` with each word token of `cut` (token index, byte where its second word starts)
/// made two words, the second as if a space came before it.
fn cut_words(text: &str, tokens: Vec<Token>, cut: &[(usize, usize)]) -> Vec<Token> {
    if cut.is_empty() {
        return tokens;
    }
    let word = |start, end, gap, newline, blank_line| {
        token(text, TokenKind::Word, start, end, gap, newline, blank_line)
    };
    let mut out = Vec::with_capacity(tokens.len() + cut.len());
    let mut next = cut.iter().peekable();
    for (i, t) in tokens.into_iter().enumerate() {
        match next.next_if(|&&(j, _)| j == i) {
            Some(&(_, at)) => {
                out.push(word(t.start, at, t.gap, t.newline, t.blank_line));
                out.push(word(at, t.end, true, false, false));
            }
            None => out.push(t),
        }
    }
    out
}

/// Where a word glued to the capitalised word after it ends, and whether the first word
/// is capitalised itself: text copied from web pages often loses the space before a link or
/// a bold name ("tersangkapembunuhanSatria Johanda", "dilansirAntara", "SungaiBatang
/// Anai", "PariamanAKBP"). A word of three or more lower-case ASCII letters followed by a
/// capital and two more letters is two words; one that starts with a capital, of four or
/// more lower-case letters after it, may be (brands are written so: `BlackRock`; see
/// [`split_capitalised_glue`]). A handle, a path or an address (`@realDonaldTrump`,
/// `/bhhWkyt`, `vesselFinder.com`) stays one word, and so do words with a shorter
/// lower-case start (`iPhone`, `eBay`, `McDonald`, `YouTube`, `ByteDance`).
fn glued_capital(bytes: &[u8], start: usize, end: usize) -> Option<(usize, bool)> {
    match camel_cut(bytes, start, end)? {
        (at, capital, lower) if lower >= 3 + usize::from(capital) => Some((at, capital)),
        _ => None,
    }
}

/// Where a word of lower-case ASCII letters (maybe after one capital) runs into a capital
/// and two more letters, in no handle, path or address: the cut, whether the word starts
/// with a capital, and its lower-case letters before the cut.
fn camel_cut(bytes: &[u8], start: usize, end: usize) -> Option<(usize, bool, usize)> {
    if in_address(bytes, start, end) {
        return None;
    }
    let word = &bytes[start..end];
    let capital = word[0].is_ascii_uppercase();
    let head = usize::from(capital);
    let lower = word[head..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let at = head + lower;
    let rest = &word[at..];
    let camel = rest.len() >= 3
        && rest[0].is_ascii_uppercase()
        && rest[1..3].iter().all(u8::is_ascii_alphabetic);
    camel.then_some((start + at, capital, lower))
}

/// Whether the word at `start..end` is part of a handle, a path or an address
/// (`@realDonaldTrump`, `twitter.com/QZXpress`, `vesselFinder.com`): something other
/// than a space, an opening bracket or quote, or a dash after a space before it, or an
/// address going on after it.
fn in_address(bytes: &[u8], start: usize, end: usize) -> bool {
    // A dash after a space opens the lead after a dateline ("Jakarta -PTWaskita").
    let dash = start >= 2 && bytes[start - 1] == b'-' && bytes[start - 2].is_ascii_whitespace();
    let before = start > 0
        && !bytes[start - 1].is_ascii_whitespace()
        && !b"(\"'".contains(&bytes[start - 1])
        && !dash;
    let after = matches!(bytes.get(end), Some(b'.' | b'/' | b'@' | b'_'))
        && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
    before || after
}

/// Combining marks, and invisible characters that belong inside a word (zero-width
/// space and joiners, word joiner, soft hyphen).
fn is_joiner(c: char) -> bool {
    is_invisible(c) || matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF)
}

/// Characters that show nothing: left out of a word's normal form, so `Jo\u{200b}ko` and
/// `Joko` are one word.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

/// Whether `b` is `a` with two characters side by side swapped, and nothing else changed
/// ("Timans"/"Timnas", "54"/"45"): a typist's transposition.
pub(crate) fn neighbours_swapped(a: &str, b: &str) -> bool {
    strsim::hamming(a, b) == Ok(2) && strsim::damerau_levenshtein(a, b) == 1
}

/// White space, and a byte order mark (which may open a file).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// `s` without leading and trailing white space or byte order mark.
pub fn trim(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// A word's normal form: lower case, invisible characters dropped, composed (NFC), so a
/// name typed with a combining accent (`e` + U+0301) equals one typed with `é`.
fn normalise(raw: &str) -> CompactString {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    if raw.is_ascii() {
        // Short words stay inline: no allocation. Most words are lower case already:
        // copied whole, without rewriting them byte by byte.
        let mut lower = CompactString::new(raw);
        if raw.bytes().any(|b| b.is_ascii_uppercase()) {
            lower.make_ascii_lowercase();
        }
        return lower;
    }
    let lower = raw.to_lowercase();
    if !lower.chars().any(is_invisible) && is_nfc_quick(lower.chars()) == IsNormalized::Yes {
        return lower.into();
    }
    lower.chars().filter(|&c| !is_invisible(c)).nfc().collect()
}

/// Tokenises a rule phrase into the lower-case token texts it must match.
pub(crate) fn phrase_tokens(phrase: &str) -> Vec<String> {
    tokenize(phrase)
        .into_iter()
        .map(|t| t.norm.into_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let toks = tokenize("Pasar (31/1/2023), Hinata-Yamaguchi 4th");
        let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            [
                "pasar",
                "(",
                "31",
                "/",
                "1",
                "/",
                "2023",
                ")",
                ",",
                "hinata",
                "-",
                "yamaguchi",
                "4",
                "th"
            ]
        );
        assert!(toks[0].capital && toks[0].gap);
        assert!(!toks[2].gap && toks[1].gap);
        assert_eq!(&"Pasar (31/1/2023)"[toks[6].start..toks[6].end], "2023");
    }

    #[test]
    fn ascii_and_other_letters_split_alike() {
        // Letters, digits and joiners of any script continue a word; other characters,
        // ASCII or not, are one punctuation token each; CRLF is one line break.
        let text = "Ab12 ŞİŞLİ\r\n\r\nкиїв99 Jo\u{200b}ko—«x» 7z\u{2028}①\u{00a0}é";
        let toks = tokenize(text);
        let raw: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            raw,
            [
                "Ab12",
                "ŞİŞLİ",
                "київ99",
                "Jo\u{200b}ko",
                "—",
                "«",
                "x",
                "»",
                "7",
                "z",
                "①",
                "é"
            ]
        );
        let kinds: Vec<TokenKind> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[8], TokenKind::Number);
        assert_eq!(kinds[10], TokenKind::Punct);
        assert!(toks[2].newline && toks[2].blank_line && !toks[1].newline);
        assert!(toks[10].newline && !toks[10].blank_line && toks[11].gap);
        assert_eq!(toks[3].norm, "joko");
        assert!(toks.iter().all(|t| t.hash == word_hash(&t.norm)));
    }

    #[test]
    fn invisible_characters_and_accents_do_not_change_a_word() {
        let norms = |s: &str| -> Vec<String> {
            tokenize(s)
                .into_iter()
                .map(|t| t.norm.into_string())
                .collect()
        };
        assert_eq!(norms("\u{feff}Jo\u{200b}ko Jose\u{301}"), ["joko", "josé"]);
        assert_eq!(norms("Joko José"), ["joko", "josé"]);
        let t = &tokenize("a Jo\u{ad}ko")[1];
        assert_eq!(&"a Jo\u{ad}ko"[t.start..t.end], "Jo\u{ad}ko");
    }

    #[test]
    fn capitals_glued_by_a_lost_space_are_two_words_when_both_stand_alone() {
        let raw = |s: &'static str| -> Vec<&'static str> {
            tokenize(s).iter().map(|t| &s[t.start..t.end]).collect()
        };
        // A letter before a capitalised word the text writes alone.
        assert_eq!(
            raw("galian CKelurahan Sawo, Kelurahan Sawo"),
            ["galian", "C", "Kelurahan", "Sawo", ",", "Kelurahan", "Sawo"]
        );
        // An acronym written alone before a capitalised word, or a lower-case word.
        assert_eq!(
            raw("TNI TNIAngkatan Angkatan"),
            ["TNI", "TNI", "Angkatan", "Angkatan"]
        );
        assert_eq!(
            raw("DPR QZ QZmenggelar rapat, lalu menggelar"),
            [
                "DPR",
                "QZ",
                "QZ",
                "menggelar",
                "rapat",
                ",",
                "lalu",
                "menggelar"
            ]
        );
        // Traps: a word the text never writes alone ("asuari", "nya" is an ending), an
        // acronym not written alone, a run of capitals longer than an acronym's.
        assert_eq!(raw("KAsuari dan Kasuari"), ["KAsuari", "dan", "Kasuari"]);
        assert_eq!(raw("KPKnya KPK"), ["KPKnya", "KPK"]);
        assert_eq!(raw("QZmenggelar menggelar"), ["QZmenggelar", "menggelar"]);
        // A word too long for an ending after an acronym written alone.
        assert_eq!(
            raw("Fariz RM. RMmenjalani"),
            ["Fariz", "RM", ".", "RM", "menjalani"]
        );
        assert_eq!(raw("PNSnya PNS"), ["PNSnya", "PNS"]);
        // After a dateline's dash.
        assert_eq!(
            raw("QY Qzar, Kota -QYQzar"),
            ["QY", "Qzar", ",", "Kota", "-", "QY", "Qzar"]
        );
        // Trap: a handle or an address.
        assert_eq!(
            raw("QZX di twitter.com/QZXpress dan press"),
            ["QZX", "di", "twitter", ".", "com", "/", "QZXpress", "dan", "press"]
        );
        assert_eq!(
            raw("ABCDEFrapat ABCDEF rapat"),
            ["ABCDEFrapat", "ABCDEF", "rapat"]
        );
    }

    #[test]
    fn words_glued_by_a_lost_space_are_two() {
        let raw = |s: &'static str| -> Vec<&'static str> {
            tokenize(s).iter().map(|t| &s[t.start..t.end]).collect()
        };
        // A lower-case word glued to a capitalised one: always two words, the second as if
        // a space came before it.
        assert_eq!(
            raw("tersangkapembunuhanSatria Johanda"),
            ["tersangkapembunuhan", "Satria", "Johanda"]
        );
        assert_eq!(
            raw("dilansirAntara,Wadu"),
            ["dilansir", "Antara", ",", "Wadu"]
        );
        assert_eq!(raw("wilayahKPK"), ["wilayah", "KPK"]);
        let t = tokenize("x dilansirAntara");
        assert!(t[2].gap && t[2].capital && !t[1].capital);
        // A capitalised one: two words when the first stands alone in the text too.
        assert_eq!(
            raw("Sungai Batang di SungaiBatang Anai"),
            ["Sungai", "Batang", "di", "Sungai", "Batang", "Anai"]
        );
        assert_eq!(
            raw("Pariaman PariamanKPPU"),
            ["Pariaman", "Pariaman", "KPPU"]
        );
        assert_eq!(raw("Padang PariamanAKBP"), ["Padang", "PariamanAKBP"]);
        // Traps: brands and names written so, handles, paths and addresses, a short start.
        assert_eq!(raw("ByteDance milik Byte"), ["ByteDance", "milik", "Byte"]);
        assert_eq!(raw("BlackRock"), ["BlackRock"]);
        for one in [
            "iPhone",
            "eBay",
            "McDonald",
            "YouTube",
            "TikTok",
            "DeSantis",
            "LeBron",
            "MacArthur",
        ] {
            assert_eq!(raw(one), [one], "{one}");
        }
        assert_eq!(raw("@realDonaldTrump"), ["@", "realDonaldTrump"]);
        assert_eq!(raw("t.co/bhhWkytAb"), ["t", ".", "co", "/", "bhhWkytAb"]);
        assert_eq!(raw("vesselFinder.com"), ["vesselFinder", ".", "com"]);
        assert_eq!(raw("abcDe"), ["abcDe"]);
    }

    #[test]
    fn a_function_word_glued_to_a_name_is_a_word_of_its_own() {
        let glued: std::collections::BTreeSet<String> = ["sudah", "yang", "ini", "pun", "son"]
            .map(String::from)
            .into();
        let raw = |s: &'static str| -> Vec<&'static str> {
            split_glued_endings(s, tokenize(s), &glued)
                .iter()
                .map(|t| &s[t.start..t.end])
                .collect()
        };
        assert_eq!(
            raw("Muhammad Fikrisudah siap. Fikri menang. Ia sudah siap."),
            [
                "Muhammad", "Fikri", "sudah", "siap", ".", "Fikri", "menang", ".", "Ia", "sudah",
                "siap", "."
            ]
        );
        let cut = tokenize("Fikrisudah Fikri sudah");
        let cut = split_glued_endings("Fikrisudah Fikri sudah", cut, &glued);
        assert!(cut[1].gap && !cut[1].capital && cut[0].capital && cut[1].norm == "sudah");
        // Traps: a first part the text never writes alone ("Erickson": no "Erick"); an
        // ending the text never writes alone ("Rossini" beside "Ross": no "ini"); a word
        // written twice ("Soekarnoputri"-like: a name of its own); an ending not in the
        // list ("Meskipun": "pun" is, but "Meski" is never capitalised alone).
        assert_eq!(
            raw("Erickson datang dan son pergi."),
            ["Erickson", "datang", "dan", "son", "pergi", "."]
        );
        assert_eq!(raw("Ross dan Rossini."), ["Ross", "dan", "Rossini", "."]);
        assert_eq!(
            raw("Fikrisudah dan Fikrisudah. Fikri sudah."),
            [
                "Fikrisudah",
                "dan",
                "Fikrisudah",
                ".",
                "Fikri",
                "sudah",
                "."
            ]
        );
        assert_eq!(
            raw("Meskipun hujan, meski pun."),
            ["Meskipun", "hujan", ",", "meski", "pun", "."]
        );
    }

    #[test]
    fn marks_line_breaks() {
        let toks = tokenize("a\r\nb c");
        assert!(toks[1].newline && !toks[2].newline);
    }
}

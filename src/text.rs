//! Tokens: the one view of article text that the extractors and the rule phrases share.
//!
//! A token is a run of letters and digits starting with a letter (a word), a run of
//! ASCII digits (a number), or a single other non-space character (punctuation).
//! Tokens keep their byte range in the source, so every claim maps back to the exact text.
//! Rule phrases ("pada hari", "tahun lalu") are tokenised the same way and matched
//! token by token, ignoring case.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte range in the source text.
    pub start: usize,
    pub end: usize,
    /// Lower-cased text (words and punctuation) or the digits (numbers).
    pub norm: String,
    /// Whitespace precedes this token (or it is the first token).
    pub gap: bool,
    /// A line break precedes this token.
    pub newline: bool,
    /// Two or more line breaks precede this token (a new paragraph).
    pub blank_line: bool,
    /// The first character is upper case.
    pub capital: bool,
}

impl Token {
    pub fn is_punct(&self, chars: &str) -> bool {
        self.kind == TokenKind::Punct && chars.contains(self.norm.as_str())
    }

    /// The value of a number token, if it fits.
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

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut gap = true;
    let mut newline = false;
    let mut breaks = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if is_space(c) {
            gap = true;
            // "\r\n" is one line break: count the "\n", or a lone "\r".
            let brk = c == '\n'
                || c == '\u{2028}'
                || c == '\u{2029}'
                || (c == '\r' && chars.peek().is_none_or(|&(_, d)| d != '\n'));
            newline |= brk;
            breaks += usize::from(brk);
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            (TokenKind::Number, end)
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if !(d.is_alphanumeric() || is_joiner(d)) {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            (TokenKind::Word, end)
        } else {
            (TokenKind::Punct, start + c.len_utf8())
        };
        let raw = &text[start..end];
        let norm = match kind {
            TokenKind::Number => raw.to_string(),
            _ => normalise(raw),
        };
        tokens.push(Token {
            kind,
            start,
            end,
            norm,
            gap,
            newline,
            blank_line: breaks >= 2,
            capital: c.is_uppercase(),
        });
        gap = false;
        newline = false;
        breaks = 0;
    }
    tokens
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

/// White space, and a byte order mark (which may open a file).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// `s` without leading and trailing white space or byte order mark.
pub fn trim(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// A word's normal form: lower case, invisible characters dropped, composed (NFC), so a
/// name typed with a combining accent (`e` + U+0301) equals one typed with `é`.
fn normalise(raw: &str) -> String {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    if raw.is_ascii() {
        return raw.to_ascii_lowercase();
    }
    let lower = raw.to_lowercase();
    if !lower.chars().any(is_invisible) && is_nfc_quick(lower.chars()) == IsNormalized::Yes {
        return lower;
    }
    lower.chars().filter(|&c| !is_invisible(c)).nfc().collect()
}

/// Tokenises a rule phrase into the lower-case token texts it must match.
pub fn phrase_tokens(phrase: &str) -> Vec<String> {
    tokenize(phrase).into_iter().map(|t| t.norm).collect()
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
    fn invisible_characters_and_accents_do_not_change_a_word() {
        let norms = |s: &str| -> Vec<String> { tokenize(s).into_iter().map(|t| t.norm).collect() };
        assert_eq!(norms("\u{feff}Jo\u{200b}ko Jose\u{301}"), ["joko", "josé"]);
        assert_eq!(norms("Joko José"), ["joko", "josé"]);
        let t = &tokenize("a Jo\u{ad}ko")[1];
        assert_eq!(&"a Jo\u{ad}ko"[t.start..t.end], "Jo\u{ad}ko");
    }

    #[test]
    fn marks_line_breaks() {
        let toks = tokenize("a\r\nb c");
        assert!(toks[1].newline && !toks[2].newline);
    }
}

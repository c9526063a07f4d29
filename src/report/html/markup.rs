//! Markup helpers of the HTML report: escaping, elements, and the Content Security Policy
//! hash of an inline block. Every byte of article text goes through [`esc`].

use std::fmt::Write;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use sha2::{Digest, Sha256};

/// `s` escaped for element content and quoted attribute values.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    esc_into(&mut out, s);
    out
}

/// [`esc`], appended to `out` (no string of its own).
pub(super) fn esc_into(out: &mut String, s: &str) {
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `<tag name="value" ...>`, the values escaped.
pub(super) fn open(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    out.push('<');
    out.push_str(tag);
    for (name, value) in attrs {
        let _ = write!(out, " {name}=\"");
        esc_into(out, value);
        out.push('"');
    }
    out.push('>');
}

pub(super) fn close(out: &mut String, tag: &str) {
    let _ = write!(out, "</{tag}>");
}

/// An element holding `text`, escaped.
pub(super) fn elem(out: &mut String, tag: &str, attrs: &[(&str, &str)], text: &str) {
    open(out, tag, attrs);
    esc_into(out, text);
    close(out, tag);
}

/// An element holding `markup` as it is: only for the report's constants and markup built
/// with the helpers above.
pub(super) fn elem_raw(out: &mut String, tag: &str, attrs: &[(&str, &str)], markup: &str) {
    open(out, tag, attrs);
    out.push_str(markup);
    close(out, tag);
}

/// `1 conflict`, `2 conflicts`.
pub(super) fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The CSP source for an inline block: `'sha256-<base64>'`.
pub(super) fn csp_hash(block: &str) -> String {
    format!(
        "'sha256-{}'",
        BASE64.encode(Sha256::digest(block.as_bytes()))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
    }
}

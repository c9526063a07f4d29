//! A guard run on every YAML document (rule files, `factlint.yaml`, review files, front
//! matter) before serde_yaml reads it: a pass over the text, linear in its length, that
//! refuses a document nested deeper than [`MAX_DEPTH`].
//!
//! serde_yaml refuses a value nested deeper than 128, but only after its parser has read the
//! nesting, which takes time quadratic in the depth (front matter `published: [[[...]]]`
//! 100,000 deep took 29 s; nested maps read into a typed struct that ignores them were not
//! refused at all). The depth counted here is the block depth (the indentation levels open
//! at a line, each `- ` or `? ` that opens a compact nested item counting as one) plus the
//! flow depth (`[` and `{` not yet closed, outside quoted scalars and comments). It may
//! count more than the parser does (a bracket inside a plain scalar, `a: x[y`), never less
//! for the nestings the parser reads, and real rule files, configurations and front matter
//! are a few levels deep.

/// The deepest nesting accepted: far above any real document, below serde_yaml's 128.
pub const MAX_DEPTH: usize = 64;

/// The 1-based line where `text` first nests deeper than [`MAX_DEPTH`], if it does.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut scan = Scan::default();
    for (i, line) in text.split('\n').enumerate() {
        if scan.line(line.strip_suffix('\r').unwrap_or(line)) > MAX_DEPTH {
            return Some(i + 1);
        }
    }
    None
}

/// The reason given when [`too_deep`] finds a line.
pub fn too_deep_reason() -> String {
    format!("refused: nested too deep (more than {MAX_DEPTH} levels)")
}

#[derive(Default)]
struct Scan {
    /// Columns of the block nodes open at the current line, innermost last.
    block: Vec<usize>,
    /// `[` and `{` open.
    flow: usize,
    /// Inside a quoted scalar that runs on to the next line: its quote.
    quote: Option<u8>,
    /// Inside a block scalar (`|`, `>`): the indentation its lines are deeper than.
    block_scalar: Option<usize>,
}

impl Scan {
    /// Reads one line; returns the depth reached on it.
    fn line(&mut self, line: &str) -> usize {
        let bytes = line.as_bytes();
        let indent = bytes.iter().take_while(|&&b| b == b' ').count();
        let blank = bytes[indent..].iter().all(|b| b.is_ascii_whitespace());
        if let Some(parent) = self.block_scalar {
            if blank || indent > parent {
                return self.depth();
            }
            self.block_scalar = None;
        }
        if self.quote.is_none() && (blank || bytes[indent] == b'#') {
            return self.depth();
        }
        let mut at = indent;
        let mut max = 0;
        if self.quote.is_none() && self.flow == 0 {
            // Block structure: close the nodes at this column or deeper, then open one here
            // and one for each compact `- ` / `? ` item that follows on the line.
            while self.block.last().is_some_and(|&c| c >= at) {
                self.block.pop();
            }
            self.block.push(at);
            while at + 1 < bytes.len()
                && matches!(bytes[at], b'-' | b'?')
                && matches!(bytes[at + 1], b' ' | b'\t')
            {
                at += 1;
                while at < bytes.len() && matches!(bytes[at], b' ' | b'\t') {
                    at += 1;
                }
                self.block.push(at);
                max = max.max(self.depth());
            }
        }
        max = max.max(self.depth());
        // Flow brackets, quotes and comments in the rest of the line. `sig` is the last byte
        // that is not a space (`\n` at the start of the line's content), for where a quoted
        // scalar may start: only where the parser would start one, else a stray quote in a
        // plain scalar (`a: x 'y`) would hide the brackets after it.
        let mut prev = if at == 0 { b' ' } else { bytes[at - 1] };
        let mut sig = b'\n';
        let mut i = at;
        while i < bytes.len() {
            let b = bytes[i];
            match self.quote {
                Some(q) => {
                    if b == b'\\' && q == b'"' {
                        i += 1;
                    } else if b == q {
                        if q == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                            i += 1;
                        } else {
                            self.quote = None;
                        }
                    }
                }
                None => match b {
                    b'#' if matches!(prev, b' ' | b'\t') => break,
                    b'\'' | b'"' if matches!(sig, b'\n' | b'[' | b'{' | b',' | b':') => {
                        self.quote = Some(b);
                    }
                    b'[' | b'{' => {
                        self.flow += 1;
                        max = max.max(self.depth());
                    }
                    b']' | b'}' => self.flow = self.flow.saturating_sub(1),
                    _ => {}
                },
            }
            prev = b;
            if !matches!(b, b' ' | b'\t') {
                sig = b;
            }
            i += 1;
        }
        // A block scalar starts: `key: |`, `- >-`, `key: |2 # comment`.
        if self.quote.is_none() && self.flow == 0 {
            let content = line.split(" #").next().unwrap_or(line).trim_end();
            let last = content.rsplit([' ', '\t']).next().unwrap_or("");
            if last.starts_with(['|', '>'])
                && last[1..]
                    .bytes()
                    .all(|c| matches!(c, b'-' | b'+' | b'0'..=b'9'))
            {
                self.block_scalar = Some(indent);
            }
        }
        max
    }

    fn depth(&self) -> usize {
        self.block.len() + self.flow
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_documents_are_shallow() {
        let doc = "a:\n  b:\n    - c: 1\n      d: [1, {e: 2}]\n  f: 'x [[[ y'\n  g: |\n    [[[[\n";
        assert_eq!(too_deep(doc), None);
        let mut s = Scan::default();
        let depths: Vec<usize> = doc.lines().map(|l| s.line(l)).collect();
        assert_eq!(depths, vec![1, 2, 4, 6, 2, 2, 2]);
    }

    #[test]
    fn deep_flow_block_and_compact_nesting_is_found_on_its_line() {
        let flow = format!(
            "title: x\npublished: {}1{}\n",
            "[".repeat(100),
            "]".repeat(100)
        );
        assert_eq!(too_deep(&flow), Some(2));
        let maps = format!("a: {}1{}", "{b: ".repeat(100), "}".repeat(100));
        assert_eq!(too_deep(&maps), Some(1));
        let compact = format!("x: 1\ny:\n{}z\n", "- ".repeat(100));
        assert_eq!(too_deep(&compact), Some(3));
        let block: String = (0..100).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
        assert_eq!(too_deep(&block), Some(MAX_DEPTH + 1));
        // Across lines, and after a quoted scalar that holds brackets.
        let lines = format!("a: '[[['\nb:\n{}", "[\n".repeat(100));
        assert_eq!(too_deep(&lines), Some(MAX_DEPTH + 2));
    }

    #[test]
    fn an_apostrophe_in_a_plain_scalar_does_not_hide_what_follows() {
        let doc = format!("a: Jum'at\nb: {}", "[".repeat(100));
        assert_eq!(too_deep(&doc), Some(2));
        let doc = format!("a: x 'y\nb: {}", "[".repeat(100));
        assert_eq!(too_deep(&doc), Some(2));
    }
}

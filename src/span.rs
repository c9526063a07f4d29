//! Source positions: byte ranges with 1-based line and column (columns count characters).

/// A range of an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Byte offsets into the article text, `start..end`.
    pub start: usize,
    /// One past the last byte (`end >= start`; equal for an empty span).
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
}

/// Line starts of a text, for turning byte offsets into line and column.
/// A line ends at `\n`, `\r\n` or a lone `\r`.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// (byte offset, characters before it) about every `CHECKPOINT` bytes, so a column in a
    /// very long line is counted from the nearest checkpoint, not from the line's start.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT: usize = 4096;

/// Byte offsets where lines start: after each "\n", "\r\n" or lone "\r".
fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let bytes = text.as_bytes();
    if !bytes.contains(&b'\r') {
        // The usual text: its line breaks are found by the standard library's fast byte
        // search, not byte by byte (every article is indexed when it is read).
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        return starts;
    }
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    starts
}

/// (byte offset, characters before it) at the first character boundary `CHECKPOINT` bytes
/// or more after the one before, starting with (0, 0). The characters between two are
/// counted in one go, not character by character.
fn checkpoints(text: &str) -> Vec<(usize, usize)> {
    let mut out = vec![(0, 0)];
    let (mut at, mut chars) = (0, 0);
    loop {
        let mut next = at + CHECKPOINT;
        while next < text.len() && !text.is_char_boundary(next) {
            next += 1;
        }
        if next >= text.len() {
            return out;
        }
        chars += text[at..next].chars().count();
        out.push((next, chars));
        at = next;
    }
}

impl LineIndex {
    /// The line starts (and column checkpoints) of `text`, in one pass over its bytes.
    pub fn new(text: &str) -> Self {
        LineIndex {
            starts: line_starts(text),
            checkpoints: checkpoints(text),
        }
    }

    /// The number of characters in `text[..at]`.
    fn chars_before(&self, text: &str, at: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(b, _)| b <= at) - 1;
        let (b, n) = self.checkpoints[k];
        n + text[b..at].chars().count()
    }

    /// The span of `start..end` in `text`.
    pub fn span(&self, text: &str, start: usize, end: usize) -> Span {
        let line = self.starts.partition_point(|&s| s <= start);
        let line_start = self.starts[line - 1];
        // Counted from the line's start when it is near; from checkpoints in a long line.
        let chars = if start - line_start <= CHECKPOINT {
            text[line_start..start].chars().count()
        } else {
            self.chars_before(text, start) - self.chars_before(text, line_start)
        };
        let column = chars + 1;
        Span {
            start,
            end,
            line,
            column,
        }
    }

    /// Byte range of 1-based line `line`, without its line end.
    pub(crate) fn line_range(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.starts[line - 1];
        let mut end = self.starts.get(line).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        (start, end)
    }

    /// The number of lines: one more than the line breaks (an empty text has one line).
    pub fn lines(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_character_columns() {
        let text = "ab\r\nçd e\rf";
        let idx = LineIndex::new(text);
        assert_eq!(idx.lines(), 3);
        let e = text.find('e').unwrap();
        assert_eq!(
            idx.span(text, e, e + 1),
            Span {
                start: e,
                end: e + 1,
                line: 2,
                column: 4
            }
        );
        assert_eq!(idx.line_range(text, 1), (0, 2));
        let f = text.find('f').unwrap();
        assert_eq!(idx.span(text, f, f + 1).line, 3);
    }

    #[test]
    fn checkpoints_are_the_first_characters_at_or_past_each_step() {
        let text = format!("{}\n{}", "é".repeat(CHECKPOINT), "ab\n".repeat(CHECKPOINT));
        // The definition, character by character.
        let mut want = vec![(0, 0)];
        let mut next = CHECKPOINT;
        for (chars, (i, _)) in text.char_indices().enumerate() {
            if i >= next {
                want.push((i, chars));
                next = i + CHECKPOINT;
            }
        }
        assert_eq!(checkpoints(&text), want);
        let lines: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        assert_eq!(line_starts(&text), lines);
        assert_eq!(line_starts("a\r\nb\rc\n"), vec![0, 3, 5, 7]);
    }

    #[test]
    fn columns_in_a_long_line_count_across_checkpoints() {
        let text = format!(
            "x\n{}é{}",
            "ü".repeat(3 * CHECKPOINT),
            "a".repeat(CHECKPOINT)
        );
        let idx = LineIndex::new(&text);
        for (at, _) in text.char_indices().step_by(997) {
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let want = text[line_start..at].chars().count() + 1;
            assert_eq!(idx.span(&text, at, at).column, want, "at byte {at}");
        }
    }
}

//! `check --format github`: GitHub Actions workflow commands, one per conflict and nothing
//! else, so a workflow step shows each conflict as an annotation on its first evidence span:
//!
//! ```text
//! ::warning file=seeds/x.txt,line=12,col=188,endLine=12,endColumn=206,title=factlint spelling%3A Temptle University::one name spelt 2 ways ...%0Aseeds/x.txt:12:188: form of 1 article: "Temptle University" = Temptle University%0A...
//! ```
//! Severity `info` is a `::notice`. The message is the conflict's message, then one line
//! per evidence span (`path:line:column: role: "text" = value`; at most 20, then `and 12 more
//! evidence spans ...`). Columns count characters;
//! `endColumn` is the column just after the span.

use std::fmt::Write;

use super::{listed, more_line, Report};
use crate::conflict::Conflict;
use crate::kinds::Severity;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for c in report.conflicts {
        let _ = writeln!(out, "{}", command(report, c));
    }
    out
}

/// The workflow command of one conflict (without its line end).
fn command(report: &Report, c: &Conflict) -> String {
    let name = match c.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut message = c.message.to_string();
    let (listed, more) = listed(c);
    for e in listed {
        let id = &report.articles[e.article].id;
        let _ = write!(
            message,
            "\n{}:{}:{}: {}: \"{}\" = {}",
            id, e.span.line, e.span.column, e.role, e.text, e.value
        );
    }
    if more > 0 {
        let _ = write!(message, "\n{}", more_line(more));
    }
    let title = format!("factlint {}: {}", c.kind.id(), c.subject);
    let Some(first) = c.evidence.first() else {
        return format!("::{name} title={}::{}", property(&title), data(&message));
    };
    let article = &report.articles[first.article];
    let end = article.span(first.span.end, first.span.end);
    format!(
        "::{name} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        property(&article.id),
        first.span.line,
        first.span.column,
        end.line,
        end.column,
        property(&title),
        data(&message)
    )
}

/// Escapes a command's message: `%`, carriage return and line feed; other control
/// characters (an escape in a file name) are written as `\x1B`, never raw into the log.
fn data(s: &str) -> String {
    let s = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    crate::error::escape_controls(&s).into_owned()
}

/// Escapes a command property's value: as [`data`], and `:` and `,`.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_data_and_properties() {
        let s = "50% naik:\r\nkata, \"dia\"";
        assert_eq!(data(s), "50%25 naik:%0D%0Akata, \"dia\"");
        assert_eq!(property(s), "50%25 naik%3A%0D%0Akata%2C \"dia\"");
        // An escape sequence already in the text is escaped again, not passed through.
        assert_eq!(data("%0A"), "%250A");
        // Terminal escapes are shown, not sent.
        assert_eq!(property("a\x1b[31m\x07.txt"), "a\\x1B[31m\\x07.txt");
    }
}

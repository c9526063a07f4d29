//! The text report for a person at a terminal: each conflict with its evidence spans
//! (file:line:column, the exact text, its value) and the sentence around each, then a
//! summary line.

use std::fmt::Write;

use super::{Report, Style};

pub fn check(report: &Report, style: Style) -> String {
    let _ = style;
    let mut out = String::new();
    for c in report.conflicts {
        let _ = writeln!(
            out,
            "{}[{}]: {}: {}",
            c.severity.as_str(),
            c.kind.id(),
            c.subject,
            c.message
        );
        for e in &c.evidence {
            let article = &report.articles[e.article];
            let _ = writeln!(
                out,
                "  --> {}:{}:{}: {}: \"{}\" = {}",
                article.id, e.span.line, e.span.column, e.role, e.text, e.value
            );
            let (ls, le) = article.lines.line_range(&article.text, e.span.line);
            let line = &article.text[ls..le];
            let _ = writeln!(
                out,
                "      | {}",
                excerpt(line, e.span.start - ls, e.span.end - ls)
            );
        }
        out.push('\n');
    }
    for line in report.reviewed_lines() {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "{}", report.summary());
    out
}

/// The part of `line` around `start..end`, at most about 50 characters each side, with
/// the span marked by `[` `]`.
fn excerpt(line: &str, start: usize, end: usize) -> String {
    const SIDE: usize = 50;
    let before: Vec<char> = line[..start].chars().collect();
    let after: Vec<char> = line[end..].chars().collect();
    let b: String = before[before.len().saturating_sub(SIDE)..].iter().collect();
    let a: String = after[..after.len().min(SIDE)].iter().collect();
    format!(
        "{}{}[{}]{}{}",
        if before.len() > SIDE { "…" } else { "" },
        b,
        &line[start..end],
        a,
        if after.len() > SIDE { "…" } else { "" }
    )
}

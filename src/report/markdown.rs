//! `check --format markdown`: a review document for a pull request or an editor's ticket.
//! A title and the summary line, the stories (each with what it is about and its articles),
//! a table of the conflicts, then each conflict in order with its severity, story, message
//! and fingerprint, and every evidence span in order: its
//! `path:line:column`, role and value, and its source line quoted with the span in bold
//! (at most 160 characters each side of the span, cut at a space, `…` where cut). At most
//! 20 spans per conflict; the rest are counted (`and 12 more evidence spans`).
//! Text from the articles is escaped so that it shows as written.

use std::fmt::Write;

use super::{context, listed, more_line, Report};

/// Characters of context quoted each side of an evidence span (as in the HTML report).
const CONTEXT: usize = 160;
use crate::conflict::{Conflict, Evidence};

pub fn render(report: &Report) -> String {
    let mut out = String::from("# factlint report\n\n");
    let _ = writeln!(out, "{}\n", report.summary());
    if report.conflicts.is_empty() {
        out.push_str("No conflicts.\n");
        return out;
    }
    let stories = report.shown_stories();
    if !stories.is_empty() {
        out.push_str("## Stories\n\n");
        for story in &stories {
            let about = if story.about.is_empty() {
                String::new()
            } else {
                format!(": {}", field(&story.about.join(", ")))
            };
            let ids: Vec<String> = story
                .articles
                .iter()
                .map(|&a| code(&report.articles[a].id))
                .collect();
            let _ = writeln!(out, "- **{}**{about} ({})", story.id, ids.join(", "));
        }
        out.push_str("\n## Conflicts\n\n");
    }
    out.push_str(
        "| # | severity | kind | subject | story | sources |\n|---|---|---|---|---|---|\n",
    );
    for (n, c) in report.conflicts.iter().enumerate() {
        let story: Vec<&str> = report.stories_of(c).iter().map(|s| s.id.as_str()).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            n + 1,
            c.severity.as_str(),
            c.kind.id(),
            cell(&field(&c.subject)),
            story.join(", "),
            cell(&sources(report, c))
        );
    }
    for (n, c) in report.conflicts.iter().enumerate() {
        section(&mut out, report, n + 1, c);
    }
    out
}

/// The articles a conflict quotes, each once, in the order of its evidence.
fn sources(report: &Report, c: &Conflict) -> String {
    let mut ids: Vec<&str> = Vec::new();
    for e in &c.evidence {
        let id = report.articles[e.article].id.as_str();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.iter().map(|id| code(id)).collect::<Vec<_>>().join(", ")
}

fn section(out: &mut String, report: &Report, n: usize, c: &Conflict) {
    let _ = writeln!(out, "\n### {n}. {}: {}\n", c.kind.id(), field(&c.subject));
    let _ = writeln!(out, "- severity: {}", c.severity.as_str());
    if let Some(story) = report.story_line(c) {
        let _ = writeln!(out, "- story: {}", field(&story));
    }
    let _ = writeln!(out, "- message: {}", field(&c.message));
    let _ = writeln!(
        out,
        "- fingerprint: {}",
        code(&c.fingerprint(report.articles))
    );
    let (listed, more) = listed(c);
    for e in listed {
        evidence(out, report, e);
    }
    if more > 0 {
        let _ = writeln!(out, "\n{}", more_line(more));
    }
}

fn evidence(out: &mut String, report: &Report, e: &Evidence) {
    let article = &report.articles[e.article];
    let at = format!("{}:{}:{}", article.id, e.span.line, e.span.column);
    let _ = writeln!(
        out,
        "\n{} {}: {}\n",
        code(&at),
        field(&e.role.to_string()),
        field(&e.value)
    );
    // The lines the span is on, cut to a window around it.
    let ctx = context(article, e, CONTEXT);
    let (before, after) = ctx.in_words();
    let ellipsis = if ctx.cut_span { "…" } else { "" };
    let quoted = format!(
        "{}**{}{ellipsis}**{}",
        inline(&before),
        inline(ctx.span),
        inline(&after)
    );
    for line in quoted.replace("\r\n", "\n").replace('\r', "\n").lines() {
        let _ = writeln!(out, "> {}", line_start(line.trim()));
    }
}

/// `s` with the characters that would start Markdown inline syntax escaped: backslash,
/// backquote, `*`, `_`, `[`, `]`, `<`, `>`; and a zero-width space after `@` and `#` that
/// would make a mention (`@editor`) or an issue link (`#123`) on GitHub, so an article
/// cannot ping people or link issues from a PR comment.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(ch);
        let next = chars.peek().copied().unwrap_or(' ');
        if (ch == '@' && (next.is_alphanumeric() || next == '-'))
            || (ch == '#' && next.is_ascii_digit())
        {
            out.push_str("&#8203;");
        }
    }
    out
}

/// A one-line field (a subject, a message, a story, a value: front matter's `source:` may
/// hold a line break) as [`inline`] text with its line breaks made spaces, so it cannot
/// split a table row or start a heading.
fn field(s: &str) -> String {
    let one_line = s.replace("\r\n", " ").replace(['\r', '\n'], " ");
    inline(&crate::error::escape_controls(&one_line))
}

/// A line of quoted text that would start a heading, list or rule escaped.
fn line_start(line: &str) -> String {
    if line.starts_with(['#', '+', '-', '=']) {
        return format!("\\{line}");
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_string()
}

/// A code span holding `s` as written (control characters, as in a file name, written as
/// `\x1B`).
fn code(s: &str) -> String {
    let s = &*crate::error::escape_controls(s);
    let mut run = 0;
    let mut longest = 0;
    for ch in s.chars() {
        run = if ch == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if longest > 0 { " " } else { "" };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// A table cell: `|` escaped (GitHub reads `\|` as a pipe, also inside code spans).
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(inline("a*b_c [d] <e> `f`"), r"a\*b\_c \[d\] \<e\> \`f\`");
        assert_eq!(line_start("# Judul"), r"\# Judul");
        assert_eq!(line_start("- butir"), r"\- butir");
        assert_eq!(line_start("2023. Tahun"), r"2023\. Tahun");
        assert_eq!(line_start("2023 tahun"), "2023 tahun");
        assert_eq!(code("a`b"), "`` a`b ``");
        assert_eq!(cell("a | b"), r"a \| b");
        assert_eq!(
            inline("cc @editor, see #123"),
            "cc @&#8203;editor, see #&#8203;123"
        );
        assert_eq!(inline("a@ b # c"), "a@ b # c");
        assert_eq!(
            field("Herald\n# Injected\r\n| x |"),
            "Herald # Injected | x |"
        );
    }
}

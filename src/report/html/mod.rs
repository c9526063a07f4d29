//! The HTML report (`check --format html`): one self-contained page for editors. Nothing is
//! fetched: the CSS, the script and the timeline (SVG) are inline, and a Content Security
//! Policy allows only the page's own style and script (by hash), so even a slip in escaping
//! could not load or run anything else. The page shows, top to bottom:
//!
//! - the summary line;
//! - a timeline per story (one for all articles when the stories are not known): one row
//!   per article, a mark per dated claim of an event group or of a conflict's evidence (a dot for a day, a bar for a longer time), one colour per event
//!   group, the publication date as a diamond; marks that are evidence of a conflict are
//!   outlined red and link to it, and their row is tinted, so an outlet out of line stands
//!   out; then, for each event group dated in two or more articles, a timeline of its own on
//!   its own scale (days when its dates are a few weeks apart at most), where a day's
//!   difference shows;
//! - the conflicts grouped by subject, each with its severity, kind, message, story (a link
//!   to the story's timeline) and fingerprint, and its evidence side by side, one column per disagreeing value; each
//!   passage is the source line around the span, the span in a `<mark>` with `data-path`,
//!   `data-line`, `data-column`, `data-start` and `data-end` (byte offsets);
//! - the articles read.
//!
//! Filters by kind and severity hide conflicts (they need JavaScript; without it the form
//! stays hidden and every conflict is shown). The filter state is kept in the URL hash:
//! `report.html#kind=spelling,title&severity=error`; a name left out allows every value.
//!
//! The page is the same bytes for the same inputs: no timestamps, ordered iteration.

use std::collections::BTreeMap;
use std::fmt::Write;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chrono::{Datelike, Days, Months, NaiveDate};
use sha2::{Digest, Sha256};

use super::{context, listed, more_line, Report};
use crate::article::{Article, PublishedFrom};
use crate::claim::{ymd, Attribute, Claim};
use crate::conflict::Evidence;
use crate::kinds::{Severity, KINDS};

mod timeline;

use timeline::timeline_section;

/// The page's style and script, inline (their hashes go into the Content Security Policy).
const STYLE: &str = concat!("\n", include_str!("page.css"));
const SCRIPT: &str = concat!("\n", include_str!("page.js"));

/// The page for `report`.
pub fn render(report: &Report) -> String {
    let fingerprints: Vec<String> = report
        .conflicts
        .iter()
        .map(|c| c.fingerprint(report.articles))
        .collect();
    let mut out = String::from("<!DOCTYPE html>\n");
    open(&mut out, "html", &[("lang", "en")]);
    out.push('\n');
    head(&mut out, report);
    out.push_str("<body>\n");
    top(&mut out, report);
    timeline_section(&mut out, report);
    conflicts_section(&mut out, report, &fingerprints);
    articles_section(&mut out, report);
    elem_raw(&mut out, "script", &[], SCRIPT);
    out.push_str("\n</body>\n</html>\n");
    out
}

// ---------------------------------------------------------------------------------------
// Markup helpers

/// `s` escaped for element content and quoted attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
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
    out
}

/// `<tag name="value" ...>`, the values escaped.
fn open(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    out.push('<');
    out.push_str(tag);
    for (name, value) in attrs {
        let _ = write!(out, " {name}=\"{}\"", esc(value));
    }
    out.push('>');
}

fn close(out: &mut String, tag: &str) {
    let _ = write!(out, "</{tag}>");
}

/// An element holding `text`, escaped.
fn elem(out: &mut String, tag: &str, attrs: &[(&str, &str)], text: &str) {
    open(out, tag, attrs);
    out.push_str(&esc(text));
    close(out, tag);
}

/// An element holding `markup` as it is: only for this file's constants and markup built
/// with the helpers above.
fn elem_raw(out: &mut String, tag: &str, attrs: &[(&str, &str)], markup: &str) {
    open(out, tag, attrs);
    out.push_str(markup);
    close(out, tag);
}

/// `1 conflict`, `2 conflicts`.
fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The CSP source for an inline block: `'sha256-<base64>'`.
fn csp_hash(block: &str) -> String {
    format!(
        "'sha256-{}'",
        BASE64.encode(Sha256::digest(block.as_bytes()))
    )
}

// ---------------------------------------------------------------------------------------
// Page frame

fn head(out: &mut String, report: &Report) {
    out.push_str("<head>\n<meta charset=\"utf-8\">\n");
    let policy = format!(
        "default-src 'none'; style-src {}; script-src {}",
        csp_hash(STYLE),
        csp_hash(SCRIPT)
    );
    open(
        out,
        "meta",
        &[
            ("http-equiv", "Content-Security-Policy"),
            ("content", &policy),
        ],
    );
    out.push_str("\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let title = format!(
        "factlint: {} in {}",
        plural(report.conflicts.len(), "conflict"),
        plural(report.articles.len(), "article")
    );
    elem(out, "title", &[], &title);
    out.push('\n');
    elem_raw(out, "style", &[], STYLE);
    out.push_str("\n</head>\n");
}

fn top(out: &mut String, report: &Report) {
    out.push_str("<header class=\"top\">\n<h1>factlint report</h1>\n");
    elem(out, "p", &[("class", "summary")], &report.summary());
    out.push_str(
        "\n<nav><a href=\"#timeline\">Timeline</a> · <a href=\"#conflicts\">Conflicts</a> · \
         <a href=\"#articles\">Articles</a></nav>\n</header>\n",
    );
}

/// The name an article goes by: its outlet, else its file name.
fn source_name(a: &Article) -> &str {
    a.outlet.as_deref().unwrap_or_else(|| file_name(&a.id))
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// At most `max` characters of `s`, `…` at the end when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

// ---------------------------------------------------------------------------------------
// Conflicts

fn conflicts_section(out: &mut String, report: &Report, fingerprints: &[String]) {
    out.push_str("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
    filters(out, report);
    if report.conflicts.is_empty() {
        out.push_str("<p>No conflicts.</p>\n");
    }
    // Subjects compared case- and space-insensitively; conflicts in report order within each.
    let mut by_subject: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in report.conflicts.iter().enumerate() {
        by_subject
            .entry(subject_key(&c.subject))
            .or_default()
            .push(i);
    }
    // Subjects with an error first, then those with a warning, then the rest.
    let mut subjects: Vec<(String, Vec<usize>)> = by_subject.into_iter().collect();
    subjects.sort_by_key(|(_, members)| {
        let worst = members.iter().map(|&i| report.conflicts[i].severity).max();
        std::cmp::Reverse(worst)
    });
    for (n, (key, members)) in subjects.iter().enumerate() {
        let id = format!("subject-{}", n + 1);
        open(
            out,
            "section",
            &[("class", "subject"), ("id", &id), ("data-subject", key)],
        );
        out.push('\n');
        open(out, "h3", &[]);
        out.push_str(&esc(&report.conflicts[members[0]].subject));
        elem(
            out,
            "span",
            &[("class", "n")],
            &plural(members.len(), "conflict"),
        );
        out.push_str("</h3>\n");
        for &i in members {
            conflict(out, report, i, &fingerprints[i]);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</section>\n");
}

fn subject_key(subject: &str) -> String {
    subject
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The filter form: hidden until the script shows it.
fn filters(out: &mut String, report: &Report) {
    out.push_str("<form id=\"filters\" class=\"filters\" hidden>\n");
    let kinds: Vec<(&str, usize)> = KINDS
        .iter()
        .map(|k| {
            let n = report.conflicts.iter().filter(|c| c.kind == k.kind).count();
            (k.id, n)
        })
        .filter(|&(_, n)| n > 0)
        .collect();
    checkboxes(out, "Kind", "kind", &kinds);
    let severities: Vec<(&str, usize)> = [Severity::Error, Severity::Warning, Severity::Info]
        .iter()
        .map(|&s| {
            let n = report.conflicts.iter().filter(|c| c.severity == s).count();
            (s.as_str(), n)
        })
        .collect();
    checkboxes(out, "Severity", "severity", &severities);
    let shown = format!(
        "{} of {} shown",
        report.conflicts.len(),
        plural(report.conflicts.len(), "conflict")
    );
    elem(out, "output", &[("id", "shown")], &shown);
    out.push_str("\n</form>\n");
}

/// A fieldset of checked checkboxes named `name`, one per `(value, count)`.
fn checkboxes(out: &mut String, legend: &str, name: &str, values: &[(&str, usize)]) {
    out.push_str("<fieldset>");
    elem(out, "legend", &[], legend);
    for &(value, n) in values {
        out.push_str("<label>");
        open(
            out,
            "input",
            &[
                ("type", "checkbox"),
                ("name", name),
                ("value", value),
                ("checked", ""),
            ],
        );
        let _ = write!(out, " {}", esc(value));
        elem(out, "span", &[("class", "n")], &n.to_string());
        out.push_str("</label>");
    }
    out.push_str("</fieldset>\n");
}

fn conflict(out: &mut String, report: &Report, i: usize, fingerprint: &str) {
    let c = &report.conflicts[i];
    let id = conflict_id(i);
    let class = format!("conflict sev-{}", c.severity.as_str());
    open(
        out,
        "article",
        &[
            ("class", &class),
            ("id", &id),
            ("data-kind", c.kind.id()),
            ("data-severity", c.severity.as_str()),
            ("data-fingerprint", fingerprint),
        ],
    );
    out.push_str("\n<header>");
    elem(out, "span", &[("class", "severity")], c.severity.as_str());
    out.push(' ');
    elem(out, "span", &[("class", "kind")], c.kind.id());
    out.push(' ');
    elem(
        out,
        "code",
        &[("class", "fingerprint"), ("title", "fingerprint")],
        fingerprint,
    );
    out.push_str("</header>\n");
    elem(out, "p", &[("class", "message")], &c.message);
    let stories = report.stories_of(c);
    if !stories.is_empty() {
        out.push_str("\n<p class=\"story\">");
        for (n, story) in stories.iter().enumerate() {
            if n > 0 {
                out.push_str("; ");
            }
            let href = format!("#timeline-{}", story.id);
            elem(out, "a", &[("href", &href)], &story.label());
        }
        out.push_str("</p>");
    }
    out.push_str("\n<div class=\"sides\">\n");
    let (listed, more) = listed(c);
    for (value, evidence) in sides(listed) {
        side(out, report, value, &evidence);
    }
    out.push_str("</div>\n");
    if more > 0 {
        elem(out, "p", &[("class", "more")], &more_line(more));
        out.push('\n');
    }
    out.push_str("</article>\n");
}

fn conflict_id(i: usize) -> String {
    format!("conflict-{}", i + 1)
}

/// The evidence spans by value, values in the order they first appear.
fn sides(evidence: &[Evidence]) -> Vec<(&str, Vec<&Evidence>)> {
    let mut sides: Vec<(&str, Vec<&Evidence>)> = Vec::new();
    for e in evidence {
        match sides.iter_mut().find(|(v, _)| *v == e.value) {
            Some((_, list)) => list.push(e),
            None => sides.push((&e.value, vec![e])),
        }
    }
    sides
}

/// One column: a value and the passages that say it.
fn side(out: &mut String, report: &Report, value: &str, evidence: &[&Evidence]) {
    out.push_str("<div class=\"side\">");
    elem(out, "h4", &[("class", "value")], value);
    out.push('\n');
    for e in evidence {
        passage(out, report, e);
    }
    out.push_str("</div>\n");
}

/// One evidence span: where it is, and its source line with the span marked.
fn passage(out: &mut String, report: &Report, e: &Evidence) {
    let a = &report.articles[e.article];
    let location = format!("{}:{}:{}", a.id, e.span.line, e.span.column);
    out.push_str("<figure class=\"passage\"><figcaption>");
    if let Some(outlet) = &a.outlet {
        elem(out, "span", &[("class", "source")], outlet);
        out.push(' ');
    }
    elem(out, "code", &[("class", "location")], &location);
    out.push(' ');
    elem(out, "span", &[("class", "role")], &e.role);
    out.push_str("</figcaption><blockquote>");
    let (before, after) = around(a, e);
    out.push_str(&esc(&before));
    let (line, column) = (e.span.line.to_string(), e.span.column.to_string());
    let (start, end) = (e.span.start.to_string(), e.span.end.to_string());
    elem(
        out,
        "mark",
        &[
            ("data-path", &a.id),
            ("data-line", &line),
            ("data-column", &column),
            ("data-start", &start),
            ("data-end", &end),
            ("title", &e.value),
        ],
        &e.text,
    );
    out.push_str(&esc(&after));
    out.push_str("</blockquote></figure>\n");
}

/// Characters of context shown each side of an evidence span.
const CONTEXT: usize = 160;

/// The text before and after `e`'s span on its lines, at most [`CONTEXT`] characters each
/// side, cut at a space, with `…` where cut.
fn around(a: &Article, e: &Evidence) -> (String, String) {
    context(a, e, CONTEXT).in_words()
}

// ---------------------------------------------------------------------------------------
// Articles

fn articles_section(out: &mut String, report: &Report) {
    out.push_str(
        "<section id=\"articles\">\n<h2>Articles</h2>\n<table>\n<thead><tr><th>Article</th>\
         <th>Outlet</th><th>Published</th><th>Title</th><th>Claims</th><th>Conflicts</th>\
         </tr></thead>\n<tbody>\n",
    );
    // Claims and conflicts per article, counted in one pass each.
    let mut claims = vec![0; report.articles.len()];
    match report.claim_counts {
        Some(counts) => {
            for (n, &k) in claims.iter_mut().zip(counts) {
                *n = k;
            }
        }
        None => {
            for c in report.claims {
                if let Some(n) = claims.get_mut(c.article) {
                    *n += 1;
                }
            }
        }
    }
    let mut conflicts = vec![0; report.articles.len()];
    for c in report.conflicts {
        let mut seen: Vec<usize> = c.evidence.iter().map(|e| e.article).collect();
        seen.sort_unstable();
        seen.dedup();
        for i in seen {
            if let Some(n) = conflicts.get_mut(i) {
                *n += 1;
            }
        }
    }
    for (i, a) in report.articles.iter().enumerate() {
        let (claims, conflicts) = (claims[i], conflicts[i]);
        let published = match (a.published, a.published_from) {
            (Some(d), Some(PublishedFrom::FrontMatter)) => format!("{d} (front matter)"),
            (Some(d), _) => format!("{d} (header)"),
            (None, _) => "unknown".to_string(),
        };
        out.push_str("<tr>");
        open(out, "td", &[]);
        elem(out, "code", &[], &a.id);
        out.push_str("</td>");
        for cell in [
            a.outlet.as_deref().unwrap_or(""),
            &published,
            a.title.as_deref().unwrap_or(""),
            &claims.to_string(),
            &conflicts.to_string(),
        ] {
            elem(out, "td", &[], cell);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
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

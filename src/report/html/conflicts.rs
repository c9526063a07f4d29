//! The conflicts of one story section: grouped by subject, each with its severity, kind,
//! message, stories and fingerprint, and its evidence side by side, one column per value.
//! A column shows its first [`SHOWN_PASSAGES`] passages; the rest of the listed ones are in
//! a closed `<details>` ("3 more passages"), in the page but folded away.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::markup::{close, elem, esc, esc_into, open, plural};
use super::plan::conflict_id;
use super::{Ctx, Report};
use crate::conflict::Evidence;
use crate::kinds::{Severity, KINDS};
use crate::report::{context, listed, more_line};

/// Passages a column shows open; the others are folded into a `<details>`.
pub(super) const SHOWN_PASSAGES: usize = 2;

/// Characters of context shown each side of an evidence span.
const CONTEXT: usize = 160;

/// The conflicts of section `n`, grouped by subject: subjects with an error first, then
/// those with a warning, then the rest; conflicts in report order within each.
pub(super) fn subjects(out: &mut String, ctx: &Ctx, n: usize) {
    let report = ctx.report;
    let section = &ctx.plan.sections[n];
    // Subjects compared case- and space-insensitively.
    let mut by_subject: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &i in &section.conflicts {
        by_subject
            .entry(subject_key(&report.conflicts[i].subject))
            .or_default()
            .push(i);
    }
    let mut subjects: Vec<(String, Vec<usize>)> = by_subject.into_iter().collect();
    subjects.sort_by_key(|(_, members)| {
        let worst = members.iter().map(|&i| report.conflicts[i].severity).max();
        std::cmp::Reverse(worst)
    });
    for (k, (key, members)) in subjects.iter().enumerate() {
        let id = format!("{}-subject-{}", section.id, k + 1);
        open(
            out,
            "section",
            &[("class", "subject"), ("id", &id), ("data-subject", key)],
        );
        out.push('\n');
        open(out, "h4", &[]);
        esc_into(out, &report.conflicts[members[0]].subject);
        elem(
            out,
            "span",
            &[("class", "n")],
            &plural(members.len(), "conflict"),
        );
        out.push_str("</h4>\n");
        for &i in members {
            conflict(out, ctx, i);
        }
        out.push_str("</section>\n");
    }
}

fn subject_key(subject: &str) -> String {
    subject
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The filter form for `conflicts`: hidden until the script shows it.
pub(super) fn filters(out: &mut String, report: &Report, conflicts: &[usize]) {
    out.push_str("<form id=\"filters\" class=\"filters\" hidden>\n");
    let count = |keep: &dyn Fn(usize) -> bool| conflicts.iter().filter(|&&i| keep(i)).count();
    let kinds: Vec<(&str, usize)> = KINDS
        .iter()
        .map(|k| (k.id, count(&|i| report.conflicts[i].kind == k.kind)))
        .filter(|&(_, n)| n > 0)
        .collect();
    checkboxes(out, "Kind", "kind", &kinds);
    let severities: Vec<(&str, usize)> = [Severity::Error, Severity::Warning, Severity::Info]
        .iter()
        .map(|&s| (s.as_str(), count(&|i| report.conflicts[i].severity == s)))
        .collect();
    checkboxes(out, "Severity", "severity", &severities);
    let shown = format!(
        "{} of {} shown",
        conflicts.len(),
        plural(conflicts.len(), "conflict")
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
        out.push(' ');
        esc_into(out, value);
        elem(out, "span", &[("class", "n")], &n.to_string());
        out.push_str("</label>");
    }
    out.push_str("</fieldset>\n");
}

fn conflict(out: &mut String, ctx: &Ctx, i: usize) {
    let report = ctx.report;
    let c = &report.conflicts[i];
    let fingerprint = c.fingerprint(report.articles);
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
            ("data-fingerprint", &fingerprint),
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
        &fingerprint,
    );
    out.push_str("</header>\n");
    elem(out, "p", &[("class", "message")], &c.message);
    story_line(out, ctx, i);
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

/// The stories of conflict `i`, each a link to its section when it has one.
fn story_line(out: &mut String, ctx: &Ctx, i: usize) {
    let report = ctx.report;
    let c = &report.conflicts[i];
    let stories = report.stories_of(c);
    if stories.is_empty() {
        return;
    }
    out.push_str("\n<p class=\"story\">");
    for (n, (&k, story)) in c.stories.iter().zip(&stories).enumerate() {
        if n > 0 {
            out.push_str("; ");
        }
        match ctx.plan.section_of_story(k) {
            Some(to) => {
                let href = ctx.plan.href(to, ctx.at, &story.id);
                elem(out, "a", &[("href", &href)], &story.label());
            }
            None => esc_into(out, &story.label()),
        }
    }
    out.push_str("</p>");
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

/// One column: a value and the passages that say it, the first [`SHOWN_PASSAGES`] open.
fn side(out: &mut String, report: &Report, value: &str, evidence: &[&Evidence]) {
    out.push_str("<div class=\"side\">");
    elem(out, "h5", &[("class", "value")], value);
    out.push('\n');
    let shown = evidence.len().min(SHOWN_PASSAGES);
    for e in &evidence[..shown] {
        passage(out, report, e);
    }
    let folded = &evidence[shown..];
    if !folded.is_empty() {
        let s = if folded.len() == 1 { "" } else { "s" };
        let summary = format!("{} more passage{s}", folded.len());
        out.push_str("<details class=\"passages\">");
        elem(out, "summary", &[], &summary);
        out.push('\n');
        for e in folded {
            passage(out, report, e);
        }
        out.push_str("</details>\n");
    }
    out.push_str("</div>\n");
}

/// One evidence span: where it is, and its source line with the span marked.
fn passage(out: &mut String, report: &Report, e: &Evidence) {
    let a = &report.articles[e.article];
    out.push_str("<figure class=\"passage\"><figcaption>");
    if let Some(outlet) = &a.outlet {
        elem(out, "span", &[("class", "source")], outlet);
        out.push(' ');
    }
    out.push_str("<code class=\"location\">");
    esc_into(out, &a.id);
    let _ = write!(out, ":{}:{}", e.span.line, e.span.column);
    close(out, "code");
    out.push(' ');
    elem(out, "span", &[("class", "role")], &e.role.to_string());
    out.push_str("</figcaption><blockquote>");
    let (before, after) = context(a, e, CONTEXT).in_words();
    esc_into(out, &before);
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

//! The HTML report (`check --format html`): one self-contained page for editors. Nothing is
//! fetched: the CSS, the script and the timeline (SVG) are inline, and a Content Security
//! Policy allows only the page's own style and script (by hash), so even a slip in escaping
//! could not load or run anything else. The page shows, top to bottom:
//!
//! - the summary line;
//! - a timeline: one row per article, a mark per dated claim of an event group or of a
//!   conflict's evidence (a dot for a day, a bar for a longer time), one colour per event
//!   group, the publication date as a diamond; marks that are evidence of a conflict are
//!   outlined red and link to it, and their row is tinted, so an outlet out of line stands
//!   out; then, for each event group dated in two or more articles, a timeline of its own on
//!   its own scale (days when its dates are a few weeks apart at most), where a day's
//!   difference shows;
//! - the conflicts grouped by subject, each with its severity, kind, message and
//!   fingerprint, and its evidence side by side, one column per disagreeing value; each
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

use chrono::{Datelike, Days, Months, NaiveDate};
use sha2::{Digest, Sha256};

use super::Report;
use crate::article::{Article, PublishedFrom};
use crate::claim::{ymd, Attribute, Claim};
use crate::conflict::{Conflict, Evidence};
use crate::kinds::{Severity, KINDS};

/// The page for `report`.
pub fn check(report: &Report) -> String {
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
    format!("'sha256-{}'", base64(&Sha256::digest(block.as_bytes())))
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
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
    out.push_str("\n<div class=\"sides\">\n");
    for (value, evidence) in sides(c) {
        side(out, report, value, &evidence);
    }
    out.push_str("</div>\n</article>\n");
}

fn conflict_id(i: usize) -> String {
    format!("conflict-{}", i + 1)
}

/// The evidence of `c` by value, values in the order they first appear.
fn sides(c: &Conflict) -> Vec<(&str, Vec<&Evidence>)> {
    let mut sides: Vec<(&str, Vec<&Evidence>)> = Vec::new();
    for e in &c.evidence {
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
    let text = &a.text;
    let (start, end) = (e.span.start.min(text.len()), e.span.end.min(text.len()));
    let (line_start, _) = a.lines.line_range(text, e.span.line);
    let end_line = a.lines.span(text, end, end).line;
    let (_, line_end) = a.lines.line_range(text, end_line);
    let before = text.get(line_start.min(start)..start).unwrap_or("");
    let after = text.get(end..line_end.max(end)).unwrap_or("");
    (tail(before, CONTEXT), head_of(after, CONTEXT))
}

/// The end of `s`: its last `max` characters from a word start, `…` first when cut.
fn tail(s: &str, max: usize) -> String {
    let n = s.chars().count();
    if n <= max {
        return s.to_string();
    }
    let cut = s.char_indices().nth(n - max).map_or(0, |(i, _)| i);
    let rest = &s[cut..];
    let rest = rest.split_once(' ').map_or(rest, |(_, r)| r);
    format!("…{rest}")
}

/// The start of `s`: its first `max` characters up to a word end, `…` last when cut.
fn head_of(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    let first = &s[..cut];
    let first = first.rsplit_once(' ').map_or(first, |(f, _)| f);
    format!("{first}…")
}

// ---------------------------------------------------------------------------------------
// Articles

fn articles_section(out: &mut String, report: &Report) {
    out.push_str(
        "<section id=\"articles\">\n<h2>Articles</h2>\n<table>\n<thead><tr><th>Article</th>\
         <th>Outlet</th><th>Published</th><th>Title</th><th>Claims</th><th>Conflicts</th>\
         </tr></thead>\n<tbody>\n",
    );
    for (i, a) in report.articles.iter().enumerate() {
        let claims = report.claims.iter().filter(|c| c.article == i).count();
        let conflicts = report
            .conflicts
            .iter()
            .filter(|c| c.evidence.iter().any(|e| e.article == i))
            .count();
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

// ---------------------------------------------------------------------------------------
// Timeline

/// A dated claim drawn on the timeline.
#[derive(Clone)]
struct Mark<'a> {
    claim: &'a Claim,
    start: NaiveDate,
    end: NaiveDate,
    /// Its event group (an index in `Events::groups`) and the group's id.
    group: Option<usize>,
    group_id: Option<&'a str>,
    /// The conflicts it is evidence of (indices in `Report::conflicts`).
    conflicts: Vec<usize>,
}

/// One article's row.
struct Row<'a> {
    article: &'a Article,
    published: Option<NaiveDate>,
    /// The conflicts the publication date is evidence of.
    published_conflicts: Vec<usize>,
    marks: Vec<Mark<'a>>,
}

/// The conflicts each span is evidence of, by (article, start, end).
type EvidenceIndex = BTreeMap<(usize, usize, usize), Vec<usize>>;

fn evidence_index(report: &Report) -> EvidenceIndex {
    let mut index = EvidenceIndex::new();
    for (i, c) in report.conflicts.iter().enumerate() {
        for e in &c.evidence {
            let list = index
                .entry((e.article, e.span.start, e.span.end))
                .or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }
    index
}

fn rows<'a>(report: &Report<'a>, index: &EvidenceIndex) -> Vec<Row<'a>> {
    let mut rows: Vec<Row<'a>> = report
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| Row {
            article: a,
            published: a.published,
            published_conflicts: a
                .dateline
                .and_then(|s| index.get(&(i, s.start, s.end)).cloned())
                .unwrap_or_default(),
            marks: Vec::new(),
        })
        .collect();
    for (i, c) in report.claims.iter().enumerate() {
        let (Some((start, end)), Attribute::Date) = (c.time_scope, c.attribute) else {
            continue;
        };
        let Some(row) = rows.get_mut(c.article) else {
            continue;
        };
        // The publication date is the diamond.
        if row
            .article
            .dateline
            .is_some_and(|s| s.start == c.span.start)
        {
            continue;
        }
        let group = report.events.and_then(|ev| ev.info.get(i)?.as_ref()?.group);
        let group_id = group.and_then(|g| Some(report.events?.groups.get(g)?.id.as_str()));
        let conflicts = index
            .get(&(c.article, c.span.start, c.span.end))
            .cloned()
            .unwrap_or_default();
        if group.is_some() || !conflicts.is_empty() {
            row.marks.push(Mark {
                claim: c,
                start,
                end,
                group,
                group_id,
                conflicts,
            });
        }
    }
    rows
}

/// Colours of event groups (Okabe-Ito and Tol, without red, which marks evidence).
const PALETTE: &[&str] = &[
    "#0072b2", "#e69f00", "#009e73", "#56b4e9", "#cc79a7", "#f0e442", "#999933", "#332288",
];
/// Fill of a mark outside any event group.
const NO_GROUP: &str = "#bbbbbb";

/// The event groups on the timeline, each with its colour, in group order.
fn group_colours(rows: &[Row]) -> BTreeMap<usize, &'static str> {
    let mut groups: BTreeMap<usize, &'static str> = rows
        .iter()
        .flat_map(|r| r.marks.iter().filter_map(|m| m.group))
        .map(|g| (g, ""))
        .collect();
    for (n, colour) in groups.values_mut().enumerate() {
        *colour = PALETTE[n % PALETTE.len()];
    }
    groups
}

fn timeline_section(out: &mut String, report: &Report) {
    out.push_str("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
    let index = evidence_index(report);
    let rows = rows(report, &index);
    if rows.iter().all(|r| r.marks.is_empty()) {
        out.push_str("<p>No dated events: no date claim is in an event group or a conflict.</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<p class=\"note\">One row per article; a dot is a day, a bar a longer time, one colour \
         per event. ◆ publication date; red outline: evidence of a conflict (click to go to it); \
         a tinted row has such evidence. Under <b>By event</b>, each event dated in two or more \
         articles on its own scale.</p>\n",
    );
    let colours = group_colours(&rows);
    let axis = Axis::new(&rows);
    svg(out, &rows, &axis, &colours);
    legend(out, report, &colours);
    event_timelines(out, report, &rows, &colours);
    out.push_str("</section>\n");
}

/// A timeline per event group dated in two or more articles, zoomed to its dates (and the
/// articles' publication dates), so a day's difference shows.
fn event_timelines(
    out: &mut String,
    report: &Report,
    rows: &[Row],
    colours: &BTreeMap<usize, &str>,
) {
    let Some(events) = report.events else {
        return;
    };
    let mut heading = false;
    for &g in colours.keys() {
        let zoom: Vec<Row> = rows.iter().filter_map(|r| only_group(r, g)).collect();
        if zoom.len() < 2 {
            continue;
        }
        if !heading {
            out.push_str("<h3>By event</h3>\n");
            heading = true;
        }
        let id = &events.groups[g].id;
        let dates: usize = zoom.iter().map(|r| r.marks.len()).sum();
        let anchor = format!("timeline-{id}");
        open(out, "figure", &[("class", "event"), ("id", &anchor)]);
        out.push_str("<figcaption>");
        elem(out, "b", &[], id);
        let _ = write!(
            out,
            ": {} in {}",
            plural(dates, "date"),
            plural(zoom.len(), "article")
        );
        out.push_str("</figcaption>\n");
        svg(out, &zoom, &Axis::new(&zoom), colours);
        out.push_str("</figure>\n");
    }
}

/// `row` with only the marks of event group `g`; `None` when it has none.
fn only_group<'a>(row: &Row<'a>, g: usize) -> Option<Row<'a>> {
    let marks: Vec<Mark<'a>> = row
        .marks
        .iter()
        .filter(|m| m.group == Some(g))
        .cloned()
        .collect();
    (!marks.is_empty()).then(|| Row {
        article: row.article,
        published: row.published,
        published_conflicts: row.published_conflicts.clone(),
        marks,
    })
}

/// Plot geometry, in SVG user units.
const WIDTH: f64 = 1000.0;
/// Width of the row labels, left of the plot.
const LABELS: f64 = 220.0;
const RIGHT: f64 = 40.0;
/// Height of the axis labels above the rows.
const TOP: f64 = 30.0;
/// Within a row: the publication diamond on top, then one lane per set of overlapping marks.
const LANES_TOP: f64 = 14.0;
const LANE: f64 = 16.0;
const ROW_PADDING: f64 = 6.0;
const BOTTOM: f64 = 8.0;
/// Radius of a day's dot; the least width of a bar.
const DOT: f64 = 6.0;
const MIN_BAR: f64 = 8.0;

/// The time axis: days (a few weeks or less) or whole months, from the first to the last
/// date shown, with at most about a dozen labelled ticks.
struct Axis {
    from: NaiveDate,
    /// Exclusive.
    to: NaiveDate,
    ticks: Vec<(NaiveDate, String)>,
}

/// The longest time, in days, drawn on a day axis.
const DAY_AXIS: i64 = 62;
const MAX_TICKS: i64 = 12;

impl Axis {
    fn new(rows: &[Row]) -> Axis {
        let dates = rows.iter().flat_map(|r| {
            r.marks
                .iter()
                .flat_map(|m| [m.start, m.end])
                .chain(r.published)
        });
        let lo = dates.clone().min().unwrap_or(NaiveDate::MIN);
        let hi = dates.max().unwrap_or(lo);
        if (hi - lo).num_days() < DAY_AXIS {
            Axis::days(lo, hi)
        } else {
            Axis::months(lo, hi)
        }
    }

    /// From the day before `lo` to the day after `hi`, ticks every 1, 2, 7 or 14 days.
    fn days(lo: NaiveDate, hi: NaiveDate) -> Axis {
        let from = lo.pred_opt().unwrap_or(lo);
        let to = hi.succ_opt().and_then(|d| d.succ_opt()).unwrap_or(hi);
        let days = (to - from).num_days();
        let step = [1, 2, 7, 14]
            .into_iter()
            .find(|&s| days / s <= MAX_TICKS)
            .unwrap_or(31);
        let mut ticks = Vec::new();
        let mut d = from;
        while d < to {
            let format = if ticks.is_empty() {
                "%-d %b %Y"
            } else {
                "%-d %b"
            };
            ticks.push((d, d.format(format).to_string()));
            match d.checked_add_days(Days::new(step as u64)) {
                Some(next) => d = next,
                None => break,
            }
        }
        Axis { from, to, ticks }
    }

    /// From the first of `lo`'s month to the end of `hi`'s, ticks every 1, 2, 3 or 6 months
    /// or whole years.
    fn months(lo: NaiveDate, hi: NaiveDate) -> Axis {
        let from = ymd(lo.year(), lo.month(), 1);
        let to = ymd(hi.year(), hi.month(), 1)
            .checked_add_months(Months::new(1))
            .unwrap_or(hi);
        let (first, last) = (month_number(from), month_number(to));
        let step = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000]
            .into_iter()
            .find(|&s| (last - first) / s <= MAX_TICKS)
            .unwrap_or(12000);
        let first_tick = first + (step - first.rem_euclid(step)) % step;
        let ticks = (0..)
            .map(|k| first_tick + k * step)
            .take_while(|&m| m <= last)
            .map(|m| {
                let d = ymd((m.div_euclid(12)) as i32, (m.rem_euclid(12) + 1) as u32, 1);
                let format = if step >= 12 { "%Y" } else { "%b %Y" };
                (d, d.format(format).to_string())
            })
            .collect();
        Axis { from, to, ticks }
    }

    fn x(&self, d: NaiveDate) -> f64 {
        let span = (self.to - self.from).num_days().max(1) as f64;
        let at = (d - self.from).num_days() as f64;
        LABELS + at / span * (WIDTH - LABELS - RIGHT)
    }
}

/// Months since year 0 (January of year 0 is 0).
fn month_number(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

/// A number for an SVG attribute: one decimal.
fn num(v: f64) -> String {
    format!("{v:.1}")
}

fn svg(out: &mut String, rows: &[Row], axis: &Axis, colours: &BTreeMap<usize, &str>) {
    let layouts = layout(rows, axis);
    let height = layouts.last().map_or(TOP, |l| l.y + l.height) + BOTTOM;
    let view_box = format!("0 0 {} {}", num(WIDTH), num(height));
    open(
        out,
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "timeline"),
            ("viewBox", &view_box),
            ("width", &num(WIDTH)),
            ("height", &num(height)),
            ("role", "img"),
            ("aria-label", "Dated events per article"),
        ],
    );
    out.push('\n');
    for (n, (row, layout)) in rows.iter().zip(&layouts).enumerate() {
        row_band(out, row, layout, n);
    }
    ticks(out, axis, height);
    for (row, layout) in rows.iter().zip(&layouts) {
        publication(out, row, layout, axis);
        for (m, &lane) in row.marks.iter().zip(&layout.lanes) {
            let cy = layout.y + LANES_TOP + LANE * (lane as f64 + 0.5);
            mark(out, m, row, cy, axis, colours);
        }
    }
    out.push_str("</svg>\n");
}

/// Where a row is drawn: its top, its height and the lane of each of its marks.
struct RowLayout {
    y: f64,
    height: f64,
    lanes: Vec<usize>,
}

fn layout(rows: &[Row], axis: &Axis) -> Vec<RowLayout> {
    let mut y = TOP;
    rows.iter()
        .map(|row| {
            let lanes = lanes(row, axis);
            let n = lanes.iter().max().map_or(1, |&l| l + 1);
            let height = LANES_TOP + LANE * n as f64 + ROW_PADDING;
            let layout = RowLayout { y, height, lanes };
            y += height;
            layout
        })
        .collect()
}

/// The lane of each mark of `row`: taken from the left, each in the first lane where it
/// does not overlap the mark before it.
fn lanes(row: &Row, axis: &Axis) -> Vec<usize> {
    let mut order: Vec<usize> = (0..row.marks.len()).collect();
    order.sort_by_key(|&i| (row.marks[i].start, row.marks[i].end, i));
    let mut right_ends: Vec<f64> = Vec::new();
    let mut lanes = vec![0; row.marks.len()];
    for i in order {
        let (x0, x1) = extent(&row.marks[i], axis);
        let lane = right_ends
            .iter()
            .position(|&end| end + 2.0 <= x0)
            .unwrap_or(right_ends.len());
        if lane == right_ends.len() {
            right_ends.push(x1);
        } else {
            right_ends[lane] = x1;
        }
        lanes[i] = lane;
    }
    lanes
}

/// The horizontal extent of a mark: a dot for one day, else a bar over its days.
fn extent(m: &Mark, axis: &Axis) -> (f64, f64) {
    let x0 = axis.x(m.start);
    let x1 = axis.x(m.end.succ_opt().unwrap_or(m.end));
    if m.start == m.end {
        let centre = (x0 + x1) / 2.0;
        (centre - DOT, centre + DOT)
    } else {
        (x0, x0 + (x1 - x0).max(MIN_BAR))
    }
}

/// A row's background (tinted when it holds evidence of a conflict) and label.
fn row_band(out: &mut String, row: &Row, layout: &RowLayout, n: usize) {
    let flagged =
        !row.published_conflicts.is_empty() || row.marks.iter().any(|m| !m.conflicts.is_empty());
    let class = match (flagged, n % 2) {
        (true, _) => "band flagged",
        (false, 1) => "band odd",
        _ => "band",
    };
    let y = layout.y;
    open(
        out,
        "rect",
        &[
            ("class", class),
            ("x", "0"),
            ("y", &num(y)),
            ("width", &num(WIDTH)),
            ("height", &num(layout.height)),
        ],
    );
    out.push_str("</rect>\n");
    let a = row.article;
    let name_y = if a.outlet.is_some() {
        y + 17.0
    } else {
        y + 22.0
    };
    open(
        out,
        "text",
        &[("class", "name"), ("x", "8"), ("y", &num(name_y))],
    );
    out.push_str(&esc(&shorten(source_name(a), 28)));
    elem(out, "title", &[], &a.id);
    out.push_str("</text>\n");
    if a.outlet.is_some() {
        elem(
            out,
            "text",
            &[("class", "file"), ("x", "8"), ("y", &num(y + 31.0))],
            &shorten(file_name(&a.id), 36),
        );
        out.push('\n');
    }
}

fn ticks(out: &mut String, axis: &Axis, height: f64) {
    for (d, label) in &axis.ticks {
        let x = num(axis.x(*d));
        open(
            out,
            "line",
            &[
                ("class", "grid"),
                ("x1", &x),
                ("x2", &x),
                ("y1", &num(TOP - 6.0)),
                ("y2", &num(height - BOTTOM)),
            ],
        );
        out.push_str("</line>");
        elem(
            out,
            "text",
            &[
                ("class", "tick"),
                ("x", &x),
                ("y", &num(TOP - 10.0)),
                ("text-anchor", "middle"),
            ],
            label,
        );
        out.push('\n');
    }
}

/// The publication date: a diamond at the top of the row over a line down through it.
fn publication(out: &mut String, row: &Row, layout: &RowLayout, axis: &Axis) {
    let Some(d) = row.published else {
        return;
    };
    let x = axis.x(d);
    let title = format!("{}: published {d}", source_name(row.article));
    linked(out, &row.published_conflicts, |out, class| {
        let class = format!("pub{class}");
        let path = format!(
            "M{x},{top}l5,5l-5,5l-5,-5zM{x},{top}v{length}",
            x = num(x),
            top = num(layout.y + 1.0),
            length = num(layout.height - 2.0)
        );
        open(out, "path", &[("class", &class), ("d", &path)]);
        elem(out, "title", &[], &title);
        out.push_str("</path>");
    });
}

/// A dated claim: a dot or a bar in its event's colour, centred on `cy`.
fn mark(
    out: &mut String,
    m: &Mark,
    row: &Row,
    cy: f64,
    axis: &Axis,
    colours: &BTreeMap<usize, &str>,
) {
    let fill = m.group.and_then(|g| colours.get(&g)).unwrap_or(&NO_GROUP);
    let title = mark_title(m, row);
    let (x0, x1) = extent(m, axis);
    linked(out, &m.conflicts, |out, class| {
        let class = format!("m{class}");
        let mut attrs = vec![("class", class.as_str()), ("fill", fill)];
        let (cx, y, x, w) = (num((x0 + x1) / 2.0), num(cy), num(x0), num(x1 - x0));
        let (r, top) = (num(DOT), num(cy - DOT));
        let tag = if m.start == m.end {
            attrs.extend([("cx", cx.as_str()), ("cy", &y), ("r", &r)]);
            "circle"
        } else {
            attrs.extend([("x", x.as_str()), ("y", &top), ("width", &w)]);
            attrs.extend([("height", "12"), ("rx", "4")]);
            "rect"
        };
        open(out, tag, &attrs);
        elem(out, "title", &[], &title);
        close(out, tag);
    });
}

/// Draws with `draw(out, class suffix)`; when `conflicts` is not empty the drawing is
/// marked as evidence (` ev`), links to the first conflict and names them all in
/// `data-conflicts` (for the filters).
fn linked(out: &mut String, conflicts: &[usize], draw: impl FnOnce(&mut String, &str)) {
    let Some(&first) = conflicts.first() else {
        draw(out, "");
        out.push('\n');
        return;
    };
    let href = format!("#{}", conflict_id(first));
    let ids: Vec<String> = conflicts.iter().map(|&i| conflict_id(i)).collect();
    open(
        out,
        "a",
        &[("href", &href), ("data-conflicts", &ids.join(" "))],
    );
    draw(out, " ev");
    out.push_str("</a>\n");
}

/// The tooltip of a mark: `"17 Oktober 2024" = 2024-10-17, line 8, event-3`.
fn mark_title(m: &Mark, row: &Row) -> String {
    let c = m.claim;
    let mut s = format!(
        "{}: \"{}\" = {}, line {}",
        source_name(row.article),
        c.text,
        date_value(c),
        c.span.line
    );
    if let Some(id) = m.group_id {
        let _ = write!(s, ", {id}");
    }
    if !m.conflicts.is_empty() {
        let ids: Vec<String> = m.conflicts.iter().map(|&i| conflict_id(i)).collect();
        let _ = write!(s, ", evidence of {}", ids.join(", "));
    }
    s
}

/// A date claim's value for people (`early 2023`), `undated` for an unresolved one.
fn date_value(c: &Claim) -> String {
    c.date()
        .and_then(|d| d.value)
        .map_or_else(|| "undated".to_string(), |v| v.display())
}

/// A list of the event groups on the timeline: colour, id, and each member's text, value
/// and article.
fn legend(out: &mut String, report: &Report, colours: &BTreeMap<usize, &str>) {
    let Some(events) = report.events else {
        return;
    };
    if colours.is_empty() {
        return;
    }
    out.push_str("<ul class=\"legend\">\n");
    for (&g, colour) in colours {
        let group = &events.groups[g];
        out.push_str("<li>");
        let swatch = format!(
            "swatch c{}",
            PALETTE.iter().position(|p| p == colour).unwrap_or(0)
        );
        elem(out, "span", &[("class", &swatch)], "●");
        out.push(' ');
        elem(out, "b", &[], &group.id);
        let members: Vec<String> = group
            .members
            .iter()
            .map(|&i| &report.claims[i])
            .map(|c| {
                let value = date_value(c);
                let source = source_name(&report.articles[c.article]);
                format!("\"{}\" = {value} ({source})", c.text)
            })
            .collect();
        let _ = write!(out, ": {}", esc(&members.join("; ")));
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

// ---------------------------------------------------------------------------------------
// Style and script

const STYLE: &str = r#"
:root { --fg: #1d2330; --muted: #5b6475; --line: #d8dce3; --bg: #ffffff; --panel: #f6f7f9;
  --error: #b3261e; --warning: #9a6700; --info: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem 3rem; color: var(--fg);
  background: var(--bg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
h2 { margin: 2rem 0 .75rem; font-size: 1.3rem; border-bottom: 1px solid var(--line); }
h3 { margin: 1.5rem 0 .5rem; font-size: 1.1rem; }
h3 .n { margin-left: .5rem; color: var(--muted); font-size: .85rem; font-weight: normal; }
.summary { margin: 0; font-weight: 600; }
nav a { color: var(--info); }
.note { color: var(--muted); font-size: .9rem; }
code { font: .85em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center;
  position: sticky; top: 0; z-index: 1; padding: .5rem .75rem; background: var(--panel);
  border: 1px solid var(--line); border-radius: 6px; }
.filters[hidden] { display: none; }
.filters fieldset { border: 0; margin: 0; padding: 0; }
.filters legend { float: left; margin-right: .5rem; font-weight: 600; }
.filters label { margin-right: .75rem; white-space: nowrap; }
.filters .n { margin-left: .25rem; color: var(--muted); font-size: .85em; }
.filters .n::before { content: "("; } .filters .n::after { content: ")"; }
.conflict { margin: .75rem 0 1.25rem; padding: .75rem 1rem; border: 1px solid var(--line);
  border-left: 6px solid var(--muted); border-radius: 6px; }
.conflict.sev-error { border-left-color: var(--error); }
.conflict.sev-warning { border-left-color: var(--warning); }
.conflict.sev-info { border-left-color: var(--info); }
.conflict:target { box-shadow: 0 0 0 3px #ffd54f; }
.conflict header { display: flex; gap: .5rem; align-items: baseline; }
.severity, .kind { padding: 0 .45rem; border-radius: 999px; font-size: .8rem; font-weight: 700;
  text-transform: uppercase; letter-spacing: .03em; }
.sev-error .severity { background: #fde7e5; color: var(--error); }
.sev-warning .severity { background: #fff3cd; color: var(--warning); }
.sev-info .severity { background: #e3effc; color: var(--info); }
.kind { background: var(--panel); color: var(--fg); border: 1px solid var(--line); }
.fingerprint { margin-left: auto; color: var(--muted); }
.message { margin: .4rem 0 .6rem; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .75rem; }
.side { padding: .5rem .75rem; background: var(--panel); border-radius: 6px; }
.side h4 { margin: 0 0 .25rem; font-size: 1rem; }
.passage { margin: .5rem 0 0; }
.passage figcaption { font-size: .8rem; color: var(--muted); }
.passage .source { font-weight: 600; color: var(--fg); }
.passage blockquote { margin: .2rem 0 0; padding: .35rem .6rem; background: var(--bg);
  border-left: 3px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: #ffe08a; padding: 0 .15em; border-radius: 3px; box-shadow: 0 0 0 1px #e0b400; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
svg.timeline { display: block; width: 100%; height: auto; max-width: 1000px;
  font-family: system-ui, sans-serif; }
.band { fill: var(--bg); } .band.odd { fill: var(--panel); } .band.flagged { fill: #fdeceb; }
.grid { stroke: var(--line); }
.tick { font-size: 12px; fill: var(--muted); }
.name { font-size: 14px; font-weight: 600; fill: var(--fg); }
.file { font-size: 11px; fill: var(--muted); }
.m { stroke: #333; stroke-width: 1; }
.m.ev { stroke: #d00000; stroke-width: 3; }
.pub { fill: var(--fg); stroke: var(--fg); stroke-width: 1.5; }
.pub.ev { fill: #d00000; stroke: #d00000; }
a.dim { opacity: .2; }
.event { margin: .75rem 0 1rem; }
.event figcaption { margin-bottom: .25rem; }
.legend { padding-left: 1.2rem; font-size: .9rem; list-style: none; }
.swatch { font-size: 1.1rem; }
.c0 { color: #0072b2; } .c1 { color: #e69f00; } .c2 { color: #009e73; } .c3 { color: #56b4e9; }
.c4 { color: #cc79a7; } .c5 { color: #f0e442; } .c6 { color: #999933; } .c7 { color: #332288; }
"#;

const SCRIPT: &str = r##"
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
  var conflicts = Array.prototype.slice.call(document.querySelectorAll(".conflict"));
  function allowed(name) {
    return boxes.filter(function (b) { return b.name === name && b.checked; })
      .map(function (b) { return b.value; });
  }
  function apply() {
    var kinds = allowed("kind"), severities = allowed("severity"), shown = 0;
    conflicts.forEach(function (c) {
      var on = kinds.indexOf(c.dataset.kind) >= 0 && severities.indexOf(c.dataset.severity) >= 0;
      c.hidden = !on;
      if (on) { shown += 1; }
    });
    document.querySelectorAll(".subject").forEach(function (s) {
      s.hidden = !s.querySelector(".conflict:not([hidden])");
    });
    document.querySelectorAll("[data-conflicts]").forEach(function (m) {
      var visible = m.dataset.conflicts.split(" ").some(function (id) {
        var c = document.getElementById(id);
        return c && !c.hidden;
      });
      m.classList.toggle("dim", !visible);
    });
    document.getElementById("shown").textContent =
      shown + " of " + conflicts.length + (conflicts.length === 1 ? " conflict" : " conflicts") + " shown";
  }
  function fromHash() {
    var hash = location.hash.slice(1);
    if (hash.indexOf("=") < 0) { return; }
    var params = new URLSearchParams(hash);
    boxes.forEach(function (b) {
      var want = params.get(b.name);
      b.checked = want === null || want.split(",").indexOf(b.value) >= 0;
    });
    apply();
  }
  function toHash() {
    var parts = [];
    ["kind", "severity"].forEach(function (name) {
      var all = boxes.filter(function (b) { return b.name === name; });
      var on = allowed(name);
      if (on.length < all.length) { parts.push(name + "=" + on.join(",")); }
    });
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
  }
  boxes.forEach(function (b) {
    b.addEventListener("change", function () { apply(); toHash(); });
  });
  window.addEventListener("hashchange", fromHash);
  form.hidden = false;
  fromHash();
}());
"##;

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

    #[test]
    fn base64_of_known_values() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    fn labels(axis: &Axis) -> Vec<&str> {
        axis.ticks.iter().map(|(_, l)| l.as_str()).collect()
    }

    #[test]
    fn axis_of_days_and_of_months() {
        let days = Axis::days(ymd(2025, 3, 2), ymd(2025, 3, 4));
        assert_eq!((days.from, days.to), (ymd(2025, 3, 1), ymd(2025, 3, 6)));
        assert_eq!(
            labels(&days),
            ["1 Mar 2025", "2 Mar", "3 Mar", "4 Mar", "5 Mar"]
        );
        let months = Axis::months(ymd(2022, 12, 9), ymd(2024, 10, 18));
        assert_eq!(
            (months.from, months.to),
            (ymd(2022, 12, 1), ymd(2024, 11, 1))
        );
        assert_eq!(labels(&months)[..2], ["Jan 2023", "Mar 2023"]);
        assert_eq!(labels(&months).last(), Some(&"Nov 2024"));
        let years = Axis::months(ymd(1998, 5, 1), ymd(2024, 1, 1));
        assert_eq!(labels(&years)[..2], ["2000", "2002"]);
        assert!(years.x(ymd(1998, 5, 1)) >= LABELS && years.x(years.to) <= WIDTH - RIGHT);
    }

    #[test]
    fn context_is_cut_at_spaces() {
        let s = "aaa bbb ccc ddd";
        assert_eq!(tail(s, 100), s);
        assert_eq!(tail(s, 6), "…ddd");
        assert_eq!(head_of(s, 6), "aaa…");
        assert_eq!(head_of(s, 100), s);
    }
}

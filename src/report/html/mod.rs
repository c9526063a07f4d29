//! The HTML report (`check --format html`): self-contained pages for editors. Nothing is
//! fetched: the CSS, the script and the timelines (SVG) are inline, and a Content Security
//! Policy allows only the page's own style and script (by hash), so even a slip in escaping
//! could not load or run anything else.
//!
//! The conflicts are grouped by story ([`plan`]): stories with an error first, then those
//! with a warning, then the rest; conflicts of no story last. Each story shows
//!
//! - its timeline ([`timeline`]): one row per article (at most [`timeline::MAX_ROWS`],
//!   evidence first, the rest counted), a mark per dated claim of an event group or of a
//!   conflict's evidence (a dot for a day, a bar for a longer time), one colour per event
//!   group, the publication date as a diamond; marks that are evidence of a conflict are
//!   outlined red and link to it, and their row is tinted; then, folded, a timeline of each
//!   event dated in two or more of its articles, on its own scale;
//! - its conflicts grouped by subject ([`conflicts`]), each with its severity, kind,
//!   message, stories and fingerprint, and its evidence side by side, one column per
//!   disagreeing value; each passage is the source line around the span, the span in a
//!   `<mark>` with `data-path`, `data-line`, `data-column`, `data-start` and `data-end`
//!   (byte offsets). A column shows two passages; the rest of the listed ones (see
//!   [`crate::report::LISTED_EVIDENCE`]) are in a closed `<details>`.
//!
//! Then the stories without conflicts (one line each, folded) and the articles quoted
//! ([`articles`]; every article the report lists ([`Report::listed`]: under `lint`, the new
//! articles and those its conflicts quote) when they are at most
//! [`articles::ALL_ARTICLES`]). So a page grows with the conflicts, not with the articles.
//!
//! [`render`] writes one page (standard output, `-o FILE`). [`render_pages`] (`--html-dir
//! DIR`) writes `index.html` alone up to a number of conflicts (`html-pages-above` in
//! `factlint.yaml`, default [`PAGES_ABOVE`]), and above it an index of the stories and one
//! page per story (`story-N.html`, `other.html` for conflicts of no story): every conflict
//! is on exactly one page.
//!
//! Filters by kind and severity hide conflicts (they need JavaScript; without it the form
//! stays hidden and every conflict is shown). The filter state is kept in the URL hash:
//! `report.html#kind=spelling,title&severity=error`; a name left out allows every value.
//!
//! The pages are the same bytes for the same inputs: no timestamps, ordered iteration.

use std::fmt::Write;

use super::{listed, Report};
use crate::article::Article;

mod articles;
mod conflicts;
mod markup;
mod plan;
mod svg;
mod timeline;

use articles::{articles_section, Counts, ALL_ARTICLES};
use markup::{csp_hash, elem, elem_raw, esc_into, open, plural};
use plan::Plan;
use timeline::{section_timeline, Timeline};

/// The page's style and script, inline (their hashes go into the Content Security Policy).
const STYLE: &str = concat!("\n", include_str!("page.css"));
const SCRIPT: &str = concat!("\n", include_str!("page.js"));

/// Conflicts above which `--html-dir` writes an index and a page per story (the default of
/// `html-pages-above` in `factlint.yaml`). A page of 300 conflicts is about 1.5 MB and
/// opens in well under a second.
pub const PAGES_ABOVE: usize = 300;

/// What every part of a page reads: the report, where each conflict is, the timeline rows,
/// and which page is written.
pub(super) struct Ctx<'r, 'a> {
    report: &'r Report<'a>,
    plan: &'r Plan,
    timeline: &'r Timeline<'a>,
    /// The section whose page this is; `None` for the single page and the index.
    at: Option<usize>,
    /// A single page of more than `html_pages_above` conflicts: no timelines (they are on
    /// the story pages of `--html-dir`), so it stays a size a browser opens.
    compact: bool,
}

/// The single page for `report`.
pub fn render(report: &Report) -> String {
    let plan = Plan::new(report, false);
    let timeline = Timeline::new(report);
    let ctx = Ctx {
        report,
        plan: &plan,
        timeline: &timeline,
        at: None,
        compact: report.conflicts.len() > report.html_pages_above,
    };
    single_page(&ctx)
}

/// One page of a report written to a folder: its file name and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// `index.html`, `story-N.html` or `other.html`.
    pub name: String,
    /// The page.
    pub html: String,
}

/// The pages for `report` in a folder: `index.html` alone (the single page) up to
/// [`Report::html_pages_above`] conflicts; above, `index.html` listing the stories with
/// conflicts and a page for each. Pages in the order of the index, `index.html` first.
pub fn render_pages(report: &Report) -> Vec<Page> {
    if report.conflicts.len() <= report.html_pages_above {
        return vec![Page {
            name: "index.html".to_string(),
            html: render(report),
        }];
    }
    let plan = Plan::new(report, true);
    let timeline = Timeline::new(report);
    let counts = Counts::new(report);
    let mut ctx = Ctx {
        report,
        plan: &plan,
        timeline: &timeline,
        at: None,
        compact: false,
    };
    let mut pages = vec![Page {
        name: "index.html".to_string(),
        html: index_page(&ctx),
    }];
    for n in 0..plan.sections.len() {
        ctx.at = Some(n);
        pages.push(Page {
            name: plan.sections[n].file(),
            html: story_page(&ctx, &counts),
        });
    }
    pages
}

// ---------------------------------------------------------------------------------------
// Pages

/// A whole run's page title: "factlint: 3 conflicts in 5 articles".
fn run_title(report: &Report) -> String {
    format!(
        "factlint: {} in {}",
        plural(report.conflicts.len(), "conflict"),
        plural(report.articles.len(), "article")
    )
}

fn single_page(ctx: &Ctx) -> String {
    let report = ctx.report;
    let mut out = String::with_capacity(64 * 1024);
    page_start(&mut out, &run_title(report));
    let nav = if quiet(ctx).is_empty() {
        "<a href=\"#conflicts\">Conflicts</a> · <a href=\"#articles\">Articles</a>"
    } else {
        "<a href=\"#conflicts\">Conflicts</a> · <a href=\"#stories\">Stories without \
         conflicts</a> · <a href=\"#articles\">Articles</a>"
    };
    top(&mut out, &report.summary(), nav);
    out.push_str("<section id=\"conflicts\">\n<h2>Conflicts by story</h2>\n");
    let all: Vec<usize> = (0..report.conflicts.len()).collect();
    conflicts::filters(&mut out, report, &all);
    if report.conflicts.is_empty() {
        out.push_str("<p>No conflicts.</p>\n");
    } else if ctx.compact {
        let _ = writeln!(
            out,
            "<p class=\"note\">{} are too many for timelines on one page (more than {}): \
             <code>--html-dir DIR</code> writes an index and a page per story, each with its \
             timelines.</p>",
            plural(report.conflicts.len(), "conflict"),
            report.html_pages_above
        );
    } else {
        timeline_note(&mut out);
    }
    for n in 0..ctx.plan.sections.len() {
        story_section(&mut out, ctx, n);
    }
    out.push_str("</section>\n");
    quiet_stories(&mut out, ctx);
    let counts = Counts::new(report);
    let listed = report.listed_articles();
    let rows: Vec<usize> = if listed.len() <= ALL_ARTICLES {
        listed
    } else {
        let all: Vec<usize> = (0..report.conflicts.len()).collect();
        quoted(report, &all)
    };
    let left = report.listed_count() - rows.len();
    let unlisted = report.articles.len() - report.listed_count();
    articles_section(&mut out, report, &counts, &rows, left, unlisted);
    page_end(&mut out, true);
    out
}

/// The index of a report split into pages: the summary, a table of the story pages, the
/// stories without conflicts.
fn index_page(ctx: &Ctx) -> String {
    let report = ctx.report;
    let mut out = String::with_capacity(64 * 1024);
    page_start(&mut out, &run_title(report));
    let nav = if quiet(ctx).is_empty() {
        "<a href=\"#conflicts\">Stories with conflicts</a>"
    } else {
        "<a href=\"#conflicts\">Stories with conflicts</a> · <a href=\"#stories\">Stories \
         without conflicts</a>"
    };
    top(&mut out, &report.summary(), nav);
    out.push_str("<section id=\"conflicts\">\n<h2>Stories with conflicts</h2>\n");
    let _ = writeln!(
        out,
        "<p class=\"note\">One page per story: its timeline and its conflicts, grouped by \
         subject. {} on {}.</p>",
        plural(report.conflicts.len(), "conflict"),
        plural(ctx.plan.sections.len(), "page")
    );
    out.push_str(
        "<table class=\"index\">\n<thead><tr><th>Story</th><th>About</th><th>Articles</th>\
         <th>Conflicts</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Kinds</th>\
         </tr></thead>\n<tbody>\n",
    );
    for (n, section) in ctx.plan.sections.iter().enumerate() {
        let story = section.story.and_then(|k| Some(&report.stories?.list[k]));
        let about = story.map_or("conflicts of no story".to_string(), |s| s.about.join(", "));
        let articles = story.map_or(0, |s| s.articles.len());
        let severity = |s| {
            section
                .conflicts
                .iter()
                .filter(|&&i| report.conflicts[i].severity == s)
                .count()
        };
        let mut kinds: Vec<&str> = section
            .conflicts
            .iter()
            .map(|&i| report.conflicts[i].kind.id())
            .collect();
        kinds.sort_unstable();
        kinds.dedup();
        out.push_str("<tr><td>");
        let href = ctx.plan.href(n, None, &section.id);
        elem(&mut out, "a", &[("href", &href)], &section.id);
        out.push_str("</td>");
        for cell in [
            about,
            articles.to_string(),
            section.conflicts.len().to_string(),
            severity(crate::kinds::Severity::Error).to_string(),
            severity(crate::kinds::Severity::Warning).to_string(),
            severity(crate::kinds::Severity::Info).to_string(),
            kinds.join(", "),
        ] {
            elem(&mut out, "td", &[], &cell);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    quiet_stories(&mut out, ctx);
    page_end(&mut out, false);
    out
}

/// The page of one story section: its filters, timeline and conflicts, and the articles its
/// conflicts quote.
fn story_page(ctx: &Ctx, counts: &Counts) -> String {
    let report = ctx.report;
    let n = ctx.at.unwrap_or(0);
    let section = &ctx.plan.sections[n];
    let label = section_label(ctx, n);
    let title = format!(
        "factlint: {label}: {}",
        plural(section.conflicts.len(), "conflict")
    );
    let mut out = String::with_capacity(64 * 1024);
    page_start(&mut out, &title);
    let summary = format!(
        "{label}: {} of the run's {}",
        plural(section.conflicts.len(), "conflict"),
        report.summary()
    );
    top(
        &mut out,
        &summary,
        "<a href=\"index.html\">All stories</a> · <a href=\"#articles\">Articles</a>",
    );
    out.push_str("<section id=\"conflicts\">\n");
    conflicts::filters(&mut out, report, &section.conflicts);
    timeline_note(&mut out);
    story_section(&mut out, ctx, n);
    out.push_str("</section>\n");
    let rows = quoted(report, &section.conflicts);
    articles_section(&mut out, report, counts, &rows, 0, 0);
    page_end(&mut out, true);
    out
}

/// The articles of the evidence `conflicts` list (see [`crate::report::listed`]), in order.
fn quoted(report: &Report, conflicts: &[usize]) -> Vec<usize> {
    let mut rows: Vec<usize> = conflicts
        .iter()
        .flat_map(|&i| listed(&report.conflicts[i]).0.iter().map(|e| e.article))
        .collect();
    rows.sort_unstable();
    rows.dedup();
    rows
}

/// `<!DOCTYPE html>` to `<body>`: the policy, the title and the style.
fn page_start(out: &mut String, title: &str) {
    out.push_str("<!DOCTYPE html>\n");
    open(out, "html", &[("lang", "en")]);
    out.push_str("\n<head>\n<meta charset=\"utf-8\">\n");
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
    elem(out, "title", &[], title);
    out.push('\n');
    elem_raw(out, "style", &[], STYLE);
    out.push_str("\n</head>\n<body>\n");
}

/// The script (a page with filters) and the end of the page.
fn page_end(out: &mut String, script: bool) {
    if script {
        elem_raw(out, "script", &[], SCRIPT);
    }
    out.push_str("\n</body>\n</html>\n");
}

/// The heading, the summary line and the links (`nav`: markup of this file).
fn top(out: &mut String, summary: &str, nav: &str) {
    out.push_str("<header class=\"top\">\n<h1>factlint report</h1>\n");
    elem(out, "p", &[("class", "summary")], summary);
    let _ = write!(out, "\n<nav>{nav}</nav>\n</header>\n");
}

fn timeline_note(out: &mut String) {
    out.push_str(
        "<p class=\"note\">Each story (articles that name the same people, places and \
         organisations within a few weeks) has a timeline, one row per article; a dot is a \
         day, a bar a longer time, one colour per event. ◆ publication date; red outline: \
         evidence of a conflict (click to go to it); a tinted row has such evidence. Under \
         <b>By event</b>, each event dated in two or more articles on its own scale.</p>\n",
    );
}

/// `story-3 (Yoory Cornelis, Sarana Jaya)`, or `Conflicts of no story`.
fn section_label(ctx: &Ctx, n: usize) -> String {
    let section = &ctx.plan.sections[n];
    match (section.story, ctx.report.stories) {
        (Some(k), Some(stories)) => stories.list[k].label(),
        _ => "Conflicts of no story".to_string(),
    }
}

/// One story's section: its heading, timeline and conflicts.
fn story_section(out: &mut String, ctx: &Ctx, n: usize) {
    let section = &ctx.plan.sections[n];
    open(
        out,
        "section",
        &[("class", "story-section"), ("id", &section.id)],
    );
    out.push_str("\n<h3>");
    esc_into(out, &section_label(ctx, n));
    let articles = match (section.story, ctx.report.stories) {
        (Some(k), Some(stories)) => {
            format!(", {}", plural(stories.list[k].articles.len(), "article"))
        }
        _ => String::new(),
    };
    let count = format!("{}{articles}", plural(section.conflicts.len(), "conflict"));
    elem(out, "span", &[("class", "n")], &count);
    out.push_str("</h3>\n");
    if !ctx.compact {
        section_timeline(out, ctx, n);
    }
    conflicts::subjects(out, ctx, n);
    out.push_str("</section>\n");
}

/// The stories of two or more articles without a conflict of their own, one line each,
/// folded (a run of 10,000 articles has hundreds).
fn quiet_stories(out: &mut String, ctx: &Ctx) {
    let Some(stories) = ctx.report.stories else {
        return;
    };
    let quiet = quiet(ctx);
    if quiet.is_empty() {
        return;
    }
    out.push_str("<section id=\"stories\">\n<h2>Stories without conflicts</h2>\n");
    let summary = format!(
        "{} of two or more articles without conflicts",
        plural(quiet.len(), "story")
    );
    out.push_str("<details class=\"quiet\">");
    elem(out, "summary", &[], &summary.replace("storys", "stories"));
    out.push_str("\n<ul>\n");
    for k in quiet {
        let story = &stories.list[k];
        let line = format!(
            "{}: {}",
            story.label(),
            plural(story.articles.len(), "article")
        );
        elem(out, "li", &[], &line);
        out.push('\n');
    }
    out.push_str("</ul>\n</details>\n</section>\n");
}

/// The stories of two or more articles with no section of their own (indices, in order).
fn quiet(ctx: &Ctx) -> Vec<usize> {
    let Some(stories) = ctx.report.stories else {
        return Vec::new();
    };
    (0..stories.list.len())
        .filter(|&k| stories.list[k].articles.len() >= 2)
        .filter(|&k| ctx.plan.section_of_story(k).is_none())
        .collect()
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

//! Reports: turn the run's articles, claims and conflicts into bytes. The library never
//! prints; the CLI writes what these functions return.

pub(crate) mod github;
pub(crate) mod html;
pub mod json;
pub(crate) mod markdown;
pub mod sarif;
pub(crate) mod text;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

pub use html::{Page, PAGES_ABOVE};

use crate::article::Article;
use crate::claim::{Attribute, Claim};
use crate::conflict::{Conflict, EventId, Evidence};
use crate::kinds::Severity;
use crate::reconcile::entities::Entities;
use crate::reconcile::events::Events;
use crate::stories::{Stories, Story};

/// The report formats of `check` and `lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Diagnostics for a person at a terminal.
    Text,
    /// One JSON document (see `report::json`).
    Json,
    /// SARIF 2.1.0 for code-scanning tools (see `report::sarif`).
    Sarif,
    /// GitHub Actions workflow commands, one annotation per conflict (see `report::github`).
    Github,
    /// A Markdown review document for a pull request or a ticket (see `report::markdown`).
    Markdown,
    /// One self-contained HTML page for editors (see `report::html`).
    Html,
}

/// A conflict left out of the report because a review file marks it.
#[derive(Debug, Clone)]
pub struct Reviewed {
    /// The conflict, as found in this run.
    pub conflict: Conflict,
    /// Its fingerprint ([`Conflict::fingerprint`]), the key the review file marks it by.
    pub fingerprint: String,
    /// `accepted` or `not-a-conflict`.
    pub status: String,
    /// The reviewer's comment from the review file (may be empty).
    pub comment: String,
}

/// Everything a report is made from.
pub struct Report<'a> {
    /// The run's articles, in id order: evidence and claims refer to them by index. Every
    /// article read; the report lists those of [`Report::listed`].
    pub articles: &'a [Article],
    /// The claims to list in the `claims` output (all of the run's, or those of the articles
    /// re-read by `lint`).
    pub claims: &'a [Claim],
    /// The conflicts to report (after lint, baseline and review filtering).
    pub conflicts: &'a [Conflict],
    /// Entity groups, for the `claims` output.
    pub entities: Option<&'a Entities>,
    /// Event groups, for the `claims` output.
    pub events: Option<&'a Events>,
    /// The stories the conflicts' `stories` refer to.
    pub stories: Option<&'a Stories>,
    /// Conflicts a review file marks, not reported again; listed in the summary.
    pub reviewed: &'a [Reviewed],
    /// How many conflicts the baseline already holds (not reported).
    pub baselined: usize,
    /// Claims per article, when `claims` holds only some of them (`lint` against an
    /// archive index: articles not re-read are counted from the index).
    pub claim_counts: Option<&'a [usize]>,
    /// The articles the report lists, indices into `articles` in order; `None` for every
    /// article. `lint` lists the new articles and the archive articles its reported
    /// conflicts quote (see [`crate::session::Outcome::listed`]), out of every article it
    /// read.
    /// Renderers list articles through [`Report::listed_articles`], never `articles` whole.
    pub listed: Option<&'a [usize]>,
    /// Where factlint's README is published (`docs:` in `factlint.yaml`): SARIF rules link
    /// to each kind's section there.
    pub docs: Option<&'a str>,
    /// Conflicts above which the HTML report is too large for one page: `--html-dir` splits
    /// it by story, and the single page leaves the timelines to those pages
    /// (`html-pages-above:` in `factlint.yaml`, default [`PAGES_ABOVE`]).
    pub html_pages_above: usize,
    /// The report's own numbers of the events it shows; `None` for their numbers in the
    /// whole run (`check`). `lint` numbers its events itself (the events its reported
    /// conflicts name, in order): its conflicts name them by these numbers already,
    /// and renderers show an event group through [`Report::event_id`], never by its place
    /// in `events`.
    pub event_numbers: Option<&'a EventNumbers>,
}

/// A report's own numbering of events: for each event of the run (by its [`EventId`] in
/// the whole run) the id the report shows it by, numbered from `event-1` in the order
/// they are given to [`EventNumbers::number`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventNumbers {
    shown: BTreeMap<EventId, EventId>,
}

impl EventNumbers {
    /// The report's id of `run` (an event's id in the whole run), the next free number
    /// when it has none yet.
    pub fn number(&mut self, run: EventId) -> EventId {
        let next = EventId(self.shown.len() + 1);
        *self.shown.entry(run).or_insert(next)
    }

    /// The report's id of `run`, if it has one.
    pub fn get(&self, run: EventId) -> Option<EventId> {
        self.shown.get(&run).copied()
    }
}

impl<'a> Report<'a> {
    /// A report of `conflicts` with nothing reviewed or baselined.
    pub fn new(articles: &'a [Article], claims: &'a [Claim], conflicts: &'a [Conflict]) -> Self {
        Report {
            articles,
            claims,
            conflicts,
            entities: None,
            events: None,
            stories: None,
            reviewed: &[],
            baselined: 0,
            claim_counts: None,
            listed: None,
            docs: None,
            html_pages_above: PAGES_ABOVE,
            event_numbers: None,
        }
    }

    /// The articles the report lists (indices into `articles`, in order): see
    /// [`Report::listed`].
    pub fn listed_articles(&self) -> Vec<usize> {
        match self.listed {
            Some(listed) => listed.to_vec(),
            None => (0..self.articles.len()).collect(),
        }
    }

    /// How many articles the report lists, out of the `articles.len()` read.
    pub fn listed_count(&self) -> usize {
        self.listed.map_or(self.articles.len(), <[usize]>::len)
    }

    /// The id the report shows event group `g` (an index into `events`' groups) by: its
    /// number in the whole run, or the report's own ([`Report::event_numbers`]); `None`
    /// for an event the report's numbering leaves out (of no listed article).
    pub fn event_id(&self, g: usize) -> Option<EventId> {
        let run = EventId::of_group(g);
        match self.event_numbers {
            Some(numbers) => numbers.get(run),
            None => Some(run),
        }
    }

    /// The number of claims of article `i`.
    pub fn claims_of(&self, i: usize) -> usize {
        match self.claim_counts {
            Some(counts) => counts.get(i).copied().unwrap_or(0),
            None => self.claims.iter().filter(|c| c.article == i).count(),
        }
    }

    /// The number of claims of all articles.
    pub(crate) fn claim_total(&self) -> usize {
        match self.claim_counts {
            Some(counts) => counts.iter().sum(),
            None => self.claims.len(),
        }
    }

    /// Number of conflicts of each severity: (error, warning, info).
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |s| self.conflicts.iter().filter(|c| c.severity == s).count();
        (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
    }

    /// `5 articles, 461 claims, 3 conflicts (1 error, 2 warnings, 0 info)`, then `, 2
    /// reviewed` and `, 4 in the baseline` when there are any.
    pub fn summary(&self) -> String {
        let (error, warning, info) = self.counts();
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let mut s = format!(
            "{}, {}, {} ({} error, {}, {} info)",
            plural(self.articles.len(), "article"),
            plural(self.claim_total(), "claim"),
            plural(self.conflicts.len(), "conflict"),
            error,
            plural(warning, "warning"),
            info
        );
        if !self.reviewed.is_empty() {
            s.push_str(&format!(", {} reviewed", self.reviewed.len()));
        }
        if self.baselined > 0 {
            s.push_str(&format!(", {} in the baseline", self.baselined));
        }
        s
    }
}

/// How a report is shown, beyond its format. Only the text format uses these; every other
/// format is the same bytes wherever it is written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// ANSI colour (a terminal, and `NO_COLOR` unset).
    pub color: bool,
    /// Time the run took, for the summary line (a terminal only, so piped output stays
    /// byte-identical between runs).
    pub elapsed: Option<std::time::Duration>,
}

impl<'a> Report<'a> {
    /// The stories conflict `c` is in.
    pub(crate) fn stories_of(&self, c: &Conflict) -> Vec<&'a Story> {
        let Some(stories) = self.stories else {
            return Vec::new();
        };
        c.stories
            .iter()
            .filter_map(|&s| stories.list.get(s))
            .collect()
    }

    /// The labels of the stories of `c` (`story-2 (Yoory Cornelis, Sarana Jaya)`), joined
    /// with `; `; `None` without stories.
    pub(crate) fn story_line(&self, c: &Conflict) -> Option<String> {
        let list = self.stories_of(c);
        if list.is_empty() {
            return None;
        }
        Some(
            list.iter()
                .map(|s| s.label())
                .collect::<Vec<_>>()
                .join("; "),
        )
    }

    /// The stories a report lists: every story a conflict is in and every story of two or
    /// more articles, in story order (a run of 10,000 articles has thousands of stories of
    /// one article, which say nothing).
    pub(crate) fn shown_stories(&self) -> Vec<&'a Story> {
        let Some(stories) = self.stories else {
            return Vec::new();
        };
        let quoted: BTreeSet<usize> = self
            .conflicts
            .iter()
            .flat_map(|c| c.stories.iter().copied())
            .collect();
        stories
            .list
            .iter()
            .enumerate()
            .filter(|(i, s)| s.articles.len() >= 2 || quoted.contains(i))
            .map(|(_, s)| s)
            .collect()
    }
}

impl Report<'_> {
    /// `reviewed: <fingerprint> <kind>: <subject>: accepted (comment)`, one per reviewed
    /// conflict, for the summary of the text formats.
    pub(crate) fn reviewed_lines(&self) -> Vec<String> {
        self.reviewed
            .iter()
            .map(|r| {
                let comment = if r.comment.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", r.comment)
                };
                format!(
                    "reviewed: {} {}: {}: {}{}",
                    r.fingerprint,
                    r.conflict.kind.id(),
                    r.conflict.subject,
                    r.status,
                    comment
                )
            })
            .collect()
    }
}

/// The days claim `c` of `article` covers on a timeline (first and last), when the HTML
/// timelines draw it: a date claim with a time scope, not the publication date (drawn as
/// the row's diamond). `lint` numbers the events it can draw so
/// ([`crate::lint::number_events`]).
pub(crate) fn timeline_days(c: &Claim, article: &Article) -> Option<(NaiveDate, NaiveDate)> {
    let (Some(days), Attribute::Date) = (c.time_scope, c.attribute) else {
        return None;
    };
    let dateline = article.dateline.is_some_and(|s| s.start == c.span.start);
    (!dateline).then_some(days)
}

/// Evidence spans the reports for people (text, GitHub annotations, Markdown, HTML) list per
/// conflict; the rest are counted (`and 12 more`). JSON lists every span, SARIF up to 1,000
/// (see [`sarif::MAX_RELATED_LOCATIONS`]). A conflict can have thousands of spans (one name
/// in thousands of articles), and each listed span quotes its context, so this keeps a
/// report linear in the number of conflicts.
pub(crate) const LISTED_EVIDENCE: usize = 20;

/// The evidence of `c` a report for people lists, and how many spans it leaves out.
pub fn listed(c: &Conflict) -> (&[Evidence], usize) {
    let n = c.evidence.len().min(LISTED_EVIDENCE);
    (&c.evidence[..n], c.evidence.len() - n)
}

/// `and 3 more evidence spans (all of them in --format json)`, for a conflict whose evidence
/// a report for people cuts.
pub(crate) fn more_line(more: usize) -> String {
    let s = if more == 1 { "" } else { "s" };
    format!("and {more} more evidence span{s} (all of them in --format json)")
}

/// The text around an evidence span on its line: at most `max` characters each side (and of
/// the span itself), each part with whether it was cut. Read in time proportional to `max`,
/// not to the line: an article may be one 4 MiB line with a conflict every few words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Context<'t> {
    pub before: &'t str,
    pub(crate) cut_before: bool,
    pub span: &'t str,
    pub(crate) cut_span: bool,
    pub after: &'t str,
    pub(crate) cut_after: bool,
}

impl Context<'_> {
    /// The text before and after the span, each cut at a space where it was cut at all,
    /// with `…` where cut: `…on Monday the ` and ` said the …`.
    pub(crate) fn in_words(&self) -> (String, String) {
        let before = if self.cut_before {
            let rest = self.before;
            format!("…{}", rest.split_once(' ').map_or(rest, |(_, r)| r))
        } else {
            self.before.to_string()
        };
        let after = if self.cut_after {
            let first = self.after;
            format!("{}…", first.rsplit_once(' ').map_or(first, |(f, _)| f))
        } else {
            self.after.to_string()
        };
        (before, after)
    }
}

/// The [`Context`] of `e` in `article`: from the start of the span's first line to the end
/// of its last line, cut to `max` characters each side and in the span.
pub(crate) fn context<'t>(article: &'t Article, e: &Evidence, max: usize) -> Context<'t> {
    let text = article.text.as_str();
    let start = floor_char(text, e.span.start.min(text.len()));
    let end = floor_char(text, e.span.end.clamp(start, text.len()));
    let (line_start, _) = article.lines.line_range(text, e.span.line);
    let line_start = line_start.min(start);
    let end_line = article.span(end, end).line;
    let (_, line_end) = article.lines.line_range(text, end_line);
    let line_end = line_end.max(end);
    let (before, cut_before) = last_chars(&text[line_start..start], max);
    let (span, cut_span) = first_chars(&text[start..end], max);
    let (after, cut_after) = first_chars(&text[end..line_end], max);
    Context {
        before,
        cut_before,
        span,
        cut_span,
        after,
        cut_after,
    }
}

/// The largest character boundary of `s` at or before `at`.
fn floor_char(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The first `max` characters of `s`, and whether that left some out.
pub(crate) fn first_chars(s: &str, max: usize) -> (&str, bool) {
    match s.char_indices().nth(max) {
        Some((i, _)) => (&s[..i], true),
        None => (s, false),
    }
}

/// The last `max` characters of `s`, and whether that left some out.
pub(crate) fn last_chars(s: &str, max: usize) -> (&str, bool) {
    if max == 0 {
        return ("", !s.is_empty());
    }
    match s.char_indices().rev().nth(max - 1) {
        Some((0, _)) | None => (s, false),
        Some((i, _)) => (&s[i..], true),
    }
}

/// Writes the report of `check` or `lint` in `format` to `w`: JSON and SARIF as they are
/// serialised and text a chunk of conflicts at a time (no copy of the whole report in
/// memory), the others once rendered.
pub(crate) fn render_to(
    format: Format,
    report: &Report,
    style: Style,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => json::write(report, w),
        Format::Sarif => sarif::write(report, w),
        Format::Text => text::write(report, style, w),
        _ => w.write_all(render(format, report, style).as_bytes()),
    }
}

/// The report of `check` or `lint` in `format`.
pub fn render(format: Format, report: &Report, style: Style) -> String {
    match format {
        Format::Text => text::render(report, style),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Github => github::render(report),
        Format::Markdown => markdown::render(report),
        Format::Html => html::render(report),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_and_last_characters() {
        assert_eq!(first_chars("ébc", 2), ("éb", true));
        assert_eq!(first_chars("ébc", 3), ("ébc", false));
        assert_eq!(first_chars("", 3), ("", false));
        assert_eq!(last_chars("abé", 2), ("bé", true));
        assert_eq!(last_chars("abé", 3), ("abé", false));
        assert_eq!(last_chars("abé", 9), ("abé", false));
        assert_eq!(last_chars("ab", 0), ("", true));
        assert_eq!(last_chars("", 0), ("", false));
    }

    #[test]
    fn context_is_cut_at_spaces() {
        let s = "aaa bbb ccc ddd";
        let (before, cut_before) = last_chars(s, 6);
        let (after, cut_after) = first_chars(s, 6);
        let cut = Context {
            before,
            cut_before,
            span: "",
            cut_span: false,
            after,
            cut_after,
        };
        assert_eq!(cut.in_words(), ("…ddd".to_string(), "aaa…".to_string()));
        let whole = Context {
            before: s,
            cut_before: false,
            after: s,
            cut_after: false,
            ..cut
        };
        assert_eq!(whole.in_words(), (s.to_string(), s.to_string()));
    }
}

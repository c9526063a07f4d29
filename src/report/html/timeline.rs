//! The timelines of the HTML report: per story section, one row per article, a mark per
//! dated claim of an event group or of a conflict's evidence (drawn by [`super::svg`]); then,
//! for events dated in two or more of its articles, a timeline of each on its own scale.
//!
//! A story of hundreds of articles would draw hundreds of rows, so a timeline draws at most
//! [`MAX_ROWS`]: the articles with evidence of a conflict first, then those with a dated
//! event, then the others, shown in article order, and says how many it left out; a story
//! shows at most [`MAX_EVENT_TIMELINES`] event timelines (events with evidence of a conflict
//! first), folded in a `<details>`. A page's timelines grow with its conflicts, not with its
//! articles.

use std::collections::BTreeMap;
use std::fmt::Write;

use chrono::NaiveDate;

use super::markup::{elem, esc_into, open, plural};
use super::svg::{svg, Axis};
use super::{source_name, Ctx, Report};
use crate::article::Article;
use crate::claim::Claim;
use crate::conflict::EventId;
use crate::report::timeline_days;

/// Rows a timeline draws at most.
pub(super) const MAX_ROWS: usize = 16;
/// Event timelines a story shows at most.
pub(super) const MAX_EVENT_TIMELINES: usize = 3;
/// Members of an event group the legend quotes; the rest are counted.
const LEGEND_MEMBERS: usize = 6;

/// A dated claim drawn on the timeline.
#[derive(Clone)]
pub(super) struct Mark<'a> {
    pub claim: &'a Claim,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Its event group (an index in `Events::groups`) and the id the report shows it by
    /// ([`Report::event_id`]).
    pub group: Option<usize>,
    pub event: Option<EventId>,
    /// The conflicts it is evidence of (indices in `Report::conflicts`).
    pub conflicts: Vec<usize>,
}

/// One article's row.
#[derive(Clone)]
pub(super) struct Row<'a> {
    pub article: &'a Article,
    pub published: Option<NaiveDate>,
    /// The conflicts the publication date is evidence of.
    pub published_conflicts: Vec<usize>,
    pub marks: Vec<Mark<'a>>,
}

impl Row<'_> {
    /// Whether the row holds evidence of a conflict (it is tinted).
    pub fn flagged(&self) -> bool {
        !self.published_conflicts.is_empty() || self.marks.iter().any(|m| !m.conflicts.is_empty())
    }

    /// Which rows a capped timeline draws first: 0 with evidence, 1 with a dated event, 2
    /// the others.
    fn rank(&self) -> u8 {
        if self.flagged() {
            0
        } else if !self.marks.is_empty() {
            1
        } else {
            2
        }
    }
}

/// The rows of every article of the run, built once for all timelines of a page.
pub(super) struct Timeline<'a> {
    rows: Vec<Row<'a>>,
}

impl<'a> Timeline<'a> {
    pub fn new(report: &Report<'a>) -> Timeline<'a> {
        Timeline {
            rows: rows(report, &evidence_index(report)),
        }
    }
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
            if list.last() != Some(&i) {
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
        let Some(row) = rows.get_mut(c.article) else {
            continue;
        };
        let Some((start, end)) = timeline_days(c, row.article) else {
            continue;
        };
        let group = report.events.and_then(|ev| ev.info.get(i)?.as_ref()?.group);
        // Only by the report's id: an event its numbering leaves out is drawn as no event.
        let event = group.and_then(|g| report.event_id(g));
        let group = event.and(group);
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
                event,
                conflicts,
            });
        }
    }
    rows
}

/// Colours of event groups (Okabe-Ito and Tol, without red, which marks evidence).
pub(super) const PALETTE: &[&str] = &[
    "#0072b2", "#e69f00", "#009e73", "#56b4e9", "#cc79a7", "#f0e442", "#999933", "#332288",
];

/// The event groups on a timeline's drawn rows, by the id the report shows each by (so
/// in the report's order of its events), each with its index in `Events::groups` and its
/// colour.
pub(super) type Colours = BTreeMap<EventId, (usize, &'static str)>;

/// The [`Colours`] of the event groups on `rows`.
fn group_colours(rows: &[Row]) -> Colours {
    let mut groups: Colours = rows
        .iter()
        .flat_map(|r| r.marks.iter())
        .filter_map(|m| Some((m.event?, (m.group?, ""))))
        .collect();
    for (n, (_, colour)) in groups.values_mut().enumerate() {
        *colour = PALETTE[n % PALETTE.len()];
    }
    groups
}

/// At most `max` of `rows` (see [`Row::rank`]), in their order, and how many are left out.
fn pick<'a>(rows: &[&Row<'a>], max: usize) -> (Vec<Row<'a>>, usize) {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| (rows[i].rank(), i));
    order.truncate(max);
    order.sort_unstable();
    let drawn: Vec<Row<'a>> = order.iter().map(|&i| rows[i].clone()).collect();
    (drawn, rows.len() - order.len())
}

/// The articles of section `n`'s timeline: its story's, or for conflicts of no story the
/// articles they quote.
fn section_articles(ctx: &Ctx, n: usize) -> Vec<usize> {
    let section = &ctx.plan.sections[n];
    if let (Some(k), Some(stories)) = (section.story, ctx.report.stories) {
        return stories.list[k].articles.clone();
    }
    let mut articles: Vec<usize> = section
        .conflicts
        .iter()
        .flat_map(|&i| ctx.report.conflicts[i].evidence.iter().map(|e| e.article))
        .collect();
    articles.sort_unstable();
    articles.dedup();
    articles
}

/// The timeline of section `n` (nothing when none of its articles has a dated mark), its
/// legend and its event timelines.
pub(super) fn section_timeline(out: &mut String, ctx: &Ctx, n: usize) {
    let all: Vec<&Row> = section_articles(ctx, n)
        .iter()
        .filter_map(|&a| ctx.timeline.rows.get(a))
        .collect();
    if all.iter().all(|r| r.marks.is_empty()) {
        return;
    }
    let (drawn, left) = pick(&all, MAX_ROWS);
    let colours = group_colours(&drawn);
    let anchor = format!("timeline-{}", ctx.plan.sections[n].id);
    open(out, "figure", &[("class", "story"), ("id", &anchor)]);
    out.push_str("<figcaption>");
    elem(out, "b", &[], "Timeline");
    let _ = write!(out, " of {}", plural(all.len(), "article"));
    if left > 0 {
        let _ = write!(
            out,
            ": {} drawn (evidence of a conflict first, then dated events); {left} more not drawn",
            drawn.len()
        );
    }
    out.push_str("</figcaption>\n");
    svg(out, ctx, &drawn, &Axis::new(&drawn), &colours);
    out.push_str("</figure>\n");
    legend(out, ctx.report, &colours);
    event_timelines(out, ctx, n, &all, &colours);
}

/// A timeline per event group on the story's timeline dated in two or more of its articles,
/// zoomed to its dates (and the articles' publication dates), so a day's difference shows;
/// at most [`MAX_EVENT_TIMELINES`], events with evidence of a conflict first.
fn event_timelines(out: &mut String, ctx: &Ctx, n: usize, rows: &[&Row], colours: &Colours) {
    // Per event: its rows (only its marks), and whether one of them is evidence.
    let mut zooms: Vec<(bool, EventId, Vec<Row>)> = colours
        .iter()
        .map(|(&event, &(g, _))| {
            let zoom: Vec<Row> = rows.iter().filter_map(|r| only_group(r, g)).collect();
            let evidence = zoom
                .iter()
                .any(|r| r.marks.iter().any(|m| !m.conflicts.is_empty()));
            (!evidence, event, zoom)
        })
        .filter(|(_, _, zoom)| zoom.len() >= 2)
        .collect();
    if zooms.is_empty() {
        return;
    }
    zooms.sort_by_key(|&(no_evidence, event, _)| (no_evidence, event));
    let total = zooms.len();
    zooms.truncate(MAX_EVENT_TIMELINES);
    zooms.sort_by_key(|&(_, event, _)| event);
    out.push_str("<details class=\"events\"><summary>By event: ");
    let _ = write!(
        out,
        "{} dated in two or more articles",
        plural(total, "event")
    );
    if total > zooms.len() {
        let _ = write!(out, " ({} shown, those with evidence first)", zooms.len());
    }
    out.push_str("</summary>\n");
    for (_, event, zoom) in &zooms {
        let id = event.to_string();
        let refs: Vec<&Row> = zoom.iter().collect();
        let (drawn, left) = pick(&refs, MAX_ROWS);
        let dates: usize = zoom.iter().map(|r| r.marks.len()).sum();
        let anchor = format!("timeline-{}-{id}", ctx.plan.sections[n].id);
        open(out, "figure", &[("class", "event"), ("id", &anchor)]);
        out.push_str("<figcaption>");
        elem(out, "b", &[], &id);
        let _ = write!(
            out,
            ": {} in {}",
            plural(dates, "date"),
            plural(zoom.len(), "article")
        );
        if left > 0 {
            let _ = write!(out, "; {left} articles not drawn");
        }
        out.push_str("</figcaption>\n");
        svg(out, ctx, &drawn, &Axis::new(&drawn), colours);
        out.push_str("</figure>\n");
    }
    out.push_str("</details>\n");
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

/// A list of the event groups on the timeline: colour, id, and up to [`LEGEND_MEMBERS`] of
/// its members' text, value and article.
fn legend(out: &mut String, report: &Report, colours: &Colours) {
    let Some(events) = report.events else {
        return;
    };
    if colours.is_empty() {
        return;
    }
    out.push_str("<ul class=\"legend\">\n");
    for (event, &(g, colour)) in colours {
        let group = &events.groups[g];
        out.push_str("<li>");
        let swatch = format!(
            "swatch c{}",
            PALETTE.iter().position(|&p| p == colour).unwrap_or(0)
        );
        elem(out, "span", &[("class", &swatch)], "●");
        out.push(' ');
        elem(out, "b", &[], &event.to_string());
        let members: Vec<String> = group
            .members
            .iter()
            .take(LEGEND_MEMBERS)
            .map(|&i| &report.claims[i])
            .map(|c| {
                let value = date_value(c);
                let source = source_name(&report.articles[c.article]);
                format!("\"{}\" = {value} ({source})", c.text)
            })
            .collect();
        out.push_str(": ");
        esc_into(out, &members.join("; "));
        let more = group.members.len().saturating_sub(LEGEND_MEMBERS);
        if more > 0 {
            let _ = write!(out, "; and {more} more");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

/// A date claim's value for people (`early 2023`), `undated` for an unresolved one.
pub(super) fn date_value(c: &Claim) -> String {
    c.date()
        .and_then(|d| d.value)
        .map_or_else(|| "undated".to_string(), |v| v.display())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::ymd;

    /// Issue 18: a story of hundreds of articles drew a row for each (293,000 px of
    /// timeline for 5,000 articles). A timeline draws the rows with evidence first, then
    /// those with a dated event, in article order, and counts the rest.
    #[test]
    fn a_timeline_draws_evidence_first_and_counts_the_rest() {
        let rules = crate::rules::Rules::builtin().unwrap();
        let article =
            Article::new("a.txt", "Senin, 4 Maret 2024\n\nTeks.\n".into(), &rules).unwrap();
        let plain = Row {
            article: &article,
            published: Some(ymd(2024, 3, 4)),
            published_conflicts: Vec::new(),
            marks: Vec::new(),
        };
        let flagged = Row {
            published_conflicts: vec![0],
            ..plain.clone()
        };
        let mut rows: Vec<&Row> = vec![&plain; 300];
        rows[17] = &flagged;
        rows[250] = &flagged;
        let (drawn, left) = pick(&rows, MAX_ROWS);
        assert_eq!((drawn.len(), left), (MAX_ROWS, 300 - MAX_ROWS));
        let flags: Vec<usize> = (0..drawn.len()).filter(|&i| drawn[i].flagged()).collect();
        // Rows 0..=13 (the first 14 plain ones), 17 and 250 in article order.
        assert_eq!(flags, [14, 15]);
    }
}

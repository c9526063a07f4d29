//! Drawing a timeline as inline SVG: the time axis (days or months), one band per row with
//! its label, the publication date as a diamond and each dated claim as a dot or a bar in its
//! event's colour, in lanes so overlapping marks stay apart. Marks that are evidence of a
//! conflict are outlined red and link to it.

use std::fmt::Write;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::markup::{close, elem, esc, open};
use super::plan::conflict_id;
use super::timeline::{date_value, Colours, Mark, Row};
use super::{file_name, shorten, source_name, Ctx};
use crate::claim::ymd;

/// Fill of a mark outside any event group.
const NO_GROUP: &str = "#bbbbbb";

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
pub(super) struct Axis {
    from: NaiveDate,
    /// Exclusive.
    to: NaiveDate,
    ticks: Vec<(NaiveDate, String)>,
}

/// The longest time, in days, drawn on a day axis.
const DAY_AXIS: i64 = 62;
const MAX_TICKS: i64 = 12;

impl Axis {
    pub(super) fn new(rows: &[Row]) -> Axis {
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

pub(super) fn svg(out: &mut String, ctx: &Ctx, rows: &[Row], axis: &Axis, colours: &Colours) {
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
        publication(out, ctx, row, layout, axis);
        for (m, &lane) in row.marks.iter().zip(&layout.lanes) {
            let Some(lane) = lane else { continue };
            let cy = layout.y + LANES_TOP + LANE * (lane as f64 + 0.5);
            mark(out, ctx, m, row, cy, axis, colours);
        }
        let hidden = layout.lanes.iter().filter(|l| l.is_none()).count();
        if hidden > 0 {
            let text = format!("+{hidden}");
            let title = format!(
                "{} more overlapping dates not drawn (every conflict is listed below)",
                hidden
            );
            let (x, y) = (
                num(WIDTH - 4.0),
                num(layout.y + layout.height - ROW_PADDING),
            );
            open(
                out,
                "text",
                &[
                    ("class", "more"),
                    ("x", &x),
                    ("y", &y),
                    ("text-anchor", "end"),
                ],
            );
            out.push_str(&esc(&text));
            elem(out, "title", &[], &title);
            out.push_str("</text>\n");
        }
    }
    out.push_str("</svg>\n");
}

/// Where a row is drawn: its top, its height and the lane of each of its marks (`None`:
/// not drawn, every lane is taken where it falls).
struct RowLayout {
    y: f64,
    height: f64,
    lanes: Vec<Option<usize>>,
}

fn layout(rows: &[Row], axis: &Axis) -> Vec<RowLayout> {
    let mut y = TOP;
    rows.iter()
        .map(|row| {
            let lanes = lanes(row, axis);
            let n = lanes.iter().flatten().max().map_or(1, |&l| l + 1);
            let height = LANES_TOP + LANE * n as f64 + ROW_PADDING;
            let layout = RowLayout { y, height, lanes };
            y += height;
            layout
        })
        .collect()
}

/// The most lanes in a row. An article that dates the same day thousands of times (a 4 MiB
/// line of `Kamis (3/6/2024)`) would otherwise give a row thousands of lanes tall, and
/// placing each mark would look through all of them.
const MAX_LANES: usize = 12;

/// The lane of each mark of `row`: taken from the left, each in the first lane where it
/// does not overlap the mark before it; `None` when all [`MAX_LANES`] are taken there.
fn lanes(row: &Row, axis: &Axis) -> Vec<Option<usize>> {
    let mut order: Vec<usize> = (0..row.marks.len()).collect();
    order.sort_by_key(|&i| (row.marks[i].start, row.marks[i].end, i));
    let mut right_ends: Vec<f64> = Vec::new();
    let mut lanes = vec![None; row.marks.len()];
    for i in order {
        let (x0, x1) = extent(&row.marks[i], axis);
        let lane = right_ends
            .iter()
            .position(|&end| end + 2.0 <= x0)
            .unwrap_or(right_ends.len());
        if lane == right_ends.len() {
            if lane == MAX_LANES {
                continue;
            }
            right_ends.push(x1);
        } else {
            right_ends[lane] = x1;
        }
        lanes[i] = Some(lane);
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
fn publication(out: &mut String, ctx: &Ctx, row: &Row, layout: &RowLayout, axis: &Axis) {
    let Some(d) = row.published else {
        return;
    };
    let x = axis.x(d);
    let title = format!("{}: published {d}", source_name(row.article));
    linked(out, ctx, &row.published_conflicts, |out, class| {
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
fn mark(out: &mut String, ctx: &Ctx, m: &Mark, row: &Row, cy: f64, axis: &Axis, colours: &Colours) {
    let fill = m
        .event
        .and_then(|e| colours.get(&e))
        .map_or(NO_GROUP, |&(_, colour)| colour);
    let title = mark_title(m, row);
    let (x0, x1) = extent(m, axis);
    linked(out, ctx, &m.conflicts, |out, class| {
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
/// marked as evidence (` ev`), links to the first conflict (on its page) and names them all
/// in `data-conflicts` (for the filters).
fn linked(out: &mut String, ctx: &Ctx, conflicts: &[usize], draw: impl FnOnce(&mut String, &str)) {
    let Some(&first) = conflicts.first() else {
        draw(out, "");
        out.push('\n');
        return;
    };
    let href = ctx.plan.conflict_href(first, ctx.at);
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
    if let Some(id) = m.event {
        let _ = write!(s, ", {id}");
    }
    if !m.conflicts.is_empty() {
        let ids: Vec<String> = m.conflicts.iter().map(|&i| conflict_id(i)).collect();
        let _ = write!(s, ", evidence of {}", ids.join(", "));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

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
}

//! `dateline`: an article published before an event it reports as already past, or
//! dating a day of its own week in another year (a slip of the year's digits).

use chrono::{Datelike, Months, NaiveDate};

use crate::article::{Article, PublishedFrom};
use crate::claim::{Claim, DateValue, Point, Role};
use crate::conflict::{self, Conflict, Evidence};
use crate::kinds::Kind;
use crate::rules::Rules;
use crate::span::Span;

pub fn check(articles: &[Article], claims: &[Claim], rules: &Rules) -> Vec<Conflict> {
    let mut out = Vec::new();
    // Each article's claims, in one pass (claims are in article order).
    let mut of_article: Vec<Vec<&Claim>> = vec![Vec::new(); articles.len()];
    for c in claims {
        if let Some(list) = of_article.get_mut(c.article) {
            list.push(c);
        }
    }
    for (index, article) in articles.iter().enumerate() {
        let Some(published) = article.published else {
            continue;
        };
        let slips: Vec<(&Claim, NaiveDate)> = of_article[index]
            .iter()
            .filter_map(|c| Some((*c, year_slip(c, published, rules)?)))
            .collect();
        for &(c, meant) in &slips {
            let slip = (c, meant);
            out.push(slip_conflict(
                claims, index, article, published, slip, rules,
            ));
        }
        for c in &of_article[index] {
            if let Some((day, event)) = slip_before_event(c, &of_article[index], published) {
                out.push(before_event_conflict(
                    claims,
                    (index, article, published),
                    (c, day, event),
                    rules,
                ));
            }
        }
        // Only dates written in full can contradict the dateline: relative ones were
        // computed from it. A clause with a future marker may carry a later date.
        let late: Vec<(&Claim, DateValue)> = of_article[index]
            .iter()
            .copied()
            .filter(|c| !c.context.future)
            .filter(|c| !slips.iter().any(|(s, _)| std::ptr::eq(*s, *c)))
            .filter_map(|c| {
                let d = c.date()?;
                let v = d.value?;
                (d.explicit && d.role == Role::Body && v.start() > published).then_some((c, v))
            })
            .collect();
        // A later date is told as past with a past marker in its clause, as the day of a
        // statement ("said Friday"), or with its weekday ("Rabu, 3 Mei 2023": a day
        // something was done or said) when it lies more than `dateline_schedule_days` ahead
        // (nearer, it is a day of the coming days announced: "ditutup pada Minggu
        // (15/6/2025)"); with one such, the article's other later dates are evidence too.
        // An item of a list ("1.  Minggu, 3 Agustus 2025", "- Selasa, 15 Juli 2025: ...")
        // is a schedule's, whatever its weekday.
        //
        // A later month, year or period is a plan or a term far more often than a misdated
        // event ("telah menetapkan ... pada tahun 2026", "kontrak dari 1 Juni 2025 hingga 30
        // Juni 2031", "haji tahun 2026"): it is told as past only after a `since_words` word
        // ("telah mengundang ... sejak tahun 2018" in an article of 2017) or a
        // `period_past_markers` word ("job growth was higher in 2011"), a single day by the
        // rest.
        //
        // A weekday that fits its date is the calendar's: a schedule names the coming
        // weeks' days so ("pembagian rapor ... pada Kamis (26/6/2025)" in an article of 10
        // June). Such a date is told as past by its weekday only when it lies more than
        // `dateline_calendar_days` ahead (a dateline wrong by months: "pernyataan ... pada
        // hari Rabu, 3 Mei 2023" in an article dated 9 December 2022); a misdated day keeps
        // the weekday of the day meant ("disergap pada Minggu, 1 Juni 2026"), so one that
        // does not fit needs only `dateline_schedule_days`.
        let schedule = rules.settings.dateline_schedule_days as i64;
        let calendar = rules.settings.dateline_calendar_days as i64;
        let told_past = |c: &Claim, v: &DateValue| {
            let fits = c.date().is_some_and(|d| {
                matches!((&d.weekday, v.from), (Some(w), Point::Day(day)) if w.weekday == day.weekday())
            });
            let ahead = (v.start() - published).num_days();
            let far = ahead > if fits { calendar } else { schedule };
            let day = matches!(v.from, Point::Day(_)) && v.to.is_none();
            let by_day = c.context.past
                || c.told()
                || (far
                    && !c.context.ahead
                    && c.date().is_some_and(|d| d.weekday.is_some())
                    && !list_item(
                        &article.text,
                        (c.span.start, c.span.end),
                        rules.settings.dateline_list_line_words,
                    ));
            c.context.period_past || (day && by_day)
        };
        if !late.iter().any(|(c, v)| told_past(c, v)) {
            continue;
        }
        let mut evidence = Vec::new();
        let source = publication(index, article, published, &mut evidence);
        for (c, v) in &late {
            let role = conflict::Role::ReportedAsPast;
            evidence.push(Evidence::of_claim_ref(claims, c, v.display(), role));
        }
        let dates: Vec<String> = late.iter().map(|(_, v)| v.display()).collect();
        out.push(Conflict {
            kind: Kind::Dateline,
            severity: rules.severity(Kind::Dateline),
            subject: article.outlet.clone().unwrap_or_else(|| article.id.clone()),
            message: format!(
                "published {published} (by its {source}) but reports {} as already past: {}",
                if late.len() == 1 {
                    "an event dated after that".to_string()
                } else {
                    format!("{} events dated after that", late.len())
                },
                dates.join(", ")
            )
            .into(),
            stories: Vec::new(),
            evidence,
        });
    }
    out
}

/// Evidence for the publication date when the header gives it; the word that names its
/// source either way.
fn publication(
    index: usize,
    article: &Article,
    published: NaiveDate,
    evidence: &mut Vec<Evidence>,
) -> &'static str {
    match (article.published_from, article.dateline) {
        (Some(PublishedFrom::Header), Some(span)) => {
            evidence.push(Evidence {
                article: index,
                span,
                text: article.text[span.start..span.end].to_string(),
                value: published.to_string(),
                role: conflict::Role::PublicationDate,
                claim: None,
            });
            "dateline"
        }
        _ => "front matter",
    }
}

/// The day a date with its weekday was meant to be when its year is a slip: written in
/// full with a weekday that fits it (the form news gives the days of its own week: "Rabu
/// (10/6/2026)"), its year one keystroke from the publication's (a digit changed, or two
/// neighbours swapped), and the same day and month of the publication's year at most
/// `year_slip_days` from the publication date.
fn year_slip(c: &Claim, published: NaiveDate, rules: &Rules) -> Option<NaiveDate> {
    let d = c.date()?;
    let v = d.value?;
    let (Some(w), Point::Day(day), None) = (&d.weekday, v.from, v.to) else {
        return None;
    };
    // A weekday wrong for the written date is `weekday`'s to report (and `date`'s, when
    // another article gives the day).
    if !d.explicit || d.role != Role::Body || w.weekday != day.weekday() {
        return None;
    }
    // A day of an earlier year whose weekday fits it is a day of that year, told as past
    // as it is ("Senin 10 Juni 2024" in a report a year on, "Sabtu (10/6/2023)" under an
    // old video): a slip only when told as still to come ("akan berlangsung ... Senin
    // (10/6/2024)").
    let earlier = day.year() < published.year();
    if day.year() == published.year()
        || (earlier && !c.context.future)
        || !one_keystroke(day.year(), published.year())
    {
        return None;
    }
    let meant = day.with_year(published.year())?;
    let gap = (meant - published).num_days().unsigned_abs();
    (gap <= rules.settings.year_slip_days as u64).then_some(meant)
}

/// The day the article reports as past that date claim `c` (one of `own`, its article's
/// claims) is dated before by a slip of its month or year: `c` is written in full with a
/// weekday it does not fall on, which it would fall on with its month one off (or its year
/// one keystroke off), and that day is the publication day itself; as written it lies
/// before a day of the article, written in full (with a weekday that fits it, if any) and
/// not told as still to come, and before the publication day (not that day itself, which
/// may be the same event's day written right): "ujar komandan, pada Rabu (18/5/2025)" in an
/// article of Wednesday 18 June 2025 that tells of a sinking "pada Rabu (4/6/2025)" dates
/// what was said on the publication day before what it tells of. Returns the day `c`
/// names, with the first such later day's claim in the text.
fn slip_before_event<'a>(
    c: &Claim,
    own: &[&'a Claim],
    published: NaiveDate,
) -> Option<(NaiveDate, &'a Claim)> {
    let d = c.date()?;
    let v = d.value?;
    let (Some(w), Point::Day(day), None) = (&d.weekday, v.from, v.to) else {
        return None;
    };
    if !d.explicit
        || d.role != Role::Body
        || w.weekday == day.weekday()
        || w.weekday != published.weekday()
        || day >= published
        || day.day() != published.day()
    {
        return None;
    }
    let month = [
        day.checked_add_months(Months::new(1)),
        day.checked_sub_months(Months::new(1)),
    ]
    .contains(&Some(published));
    let year = day.with_year(published.year()) == Some(published)
        && one_keystroke(day.year(), published.year());
    if !month && !year {
        return None;
    }
    let event = own.iter().copied().find(|e| {
        let Some(ed) = e.date() else { return false };
        let Some(ev) = ed.value else { return false };
        let (Point::Day(later), None) = (ev.from, ev.to) else {
            return false;
        };
        ed.explicit
            && ed.role == Role::Body
            && !e.context.future
            && day < later
            && later < published
            && ed
                .weekday
                .as_ref()
                .is_none_or(|x| x.weekday == later.weekday())
    })?;
    Some((day, event))
}

/// The conflict of date claim `c` in article `index`, dated by a slip before `event`, a
/// day the article reports (see [`slip_before_event`]).
fn before_event_conflict(
    claims: &[Claim],
    (index, article, published): (usize, &Article, NaiveDate),
    (c, day, event): (&Claim, NaiveDate, &Claim),
    rules: &Rules,
) -> Conflict {
    let mut evidence = Vec::new();
    let source = publication(index, article, published, &mut evidence);
    let display = |c: &Claim| c.date().and_then(|d| d.value).map(|v| v.display());
    let (written, later) = (display(c).unwrap_or_default(), display(event));
    let later = later.unwrap_or_default();
    // The claims' spans as the `date` kind quotes a slip (see `without_repeated_slips`).
    let role = conflict::Role::SlippedDate(day);
    evidence.push(Evidence::of_claim_ref(claims, c, written.clone(), role));
    let role = conflict::Role::EventAfter;
    evidence.push(Evidence::of_claim_ref(claims, event, later.clone(), role));
    Conflict {
        kind: Kind::Dateline,
        severity: rules.severity(Kind::Dateline),
        subject: article.outlet.clone().unwrap_or_else(|| article.id.clone()),
        message: format!(
            "published {published} (by its {source}) but dates a day before an event it \
             reports: {written}, before {later}; its weekday fits {published}, the \
             publication day itself"
        )
        .into(),
        stories: Vec::new(),
        evidence,
    }
}

/// Claim `c`'s span, widened to its weekday when that is written first ("Rabu (10/6/2026)").
fn with_weekday(c: &Claim) -> Span {
    let weekday = c.date().and_then(|d| d.weekday.as_ref()).map(|w| w.span);
    match weekday {
        Some(w) if w.start < c.span.start => Span {
            end: c.span.end,
            ..w
        },
        _ => c.span,
    }
}

/// Whether two numbers of as many digits differ by one keystroke: one digit changed, or two
/// side by side swapped (`2025` / `2052`, `17` / `18`).
pub(crate) fn one_keystroke(a: i32, b: i32) -> bool {
    digits_one_keystroke(&a.to_string(), &b.to_string())
}

/// [`one_keystroke`] of two strings of digits (`872` / `827`: Damerau-Levenshtein distance 1
/// between as many digits).
pub(crate) fn digits_one_keystroke(a: &str, b: &str) -> bool {
    a.len() == b.len() && strsim::damerau_levenshtein(a, b) == 1
}

/// The conflict of date claim `c` (one of `claims`) in article `index`, whose year is a
/// slip for the day `meant`.
fn slip_conflict(
    claims: &[Claim],
    index: usize,
    article: &Article,
    published: NaiveDate,
    (c, meant): (&Claim, NaiveDate),
    rules: &Rules,
) -> Conflict {
    let mut evidence = Vec::new();
    let source = publication(index, article, published, &mut evidence);
    // The span from the weekday ("Rabu (10/6/2026)"), when it is written first.
    let span = with_weekday(c);
    let written = c.date().and_then(|d| d.value).map(|v| v.display());
    let written = written.unwrap_or_default();
    // The claim's span, widened to its weekday.
    evidence.push(Evidence {
        span,
        text: article.text[span.start..span.end].to_string(),
        ..Evidence::of_claim_ref(
            claims,
            c,
            written.clone(),
            conflict::Role::YearSlipOf(meant),
        )
    });
    let gap = (meant - published).num_days();
    let near = match gap {
        0 => "the publication day itself".to_string(),
        1 => "the day after it".to_string(),
        -1 => "the day before it".to_string(),
        g if g > 0 => format!("{g} days after it"),
        g => format!("{} days before it", -g),
    };
    Conflict {
        kind: Kind::Dateline,
        severity: rules.severity(Kind::Dateline),
        subject: article.outlet.clone().unwrap_or_else(|| article.id.clone()),
        message: format!(
            "published {published} (by its {source}) but dates a day of its own week in \
             another year: {written}, where {meant} is {near}"
        )
        .into(),
        stories: Vec::new(),
        evidence,
    }
}

/// Whether the line holding the date at `span` of `text` is an item of a list: after its
/// indent, a bullet (`-`, `*`, `•`) or a number of one or two digits with `.` or `)`, then a
/// space; a line of the date and at most `most` other words ("Minggu, 17 Agustus 2025
/// (HUT ke-80 RI)": `dateline_list_line_words`), which tells no event, only a day of a list;
/// or a line that opens with the date (after its weekday, if any) and a colon, a calendar's
/// entry however long its label ("Kamis, 25 Desember 2025: Libur nasional Kelahiran Yesus
/// Kristus (Natal)").
fn list_item(text: &str, (at, end): (usize, usize), most: usize) -> bool {
    let start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let stop = text[end..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| end + i);
    let line = text[start..at].trim_start();
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = if (1..=2).contains(&digits) {
        line[digits..].strip_prefix(['.', ')'])
    } else {
        line.strip_prefix(['-', '*', '•'])
    };
    if rest.is_some_and(|r| r.starts_with([' ', '\t'])) {
        return true;
    }
    let words = |s: &str| {
        s.split(|ch: char| !ch.is_alphabetic())
            .filter(|w| !w.is_empty())
            .count()
    };
    let before = words(&text[start..at]);
    if before <= 1 && text[end..stop].trim_start().starts_with(':') {
        return true;
    }
    before + words(&text[end..stop]) <= most
}

/// The text report's hint under a `dateline` conflict: the year a slip was meant to have,
/// or which dates to check.
pub(crate) fn hint(articles: &[Article], c: &Conflict) -> Option<String> {
    let first = c.evidence.first()?;
    // A year slip names the date it was meant to be in its role.
    if let Some((e, meant)) = c.evidence.iter().find_map(|e| match e.role {
        conflict::Role::YearSlipOf(meant) => Some((e, meant)),
        _ => None,
    }) {
        return Some(format!(
            "check the year of \"{}\": {meant} is a day of the article's own week",
            e.text
        ));
    }
    // A slip before an event names the date to correct.
    if let Some(e) = c
        .evidence
        .iter()
        .find(|e| matches!(e.role, conflict::Role::SlippedDate(_)))
    {
        return Some(format!(
            "check the month or year of \"{}\": its weekday fits the publication day",
            e.text
        ));
    }
    // The publication date may be a span (a dateline) or not (front matter).
    let published = articles[first.article].published?.to_string();
    let values: std::collections::BTreeSet<&str> =
        c.evidence.iter().map(|e| e.value.as_str()).collect();
    let later = values.iter().filter(|v| **v != published).count();
    let dates = if later == 1 {
        "the later date".to_string()
    } else {
        format!("the {later} later dates")
    };
    Some(format!(
        "check the publication date ({published}) or the tense of {dates}"
    ))
}

/// `conflicts` without the dateline conflicts that only repeat a slip another conflict
/// names: a date after the publication date that the `date` kind shows to be a slip of the
/// month or year (`Jumat (20/7/2025)` in an article of 20 June, where the story writes
/// Friday 20 June 2025) is one mistake, reported once, with its likely correction; that
/// report takes the dateline conflict's severity when it is higher, so a gate fails as
/// before. A dateline conflict with any other later date stays whole. Asked of the
/// conflicts to be reported (kinds turned off are gone first), so a slip no longer
/// reported leaves the dateline conflict in place; an `info` slip explains nothing. So is a
/// dateline conflict of a slipped date before an event ([`slip_before_event`]) whose slip a
/// `date` conflict names.
pub(crate) fn without_repeated_slips(mut conflicts: Vec<Conflict>) -> Vec<Conflict> {
    type At = (usize, usize, usize);
    let at = |e: &Evidence| (e.article, e.span.start, e.span.end);
    let slips: std::collections::BTreeSet<At> = conflicts
        .iter()
        .filter(|c| c.severity > crate::kinds::Severity::Info && c.kind != Kind::Dateline)
        .flat_map(|c| &c.evidence)
        .filter(|e| matches!(e.role, conflict::Role::SlippedDate(_)))
        .map(at)
        .collect();
    if slips.is_empty() {
        return conflicts;
    }
    // The dateline conflicts repeating slips, with the highest severity per slip.
    let mut raised: std::collections::BTreeMap<At, crate::kinds::Severity> = Default::default();
    let mut keep = vec![true; conflicts.len()];
    for (i, c) in conflicts.iter().enumerate() {
        let later: Vec<At> = c
            .evidence
            .iter()
            .filter(|e| {
                e.role == conflict::Role::ReportedAsPast
                    || matches!(e.role, conflict::Role::SlippedDate(_))
            })
            .map(at)
            .collect();
        if c.kind == Kind::Dateline && !later.is_empty() && later.iter().all(|x| slips.contains(x))
        {
            keep[i] = false;
            // A slip before an event was never reported otherwise: the slip's report keeps
            // its severity.
            if c.evidence
                .iter()
                .any(|e| e.role == conflict::Role::EventAfter)
            {
                continue;
            }
            for x in later {
                let s = raised.entry(x).or_insert(c.severity);
                *s = (*s).max(c.severity);
            }
        }
    }
    for c in &mut conflicts {
        let highest = c
            .evidence
            .iter()
            .filter(|e| matches!(e.role, conflict::Role::SlippedDate(_)))
            .filter_map(|e| raised.get(&at(e)))
            .max();
        if let Some(&s) = highest {
            c.severity = c.severity.max(s);
        }
    }
    conflicts
        .into_iter()
        .zip(keep)
        .filter_map(|(c, kept)| kept.then_some(c))
        .collect()
}

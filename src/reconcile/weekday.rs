//! `weekday`: a day name next to a date that falls on another day.

use chrono::Datelike;

use crate::article::Article;
use crate::claim::{weekday_name, Claim, Point};
use crate::conflict::{Conflict, Evidence};
use crate::kinds::Kind;
use crate::rules::Rules;

pub fn check(articles: &[Article], claims: &[Claim], rules: &Rules) -> Vec<Conflict> {
    let mut out = Vec::new();
    for c in claims {
        let Some(d) = c.date() else { continue };
        let (Some(w), Some(v)) = (&d.weekday, d.value) else {
            continue;
        };
        // Only a weekday paired with a single day can be checked (not a bare weekday,
        // whose date was computed from the weekday itself).
        let Point::Day(day) = v.from else { continue };
        if v.to.is_some() || d.form == "weekday" || d.form == "weekday+relative" {
            continue;
        }
        if day.weekday() == w.weekday {
            continue;
        }
        let article = &articles[c.article];
        let written = &article.text[w.span.start..w.span.end];
        let inferred = if d.explicit {
            String::new()
        } else {
            format!(
                " (year inferred from the publication date {})",
                article.published.map(|d| d.to_string()).unwrap_or_default()
            )
        };
        out.push(Conflict {
            kind: Kind::Weekday,
            severity: rules.severity(Kind::Weekday),
            subject: c.text.clone(),
            message: format!(
                "{} was a {}, not a {} (\"{written}\"){inferred}",
                day.format("%-d %B %Y"),
                weekday_name(day.weekday()),
                weekday_name(w.weekday),
            ),
            stories: Vec::new(),
            evidence: vec![Evidence {
                article: c.article,
                span: c.span,
                text: c.text.clone(),
                value: format!("{} ({})", day, weekday_name(day.weekday())),
                role: format!("written as {}", weekday_name(w.weekday)),
            }],
        });
    }
    out
}

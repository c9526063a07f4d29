//! `dateline`: an article published before an event it reports as already past.

use crate::article::{Article, PublishedFrom};
use crate::claim::{Claim, DateValue, Role};
use crate::conflict::{Conflict, Evidence};
use crate::kinds::Kind;
use crate::rules::Rules;

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
        // Only dates written in full can contradict the dateline: relative ones were
        // computed from it. A clause with a future marker may carry a later date.
        let late: Vec<(&Claim, DateValue)> = of_article[index]
            .iter()
            .copied()
            .filter(|c| !c.context.future)
            .filter_map(|c| {
                let d = c.date()?;
                let v = d.value?;
                (d.explicit && d.role == Role::Body && v.start() > published).then_some((c, v))
            })
            .collect();
        // A later date is told as past only with its weekday ("Rabu (18/6/2026)": a day
        // something was done or said) or a past marker in its clause; with one such, the
        // article's other later dates are evidence too.
        let told_past = |c: &Claim| c.context.past || c.date().is_some_and(|d| d.weekday.is_some());
        if !late.iter().any(|(c, _)| told_past(c)) {
            continue;
        }
        let mut evidence = Vec::new();
        let source = match (article.published_from, article.dateline) {
            (Some(PublishedFrom::Header), Some(span)) => {
                evidence.push(Evidence {
                    article: index,
                    span,
                    text: article.text[span.start..span.end].to_string(),
                    value: published.to_string(),
                    role: "publication date".into(),
                });
                "dateline"
            }
            _ => "front matter",
        };
        for (c, v) in &late {
            evidence.push(Evidence {
                article: index,
                span: c.span,
                text: c.text.clone(),
                value: v.display(),
                role: "reported as past".into(),
            });
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
            ),
            stories: Vec::new(),
            evidence,
        });
    }
    out
}

//! The articles table of the HTML report: the articles quoted as evidence, with their
//! outlet, publication date, title, claims and conflicts. A report listing up to
//! [`ALL_ARTICLES`] articles lists them all (`check`: every article read; `lint`: the new
//! articles and the archive articles its conflicts quote, see
//! [`crate::report::Report::listed`]); a larger one lists only those quoted (a page grows
//! with the conflicts, not with the articles) and counts the rest.

use super::markup::{elem, open};
use super::Report;
use crate::article::PublishedFrom;

/// Runs of at most this many articles list every article read.
pub(super) const ALL_ARTICLES: usize = 200;

/// Per article, the number of conflicts quoting it.
pub(super) fn conflicts_per_article(report: &Report) -> Vec<usize> {
    let mut conflicts = vec![0; report.articles.len()];
    let mut seen: Vec<usize> = Vec::new();
    for c in report.conflicts {
        seen.clear();
        seen.extend(c.evidence.iter().map(|e| e.article));
        seen.sort_unstable();
        seen.dedup();
        for &i in &seen {
            if let Some(n) = conflicts.get_mut(i) {
                *n += 1;
            }
        }
    }
    conflicts
}

/// Per article, its number of claims, counted in one pass.
pub(super) fn claims_per_article(report: &Report) -> Vec<usize> {
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
    claims
}

/// Claims and conflicts per article (see [`claims_per_article`] and
/// [`conflicts_per_article`]).
pub(super) struct Counts {
    pub claims: Vec<usize>,
    pub conflicts: Vec<usize>,
}

impl Counts {
    pub fn new(report: &Report) -> Counts {
        Counts {
            claims: claims_per_article(report),
            conflicts: conflicts_per_article(report),
        }
    }
}

/// The table of the articles in `rows` (indices, in order); `left` more the report lists
/// are counted below, and `unlisted` articles read but not listed at all (`lint`: archive
/// articles no reported conflict quotes).
pub(super) fn articles_section(
    out: &mut String,
    report: &Report,
    counts: &Counts,
    rows: &[usize],
    left: usize,
    unlisted: usize,
) {
    out.push_str("<section id=\"articles\">\n<h2>Articles</h2>\n");
    if rows.is_empty() {
        out.push_str("<p>No article is quoted.</p>\n");
    } else {
        out.push_str(
            "<table>\n<thead><tr><th>Article</th><th>Outlet</th><th>Published</th>\
             <th>Title</th><th>Claims</th><th>Conflicts</th></tr></thead>\n<tbody>\n",
        );
        for &i in rows {
            row(out, report, i, counts);
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if left > 0 {
        let s = if left == 1 { "" } else { "s" };
        let line = format!(
            "and {left} more article{s} read, not quoted by the evidence shown here \
             (every article in --format json)"
        );
        elem(out, "p", &[("class", "more")], &line);
        out.push('\n');
    }
    if unlisted > 0 {
        let s = if unlisted == 1 { "" } else { "s" };
        let line = format!(
            "{unlisted} more article{s} read from the archive, not listed: no reported \
             conflict quotes {}",
            if unlisted == 1 { "it" } else { "them" }
        );
        elem(out, "p", &[("class", "more")], &line);
        out.push('\n');
    }
    out.push_str("</section>\n");
}

fn row(out: &mut String, report: &Report, i: usize, counts: &Counts) {
    let a = &report.articles[i];
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
        &counts.claims[i].to_string(),
        &counts.conflicts[i].to_string(),
    ] {
        elem(out, "td", &[], cell);
    }
    out.push_str("</tr>\n");
}

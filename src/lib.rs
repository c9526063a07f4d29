//! factlint: cross-source fact consistency for news articles.
//!
//! The pipeline, one stage per module:
//! [`load`] (paths → [`article::Article`]s) → [`extract`] (articles → [`claim::Claim`]s)
//! → [`reconcile`] (claims → [`conflict::Conflict`]s) → [`report`] (→ bytes).
//! All language knowledge comes from [`rules`] (the YAML under `rules/`).

pub mod article;
pub mod claim;
pub mod cli;
pub mod conflict;
pub mod error;
pub mod extract;
pub mod kinds;
pub mod load;
pub mod reconcile;
pub mod report;
pub mod rules;
pub mod span;
pub mod text;

use std::path::PathBuf;

use article::Article;
use claim::Claim;
use conflict::Conflict;
use rules::Rules;

/// Claims of every article, article by article.
pub fn extract_all(articles: &[Article], rules: &Rules) -> Vec<Claim> {
    articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| extract::extract(a, i, rules))
        .collect()
}

/// The whole pipeline on `paths`: articles, their claims, and the conflicts among them.
pub fn check(
    paths: &[PathBuf],
    rules: &Rules,
    limits: load::Limits,
) -> error::Result<(Vec<Article>, Vec<Claim>, Vec<Conflict>)> {
    let articles = load::load_articles(paths, rules, limits)?;
    let claims = extract_all(&articles, rules);
    let conflicts = reconcile::reconcile(&articles, &claims, rules);
    Ok((articles, claims, conflicts))
}

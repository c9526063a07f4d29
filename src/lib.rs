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
    let mut claims: Vec<Claim> = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let base = claims.len();
        for mut c in extract::extract(a, i, rules) {
            if let claim::Detail::Entity(e) = &mut c.detail {
                e.person = e.person.map(|p| base + p);
                e.org = e.org.map(|o| base + o);
            }
            claims.push(c);
        }
    }
    claims
}

/// Everything one run produces.
pub struct Run {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub entities: reconcile::entities::Entities,
    pub conflicts: Vec<Conflict>,
}

/// Claims and entity groups of `articles`: each entity claim's subject is its group's name.
pub fn extract_and_group(
    articles: &[Article],
    rules: &Rules,
) -> (Vec<Claim>, reconcile::entities::Entities) {
    let mut claims = extract_all(articles, rules);
    let entities = reconcile::entities::group(&claims, rules);
    for (c, g) in claims.iter_mut().zip(&entities.group_of) {
        if let Some(g) = g {
            c.subject = Some(entities.groups[*g].name.clone());
        }
    }
    (claims, entities)
}

/// The whole pipeline on `paths`: articles, their claims, and the conflicts among them.
pub fn check(paths: &[PathBuf], rules: &Rules, limits: load::Limits) -> error::Result<Run> {
    let articles = load::load_articles(paths, rules, limits)?;
    let (claims, entities) = extract_and_group(&articles, rules);
    let conflicts = reconcile::reconcile(&articles, &claims, &entities, rules);
    Ok(Run {
        articles,
        claims,
        entities,
        conflicts,
    })
}

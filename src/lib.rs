//! factlint: cross-source fact consistency for news articles.
//!
//! The pipeline, one stage per module:
//! [`load`] (paths → [`article::Article`]s) → [`extract`] (articles → [`claim::Claim`]s)
//! → [`stories`] (which articles tell one story, from the entities they name)
//! → [`reconcile`] (claims → [`conflict::Conflict`]s) → [`report`] (→ bytes).
//! All language knowledge comes from [`rules`] (the YAML under `rules/`).
//!
//! # Use as a library
//! A [`Session`] is the `factlint` command without its command line: it takes the same
//! [`Options`] as the flags, finds and layers `factlint.yaml` ([`ConfigSource`]), leaves out
//! the kinds it turns `off`, applies a baseline and a review file, and returns an
//! [`Outcome`] with the conflicts to report, those baselined and those reviewed, and the
//! exit code. Rendered, an outcome is the bytes the binary prints (`tests/session.rs`
//! holds the two to that). Articles come from files ([`Session::check`], [`Session::lint`])
//! or from memory ([`Session::article`], [`Session::check_articles`]):
//!
//! ```
//! use factlint::{Format, Kind, Options, Session, Style};
//!
//! let session = Session::new(Options {
//!     format: Some(Format::Json),
//!     ..Options::default()
//! })?;
//! let story = |dead: u32| {
//!     format!(
//!         "Friday, 30 May 2025\n\nCIREBON - A landslide at the Gunung Kuda quarry in \
//!          Cirebon killed {dead} people on Friday, police said.\n"
//!     )
//! };
//! let articles = vec![
//!     session.article("a.txt", story(19))?,
//!     session.article("b.txt", story(21))?,
//! ];
//! let outcome = session.check_articles(articles)?;
//! assert_eq!(outcome.conflicts.len(), 1);
//! assert_eq!(outcome.conflicts[0].kind, Kind::Count);
//! assert_eq!(outcome.exit_code, 1); // a warning, and fail-on is `warning`
//! // What `factlint check --format json a.txt b.txt` prints:
//! let json = outcome.render(Style::default());
//! assert!(json.contains(r#""kind": "count""#));
//! # Ok::<(), factlint::Error>(())
//! ```
//!
//! With `Options { config: ConfigSource::Discover(folder), .. }` a session reads the
//! nearest `factlint.yaml` as the command line does from the current folder. The binary's
//! command line (`cli`, clap and indicatif) is behind the default `cli` feature: depend on
//! factlint with `default-features = false` for the library alone.

#![warn(missing_docs)]

pub mod article;
pub(crate) mod baseline;
pub mod claim;
#[cfg(feature = "cli")]
pub mod cli;
pub mod config;
pub mod conflict;
pub mod error;
pub mod extract;
pub mod index;
pub mod kinds;
pub(crate) mod lint;
pub mod load;
pub mod reconcile;
pub mod report;
pub(crate) mod review;
pub mod rules;
pub mod session;
pub mod span;
pub mod stories;
pub mod text;
mod walk;
#[cfg(feature = "cli")]
pub(crate) mod write;
pub(crate) mod yaml;

use std::path::PathBuf;

use claim::Claim;

pub use article::Article;
pub use config::{Config, FailOn};
pub use conflict::Conflict;
pub use error::Error;
pub use kinds::{Kind, Severity};
pub use load::Limits;
pub use report::{Format, Report, Reviewed, Style};
pub use rules::Rules;
pub use session::{Baseline, ConfigSource, Observer, Options, Outcome, Session, StaleReview};

/// Called after each article of a stage with the number done and the total (for a
/// progress bar); from several threads at once.
pub type Tick<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// Called as a stage of the pipeline that has no count of its own starts (`grouping`,
/// `reconciling`), for a progress display.
pub(crate) type Stage<'a> = &'a dyn Fn(&'static str);

/// Claims of every article, article by article. Articles are read in parallel (rayon);
/// each article's claims depend on that article only, so the result is the same on any
/// number of threads.
pub fn extract_all(articles: &[Article], rules: &Rules, tick: Tick) -> Vec<Claim> {
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let done = AtomicUsize::new(0);
    let per_article: Vec<Vec<Claim>> = articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            let claims = extract::extract(a, i, rules);
            tick(done.fetch_add(1, Ordering::Relaxed) + 1, articles.len());
            claims
        })
        .collect();
    flatten(per_article)
}

/// Everything one run produces, before configuration, baseline and review (a
/// [`Session`] applies those and returns an [`Outcome`]).
pub struct Run {
    /// The articles, in id order; claims and conflicts refer to them by index.
    pub articles: Vec<Article>,
    /// The claims of every article, article by article; entity, event and conflict data
    /// refer to them by index.
    pub claims: Vec<Claim>,
    /// The name claims grouped into entities (one entity however its articles spell it).
    pub entities: reconcile::entities::Entities,
    /// Which articles tell one story.
    pub stories: stories::Stories,
    /// The date and count claims grouped into events.
    pub events: reconcile::events::Events,
    /// Every conflict found, before any kind is turned off, baselined or reviewed.
    pub conflicts: Vec<Conflict>,
}

/// Claims with their entity groups, stories and event groups.
pub struct Grouped {
    /// The claims, their subjects named after their groups.
    pub claims: Vec<Claim>,
    /// The name claims grouped into entities (one entity however its articles spell it).
    pub entities: reconcile::entities::Entities,
    /// Which articles tell one story.
    pub stories: stories::Stories,
    /// The date and count claims grouped into events.
    pub events: reconcile::events::Events,
}

/// Claims, entity groups, stories and event groups of `articles`. Each entity claim's
/// subject is its group's name; each date and count claim's subject names the entities of
/// its event.
pub fn extract_and_group(articles: &[Article], rules: &Rules) -> Grouped {
    group(
        articles,
        extract_all(articles, rules, &|_, _| {}),
        rules,
        &|_| {},
    )
}

/// [`extract_and_group`] of claims already extracted from `articles`.
pub(crate) fn group_claims(articles: &[Article], claims: Vec<Claim>, rules: &Rules) -> Grouped {
    group(articles, claims, rules, &|_| {})
}

fn group(articles: &[Article], mut claims: Vec<Claim>, rules: &Rules, stage: Stage) -> Grouped {
    stage("grouping");
    let entities = group_entities(&mut claims, rules);
    let stories = stories::group(articles, &claims, &entities, rules);
    let events = group_events(&mut claims, &entities, &stories, rules);
    Grouped {
        claims,
        entities,
        stories,
        events,
    }
}

/// Entity grouping; each entity claim's subject becomes its group's name.
pub fn group_entities(claims: &mut [Claim], rules: &Rules) -> reconcile::entities::Entities {
    let entities = reconcile::entities::group(claims, rules);
    for (c, g) in claims.iter_mut().zip(&entities.group_of) {
        if let Some(g) = g {
            c.subject = Some(entities.groups[*g].name.clone());
        }
    }
    entities
}

/// Event grouping; each date and count claim's subject names the entities of its event.
pub fn group_events(
    claims: &mut [Claim],
    entities: &reconcile::entities::Entities,
    stories: &stories::Stories,
    rules: &Rules,
) -> reconcile::events::Events {
    let events = reconcile::events::group(claims, entities, stories, rules);
    for (c, info) in claims.iter_mut().zip(&events.info) {
        if let Some(info) = info.as_ref().filter(|i| !i.subjects.is_empty()) {
            let names: Vec<&str> = info
                .subjects
                .iter()
                .map(|&g| entities.groups[g].name.as_str())
                .collect();
            c.subject = Some(names.join(", "));
        }
    }
    events
}

/// The whole pipeline on `paths`: articles, their claims, and every conflict among them,
/// with the built-in settings only: no `factlint.yaml`, no kind turned off, no baseline or
/// review. [`Session::check`] is what the `factlint check` command reports.
pub fn check(paths: &[PathBuf], rules: &Rules, limits: load::Limits) -> error::Result<Run> {
    let loaded = load::load_articles(paths, rules, limits, &config::Ignore::default(), &|_, _| {})?;
    Ok(check_articles(loaded.articles, rules, &|_, _| {}))
}

/// Extraction and reconciliation of loaded articles. They are taken in id order, whatever
/// the order given, so the same articles always give the same bytes.
pub fn check_articles(articles: Vec<Article>, rules: &Rules, tick: Tick) -> Run {
    check_articles_staged(articles, rules, tick, &|_| {})
}

/// [`check_articles`], saying through `stage` when grouping (entities, stories, events) and
/// reconciliation start.
pub(crate) fn check_articles_staged(
    mut articles: Vec<Article>,
    rules: &Rules,
    tick: Tick,
    stage: Stage,
) -> Run {
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    let claims = extract_all(&articles, rules, tick);
    reconcile_claims(articles, claims, rules, stage, None)
}

/// [`check_articles`] of articles some of which come with their claims (as
/// [`extract::extract`] gives them, their article index aside): the archive articles an
/// index stores. The others are extracted; the run is the same as [`check_articles`]'s.
///
/// With `focus` (ids), the run's conflicts are at least every one with evidence in a `focus`
/// article (see [`reconcile::reconcile_for`]): what `lint` reports.
pub(crate) fn check_with_claims(
    mut articles: Vec<(Article, Option<Vec<Claim>>)>,
    rules: &Rules,
    focus: Option<&std::collections::BTreeSet<String>>,
) -> Run {
    use rayon::prelude::*;
    articles.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let per_article: Vec<Vec<Claim>> = articles
        .par_iter_mut()
        .enumerate()
        .map(|(i, (a, claims))| match claims.take() {
            Some(mut claims) => {
                for c in &mut claims {
                    c.article = i;
                }
                claims
            }
            None => extract::extract(a, i, rules),
        })
        .collect();
    let claims = flatten(per_article);
    let articles: Vec<Article> = articles.into_iter().map(|(a, _)| a).collect();
    let focus: Option<Vec<bool>> =
        focus.map(|ids| articles.iter().map(|a| ids.contains(&a.id)).collect());
    reconcile_claims(articles, claims, rules, &|_| {}, focus.as_deref())
}

/// Grouping and reconciliation of the claims of `articles` (in id order).
/// With `focus`, see [`reconcile::reconcile_for`].
fn reconcile_claims(
    articles: Vec<Article>,
    claims: Vec<Claim>,
    rules: &Rules,
    stage: Stage,
    focus: Option<&[bool]>,
) -> Run {
    let g = group(&articles, claims, rules, stage);
    stage("reconciling");
    let mut conflicts = reconcile::reconcile_for(
        &articles,
        &g.claims,
        &g.entities,
        &g.stories,
        &g.events,
        rules,
        focus,
    );
    for c in &mut conflicts {
        c.stories = g.stories.of(c.evidence.iter().map(|e| e.article));
    }
    Run {
        articles,
        claims: g.claims,
        entities: g.entities,
        stories: g.stories,
        events: g.events,
        conflicts,
    }
}

/// The claims of each article in one list, their links to other claims (an entity claim's
/// person and organisation, indices within its article) made indices within the list.
fn flatten(per_article: Vec<Vec<Claim>>) -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::with_capacity(per_article.iter().map(Vec::len).sum());
    for list in per_article {
        let base = claims.len();
        for mut c in list {
            if let claim::Detail::Entity(e) = &mut c.detail {
                e.person = e.person.map(|p| base + p);
                e.org = e.org.map(|o| base + o);
            }
            claims.push(c);
        }
    }
    claims
}

//! Reconciliation: compares claims and reports where they disagree. One module per
//! conflict kind; each is a function of the articles, the claims and the rules.

mod acronym;
mod affiliation;
mod age;
mod clock;
mod count;
mod date;
pub(crate) mod dateline;
pub mod entities;
pub mod events;
mod goals;
mod identifier;
mod initials;
mod scope;
mod spelling;
mod title;
pub(crate) mod weekday;

pub(crate) use count::update_hint as count_update_hint;

use crate::article::Article;
use crate::claim::Claim;
use crate::conflict::Conflict;
use crate::rules::Rules;

/// All conflicts among `claims`, in a stable order: by first evidence, then kind.
pub fn reconcile(
    articles: &[Article],
    claims: &[Claim],
    groups: &entities::Entities,
    stories: &crate::stories::Stories,
    events: &events::Events,
    rules: &Rules,
) -> Vec<Conflict> {
    reconcile_for(articles, claims, groups, stories, events, rules, None)
}

/// [`reconcile`]; with `focus` (per article, whether its conflicts are wanted: `lint`'s new
/// articles), the count and date conflicts are looked for only in the events a wanted
/// article takes part in, and match scores only in the wanted articles. Each such conflict's
/// evidence is claims of one event (or one article), so every conflict with evidence in a
/// wanted article is found, the same as without `focus`; others may be left out.
pub(crate) fn reconcile_for(
    articles: &[Article],
    claims: &[Claim],
    groups: &entities::Entities,
    stories: &crate::stories::Stories,
    events: &events::Events,
    rules: &Rules,
    focus: Option<&[bool]>,
) -> Vec<Conflict> {
    // The event groups with a claim of a wanted article.
    let wanted: Option<Vec<bool>> = focus.map(|focus| {
        events
            .groups
            .iter()
            .map(|g| {
                g.members
                    .iter()
                    .any(|&m| focus.get(claims[m].article).copied().unwrap_or(false))
            })
            .collect()
    });
    let focus = focus.map(|f| (f, wanted.as_deref().unwrap_or(&[])));
    // The kinds are independent of each other: each is checked on its own thread, and their
    // conflicts are put together in this order whatever the number of threads.
    type Check<'a> = Box<dyn Fn() -> Vec<Conflict> + Send + Sync + 'a>;
    let checks: Vec<Check> = vec![
        Box::new(|| dateline::check(articles, claims, rules)),
        Box::new(|| weekday::check(articles, claims, stories, rules)),
        Box::new(|| spelling::check(claims, groups, stories, rules)),
        Box::new(|| identifier::check(claims, stories, rules)),
        Box::new(|| initials::check(claims, stories, rules)),
        Box::new(|| acronym::check(articles, claims, groups, stories, rules)),
        Box::new(|| title::check(claims, groups, stories, rules)),
        Box::new(|| affiliation::check(claims, groups, rules)),
        Box::new(|| count::check(articles, claims, events, rules, focus)),
        Box::new(|| age::check(claims, groups, stories, rules)),
        Box::new(|| goals::check(claims, groups, stories, rules)),
        Box::new(|| date::check(articles, claims, groups, events, rules, focus.map(|f| f.1))),
    ];
    use rayon::prelude::*;
    let found: Vec<Vec<Conflict>> = checks.par_iter().map(|check| check()).collect();
    let mut out: Vec<Conflict> = found.into_iter().flatten().collect();
    out.sort_by(|a, b| {
        let key = |c: &Conflict| c.evidence.first().map(|e| (e.article, e.span.start));
        key(a)
            .cmp(&key(b))
            .then(a.kind.cmp(&b.kind))
            .then(a.message.cmp(&b.message))
    });
    out
}

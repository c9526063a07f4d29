//! Reconciliation: compares claims and reports where they disagree. One module per
//! conflict kind; each is a function of the articles, the claims and the rules.

mod acronym;
mod affiliation;
mod age;
mod count;
mod date;
pub(crate) mod dateline;
pub mod entities;
pub mod events;
mod identifier;
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
    let mut out = Vec::new();
    out.extend(dateline::check(articles, claims, rules));
    out.extend(weekday::check(articles, claims, stories, rules));
    out.extend(spelling::check(claims, groups, stories, rules));
    out.extend(identifier::check(claims, stories, rules));
    out.extend(acronym::check(articles, claims, groups, stories, rules));
    out.extend(title::check(claims, groups, stories, rules));
    out.extend(affiliation::check(claims, groups, rules));
    out.extend(count::check(articles, claims, events, rules));
    out.extend(age::check(claims, groups, stories, rules));
    out.extend(date::check(claims, groups, events, rules));
    out.sort_by(|a, b| {
        let key = |c: &Conflict| c.evidence.first().map(|e| (e.article, e.span.start));
        key(a)
            .cmp(&key(b))
            .then(a.kind.cmp(&b.kind))
            .then(a.message.cmp(&b.message))
    });
    out
}

//! factlint's pipeline split into its stages through the public API, for timing each one:
//! the same steps, in the same order, as `factlint::check_articles`.

use factlint::article::Article;
use factlint::claim::Claim;
use factlint::reconcile::entities::{self, Entities};
use factlint::reconcile::events::{self, Events};
use factlint::rules::Rules;

/// Entity grouping; each entity claim's subject becomes its group's name.
pub fn group_entities(claims: &mut [Claim], rules: &Rules) -> Entities {
    let entities = entities::group(claims, rules);
    for (c, g) in claims.iter_mut().zip(&entities.group_of) {
        if let Some(g) = g {
            c.subject = Some(entities.groups[*g].name.clone());
        }
    }
    entities
}

/// Event grouping; each date and count claim's subject names the entities of its event.
pub fn group_events(claims: &mut [Claim], entities: &Entities, rules: &Rules) -> Events {
    let events = events::group(claims, entities, rules);
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

/// Everything `check_articles` computes, stage by stage.
pub struct Grouped {
    pub claims: Vec<Claim>,
    pub entities: Entities,
    pub events: Events,
}

pub fn extract_and_group(articles: &[Article], rules: &Rules) -> Grouped {
    let mut claims = factlint::extract_all(articles, rules, &|_, _| {});
    let entities = group_entities(&mut claims, rules);
    let events = group_events(&mut claims, &entities, rules);
    Grouped {
        claims,
        entities,
        events,
    }
}

//! Goal minutes (reported as `count`): one scorer's goals of one match given minutes that
//! differ by a slip of the clock.
//!
//! The goal minutes of one player (an entity group: one name, however spelt) are compared
//! within an article and between articles of one story. Outlets read the match clock apart
//! by a minute or two (`Conceicao (21', 59')` and `(21', 58')`); a bigger gap is more likely
//! another goal, another match or another player of the name, so a conflict needs, strictly:
//! - the same number of goals on both sides;
//! - all minutes but one the same, taken in clock order: `45+2` is `47` written with
//!   stoppage time, and a half's end with no stoppage (`45`, `90`) may stand for any minute
//!   of its stoppage time (`45` and `45+6`);
//! - the one minute that differs, by at most [`SLIP`] minutes, written alike on both sides:
//!   two regular minutes (`58`, `59`) or two of one half's stoppage time (`45+1`, `45+3`),
//!   neither a half's end (`45` and `46` may both be the first minute of stoppage time).

use std::collections::{BTreeMap, BTreeSet};

use super::count::{evidence, ranked_values};
use super::entities::Entities;
use crate::claim::{Attribute, Claim, GoalMinute};
use crate::conflict::{Conflict, Role};
use crate::kinds::Kind;
use crate::rules::Rules;
use crate::stories::Stories;

/// The most minutes two outlets' clocks differ by for one goal.
const SLIP: u32 = 2;

/// The regular minutes that end a half or a period of extra time: stoppage time is written
/// after them (`45+2`).
const HALF_ENDS: [u32; 4] = [45, 90, 105, 120];

/// The goal-minute conflicts among `claims`.
pub fn check(
    claims: &[Claim],
    entities: &Entities,
    stories: &Stories,
    rules: &Rules,
) -> Vec<Conflict> {
    // Per player: (claim index, minutes).
    let mut by_player: BTreeMap<usize, Vec<(usize, Vec<GoalMinute>)>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.attribute != Attribute::Goals {
            continue;
        }
        if let (Some(g), Some(minutes)) = (entities.group_of[i], minutes(c)) {
            by_player.entry(g).or_default().push((i, minutes));
        }
    }
    let mut out = Vec::new();
    for (g, lists) in &by_player {
        let mut involved: BTreeSet<usize> = BTreeSet::new();
        for (x, (a, ma)) in lists.iter().enumerate() {
            for (b, mb) in &lists[x + 1..] {
                let (ca, cb) = (&claims[*a], &claims[*b]);
                let near = ca.article == cb.article || stories.together(ca.article, cb.article);
                if near && slipped(ma, mb) {
                    involved.extend([*a, *b]);
                }
            }
        }
        // Lists involved that disagree among themselves by more than one slip are of several
        // goals (or players of one name): no conflict.
        if involved.is_empty() || !consistent(lists, &involved) {
            continue;
        }
        let value = |c: &Claim| c.entity().map(|e| e.value.clone()).unwrap_or_default();
        let player = &entities.groups[*g].name;
        let mut evidence = evidence(claims, involved.iter().copied(), value, |c| {
            Role::GoalMinutes(value(c))
        });
        evidence.sort_by_key(|e| (e.article, e.span.start));
        out.push(Conflict {
            kind: Kind::Count,
            severity: rules.severity(Kind::Count),
            subject: player.clone(),
            message: format!(
                "{player}'s goals are given different minutes: {}; one goal's minute is \
                 written differently",
                ranked_values(claims, &involved, value)
            )
            .into(),
            stories: Vec::new(),
            evidence,
        });
    }
    out
}

/// The minutes of a goal-minute claim.
fn minutes(c: &Claim) -> Option<Vec<GoalMinute>> {
    GoalMinute::parse_list(&c.entity()?.value)
}

/// Whether two minutes are one, written alike or not: `45+2` and `47`; a half's end and a
/// minute of its stoppage time (`45` and `45+6`).
fn same(a: GoalMinute, b: GoalMinute) -> bool {
    let end = |x: GoalMinute, y: GoalMinute| {
        x.added == 0 && HALF_ENDS.contains(&x.base) && y.base == x.base && y.added > 0
    };
    a.clock() == b.clock() || end(a, b) || end(b, a)
}

/// Whether two different minutes are one goal's read by two clocks: written alike (two
/// regular minutes, or two of one half's stoppage time), neither a half's end, at most
/// [`SLIP`] apart.
fn slip(a: GoalMinute, b: GoalMinute) -> bool {
    let alike = (a.added == 0 && b.added == 0) || (a.added > 0 && a.base == b.base);
    let end = |x: GoalMinute| x.added == 0 && HALF_ENDS.contains(&x.base);
    alike && !end(a) && !end(b) && a.clock() != b.clock() && a.clock().abs_diff(b.clock()) <= SLIP
}

/// Whether two lists of one player's minutes are one list with one minute slipped: as many
/// goals, in clock order all the same but one, that one a [`slip`].
fn slipped(a: &[GoalMinute], b: &[GoalMinute]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let differ: Vec<(GoalMinute, GoalMinute)> = a
        .iter()
        .zip(b)
        .filter(|(x, y)| !same(**x, **y))
        .map(|(x, y)| (*x, *y))
        .collect();
    matches!(differ.as_slice(), [(x, y)] if slip(*x, *y))
}

/// Whether the `involved` lists of a player are all one list or its slips: every two of
/// them agree or are [`slipped`].
fn consistent(lists: &[(usize, Vec<GoalMinute>)], involved: &BTreeSet<usize>) -> bool {
    let chosen: Vec<&Vec<GoalMinute>> = lists
        .iter()
        .filter(|(i, _)| involved.contains(i))
        .map(|(_, m)| m)
        .collect();
    chosen.iter().enumerate().all(|(x, a)| {
        chosen[x + 1..].iter().all(|b| {
            slipped(a, b)
                || (a.len() == b.len() && a.iter().zip(b.iter()).all(|(p, q)| same(*p, *q)))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> Vec<GoalMinute> {
        GoalMinute::parse_list(text).unwrap()
    }

    #[test]
    fn one_minute_read_apart_is_a_slip() {
        for (a, b) in [
            ("21, 59", "21, 58"),
            ("19", "20"),
            ("15, 45+6", "17, 45+6"),
            ("45+1", "45+3"),
            ("10, 90+2", "10, 90+4"),
        ] {
            assert!(slipped(&list(a), &list(b)), "{a} / {b}");
        }
    }

    #[test]
    fn minutes_that_are_no_slip() {
        for (a, b) in [
            // One minute written two ways: stoppage time on a running clock, a half's end
            // standing for its stoppage time.
            ("45+2", "47"),
            ("15, 45", "15, 45+6"),
            ("21, 59", "21, 59"),
            // Another count of goals, two minutes differing, a gap too wide, forms unlike.
            ("21", "21, 58"),
            ("20, 58", "21, 59"),
            ("21, 55", "21, 59"),
            ("45+3", "46"),
            ("45", "46"),
            ("89", "90"),
            ("90+1", "45+1"),
        ] {
            assert!(!slipped(&list(a), &list(b)), "{a} / {b}");
        }
    }

    #[test]
    fn lists_that_disagree_otherwise_too_are_not_one() {
        let lists = vec![(0, list("21, 59")), (1, list("21, 58")), (2, list("30"))];
        let involved: BTreeSet<usize> = [0, 1].into();
        assert!(consistent(&lists, &involved));
        let lists = vec![(0, list("21")), (1, list("22")), (2, list("23"))];
        let involved: BTreeSet<usize> = [0, 1, 2].into();
        // 21 and 23 are two minutes apart, a slip each of 22: one goal.
        assert!(consistent(&lists, &involved));
        let lists = vec![(0, list("20")), (1, list("22")), (2, list("24"))];
        assert!(!consistent(&lists, &involved));
    }
}

//! Time scopes: whether two claims speak of the same time.

use chrono::{Days, NaiveDate};

/// Two scopes are the same time when they overlap once widened by `tolerance` days. An
/// unknown scope (no publication date, no date in the sentence) overlaps every scope:
/// articles checked together are usually about one story.
pub fn overlaps(
    a: Option<(NaiveDate, NaiveDate)>,
    b: Option<(NaiveDate, NaiveDate)>,
    tolerance: usize,
) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    let widen = |d: NaiveDate| d.checked_add_days(Days::new(tolerance as u64)).unwrap_or(d);
    a.0 <= widen(b.1) && b.0 <= widen(a.1)
}

/// A scope as stored on a claim.
pub type Scope = Option<(chrono::NaiveDate, chrono::NaiveDate)>;

/// The items (by index) whose scope overlaps the scope of an item with another key: two
/// titles, or two institutions, held at one time. Compares distinct (key, scope) pairs
/// only, in order of their scopes' start, each with those that start before it ends, so
/// thousands of mentions of one person on many dates stay cheap.
pub fn clashing<K: Ord + Clone>(items: &[(K, Scope)], tolerance: usize) -> Vec<usize> {
    use std::collections::BTreeSet;
    let mut distinct: Vec<(K, Scope)> = items
        .iter()
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    // Unknown scopes (which overlap everything) first, then by start.
    distinct.sort_by_key(|(_, s)| s.map(|s| s.0));
    let mut bad: BTreeSet<(K, Scope)> = BTreeSet::new();
    for (x, a) in distinct.iter().enumerate() {
        for b in &distinct[x + 1..] {
            if let (Some(sa), Some(sb)) = (a.1, b.1) {
                let end = sa.1.checked_add_days(Days::new(tolerance as u64));
                if end.is_some_and(|end| sb.0 > end) {
                    break;
                }
            }
            if a.0 != b.0 && overlaps(a.1, b.1, tolerance) {
                bad.insert(a.clone());
                bad.insert(b.clone());
            }
        }
    }
    items
        .iter()
        .enumerate()
        .filter(|(_, it)| bad.contains(*it))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn scopes_overlap_within_the_tolerance_only() {
        let jan23 = Some((d(2023, 1, 31), d(2023, 1, 31)));
        let oct24 = Some((d(2024, 10, 18), d(2024, 10, 18)));
        assert!(!overlaps(jan23, oct24, 31));
        assert!(overlaps(oct24, Some((d(2024, 11, 1), d(2024, 11, 1))), 31));
        assert!(!overlaps(oct24, Some((d(2024, 12, 1), d(2024, 12, 1))), 31));
        assert!(overlaps(None, oct24, 0));
    }
}

//! Baselines: the conflicts recorded on one day (`factlint baseline`), so that later runs
//! report only new ones, and the split of a run's conflicts into those to report, those a
//! baseline holds and those a review file marks ([`crate::review`]). Both match conflicts by
//! fingerprint ([`Conflict::fingerprint`]), which does not change when lines move.

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::config::read_small;
use crate::conflict::Conflict;
use crate::error::{display_path, Error, Result};
use crate::report::Reviewed;
use crate::review::Marks;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    conflicts: Vec<BaselineEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineEntry {
    fingerprint: String,
    kind: String,
    severity: String,
    subject: String,
    message: String,
}

/// The baseline file for `conflicts`: pretty JSON, one entry per conflict, sorted by
/// fingerprint, ending in a newline.
pub fn baseline_json(conflicts: &[Conflict], articles: &[Article]) -> String {
    let mut entries: Vec<BaselineEntry> = conflicts
        .iter()
        .map(|c| BaselineEntry {
            fingerprint: c.fingerprint(articles),
            kind: c.kind.id().to_string(),
            severity: c.severity.as_str().to_string(),
            subject: c.subject.clone(),
            message: c.message.to_string(),
        })
        .collect();
    entries.sort_by(|a, b| a.fingerprint.cmp(&b.fingerprint));
    entries.dedup_by(|a, b| a.fingerprint == b.fingerprint);
    let file = BaselineFile {
        version: 1,
        conflicts: entries,
    };
    let mut s = serde_json::to_string_pretty(&file).unwrap_or_default();
    s.push('\n');
    s
}

/// The fingerprints a baseline file records.
pub fn read_baseline(path: &Path) -> Result<BTreeSet<String>> {
    let shown = display_path(path);
    let text = read_small(path)?;
    let file: BaselineFile = serde_json::from_str(&text).map_err(|e| {
        Error::config(
            &shown,
            Some(e.line()),
            format!("not a factlint baseline: {e}"),
        )
    })?;
    if file.version != 1 {
        return Err(Error::config(
            &shown,
            None,
            format!("baseline version {} is not supported (1 is)", file.version),
        ));
    }
    Ok(file.conflicts.into_iter().map(|c| c.fingerprint).collect())
}

/// Conflicts split by what is known: (to report, those the baseline holds, reviewed).
pub fn split(
    conflicts: Vec<Conflict>,
    articles: &[Article],
    baseline: &BTreeSet<String>,
    marks: &Marks,
) -> (Vec<Conflict>, Vec<Conflict>, Vec<Reviewed>) {
    let mut report = Vec::new();
    let mut baselined = Vec::new();
    let mut reviewed = Vec::new();
    for c in conflicts {
        let fingerprint = c.fingerprint(articles);
        if let Some(mark) = marks.get(&fingerprint) {
            reviewed.push(Reviewed {
                conflict: c,
                fingerprint,
                status: mark.status.clone(),
                comment: mark.comment.clone(),
            });
        } else if baseline.contains(&fingerprint) {
            baselined.push(c);
        } else {
            report.push(c);
        }
    }
    (report, baselined, reviewed)
}

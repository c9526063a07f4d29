//! What is already known about conflicts: a baseline (the conflicts recorded on one day, so
//! that later runs report only new ones) and a review file (conflicts an editor has marked
//! `accepted` or `not-a-conflict`, with a comment). Both match conflicts by fingerprint
//! ([`Conflict::fingerprint`]), which does not change when lines move.
//!
//! Review file (YAML):
//! ```yaml
//! reviews:
//!   - fingerprint: f06f2361a18d63ea
//!     status: not-a-conflict
//!     comment: "Two landslides: the 2023 one was small."
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::config::read_small;
use crate::conflict::Conflict;
use crate::error::{display_path, Error, Result};
use crate::report::Reviewed;

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
            message: c.message.clone(),
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewFile {
    #[serde(default)]
    reviews: Vec<ReviewEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewEntry {
    fingerprint: String,
    status: Status,
    #[serde(default)]
    comment: String,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Status {
    Accepted,
    NotAConflict,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Accepted => "accepted",
            Status::NotAConflict => "not-a-conflict",
        }
    }
}

/// One entry of a review file.
#[derive(Debug, Clone)]
pub struct Mark {
    /// `accepted` or `not-a-conflict`.
    pub status: String,
    pub comment: String,
    /// Its line in the review file.
    pub line: usize,
}

/// Marks of a review file, by fingerprint.
pub type Marks = BTreeMap<String, Mark>;

/// The entries of a review file that match none of `conflicts` (fingerprint and line, in
/// file order): decisions about conflicts that are gone, or whose fingerprint changed.
pub fn stale_marks(
    marks: &Marks,
    conflicts: &[Conflict],
    articles: &[Article],
) -> Vec<(String, usize)> {
    let seen: BTreeSet<String> = conflicts.iter().map(|c| c.fingerprint(articles)).collect();
    let mut stale: Vec<(String, usize)> = marks
        .iter()
        .filter(|(f, _)| !seen.contains(*f))
        .map(|(f, m)| (f.clone(), m.line))
        .collect();
    stale.sort_by_key(|(_, line)| *line);
    stale
}

pub fn read_review(path: &Path) -> Result<Marks> {
    let shown = display_path(path);
    let text = read_small(path)?;
    if text.trim().is_empty() {
        return Ok(Marks::new());
    }
    let file: ReviewFile = crate::rules::parse_yaml(&shown, &text, Error::config)?;
    let mut marks = Marks::new();
    for r in file.reviews {
        let line = crate::rules::line_of(&text, &r.fingerprint);
        if marks
            .insert(
                r.fingerprint.clone(),
                Mark {
                    status: r.status.as_str().to_string(),
                    comment: r.comment,
                    line: line.unwrap_or(1),
                },
            )
            .is_some()
        {
            return Err(Error::config(
                &shown,
                line,
                format!("fingerprint {} is reviewed twice", r.fingerprint),
            ));
        }
    }
    Ok(marks)
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

/// Writes `bytes` to `path` through a temporary file in the same folder, renamed into
/// place: an error leaves any existing file as it was, never half-written. See
/// [`write_atomic_with`] for the file's mode.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Writes what `write` writes (through a buffer) to `path` through a temporary file in the
/// same folder, renamed into place: an error leaves any existing file as it was, never
/// half-written. The file keeps the mode of the file it replaces; a new file gets the mode
/// a new file gets from the umask (`0644` under umask `022`), not the temporary file's
/// private `0600`.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    use std::io::Write;
    let shown = display_path(path);
    let fail = |e: std::io::Error| Error::Output {
        path: shown.clone(),
        message: crate::error::io_reason(&e),
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let old = std::fs::metadata(path).ok().filter(|m| m.is_file());
    let mut builder = tempfile::Builder::new();
    builder.prefix(".factlint-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with 0666 and the umask applied by the system, like any new file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.tempfile_in(dir).map_err(fail)?;
    if let Some(old) = &old {
        // The replaced file's mode (set explicitly, so the umask does not narrow it).
        tmp.as_file()
            .set_permissions(old.permissions())
            .map_err(fail)?;
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp);
    write(&mut out).map_err(fail)?;
    out.flush().map_err(fail)?;
    let tmp = out.into_inner().map_err(|e| fail(e.into_error()))?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

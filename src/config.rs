//! `factlint.yaml`: a project's settings, found in the current folder or the nearest parent
//! that has one (as other linters do), or named with `--config FILE`.
//!
//! ```yaml
//! rules: [newsroom-rules]          # rule folders, relative to this file
//! fail-on: warning                 # error | warning | info | never
//! format: text                     # text | json | sarif | markdown | html | github
//! ignore: ["**/README.md", "drafts/**"]   # globs, relative to this file
//! severity: { count-update: warning, weekday: off }
//! baseline: factlint-baseline.json # only conflicts not in it are reported
//! review: factlint-review.yaml     # conflicts an editor has marked
//! docs: https://git.example.org/tools/factlint/README.md   # where SARIF rules link
//! html-pages-above: 300            # --html-dir: one page per story above this many conflicts
//! ```
//! Command-line flags win over the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;

use crate::error::{display_path, io_reason, Error, Result};
use crate::kinds::{Kind, Severity, KINDS};
use crate::report::Format;

/// The name looked for in the current folder and its parents.
pub(crate) const FILE_NAME: &str = "factlint.yaml";

/// Largest configuration, baseline or review file read, in bytes.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// From which severity on a conflict makes the exit code 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Only errors fail the run.
    Error,
    /// Warnings and errors fail the run.
    Warning,
    /// Any conflict fails the run.
    Info,
    /// No conflict fails the run (exit code 0 unless factlint itself fails).
    Never,
}

impl FailOn {
    /// The lowest severity that fails the run; `None` for [`FailOn::Never`].
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// A kind's severity as the configuration sets it; `off` stops reporting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Level {
    Error,
    Warning,
    Info,
    Off,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    #[serde(default)]
    rules: Vec<PathBuf>,
    fail_on: Option<FailOn>,
    format: Option<Format>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    severity: BTreeMap<String, Level>,
    baseline: Option<PathBuf>,
    review: Option<PathBuf>,
    docs: Option<String>,
    html_pages_above: Option<usize>,
}

/// The configuration in effect (empty when there is no file).
#[derive(Debug, Default)]
pub struct Config {
    /// The file read, if any.
    pub path: Option<PathBuf>,
    /// Rule folders, resolved against the file's folder.
    pub rules: Vec<PathBuf>,
    /// `fail-on:`.
    pub fail_on: Option<FailOn>,
    /// `format:`.
    pub format: Option<Format>,
    /// `ignore:` globs.
    pub ignore: Ignore,
    /// Per-kind severity: `None` turns the kind off.
    pub severity: BTreeMap<Kind, Option<Severity>>,
    /// `baseline:`, resolved against the file's folder.
    pub baseline: Option<PathBuf>,
    /// `docs:`, the absolute URL of factlint's README as the newsroom publishes it: SARIF
    /// rules link to each kind's section there (`helpUri`).
    pub docs: Option<String>,
    /// `review:`, resolved against the file's folder.
    pub review: Option<PathBuf>,
    /// `html-pages-above:`, the number of conflicts above which `--html-dir` writes an
    /// index and one page per story (default [`crate::report::PAGES_ABOVE`]).
    pub html_pages_above: Option<usize>,
}

impl Config {
    /// The configuration named by `explicit`, else the nearest `factlint.yaml` from `cwd`
    /// up, else none.
    pub fn find(explicit: Option<&Path>, cwd: &Path) -> Result<Config> {
        if let Some(path) = explicit {
            return Config::load(path);
        }
        let mut dir = Some(cwd);
        while let Some(d) = dir {
            let candidate = d.join(FILE_NAME);
            if candidate.is_file() {
                return Config::load(&candidate);
            }
            dir = d.parent();
        }
        Ok(Config::default())
    }

    /// Reads one configuration file.
    pub fn load(path: &Path) -> Result<Config> {
        let shown = display_path(path);
        let text = read_small(path)?;
        let file: ConfigFile = if text.trim().is_empty() {
            ConfigFile::default()
        } else {
            crate::rules::parse_yaml(&shown, &text, Error::config)?
        };
        let base = path.parent().unwrap_or(Path::new("")).to_path_buf();
        let mut severity = BTreeMap::new();
        for (id, level) in &file.severity {
            let kind = Kind::from_id(id).ok_or_else(|| {
                Error::config(
                    &shown,
                    crate::rules::line_of(&text, id),
                    format!(
                        "unknown conflict kind '{id}' (known: {})",
                        KINDS.iter().map(|k| k.id).collect::<Vec<_>>().join(", ")
                    ),
                )
            })?;
            let level = match level {
                Level::Error => Some(Severity::Error),
                Level::Warning => Some(Severity::Warning),
                Level::Info => Some(Severity::Info),
                Level::Off => None,
            };
            severity.insert(kind, level);
        }
        let ignore = Ignore::new(&base, &file.ignore).map_err(|(pattern, e)| {
            Error::config(&shown, crate::rules::line_of(&text, &pattern), e)
        })?;
        let resolve = |p: &PathBuf| base.join(p);
        let docs = match &file.docs {
            Some(url) if !is_absolute_url(url) => {
                return Err(Error::config(
                    &shown,
                    crate::rules::line_of(&text, url),
                    format!("docs: '{url}' is no absolute http(s) URL"),
                ))
            }
            other => other.clone(),
        };
        Ok(Config {
            docs,
            path: Some(path.to_path_buf()),
            rules: file.rules.iter().map(resolve).collect(),
            fail_on: file.fail_on,
            format: file.format,
            ignore,
            severity,
            baseline: file.baseline.as_ref().map(resolve),
            review: file.review.as_ref().map(resolve),
            html_pages_above: file.html_pages_above,
        })
    }
}

/// An absolute http or https URL with a host and no whitespace (a SARIF `helpUri`).
fn is_absolute_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty()
            && !r.starts_with('/')
            && !url
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '#')
    })
}

/// Paths to leave out when walking folders: globs relative to the configuration's folder.
#[derive(Debug, Default)]
pub struct Ignore {
    base: Option<PathBuf>,
    set: GlobSet,
}

impl Ignore {
    /// Compiles `patterns`; a bad one is returned with its error.
    pub fn new(base: &Path, patterns: &[String]) -> std::result::Result<Ignore, (String, String)> {
        let mut builder = GlobSetBuilder::new();
        for p in patterns {
            let glob = Glob::new(p).map_err(|e| (p.clone(), format!("bad ignore pattern: {e}")))?;
            builder.add(glob);
        }
        let set = builder
            .build()
            .map_err(|e| (String::new(), e.to_string()))?;
        let base = std::fs::canonicalize(if base.as_os_str().is_empty() {
            Path::new(".")
        } else {
            base
        })
        .ok();
        Ok(Ignore { base, set })
    }

    /// Whether `path` (a file found in a folder) is ignored: a pattern matches it relative
    /// to the configuration's folder, or as written.
    pub(crate) fn skips(&self, path: &Path) -> bool {
        if self.set.is_empty() {
            return false;
        }
        if self.set.is_match(path) {
            return true;
        }
        let (Some(base), Ok(real)) = (&self.base, std::fs::canonicalize(path)) else {
            return false;
        };
        real.strip_prefix(base)
            .is_ok_and(|rel| self.set.is_match(rel))
    }
}

/// A small text file (configuration, baseline, review), or an error naming it.
pub(crate) fn read_small(path: &Path) -> Result<String> {
    let shown = display_path(path);
    let meta = std::fs::metadata(path).map_err(|e| Error::config(&shown, None, io_reason(&e)))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::config(
            &shown,
            None,
            format!("file is larger than {MAX_FILE_BYTES} bytes"),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::config(&shown, None, io_reason(&e)))?;
    String::from_utf8(bytes).map_err(|_| Error::config(&shown, None, "not valid UTF-8"))
}

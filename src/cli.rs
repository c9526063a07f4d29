//! The command line: clap definitions (their `///` comments are the `--help` text), the
//! progress display, and `run`, which hands the parsed command to a [`Session`] and writes
//! what it returns. Nothing here decides what a report says: that is the library's.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::FailOn;
use crate::error::{display_path, escape_controls, Error};
use crate::kinds::{self, KINDS};
use crate::load::Limits;
use crate::report::{Format, Style};
use crate::session::{ConfigSource, Observer, Options, Outcome, Session};
use crate::write;

/// Check news articles for cross-source fact consistency.
///
/// Exit codes: 0 nothing at or above --fail-on, 1 conflicts found, 2 bad input or usage.
#[derive(Debug, Parser)]
#[command(name = "factlint", version, about)]
pub struct Cli {
    /// A folder of YAML rule files that add to or override the built-in rules
    /// (a file with the same path as a built-in one replaces it). Repeatable.
    #[arg(long = "rules", value_name = "DIR", global = true)]
    pub rules: Vec<PathBuf>,

    /// The configuration file to use instead of the nearest factlint.yaml in the current
    /// folder or a parent.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,

    /// Largest article file read, in bytes.
    #[arg(long, value_name = "BYTES", global = true, default_value_t = Limits::default().max_article_bytes)]
    pub max_article_bytes: u64,

    /// Most articles read in one run.
    #[arg(long, value_name = "N", global = true, default_value_t = Limits::default().max_articles)]
    pub max_articles: usize,

    /// Largest rule file read, in bytes.
    #[arg(long, value_name = "BYTES", global = true, default_value_t = Limits::default().max_rule_bytes)]
    pub max_rule_bytes: u64,

    /// Threads for reading and extraction (default: one per core). The output is the same
    /// on any number.
    #[arg(long, value_name = "N", global = true)]
    pub threads: Option<std::num::NonZeroUsize>,

    /// The subcommand to run.
    #[command(subcommand)]
    pub command: Command,
}

/// factlint's subcommands: `check`, `lint`, `index`, `baseline`, `claims`, `kinds`,
/// `explain`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Report the conflicts among the articles in PATH (files, or folders of *.txt and *.md).
    Check {
        /// Articles: files, or folders searched recursively for *.txt and *.md.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Output format, files and exit-code options.
        #[command(flatten)]
        out: ReportArgs,
    },
    /// Report only the conflicts a new article takes part in, against an archive.
    Lint {
        /// The new articles.
        #[arg(required = true, value_name = "NEW")]
        new: Vec<PathBuf>,
        /// The archive: files or folders of articles already published, or one archive
        /// index built by `factlint index` (an SQLite file or a postgres:// URL).
        #[arg(long, required = true, num_args = 1.., value_name = "PATH")]
        against: Vec<PathBuf>,
        /// Output format, files and exit-code options.
        #[command(flatten)]
        out: ReportArgs,
    },
    /// Build or update an archive index (SQLite, or PostgreSQL) for `lint NEW... --against
    /// FILE`: only new or changed articles are re-read, all in one transaction.
    Index {
        /// The archive: files, or folders searched recursively for *.txt and *.md.
        #[arg(required = true, value_name = "ARCHIVE")]
        paths: Vec<PathBuf>,
        /// The index: an SQLite file (created when missing), or a PostgreSQL database
        /// (postgres://user@host/dbname).
        #[arg(long, required = true, value_name = "FILE")]
        db: PathBuf,
    },
    /// Record today's conflicts, so that `--baseline FILE` later reports only new ones.
    Baseline {
        /// Articles: files, or folders searched recursively for *.txt and *.md.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Where to write the baseline.
        #[arg(
            short,
            long,
            value_name = "FILE",
            default_value = "factlint-baseline.json"
        )]
        output: PathBuf,
    },
    /// Print every claim extracted from the articles in PATH, one JSON object per line.
    Claims {
        /// Articles: files, or folders searched recursively for *.txt and *.md.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// List the conflict kinds with their severity (after rules and configuration).
    Kinds,
    /// Explain a conflict kind: what it flags, an example, how to tune or silence it.
    Explain {
        /// A kind id, as listed by `factlint kinds`.
        kind: String,
    },
}

/// How `check` and `lint` report.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Output format [default: the configuration's, else text].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Exit with 1 when a conflict at or above this severity is found [default: the
    /// configuration's, else warning].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write the HTML report into folder DIR (created when missing): index.html, and when
    /// the run has more conflicts than `html-pages-above` (factlint.yaml, default 300) an
    /// index of the stories plus one page per story (story-N.html), all or none.
    /// Implies --format html.
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    pub html_dir: Option<PathBuf>,
    /// Report only conflicts not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// A review file: conflicts it marks are not reported, only counted in the summary.
    #[arg(long, value_name = "FILE")]
    pub review: Option<PathBuf>,
}

/// Runs the command line `args` (including the program name). Returns the exit code.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let _ = START.set(std::time::Instant::now());
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match execute(&cli) {
        Ok((output, code)) => match write_stdout(&output) {
            Ok(()) => code,
            Err(e) => {
                eprintln!("factlint: {}", escape_controls(&e.to_string()));
                2
            }
        },
        Err(e) => {
            eprintln!("factlint: {}", escape_controls(&e.to_string()));
            2
        }
    }
}

/// Runs a parsed command: (what to print, exit code). Everything but the progress display
/// and the writing is the library's [`Session`].
pub fn execute(cli: &Cli) -> Result<(String, i32), Error> {
    if let Some(n) = cli.threads {
        // Fails only when a pool already exists (a second call in one process).
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.get())
            .build_global();
    }
    let out = match &cli.command {
        Command::Check { out, .. } | Command::Lint { out, .. } => Some(out),
        _ => None,
    };
    if let Some(o) = out {
        if let (Some(dir), Some(format)) = (&o.html_dir, o.format) {
            if format != Format::Html {
                return Err(Error::Output {
                    path: display_path(dir),
                    message: format!(
                        "--html-dir writes the HTML report; --format {} cannot be written to \
                         a folder (use -o FILE)",
                        format_name(format)
                    ),
                });
            }
        }
    }
    let session = Session::new(options(cli, out))?;
    match &cli.command {
        Command::Check { paths, out } => {
            let progress = Progress::new();
            let outcome = session.check_with(paths, &progress)?;
            let report = write_report(&outcome, out, &progress);
            drop_aside(outcome);
            report
        }
        Command::Lint { new, against, out } => {
            let progress = Progress::new();
            let outcome = session.lint_with(new, against, &progress)?;
            let report = write_report(&outcome, out, &progress);
            drop_aside(outcome);
            report
        }
        Command::Index { paths, db } => {
            let progress = Progress::new();
            let done = session.index_with(paths, db, &progress)?;
            Ok((format!("{done}\n"), 0))
        }
        Command::Baseline { paths, output } => {
            let progress = Progress::new();
            let baseline = session.baseline_with(paths, &progress)?;
            progress.stage("writing");
            write::write_atomic(output, baseline.json.as_bytes())?;
            let n = baseline.conflicts;
            Ok((
                format!(
                    "recorded {n} conflict{} in {}\n",
                    if n == 1 { "" } else { "s" },
                    display_path(output)
                ),
                0,
            ))
        }
        Command::Claims { paths } => Ok((session.claims_with(paths, &Progress::new())?, 0)),
        Command::Kinds => {
            // Read first: a bad rule folder is an error even when every kind is off.
            session.rules()?;
            let mut out = String::new();
            for k in KINDS {
                let severity = session.severity(k.kind)?.map_or("off", |s| s.as_str());
                out.push_str(&format!("{:<12} {:<8} {}\n", k.id, severity, k.summary));
            }
            Ok((out, 0))
        }
        Command::Explain { kind } => Ok((kinds::explain(kind)?, 0)),
    }
}

/// Frees a run's outcome on a thread of its own: a run of 10,000 articles holds a million
/// claims, whose freeing the report need not wait for (the process may end first).
fn drop_aside(outcome: Outcome) {
    // Should no thread start, the outcome is freed here, as the closure is dropped.
    let _ = std::thread::Builder::new().spawn(move || drop(outcome));
}

/// The session's options from the command line: `--config FILE`, else the nearest
/// `factlint.yaml` from the current folder up; the report flags of `check` and `lint`.
fn options(cli: &Cli, out: Option<&ReportArgs>) -> Options {
    let config = match &cli.config {
        Some(path) => ConfigSource::File(path.clone()),
        None => ConfigSource::Discover(std::env::current_dir().unwrap_or_default()),
    };
    Options {
        config,
        rules: cli.rules.clone(),
        limits: Limits {
            max_article_bytes: cli.max_article_bytes,
            max_articles: cli.max_articles,
            max_rule_bytes: cli.max_rule_bytes,
        },
        // --html-dir is the HTML report, whatever factlint.yaml's `format:`.
        format: out.and_then(|o| o.format.or(o.html_dir.as_ref().map(|_| Format::Html))),
        fail_on: out.and_then(|o| o.fail_on),
        baseline: out.and_then(|o| o.baseline.clone()),
        review: out.and_then(|o| o.review.clone()),
    }
}

/// A progress bar on standard error, shown only on a terminal and only once a run has
/// lasted `PROGRESS_AFTER`: short runs and piped or CI runs print nothing. Every stage shows:
/// `reading` and `extracting` with a count of articles, then `grouping` (entities, stories,
/// events), `reconciling`, and `rendering` or `writing` with the time they have taken.
struct Progress {
    bar: ProgressBar,
    started: std::time::Instant,
    terminal: bool,
    /// The stages shown so far, in order (each once).
    stages: std::sync::Mutex<Vec<&'static str>>,
}

/// How long a run goes before its progress bar appears.
const PROGRESS_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

impl Progress {
    fn new() -> Self {
        Self::on(std::io::stderr().is_terminal())
    }

    /// A progress display drawn only when `terminal`.
    fn on(terminal: bool) -> Self {
        let bar = ProgressBar::hidden();
        bar.set_style(Self::counting());
        Progress {
            bar,
            started: std::time::Instant::now(),
            terminal,
            stages: std::sync::Mutex::new(Vec::new()),
        }
    }

    fn counting() -> ProgressStyle {
        ProgressStyle::with_template("{prefix:>11} {bar:40} {pos}/{len} articles")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
    }

    fn waiting() -> ProgressStyle {
        ProgressStyle::with_template("{prefix:>11} {spinner} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner())
    }

    /// Shows the bar once the run has lasted long enough, on a terminal.
    fn show(&self) {
        if self.terminal && self.bar.is_hidden() && self.started.elapsed() > PROGRESS_AFTER {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar
                .enable_steady_tick(std::time::Duration::from_millis(120));
        }
    }

    /// Records stage `name`, once; true when it is new.
    fn enter(&self, name: &'static str) -> bool {
        let mut stages = self.stages.lock().unwrap_or_else(|e| e.into_inner());
        if stages.last() == Some(&name) {
            return false;
        }
        stages.push(name);
        true
    }

    /// Moves the bar of stage `prefix` to `done` of `total`.
    fn tick(&self, prefix: &'static str, done: usize, total: usize) {
        if self.enter(prefix) {
            self.bar.set_style(Self::counting());
            self.bar.set_prefix(prefix);
        }
        self.show();
        self.bar.set_length(total as u64);
        self.bar.set_position(done as u64);
    }

    /// Starts stage `name`, which has no count: the bar shows its name and its time.
    fn stage(&self, name: &'static str) {
        if self.enter(name) {
            self.bar.set_style(Self::waiting());
            self.bar.set_prefix(name);
            self.bar.reset_elapsed();
        }
        self.show();
        self.bar.tick();
    }

    /// The stages entered so far.
    #[cfg(test)]
    fn stages(&self) -> Vec<&'static str> {
        self.stages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Takes the bar off the terminal, for a last line.
    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

impl Observer for Progress {
    fn tick(&self, stage: &'static str, done: usize, total: usize) {
        Progress::tick(self, stage, done, total);
    }

    fn stage(&self, name: &'static str) {
        Progress::stage(self, name);
    }

    fn skipped(&self, path: &str, why: &str) {
        self.bar.suspend(|| {
            eprintln!(
                "factlint: {}",
                escape_controls(&format!("skipped {path}: {why}"))
            )
        });
    }
}

/// Writes an outcome: review entries that match no conflict as notes on stderr (so the
/// review file can be cleaned up), then the report to `output`, else returned for stdout:
/// (stdout, exit code). With `output`, the summary line goes to stderr.
fn write_report(
    outcome: &Outcome,
    args: &ReportArgs,
    progress: &Progress,
) -> Result<(String, i32), Error> {
    let output = args.output.as_deref();
    let started = START.get().copied();
    for stale in &outcome.stale_reviews {
        eprintln!("factlint: note: {stale}");
    }
    let terminal = output.is_none() && std::io::stdout().is_terminal();
    let style = Style {
        color: terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        elapsed: if terminal {
            started.map(|t| t.elapsed())
        } else {
            None
        },
    };
    if let Some(dir) = &args.html_dir {
        return write_html_dir(outcome, dir, progress);
    }
    match output {
        Some(path) => {
            progress.stage("writing");
            // Streamed into the file: a report of 100 MB is not held in memory once more.
            write::write_atomic_with(path, |w| outcome.render_to(style, w))?;
            progress.finish();
            // Said on a terminal and in CI logs alike: the report itself is in the file.
            eprintln!(
                "factlint: {}: {}",
                escape_controls(&display_path(path)),
                outcome.summary()
            );
            Ok((String::new(), outcome.exit_code))
        }
        None => {
            progress.stage("rendering");
            let out = outcome.render(style);
            progress.finish();
            Ok((out, outcome.exit_code))
        }
    }
}

/// `--html-dir DIR`: the pages written into DIR all or none (see [`write::write_pages`]),
/// then on standard error where the index is and the summary.
fn write_html_dir(
    outcome: &Outcome,
    dir: &Path,
    progress: &Progress,
) -> Result<(String, i32), Error> {
    progress.stage("writing");
    let pages = outcome.render_pages();
    let files: Vec<(&str, &[u8])> = pages
        .iter()
        .map(|p| (p.name.as_str(), p.html.as_bytes()))
        .collect();
    write::write_pages(dir, &files)?;
    progress.finish();
    let index = dir.join("index.html");
    let more = match pages.len() {
        1 => String::new(),
        n => format!(" and {} story pages", n - 1),
    };
    eprintln!(
        "factlint: {}{more}: {}",
        escape_controls(&display_path(&index)),
        outcome.summary()
    );
    Ok((String::new(), outcome.exit_code))
}

/// The name of `format` on the command line (`json`).
fn format_name(format: Format) -> String {
    use clap::ValueEnum;
    format
        .to_possible_value()
        .map_or_else(|| format!("{format:?}"), |v| v.get_name().to_string())
}

/// When the run started (set by [`run`]), for the summary's time.
static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Writes the whole output at once. A closed pipe (`factlint ... | head`) is not an error.
fn write_stdout(s: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Stdout(e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 17: the bar froze at `checking 4973/5000` through grouping, reconciliation and
    /// rendering, which had no stage. Every stage is now entered, in order.
    #[test]
    fn every_stage_of_a_check_is_shown() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let session = Session::new(Options {
            format: Some(Format::Json),
            ..Options::default()
        })
        .unwrap();
        let progress = Progress::on(false);
        let outcome = session.check_with(&[dir], &progress).unwrap();
        let args = ReportArgs {
            format: None,
            fail_on: None,
            output: None,
            html_dir: None,
            baseline: None,
            review: None,
        };
        let (printed, code) = write_report(&outcome, &args, &progress).unwrap();
        assert_eq!(code, 1);
        assert!(!printed.is_empty());
        assert_eq!(
            progress.stages(),
            [
                "reading",
                "extracting",
                "grouping",
                "reconciling",
                "rendering"
            ]
        );
        // Off the terminal nothing is drawn.
        assert!(progress.bar.is_hidden());
    }
}

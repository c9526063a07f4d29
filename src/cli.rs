//! The command line: clap definitions (their `///` comments are the `--help` text) and
//! `run`, which glues the pipeline stages together and returns the exit code.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::{Config, FailOn};
use crate::conflict::Conflict;
use crate::error::{display_path, escape_controls, Error};
use crate::index;
use crate::kinds::{Kind, KINDS};
use crate::known;
use crate::lint;
use crate::load::Limits;
use crate::report::{Format, Report, Style};
use crate::rules::Rules;

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

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Report the conflicts among the articles in PATH (files, or folders of *.txt and *.md).
    Check {
        /// Articles: files, or folders searched recursively for *.txt and *.md.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        out: ReportArgs,
    },
    /// Report only the conflicts a new article takes part in, against an archive.
    Lint {
        /// The new articles.
        #[arg(required = true, value_name = "NEW")]
        new: Vec<PathBuf>,
        /// The archive: files or folders of articles already published, or one archive
        /// index built by `factlint index` (an SQLite file).
        #[arg(long, required = true, num_args = 1.., value_name = "PATH")]
        against: Vec<PathBuf>,
        #[command(flatten)]
        out: ReportArgs,
    },
    /// Build or update an archive index (SQLite) for `lint NEW... --against FILE`: only new
    /// or changed articles are re-read, all in one transaction.
    Index {
        /// The archive: files, or folders searched recursively for *.txt and *.md.
        #[arg(required = true, value_name = "ARCHIVE")]
        paths: Vec<PathBuf>,
        /// The index file (created when missing).
        #[arg(long, required = true, value_name = "FILE")]
        db: PathBuf,
    },
    /// Record today's conflicts, so that `--baseline FILE` later reports only new ones.
    Baseline {
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

/// Runs a parsed command: (what to print, exit code).
pub fn execute(cli: &Cli) -> Result<(String, i32), Error> {
    if let Some(n) = cli.threads {
        // Fails only when a pool already exists (a second call in one process).
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.get())
            .build_global();
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    let config = Config::find(cli.config.as_deref(), &cwd)?;
    let limits = Limits {
        max_article_bytes: cli.max_article_bytes,
        max_articles: cli.max_articles,
        max_rule_bytes: cli.max_rule_bytes,
    };
    let rules = || load_rules(cli, &config, limits);
    if let Command::Lint { against, .. } = &cli.command {
        for path in against {
            index::refuse_non_index(path)?;
        }
    }
    match &cli.command {
        Command::Check { paths, out } => {
            let rules = rules()?;
            let progress = Progress::new();
            let run = load_and_check(paths, &rules, limits, &config, &progress)?;
            let conflicts = enabled(&config, run.conflicts.clone());
            report(
                &run,
                conflicts,
                &run.stories,
                out,
                &config,
                None,
                true,
                &progress,
            )
        }
        Command::Lint { new, against, out } if against.iter().any(|p| index::is_database(p)) => {
            let rules = rules()?;
            let [db] = against.as_slice() else {
                return Err(Error::input(
                    &against[0],
                    "an archive index is given alone: --against FILE.db, not with other paths",
                ));
            };
            let progress = Progress::new();
            let tick = |done, total| progress.tick("reading", done, total);
            let linted = index::lint(db, new, &rules, limits, &config.ignore, &tick)?;
            progress.stage("reconciling");
            let (conflicts, stories) = lint::involving(
                &linted.run,
                enabled(&config, linted.run.conflicts.clone()),
                &linted.new,
                &rules,
            );
            report(
                &linted.run,
                conflicts,
                &stories,
                out,
                &config,
                Some(&linted.claim_counts),
                false,
                &progress,
            )
        }
        Command::Index { paths, db } => {
            let rules = rules()?;
            let progress = Progress::new();
            let tick = |done, total| progress.tick("indexing", done, total);
            let done = index::build(db, paths, &rules, limits, &config.ignore, &tick)?;
            Ok((format!("{done}\n"), 0))
        }
        Command::Lint { new, against, out } => {
            let rules = rules()?;
            let mut inputs = against.clone();
            inputs.extend(new.iter().cloned());
            let progress = Progress::new();
            let run = load_and_check(&inputs, &rules, limits, &config, &progress)?;
            let new_ids =
                lint::new_articles(new, &run.articles, &config.ignore, limits.max_articles)?;
            let (conflicts, stories) = lint::involving(
                &run,
                enabled(&config, run.conflicts.clone()),
                &new_ids,
                &rules,
            );
            report(
                &run, conflicts, &stories, out, &config, None, false, &progress,
            )
        }
        Command::Baseline { paths, output } => {
            let rules = rules()?;
            let progress = Progress::new();
            let run = load_and_check(paths, &rules, limits, &config, &progress)?;
            let conflicts = enabled(&config, run.conflicts.clone());
            progress.stage("writing");
            known::write_atomic(
                output,
                known::baseline_json(&conflicts, &run.articles).as_bytes(),
            )?;
            Ok((
                format!(
                    "recorded {} conflict{} in {}\n",
                    conflicts.len(),
                    if conflicts.len() == 1 { "" } else { "s" },
                    display_path(output)
                ),
                0,
            ))
        }
        Command::Claims { paths } => {
            let rules = rules()?;
            let articles = load_with_progress(paths, &rules, limits, &config, &Progress::new())?;
            let g = crate::extract_and_group(&articles, &rules);
            let report = Report {
                entities: Some(&g.entities),
                events: Some(&g.events),
                stories: Some(&g.stories),
                ..Report::new(&articles, &g.claims, &[])
            };
            Ok((crate::report::json::claims(&report), 0))
        }
        Command::Kinds => {
            let rules = rules()?;
            let mut out = String::new();
            for k in KINDS {
                let severity = match config.severity.get(&k.kind) {
                    Some(None) => "off",
                    _ => rules.severity(k.kind).as_str(),
                };
                out.push_str(&format!("{:<12} {:<8} {}\n", k.id, severity, k.summary));
            }
            Ok((out, 0))
        }
        Command::Explain { kind } => {
            let k = Kind::from_id(kind).ok_or_else(|| Error::Input {
                path: kind.clone(),
                message: format!(
                    "unknown conflict kind (known: {})",
                    KINDS.iter().map(|k| k.id).collect::<Vec<_>>().join(", ")
                ),
            })?;
            let info = k.info();
            Ok((
                format!(
                    "# {} ({}, default severity {})\n\n{}\n{}",
                    info.id,
                    info.summary,
                    info.default_severity.as_str(),
                    info.explanation,
                    silencing(info.id)
                ),
                0,
            ))
        }
    }
}

/// The built-in rules, the configuration's rule folders, then `--rules`; then the
/// configuration's severities.
fn load_rules(cli: &Cli, config: &Config, limits: Limits) -> Result<Rules, Error> {
    let mut dirs = config.rules.clone();
    dirs.extend(cli.rules.iter().cloned());
    let mut rules = Rules::load_limited(&dirs, limits.max_rule_bytes)?;
    for (&kind, level) in &config.severity {
        if let Some(s) = level {
            rules.set_severity(kind, *s);
        }
    }
    Ok(rules)
}

/// How to silence a kind, the same for every kind.
fn silencing(id: &str) -> String {
    format!(
        "## Silencing it
- For a whole project: `severity: {{ {id}: off }}` (or `info`) in factlint.yaml.
- For one conflict: mark its fingerprint (shown in every format) in a review file,
  `reviews: [{{ fingerprint: ..., status: not-a-conflict, comment: ... }}]`, and pass it with
  `--review FILE` or `review:` in factlint.yaml.
- For everything known today: `factlint baseline PATH... -o factlint-baseline.json`, then
  `--baseline factlint-baseline.json` reports only new conflicts.
"
    )
}

/// Conflicts of kinds the configuration has not turned off.
fn enabled(config: &Config, conflicts: Vec<Conflict>) -> Vec<Conflict> {
    conflicts
        .into_iter()
        .filter(|c| !matches!(config.severity.get(&c.kind), Some(None)))
        .collect()
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

fn load_with_progress(
    paths: &[PathBuf],
    rules: &Rules,
    limits: Limits,
    config: &Config,
    progress: &Progress,
) -> Result<Vec<crate::article::Article>, Error> {
    let tick = |done, total| progress.tick("reading", done, total);
    let loaded = crate::load::load_articles(paths, rules, limits, &config.ignore, &tick)?;
    for (path, why) in &loaded.skipped {
        progress.bar.suspend(|| {
            eprintln!(
                "factlint: {}",
                escape_controls(&format!("skipped {path}: {why}"))
            )
        });
    }
    Ok(loaded.articles)
}

fn load_and_check(
    paths: &[PathBuf],
    rules: &Rules,
    limits: Limits,
    config: &Config,
    progress: &Progress,
) -> Result<crate::Run, Error> {
    let articles = load_with_progress(paths, rules, limits, config, progress)?;
    let tick = |done, total| progress.tick("extracting", done, total);
    let stage = |name| progress.stage(name);
    Ok(crate::check_articles_staged(articles, rules, &tick, &stage))
}

/// Baseline and review filtering, then the report in its format: (stdout, exit code). With
/// `-o`, the report goes to the file and the summary line to stderr.
#[allow(clippy::too_many_arguments)]
fn report(
    run: &crate::Run,
    conflicts: Vec<Conflict>,
    stories: &crate::stories::Stories,
    args: &ReportArgs,
    config: &Config,
    claim_counts: Option<&[usize]>,
    whole: bool,
    progress: &Progress,
) -> Result<(String, i32), Error> {
    let started = START.get().copied();
    let baseline = match args.baseline.as_ref().or(config.baseline.as_ref()) {
        Some(path) => known::read_baseline(path)?,
        None => Default::default(),
    };
    let review = args.review.as_ref().or(config.review.as_ref());
    let marks = match review {
        Some(path) => known::read_review(path)?,
        None => Default::default(),
    };
    // A decision about a conflict that is no more: said on stderr, so the review file can
    // be cleaned up (only when the run saw every conflict: `lint` sees some).
    if let (true, Some(path)) = (whole, review) {
        for (fingerprint, line) in known::stale_marks(&marks, &conflicts, &run.articles) {
            eprintln!(
                "factlint: note: {}:{line}: the review of {fingerprint} matches no conflict (it is gone, or what disagrees changed)",
                display_path(path)
            );
        }
    }
    let (conflicts, baselined, reviewed) =
        known::split(conflicts, &run.articles, &baseline, &marks);
    let report = Report {
        entities: Some(&run.entities),
        events: Some(&run.events),
        stories: Some(stories),
        reviewed: &reviewed,
        baselined,
        claim_counts,
        ..Report::new(&run.articles, &run.claims, &conflicts)
    };
    let format = args.format.or(config.format).unwrap_or(Format::Text);
    let terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let style = Style {
        color: terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        elapsed: if terminal {
            started.map(|t| t.elapsed())
        } else {
            None
        },
    };
    let fail_on = args.fail_on.or(config.fail_on).unwrap_or(FailOn::Warning);
    let failed = fail_on
        .threshold()
        .is_some_and(|t| conflicts.iter().any(|c| c.severity >= t));
    match &args.output {
        Some(path) => {
            progress.stage("writing");
            // Streamed into the file: a report of 100 MB is not held in memory once more.
            known::write_atomic_with(path, |w| {
                crate::report::render_to(format, &report, style, w)
            })?;
            progress.finish();
            // Said on a terminal and in CI logs alike: the report itself is in the file.
            eprintln!(
                "factlint: {}: {}",
                escape_controls(&display_path(path)),
                report.summary()
            );
            Ok((String::new(), i32::from(failed)))
        }
        None => {
            progress.stage("rendering");
            let out = crate::report::render(format, &report, style);
            progress.finish();
            Ok((out, i32::from(failed)))
        }
    }
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
        let rules = Rules::builtin().unwrap();
        let config = Config::default();
        let progress = Progress::on(false);
        let run = load_and_check(&[dir], &rules, Limits::default(), &config, &progress).unwrap();
        let out = ReportArgs {
            format: Some(Format::Json),
            fail_on: None,
            output: None,
            baseline: None,
            review: None,
        };
        let conflicts = run.conflicts.clone();
        let (printed, code) = report(
            &run,
            conflicts,
            &run.stories,
            &out,
            &config,
            None,
            true,
            &progress,
        )
        .unwrap();
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

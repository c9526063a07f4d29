//! The command line: clap definitions (their `///` comments are the `--help` text) and
//! `run`, which glues the pipeline stages together and returns the exit code.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::error::Error;
use crate::kinds::{Kind, Severity, KINDS};
use crate::load::Limits;
use crate::report::{Format, Report};
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

    /// Largest article file read, in bytes.
    #[arg(long, value_name = "BYTES", global = true, default_value_t = Limits::default().max_article_bytes)]
    pub max_article_bytes: u64,

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
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Exit with 1 when a conflict at or above this severity is found.
        #[arg(long, value_enum, default_value_t = FailOn::Warning)]
        fail_on: FailOn,
    },
    /// Print every claim extracted from the articles in PATH, one JSON object per line.
    Claims {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// List the conflict kinds with their default severity.
    Kinds,
    /// Explain a conflict kind: what it flags, an example, how to tune it.
    Explain {
        /// A kind id, as listed by `factlint kinds`.
        kind: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// Runs the command line `args` (including the program name). Returns the exit code.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
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
                eprintln!("factlint: {e}");
                2
            }
        },
        Err(e) => {
            eprintln!("factlint: {e}");
            2
        }
    }
}

/// Runs a parsed command: (what to print, exit code).
pub fn execute(cli: &Cli) -> Result<(String, i32), Error> {
    let limits = Limits {
        max_article_bytes: cli.max_article_bytes,
    };
    match &cli.command {
        Command::Check {
            paths,
            format,
            fail_on,
        } => {
            let rules = Rules::load(&cli.rules)?;
            let run = crate::check(paths, &rules, limits)?;
            let report = Report {
                entities: Some(&run.entities),
                events: Some(&run.events),
                ..Report::new(&run.articles, &run.claims, &run.conflicts)
            };
            let out = crate::report::render(*format, &report, crate::report::Style::default());
            let failed = fail_on
                .threshold()
                .is_some_and(|t| run.conflicts.iter().any(|c| c.severity >= t));
            Ok((out, i32::from(failed)))
        }
        Command::Claims { paths } => {
            let rules = Rules::load(&cli.rules)?;
            let articles = crate::load::load_articles(paths, &rules, limits)?;
            let g = crate::extract_and_group(&articles, &rules);
            let report = Report {
                entities: Some(&g.entities),
                events: Some(&g.events),
                ..Report::new(&articles, &g.claims, &[])
            };
            Ok((crate::report::json::claims(&report), 0))
        }
        Command::Kinds => {
            let rules = Rules::load(&cli.rules)?;
            let mut out = String::new();
            for k in KINDS {
                out.push_str(&format!(
                    "{:<12} {:<8} {}\n",
                    k.id,
                    rules.severity(k.kind).as_str(),
                    k.summary
                ));
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
                    "# {} ({}, default severity {})\n\n{}",
                    info.id,
                    info.summary,
                    info.default_severity.as_str(),
                    info.explanation
                ),
                0,
            ))
        }
    }
}

/// Writes the whole output at once. A closed pipe (`factlint ... | head`) is not an error.
fn write_stdout(s: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Stdout(e)),
        _ => Ok(()),
    }
}

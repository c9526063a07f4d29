//! A session: what the command line does, as a library. A [`Session`] owns the options of
//! one run, finds and layers the configuration, and runs `check` and `lint` into an
//! [`Outcome`]: the conflicts to report, those the baseline holds, those a review file marks,
//! and the exit code. The binary adds only argument parsing, a progress display and writing,
//! so a program that embeds factlint gets the bytes `factlint check` prints (a test,
//! `tests/session.rs`, compares the two).
//!
//! Layering, each step over the one before:
//! - rules: the built-in rules, then the configuration's `rules:` folders, then
//!   [`Options::rules`] (`--rules`), then the configuration's `severity:`;
//! - kinds the configuration sets to `off` are not reported (nor baselined);
//! - format, fail-on, baseline and review: [`Options`] (the flags), else the configuration,
//!   else text, `warning`, none, none.

// The API a program embeds: every public item says what it is.
#![warn(missing_docs)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::article::Article;
use crate::claim::Claim;
use crate::config::{Config, FailOn};
use crate::conflict::Conflict;
use crate::error::{display_path, Error, Result};
use crate::index::{self, Indexed};
use crate::kinds::{Kind, Severity};
use crate::lint;
use crate::load::Limits;
use crate::reconcile::entities::Entities;
use crate::reconcile::events::Events;
use crate::report::{EventNumbers, Format, Page, Report, Reviewed, Style};
use crate::rules::Rules;
use crate::stories::Stories;
use crate::Run;
use crate::{baseline, review};

/// Where a session's configuration comes from.
#[derive(Debug, Clone, Default)]
pub enum ConfigSource {
    /// No configuration file: the built-in settings only.
    #[default]
    None,
    /// The nearest `factlint.yaml` in this folder or a parent, if there is one (the command
    /// line looks from the current folder).
    Discover(PathBuf),
    /// This configuration file (`--config FILE`).
    File(PathBuf),
}

/// What a session is told (the command line's flags). A setting left `None` is the
/// configuration's, else the default.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The configuration file to use, or where to look for one.
    pub config: ConfigSource,
    /// Rule folders layered over the built-in rules and the configuration's (`--rules`).
    pub rules: Vec<PathBuf>,
    /// Limits on what is read (`--max-article-bytes`, `--max-articles`, `--max-rule-bytes`).
    pub limits: Limits,
    /// The report format (`--format`; default text).
    pub format: Option<Format>,
    /// From which severity on a reported conflict makes the exit code 1 (`--fail-on`;
    /// default warning).
    pub fail_on: Option<FailOn>,
    /// A baseline file: the conflicts it records are not reported (`--baseline`).
    pub baseline: Option<PathBuf>,
    /// A review file: the conflicts it marks are not reported, only counted (`--review`).
    pub review: Option<PathBuf>,
}

/// Told what a session does as it goes, for a progress display; called from several
/// threads. Every method does nothing unless implemented; `()` is an observer that
/// ignores everything.
pub trait Observer: Sync {
    /// `done` of `total` articles of a counted stage: `reading`, `extracting` or `indexing`.
    fn tick(&self, stage: &'static str, done: usize, total: usize) {
        let _ = (stage, done, total);
    }
    /// A stage without a count starts: `grouping` (entities, stories, events), then
    /// `reconciling`.
    fn stage(&self, name: &'static str) {
        let _ = name;
    }
    /// A folder entry was skipped (not readable as an article): its path as shown, and why.
    fn skipped(&self, path: &str, why: &str) {
        let _ = (path, why);
    }
}

impl Observer for () {}

/// One run's settings: options, configuration and rules. See the [module](self) for how
/// they are layered.
pub struct Session {
    options: Options,
    config: Config,
    /// Read at first use, so that a command that needs no rules (`explain`) does not fail
    /// on a bad rule folder, and `lint` refuses a bad archive before reading rules.
    rules: OnceLock<Rules>,
}

impl Session {
    /// A session with `options`: finds and reads the configuration (an error names the
    /// file and line). Rule folders are read at first use ([`Session::rules`]).
    pub fn new(options: Options) -> Result<Session> {
        let config = match &options.config {
            ConfigSource::None => Config::default(),
            ConfigSource::Discover(dir) => Config::find(None, dir)?,
            ConfigSource::File(path) => Config::load(path)?,
        };
        Ok(Session {
            options,
            config,
            rules: OnceLock::new(),
        })
    }

    /// The options the session was made with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The configuration in effect (empty when there is no file).
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The rules in effect: the built-in rules, the configuration's rule folders, then
    /// [`Options::rules`]; then the configuration's severities. Read once.
    pub fn rules(&self) -> Result<&Rules> {
        if let Some(rules) = self.rules.get() {
            return Ok(rules);
        }
        let mut dirs = self.config.rules.clone();
        dirs.extend(self.options.rules.iter().cloned());
        let mut rules = Rules::load_limited(&dirs, self.options.limits.max_rule_bytes)?;
        for (&kind, level) in &self.config.severity {
            if let Some(s) = level {
                rules.set_severity(kind, *s);
            }
        }
        Ok(self.rules.get_or_init(|| rules))
    }

    /// The report format: the options', else the configuration's, else text.
    pub fn format(&self) -> Format {
        self.options
            .format
            .or(self.config.format)
            .unwrap_or(Format::Text)
    }

    /// The fail-on threshold: the options', else the configuration's, else warning.
    pub fn fail_on(&self) -> FailOn {
        self.options
            .fail_on
            .or(self.config.fail_on)
            .unwrap_or(FailOn::Warning)
    }

    /// The severity conflicts of `kind` get, or `None` when the configuration turns the
    /// kind off.
    pub fn severity(&self, kind: Kind) -> Result<Option<Severity>> {
        match self.config.severity.get(&kind) {
            Some(None) => Ok(None),
            _ => Ok(Some(self.rules()?.severity(kind))),
        }
    }

    /// An article from text in memory, its header and front matter read with the session's
    /// rules; `id` names it in reports.
    pub fn article(&self, id: impl Into<String>, text: impl Into<String>) -> Result<Article> {
        Article::new(id, text.into(), self.rules()?)
    }

    /// `factlint check PATH...`: the conflicts among the articles in `paths` (files, or
    /// folders searched for `*.txt` and `*.md`).
    pub fn check(&self, paths: &[PathBuf]) -> Result<Outcome> {
        self.check_with(paths, &())
    }

    /// [`Session::check`], telling `observer` how it goes.
    pub fn check_with(&self, paths: &[PathBuf], observer: &dyn Observer) -> Result<Outcome> {
        let rules = self.rules()?;
        let mut run = self.run(paths, rules, observer)?;
        let conflicts = self.enabled(std::mem::take(&mut run.conflicts));
        self.outcome(run, conflicts, None, None)
    }

    /// The conflicts among articles held in memory (made with [`Session::article`]), as
    /// [`Session::check`] reports them.
    pub fn check_articles(&self, articles: Vec<Article>) -> Result<Outcome> {
        let rules = self.rules()?;
        let mut run = crate::check_articles(articles, rules, &|_, _| {});
        let conflicts = self.enabled(std::mem::take(&mut run.conflicts));
        self.outcome(run, conflicts, None, None)
    }

    /// `factlint lint NEW... --against ARCHIVE...`: only the conflicts a new article takes
    /// part in. The archive is files and folders of articles, or one archive index (built
    /// by [`Session::index_with`]: an SQLite file or a `postgres://` URL) given alone.
    pub fn lint(&self, new: &[PathBuf], against: &[PathBuf]) -> Result<Outcome> {
        self.lint_with(new, against, &())
    }

    /// [`Session::lint`], telling `observer` how it goes.
    pub fn lint_with(
        &self,
        new: &[PathBuf],
        against: &[PathBuf],
        observer: &dyn Observer,
    ) -> Result<Outcome> {
        for path in against {
            index::refuse_non_index(path)?;
        }
        let rules = self.rules()?;
        let limits = self.options.limits;
        if against
            .iter()
            .any(|p| index::is_database(p) || index::is_url(p).is_some())
        {
            let [db] = against else {
                return Err(Error::input(
                    &against[0],
                    "an archive index is given alone: --against FILE.db, not with other paths",
                ));
            };
            let tick = |done, total| observer.tick("reading", done, total);
            let linted = index::lint(db, new, rules, limits, &self.config.ignore, &tick)?;
            observer.stage("reconciling");
            self.involving(linted.run, &linted.new, Some(linted.claim_counts))
        } else {
            let mut inputs = against.to_vec();
            inputs.extend(new.iter().cloned());
            let run = self.run(&inputs, rules, observer)?;
            let new_ids =
                lint::new_articles(new, &run.articles, &self.config.ignore, limits.max_articles)?;
            self.involving(run, &new_ids, None)
        }
    }

    /// `factlint baseline PATH...`: today's conflicts (of the kinds not turned off), to
    /// write to a baseline file. A baseline or review in effect does not change it.
    pub fn baseline_with(&self, paths: &[PathBuf], observer: &dyn Observer) -> Result<Baseline> {
        let rules = self.rules()?;
        let run = self.run(paths, rules, observer)?;
        let conflicts = self.enabled(run.conflicts);
        Ok(Baseline {
            json: baseline::baseline_json(&conflicts, &run.articles),
            conflicts: conflicts.len(),
        })
    }

    /// `factlint claims PATH...`: every claim of the articles in `paths`, one JSON object a
    /// line.
    pub fn claims_with(&self, paths: &[PathBuf], observer: &dyn Observer) -> Result<String> {
        let rules = self.rules()?;
        let articles = self.load(paths, rules, observer)?;
        let g = crate::extract_and_group(&articles, rules);
        let report = Report {
            entities: Some(&g.entities),
            events: Some(&g.events),
            stories: Some(&g.stories),
            ..Report::new(&articles, &g.claims, &[])
        };
        Ok(crate::report::json::claims(&report))
    }

    /// `factlint index ARCHIVE... --db FILE`: builds or updates the archive index `db` (an
    /// SQLite file, or a PostgreSQL database given as a `postgres://` URL).
    pub fn index_with(
        &self,
        paths: &[PathBuf],
        db: &Path,
        observer: &dyn Observer,
    ) -> Result<Indexed> {
        let rules = self.rules()?;
        let tick = |done, total| observer.tick("indexing", done, total);
        index::build(
            db,
            paths,
            rules,
            self.options.limits,
            &self.config.ignore,
            &tick,
        )
    }

    /// The articles in `paths`, each skipped folder entry told to `observer`.
    fn load(
        &self,
        paths: &[PathBuf],
        rules: &Rules,
        observer: &dyn Observer,
    ) -> Result<Vec<Article>> {
        let tick = |done, total| observer.tick("reading", done, total);
        let loaded = crate::load::load_articles(
            paths,
            rules,
            self.options.limits,
            &self.config.ignore,
            &tick,
        )?;
        for (path, why) in &loaded.skipped {
            observer.skipped(path, why);
        }
        Ok(loaded.articles)
    }

    /// The whole pipeline on `paths`.
    fn run(&self, paths: &[PathBuf], rules: &Rules, observer: &dyn Observer) -> Result<Run> {
        let articles = self.load(paths, rules, observer)?;
        let tick = |done, total| observer.tick("extracting", done, total);
        let stage = |name| observer.stage(name);
        Ok(crate::check_articles_staged(articles, rules, &tick, &stage))
    }

    /// Conflicts of kinds the configuration has not turned off.
    /// A dateline conflict that only repeats a date's slip another conflict names is left
    /// out too ([`without_repeated_slips`]).
    ///
    /// [`without_repeated_slips`]: crate::reconcile::dateline::without_repeated_slips
    fn enabled(&self, conflicts: Vec<Conflict>) -> Vec<Conflict> {
        let on = conflicts
            .into_iter()
            .filter(|c| !matches!(self.config.severity.get(&c.kind), Some(None)))
            .collect();
        crate::reconcile::dateline::without_repeated_slips(on)
    }

    /// The outcome of `lint`: the conflicts of `run` a new article takes part in.
    fn involving(
        &self,
        mut run: Run,
        new: &BTreeSet<String>,
        claim_counts: Option<Vec<usize>>,
    ) -> Result<Outcome> {
        let conflicts = self.enabled(std::mem::take(&mut run.conflicts));
        let conflicts = lint::involving(&run, conflicts, new);
        self.outcome(run, conflicts, Some(new), claim_counts)
    }

    /// Baseline and review applied to `conflicts` (those of `run` to report). For `check`
    /// (`lint_new` is `None`) the report lists every article and the run's stories. For
    /// `lint` (`lint_new`: the new articles' ids) it lists the new articles and the archive
    /// articles the reported conflicts quote, the stories grouped among them
    /// ([`lint::listed`]) and its own numbering of the events it shows
    /// ([`lint::number_events`]): decided here, once, for every format. Review entries that
    /// match no conflict are listed only when the run saw every conflict (`check`; `lint`
    /// sees some).
    fn outcome(
        &self,
        mut run: Run,
        conflicts: Vec<Conflict>,
        lint_new: Option<&BTreeSet<String>>,
        claim_counts: Option<Vec<usize>>,
    ) -> Result<Outcome> {
        let whole = lint_new.is_none();
        let baseline = match self
            .options
            .baseline
            .as_ref()
            .or(self.config.baseline.as_ref())
        {
            Some(path) => baseline::read_baseline(path)?,
            None => Default::default(),
        };
        let review = self.options.review.as_ref().or(self.config.review.as_ref());
        let marks = match review {
            Some(path) => review::read_review(path)?,
            None => Default::default(),
        };
        let stale_reviews = match (whole, review) {
            (true, Some(file)) => review::stale_marks(&marks, &conflicts, &run.articles)
                .into_iter()
                .map(|(fingerprint, line)| StaleReview {
                    file: file.clone(),
                    line,
                    fingerprint,
                })
                .collect(),
            _ => Vec::new(),
        };
        let (mut conflicts, mut baselined, mut reviewed) =
            baseline::split(conflicts, &run.articles, &baseline, &marks);
        let (listed, event_numbers) = match lint_new {
            Some(new) => {
                let left_out = baselined
                    .iter_mut()
                    .chain(reviewed.iter_mut().map(|r| &mut r.conflict));
                let (listed, stories) =
                    lint::listed(&run, &mut conflicts, left_out, new, self.rules()?);
                run.stories = stories;
                let left_out = baselined
                    .iter_mut()
                    .chain(reviewed.iter_mut().map(|r| &mut r.conflict));
                let numbers = lint::number_events(&run, &mut conflicts, left_out, &listed);
                (Some(listed), Some(numbers))
            }
            None => (None, None),
        };
        let exit_code = match self.fail_on().threshold() {
            Some(t) if conflicts.iter().any(|c| c.severity >= t) => 1,
            _ => 0,
        };
        Ok(Outcome {
            articles: run.articles,
            claims: run.claims,
            entities: run.entities,
            events: run.events,
            stories: run.stories,
            listed,
            event_numbers,
            conflicts,
            baselined,
            reviewed,
            stale_reviews,
            claim_counts,
            format: self.format(),
            docs: self.config.docs.clone(),
            html_pages_above: self
                .config
                .html_pages_above
                .unwrap_or(crate::report::PAGES_ABOVE),
            exit_code,
        })
    }
}

/// What `check` or `lint` found, split by what is already known, ready to render.
pub struct Outcome {
    /// Every article of the run, in id order (conflicts and claims refer to them by index;
    /// the report lists those of [`Outcome::listed`]).
    pub articles: Vec<Article>,
    /// The claims of the articles read.
    pub claims: Vec<Claim>,
    /// The name claims grouped into entities (one entity however its articles spell it).
    pub entities: Entities,
    /// The date and count claims grouped into events.
    pub events: Events,
    /// The stories the conflicts refer to (for `lint`, grouped among the articles of
    /// [`Outcome::listed`] only).
    pub stories: Stories,
    /// The articles the report lists (indices into `articles`, in order): `None` for every
    /// article (`check`); for `lint`, the new articles and the archive articles a reported
    /// conflict quotes (not those only a baselined or reviewed conflict quotes).
    pub listed: Option<Vec<usize>>,
    /// The report's own numbers of the events it shows: `None` for their numbers in the
    /// whole run (`check`); for `lint`, the events its reported conflicts name, numbered in
    /// order, which its conflicts name their events by.
    pub event_numbers: Option<EventNumbers>,
    /// The conflicts to report: not turned off, not in the baseline, not reviewed.
    pub conflicts: Vec<Conflict>,
    /// The conflicts the baseline records (not reported, counted in the summary).
    pub baselined: Vec<Conflict>,
    /// The conflicts a review file marks (not reported, listed in the summary).
    pub reviewed: Vec<Reviewed>,
    /// Review entries that match no conflict (`check` only).
    pub stale_reviews: Vec<StaleReview>,
    /// Claims per article when `claims` holds only some (`lint` against an archive index).
    pub claim_counts: Option<Vec<usize>>,
    /// The format the session reports in.
    pub format: Format,
    /// `docs:` of the configuration (see [`Report::docs`]).
    pub docs: Option<String>,
    /// Conflicts above which [`Outcome::render_pages`] splits the HTML report by story
    /// (`html-pages-above:` of the configuration).
    pub html_pages_above: usize,
    /// 1 when a reported conflict is at or above the fail-on severity, else 0.
    pub exit_code: i32,
}

impl Outcome {
    /// The report of the outcome, for any renderer of [`crate::report`].
    pub fn report(&self) -> Report<'_> {
        Report {
            entities: Some(&self.entities),
            events: Some(&self.events),
            stories: Some(&self.stories),
            reviewed: &self.reviewed,
            baselined: self.baselined.len(),
            claim_counts: self.claim_counts.as_deref(),
            listed: self.listed.as_deref(),
            event_numbers: self.event_numbers.as_ref(),
            docs: self.docs.as_deref(),
            html_pages_above: self.html_pages_above,
            ..Report::new(&self.articles, &self.claims, &self.conflicts)
        }
    }

    /// The report in the session's format: the bytes `factlint` prints.
    pub fn render(&self, style: Style) -> String {
        crate::report::render(self.format, &self.report(), style)
    }

    /// [`Outcome::render`], streamed into `w`.
    pub fn render_to(&self, style: Style, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        crate::report::render_to(self.format, &self.report(), style, w)
    }

    /// The HTML report as pages of a folder (`--html-dir`): `index.html` alone up to
    /// [`Outcome::html_pages_above`] conflicts, else an index and one page per story.
    pub fn render_pages(&self) -> Vec<Page> {
        crate::report::html::render_pages(&self.report())
    }

    /// The summary line: `5 articles, 493 claims, 3 conflicts (1 error, 2 warnings, 0 info)`.
    pub fn summary(&self) -> String {
        self.report().summary()
    }
}

/// A review entry that matches no conflict: the conflict is gone, or what disagrees
/// changed. Shown as `FILE:LINE: the review of FINGERPRINT matches no conflict ...`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleReview {
    /// The review file.
    pub file: PathBuf,
    /// The entry's line in it.
    pub line: usize,
    /// The fingerprint it reviews.
    pub fingerprint: String,
}

impl std::fmt::Display for StaleReview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: the review of {} matches no conflict (it is gone, or what disagrees changed)",
            display_path(&self.file),
            self.line,
            self.fingerprint
        )
    }
}

/// A baseline to write: `factlint baseline`'s file.
pub struct Baseline {
    /// The file's contents (pretty JSON, sorted by fingerprint, ending in a newline).
    pub json: String,
    /// How many conflicts it records.
    pub conflicts: usize,
}

//! The archive index: `factlint index ARCHIVE... --db FILE` stores the archive's articles
//! in an SQLite database, with their claims (packed, `codec`) and blocking keys but not
//! their text (only the SHA-256 of each file), so that `factlint lint NEW... --against FILE`
//! reads only the archive articles that can take part in a conflict with a new one: their
//! claims from the index, not extracted again, and their text, which reports quote, from
//! their files, refused when a file is gone or its hash changed. A `postgres://` URL instead of `FILE` keeps the same
//! tables on a PostgreSQL server (`pg`, cargo feature `postgres`): the logic here is shared,
//! only the statements differ, behind the traits `Writer` (an `index` run, in its transaction) and
//! `Reader` (`lint`, in one read transaction).
//!
//! - `index` reads every archive file (same walking, limits and ignore globs as `check`)
//!   and re-extracts only those that are new or whose bytes changed (by SHA-256), drops
//!   those that are gone, and does all of it in one transaction: an update that fails or
//!   is killed half-way leaves the previous index as it was. When the rules (their
//!   [`Rules::digest`]) or the factlint version differ from those the index was built
//!   with, every article is re-extracted.
//! - `lint` against an index extracts the new articles and reads the archive articles
//!   that can change a conflict of theirs (see `index::keys` for the keys):
//!   1. every archive article that names a node the new articles' entity groups can reach
//!      (their nodes, then through spelling and name keys to every node that can join
//!      them, and through `a:` keys to the institutions of their people);
//!   2. after a check of those with the new articles: the subjects of every event a new
//!      claim is in are followed the same way, the archive articles with an event key of
//!      those claims (same attribute, content word ending and subject that stands alone)
//!      are read, and so is every article naming a group that stands alone whose name a
//!      conflict of a new article shows (a date conflict's subjects, an affiliation's
//!      institution); the check is run again until nothing is added.
//!
//!   The report lists every archive article and counts its claims from the index, so it is
//!   the same bytes as `lint` against the archive's files (see README, "Archive index",
//!   for what it does not cover).

mod codec;
pub(crate) mod keys;
#[cfg(feature = "postgres")]
mod pg;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rusqlite::{params, Connection, OpenFlags, TransactionBehavior};
use sha2::{Digest, Sha256};

use crate::article::{Article, PublishedFrom};
use crate::claim::{Attribute, Claim};
use crate::config::Ignore;
use crate::error::{display_path, io_reason, Error, Result};
use crate::kinds::Kind;
use crate::load::{article_paths, read_text, Limits};
use crate::rules::{EntityKind, Rules};
use crate::span::LineIndex;
use crate::Tick;
use keys::ArticleKeys;

/// The layout of the tables and the form of the keys; an index of another version is
/// rebuilt by `index` and refused by `lint`. Raise it whenever either changes.
pub(crate) const SCHEMA_VERSION: i64 = 7;

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    real_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    published TEXT,
    published_from TEXT,
    outlet TEXT,
    title TEXT,
    claims INTEGER NOT NULL
);
CREATE TABLE claims (
    article INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    attribute TEXT NOT NULL,
    value TEXT,
    line INTEGER NOT NULL,
    \"column\" INTEGER NOT NULL,
    byte_start INTEGER NOT NULL,
    byte_end INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;
CREATE TABLE keys (
    key TEXT NOT NULL,
    article INTEGER NOT NULL,
    node TEXT NOT NULL,
    PRIMARY KEY (key, article, node)
) WITHOUT ROWID;
CREATE TABLE node_keys (key TEXT NOT NULL, node TEXT NOT NULL, PRIMARY KEY (key, node)) WITHOUT ROWID;
";

const TABLES: &[&str] = &["meta", "articles", "claims", "keys", "node_keys"];

/// The first bytes of every SQLite database file.
const MAGIC: &[u8] = b"SQLite format 3\0";

/// Whether `path` is an SQLite database (a regular file starting with SQLite's header).
/// Articles are text, so no article is mistaken for one.
pub(crate) fn is_database(path: &Path) -> bool {
    use std::io::Read;
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    if !f.metadata().is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut head = [0u8; 16];
    f.read_exact(&mut head).is_ok() && head == MAGIC
}

/// Refuses a path given to `--against` that is named as an index (`.db`, `.sqlite`,
/// `.sqlite3`) but is not an SQLite file, which would otherwise be read as an article and
/// let the gate pass with nothing to compare: a Git LFS pointer left by a checkout without
/// LFS, a download cut short.
pub(crate) fn refuse_non_index(path: &Path) -> Result<()> {
    let named = path.extension().is_some_and(|e| {
        let e = e.to_string_lossy().to_ascii_lowercase();
        matches!(e.as_str(), "db" | "sqlite" | "sqlite3")
    });
    if !named || !path.is_file() || is_database(path) {
        return Ok(());
    }
    let mut head = [0u8; 64];
    let n = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    let reason = if head[..n].starts_with(b"version https://git-lfs.github.com/spec/") {
        "a Git LFS pointer, not an archive index (fetch the file with `git lfs pull`)"
    } else {
        "not an SQLite file, so not an archive index (a download cut short?)"
    };
    Err(Error::input(path, reason))
}

fn db_error(db: &Path) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| Error::input(db, format!("archive index: {e}"))
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What an `index` run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Indexed {
    /// The index file, as shown in messages.
    pub db: String,
    /// Articles in the index now.
    pub articles: usize,
    /// Articles read for the first time.
    pub added: usize,
    /// Articles whose text changed since the last run, read again.
    pub changed: usize,
    /// Articles whose text is the same as at the last run.
    pub unchanged: usize,
    /// Articles no longer among the paths, dropped from the index.
    pub removed: usize,
    /// The rules or the factlint version differ from the index's: all were re-extracted.
    pub rules_changed: bool,
}

impl std::fmt::Display for Indexed {
    /// `indexed 4 articles into archive.db: 1 added, 1 changed, 2 unchanged, 1 removed`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "indexed {} article{} into {}: {} added, {} changed, {} unchanged, {} removed",
            self.articles,
            if self.articles == 1 { "" } else { "s" },
            self.db,
            self.added,
            self.changed,
            self.unchanged,
            self.removed
        )?;
        if self.rules_changed {
            write!(
                f,
                "; the rules or the factlint version changed, so every article was re-extracted"
            )?;
        }
        Ok(())
    }
}

/// The `meta` rows an index is built with.
fn meta_now(rules: &Rules, inputs: &[PathBuf]) -> Vec<(&'static str, String)> {
    let inputs: Vec<String> = inputs.iter().map(|p| display_path(p)).collect();
    vec![
        ("schema_version", SCHEMA_VERSION.to_string()),
        ("rules_sha256", rules.digest().to_string()),
        ("factlint_version", env!("FACTLINT_BUILD").to_string()),
        ("inputs", serde_json::to_string(&inputs).unwrap_or_default()),
    ]
}

fn read_meta(conn: &Connection, db: &Path) -> Result<Option<BTreeMap<String, String>>> {
    let has_meta: bool = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map_err(db_error(db))?
        > 0;
    if !has_meta {
        return Ok(None);
    }
    let mut stmt = conn
        .prepare("SELECT key, value FROM meta")
        .map_err(db_error(db))?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(db_error(db))?;
    let mut meta = BTreeMap::new();
    for row in rows {
        let (k, v): (String, String) = row.map_err(db_error(db))?;
        meta.insert(k, v);
    }
    Ok(Some(meta))
}

/// Builds or updates the index `db` from the articles in `inputs`.
///
/// A new index is built in `F.db.building` beside it and renamed into place when done, so a
/// killed first run leaves no `F.db` that is not an index (the next run starts again); the
/// run holds a lock on that file, and a second run meanwhile is refused ("another factlint
/// index is writing F.db"). An existing index is updated in one SQLite transaction: a
/// killed update is rolled back from its journal when the index is next opened, and a
/// second update meanwhile is refused the same way.
pub fn build(
    db: &Path,
    inputs: &[PathBuf],
    rules: &Rules,
    limits: Limits,
    ignore: &Ignore,
    tick: Tick,
) -> Result<Indexed> {
    let found = article_paths(inputs, ignore, limits.max_articles)?;
    let job = Job {
        inputs,
        found,
        rules,
        limits,
        tick,
    };
    if let Some(url) = is_url(db) {
        return pg_build(url, job);
    }
    let exists = std::fs::metadata(db).is_ok_and(|m| m.len() > 0);
    if exists {
        if !is_database(db) {
            return Err(Error::input(
                db,
                "not an SQLite file, so not an archive index; refusing to overwrite it",
            ));
        }
        return update(db, db, job);
    }
    let building = building_path(db);
    let io = |e: std::io::Error| Error::input(&building, io_reason(&e));
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&building)
        .map_err(io)?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => return Err(another_run(db)),
        Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
    }
    // The run that held the lock may have renamed the file into place meanwhile.
    if !same_file(&lock, &building) {
        return Err(another_run(db));
    }
    // What a killed run left is started again.
    lock.set_len(0).map_err(io)?;
    let journal = sidecar(&building, "-journal");
    match std::fs::remove_file(&journal) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::input(&journal, io_reason(&e))),
    }
    match update(db, &building, job) {
        Ok(done) => {
            std::fs::rename(&building, db).map_err(|e| Error::input(db, io_reason(&e)))?;
            drop(lock);
            Ok(done)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&building);
            Err(e)
        }
    }
}

/// The URL when `db` names a PostgreSQL database (`postgres://...` or
/// `postgresql://...`) rather than an SQLite file.
pub fn is_url(db: &Path) -> Option<&str> {
    let s = db.to_str()?;
    let lower = s.get(..13).unwrap_or(s).to_ascii_lowercase();
    (lower.starts_with("postgres://") || lower.starts_with("postgresql://")).then_some(s)
}

/// `url` as messages show it: its password, if any, replaced by `***`.
pub(crate) fn redact(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let Some(at) = authority.rfind('@') else {
        return url.to_string();
    };
    let Some(colon) = authority[..at].find(':') else {
        return url.to_string();
    };
    format!(
        "{}{}:***{}",
        &url[..scheme_end + 3],
        &authority[..colon],
        &rest[at..]
    )
}

#[cfg(feature = "postgres")]
fn pg_build(url: &str, job: Job) -> Result<Indexed> {
    let name = redact(url);
    pg::build(url, &name, |w| fill(w, &name, job))
}

#[cfg(not(feature = "postgres"))]
fn pg_build(url: &str, _: Job) -> Result<Indexed> {
    Err(no_postgres(url))
}

#[cfg(feature = "postgres")]
fn pg_reader(url: &str) -> Result<Box<dyn Reader>> {
    Ok(Box::new(pg::PgReader::open(url, &redact(url))?))
}

#[cfg(not(feature = "postgres"))]
fn pg_reader(url: &str) -> Result<Box<dyn Reader>> {
    Err(no_postgres(url))
}

#[cfg(not(feature = "postgres"))]
fn no_postgres(url: &str) -> Error {
    Error::input(
        redact(url),
        "this factlint was built without PostgreSQL support (cargo feature `postgres`)",
    )
}

/// `F.db.building`: where a new index `F.db` is built.
pub(crate) fn building_path(db: &Path) -> PathBuf {
    sidecar(db, ".building")
}

/// `path` with `suffix` added to its file name.
fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Whether the open file `f` is still the file at `path`.
fn same_file(f: &std::fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (f.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

fn another_run(db: &Path) -> Error {
    Error::input(
        db,
        format!(
            "another factlint index is writing {}; try again when it is done",
            display_path(db)
        ),
    )
}

/// Updates (or fills) the SQLite index in `file`, reported as `db`.
fn update(db: &Path, file: &Path, job: Job) -> Result<Indexed> {
    let mut conn = Connection::open(file).map_err(db_error(db))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(db_error(db))?;
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                another_run(db)
            }
            _ => db_error(db)(e),
        })?;
    let name = display_path(db);
    let done = fill(&mut SqliteWriter { conn: &tx, db }, &name, job)?;
    tx.commit().map_err(db_error(db))?;
    compact(&conn, done.rules_changed);
    Ok(done)
}

/// An update that rewrote much of the index leaves the file larger than a new index of the
/// same articles: a new layout (the old tables' pages are left free) or new rules (every
/// article written again, its rows scattered over reused pages). Then the file is written
/// again compactly (`VACUUM`): when every article was re-extracted (`rewritten`) or free
/// pages are over a quarter of it. A `lint` reading the file meanwhile makes it wait up to
/// the busy timeout, then it is left as it is: the index is whole and the same either way.
fn compact(conn: &Connection, rewritten: bool) {
    let pragma = |p: &str| conn.query_row(&format!("PRAGMA {p}"), [], |r| r.get::<_, i64>(0));
    let (Ok(free), Ok(pages)) = (pragma("freelist_count"), pragma("page_count")) else {
        return;
    };
    if rewritten || free * 4 > pages {
        let _ = conn.execute_batch("VACUUM");
    }
}

/// The writes of an `index` run, inside the transaction of the store (SQLite or
/// PostgreSQL) that the caller commits: the same rows and the same order either way.
pub(crate) trait Writer {
    /// What the store is, for messages: `an SQLite database`.
    fn what(&self) -> String;
    /// The `meta` rows, or `None` when there is no `meta` table.
    fn meta(&mut self) -> Result<Option<BTreeMap<String, String>>>;
    /// Whether the store holds any table (of the index or of another program).
    fn has_tables(&mut self) -> Result<bool>;
    /// Drops the index's tables and creates them empty, of [`SCHEMA_VERSION`].
    fn create(&mut self) -> Result<()>;
    /// Every article: name → (row id, SHA-256).
    fn existing(&mut self) -> Result<HashMap<String, (i64, String)>>;
    /// An unchanged article read from another path.
    fn move_article(&mut self, row: i64, path: &str, real_path: &str) -> Result<()>;
    /// Removes an article's row and claims; its keys go in [`Writer::prune_keys`] (the
    /// table `keys` is ordered by key, not by article). Row ids are not used again, so a
    /// changed article written again under a new one leaves its old keys to that.
    fn forget(&mut self, row: i64) -> Result<()>;
    /// Stores one article under a new row id, its claims and keys.
    fn insert(&mut self, a: &ArticleRow, claims: &[ClaimRow], keys: &ArticleKeys) -> Result<()>;
    /// Deletes the keys of articles no longer in the index, then the node keys of nodes no
    /// article names any more.
    fn prune_keys(&mut self) -> Result<()>;
    /// Writes the `meta` rows (replacing those of the same key).
    fn set_meta(&mut self, rows: &[(&'static str, String)]) -> Result<()>;
}

/// One row of `articles`.
pub(crate) struct ArticleRow<'a> {
    pub name: &'a str,
    pub path: &'a str,
    pub real_path: &'a str,
    pub sha256: &'a str,
    pub published: Option<String>,
    pub published_from: Option<&'static str>,
    pub outlet: Option<&'a str>,
    pub title: Option<&'a str>,
    pub claims: i64,
}

/// One row of `claims` (its `article` is the article's row).
pub(crate) struct ClaimRow {
    pub seq: i64,
    pub attribute: &'static str,
    pub value: Option<String>,
    pub line: i64,
    pub column: i64,
    pub byte_start: i64,
    pub byte_end: i64,
    /// The rest of the claim, packed (`codec`).
    pub data: Vec<u8>,
}

/// What one `index` run reads: the inputs given, the article files found in them, the
/// rules, the limits and the progress callback. SQLite and PostgreSQL runs take the same.
struct Job<'a> {
    inputs: &'a [PathBuf],
    found: crate::load::Found,
    rules: &'a Rules,
    limits: Limits,
    tick: Tick<'a>,
}

/// Updates (or fills) an index through `w`, reported as `name`.
fn fill(w: &mut dyn Writer, name: &str, job: Job) -> Result<Indexed> {
    let Job {
        inputs,
        found,
        rules,
        limits,
        tick,
    } = job;
    let meta = w.meta()?;
    let same_schema = meta.as_ref().is_some_and(|m| {
        m.get("schema_version").map(String::as_str) == Some(&SCHEMA_VERSION.to_string())
    });
    if meta.is_none() && w.has_tables()? {
        return Err(Error::input(
            name,
            format!(
                "{} that is not an archive index (no `meta` table); refusing to change it",
                w.what()
            ),
        ));
    }
    if !same_schema {
        w.create()?;
    }
    let now = meta_now(rules, inputs);
    let stale = |k: &str| {
        meta.as_ref().and_then(|m| m.get(k)).map(String::as_str)
            != now.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str())
    };
    let rules_changed = same_schema && (stale("rules_sha256") || stale("factlint_version"));
    let redo_all = !same_schema || rules_changed;

    let existing = w.existing()?;
    let mut done = Indexed {
        db: name.to_string(),
        articles: found.files.len(),
        rules_changed,
        ..Indexed::default()
    };
    // Files are read in order, a chunk at a time; the new and changed ones of a chunk are
    // extracted in parallel, then written in order. The first bad file in id order stops
    // the update, as it would one file at a time.
    let mut n = 0;
    for chunk in found.files.chunks(CHUNK) {
        let mut items = Vec::new();
        let mut bad = None;
        for (id, path) in chunk {
            let text = match read_text(path, limits) {
                Ok(text) => text,
                Err(e) => {
                    bad = Some(e);
                    break;
                }
            };
            let sha = sha256_hex(text.as_bytes());
            let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
            let old = existing.get(id);
            let extract = !matches!(old, Some((_, o)) if *o == sha && !redo_all);
            match old {
                Some((_, o)) if *o == sha => done.unchanged += 1,
                Some(_) => done.changed += 1,
                None => done.added += 1,
            }
            items.push(Item {
                id,
                path,
                real: display_path(&real),
                row: old.map(|(row, _)| *row),
                sha,
                text: extract.then_some(text),
            });
        }
        let prepared: Vec<Result<(Article, Prepared)>> = items
            .par_iter()
            .filter_map(|item| {
                let text = item.text.clone()?;
                Some(Article::new(item.id.clone(), text, rules).map(|mut a| {
                    a.path = Some(item.path.clone());
                    let p = prepare(&a, rules);
                    (a, p)
                }))
            })
            .collect();
        let mut prepared = prepared.into_iter();
        for item in &items {
            let path = display_path(item.path);
            if item.text.is_none() {
                if let Some(row) = item.row {
                    w.move_article(row, &path, &item.real)?;
                }
            } else if let Some(p) = prepared.next() {
                let (article, p) = p?;
                write(w, item, &article, &p)?;
            }
            n += 1;
            tick(n, found.files.len());
        }
        if let Some(e) = bad {
            return Err(e);
        }
    }
    let wanted: BTreeSet<&String> = found.files.iter().map(|(id, _)| id).collect();
    for (name, (row, _)) in &existing {
        if !wanted.contains(name) {
            w.forget(*row)?;
            done.removed += 1;
        }
    }
    // Keys of the articles forgotten, and node keys of nodes no article names any more.
    if done.changed + done.removed > 0 || redo_all {
        w.prune_keys()?;
    }
    w.set_meta(&now)?;
    Ok(done)
}

/// How many files `index` reads before it extracts them (in parallel) and writes them.
const CHUNK: usize = 256;

/// One file of an `index` run.
struct Item<'a> {
    id: &'a String,
    path: &'a PathBuf,
    real: String,
    /// Its row in the index, if it has one.
    row: Option<i64>,
    sha: String,
    /// The text, when the article is to be extracted (new, changed, or the rules changed).
    text: Option<String>,
}

/// What the index stores of one article, made without the database (in parallel).
struct Prepared {
    claims: Vec<ClaimRow>,
    keys: keys::ArticleKeys,
}

/// Extracts one article alone: its claims, as extraction gives them (before grouping sets
/// their subjects), in their stored form, and its keys.
fn prepare(article: &Article, rules: &Rules) -> Prepared {
    let article = std::slice::from_ref(article);
    let extracted = crate::extract_all(article, rules, &|_, _| {});
    let claims = extracted
        .iter()
        .enumerate()
        .map(|(seq, c)| ClaimRow {
            seq: seq as i64,
            attribute: c.attribute.as_str(),
            value: c.value(),
            line: c.span.line as i64,
            column: c.span.column as i64,
            byte_start: c.span.start as i64,
            byte_end: c.span.end as i64,
            data: codec::encode(c, &article[0].text, article[0].published),
        })
        .collect();
    let g = crate::group_claims(article, extracted, rules);
    let keys = keys::of_claims(&g.claims, Some((&g.entities, &g.events)), rules);
    Prepared { claims, keys }
}

/// Stores one article of `item` (its row, if it has one, is replaced), its claims and its keys.
fn write(w: &mut dyn Writer, item: &Item, article: &Article, p: &Prepared) -> Result<()> {
    let path = display_path(item.path);
    let published_from = article.published_from.map(|p| match p {
        PublishedFrom::Header => "header",
        PublishedFrom::FrontMatter => "front-matter",
    });
    if let Some(id) = item.row {
        w.forget(id)?;
    }
    let row = ArticleRow {
        name: &article.id,
        path: &path,
        real_path: &item.real,
        sha256: &item.sha,
        published: article.published.map(|d| d.to_string()),
        published_from,
        outlet: article.outlet.as_deref(),
        title: article.title.as_deref(),
        claims: p.claims.len() as i64,
    };
    w.insert(&row, &p.claims, &p.keys)
}

/// An index in an SQLite file, inside the transaction of an `index` run.
struct SqliteWriter<'a> {
    conn: &'a Connection,
    db: &'a Path,
}

impl Writer for SqliteWriter<'_> {
    fn what(&self) -> String {
        "an SQLite database".to_string()
    }

    fn meta(&mut self) -> Result<Option<BTreeMap<String, String>>> {
        read_meta(self.conn, self.db)
    }

    fn has_tables(&mut self) -> Result<bool> {
        let tables: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .map_err(db_error(self.db))?;
        Ok(tables > 0)
    }

    fn create(&mut self) -> Result<()> {
        for t in TABLES {
            self.conn
                .execute_batch(&format!("DROP TABLE IF EXISTS {t}"))
                .map_err(db_error(self.db))?;
        }
        self.conn.execute_batch(SCHEMA).map_err(db_error(self.db))
    }

    fn existing(&mut self) -> Result<HashMap<String, (i64, String)>> {
        let db = self.db;
        let mut existing = HashMap::new();
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, sha256 FROM articles")
            .map_err(db_error(db))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(1)?, (r.get(0)?, r.get(2)?))))
            .map_err(db_error(db))?;
        for row in rows {
            let (name, v): (String, (i64, String)) = row.map_err(db_error(db))?;
            existing.insert(name, v);
        }
        Ok(existing)
    }

    fn move_article(&mut self, row: i64, path: &str, real_path: &str) -> Result<()> {
        self.conn
            .execute(
                "UPDATE articles SET path = ?1, real_path = ?2 WHERE id = ?3",
                params![path, real_path, row],
            )
            .map_err(db_error(self.db))?;
        Ok(())
    }

    fn forget(&mut self, row: i64) -> Result<()> {
        self.conn
            .execute("DELETE FROM claims WHERE article = ?1", [row])
            .map_err(db_error(self.db))?;
        self.conn
            .execute("DELETE FROM articles WHERE id = ?1", [row])
            .map_err(db_error(self.db))?;
        Ok(())
    }

    fn insert(&mut self, a: &ArticleRow, claims: &[ClaimRow], k: &ArticleKeys) -> Result<()> {
        let (conn, db) = (self.conn, self.db);
        conn.execute(
            "INSERT INTO articles (name, path, real_path, sha256, published,
             published_from, outlet, title, claims) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                a.name,
                a.path,
                a.real_path,
                a.sha256,
                a.published,
                a.published_from,
                a.outlet,
                a.title,
                a.claims,
            ],
        )
        .map_err(db_error(db))?;
        let id = conn.last_insert_rowid();
        let mut insert = conn
            .prepare_cached(
                "INSERT INTO claims (article, seq, attribute, value, line, \"column\",
                 byte_start, byte_end, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .map_err(db_error(db))?;
        for c in claims {
            insert
                .execute(params![
                    id,
                    c.seq,
                    c.attribute,
                    c.value,
                    c.line,
                    c.column,
                    c.byte_start,
                    c.byte_end,
                    c.data,
                ])
                .map_err(db_error(db))?;
        }
        let mut insert = conn
            .prepare_cached("INSERT INTO keys (key, article, node) VALUES (?1, ?2, ?3)")
            .map_err(db_error(db))?;
        for (key, node) in &k.rows {
            insert
                .execute(params![key, id, node])
                .map_err(db_error(db))?;
        }
        let mut insert = conn
            .prepare_cached("INSERT OR IGNORE INTO node_keys (key, node) VALUES (?1, ?2)")
            .map_err(db_error(db))?;
        for (key, node) in &k.node_rows {
            insert.execute(params![key, node]).map_err(db_error(db))?;
        }
        Ok(())
    }

    fn prune_keys(&mut self) -> Result<()> {
        for sql in [
            "DELETE FROM keys WHERE article NOT IN (SELECT id FROM articles)",
            "DELETE FROM node_keys WHERE 'n:' || node NOT IN (SELECT key FROM keys)",
        ] {
            self.conn.execute(sql, []).map_err(db_error(self.db))?;
        }
        Ok(())
    }

    fn set_meta(&mut self, rows: &[(&'static str, String)]) -> Result<()> {
        for (k, v) in rows {
            self.conn
                .execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
                    params![k, v],
                )
                .map_err(db_error(self.db))?;
        }
        Ok(())
    }
}

/// An archive article as the index describes it (the index holds its claims, not its text).
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    id: i64,
    name: String,
    path: String,
    real_path: String,
    sha256: String,
    published: Option<String>,
    published_from: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
    claims: usize,
}

impl Stored {
    /// The article as a report lists it (no text: none of its spans is quoted).
    fn into_stub(self) -> Article {
        Article {
            id: self.name,
            path: Some(PathBuf::from(self.path)),
            text: String::new(),
            body_start: 0,
            published: self.published.as_deref().and_then(parse_day),
            published_from: match self.published_from.as_deref() {
                Some("header") => Some(PublishedFrom::Header),
                Some("front-matter") => Some(PublishedFrom::FrontMatter),
                _ => None,
            },
            dateline: None,
            stamp_lines: Vec::new(),
            outlet: self.outlet,
            title: self.title,
            lines: LineIndex::new(""),
        }
    }
}

/// A `published` column (`%Y-%m-%d`, as `index` writes it), read by hand since a report
/// lists every archive article; chrono's parser for any other form.
fn parse_day(d: &str) -> Option<chrono::NaiveDate> {
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) {
            return chrono::NaiveDate::from_ymd_opt(y as i32, m, day);
        }
    }
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
}

/// `lint` against an index: the run over the whole archive as the report shows it.
pub struct Linted {
    /// Every article of the archive and the new ones, in id order; those not read are
    /// listed without text. Claims, groups and conflicts are those of the articles read
    /// (indices into this article list).
    pub run: crate::Run,
    /// Ids of the new articles.
    pub new: BTreeSet<String>,
    /// Claims per article (from the index for the articles not read).
    pub claim_counts: Vec<usize>,
    /// How many archive articles were read.
    pub read: usize,
}

/// The reads of `lint` against an index (SQLite or PostgreSQL).
pub(crate) trait Reader {
    /// What the store is, for messages: `an SQLite database`.
    fn what(&self) -> String;
    /// The `meta` rows, or `None` when there is no `meta` table.
    fn meta(&mut self) -> Result<Option<BTreeMap<String, String>>>;
    /// Every article, without its text.
    fn stored(&mut self) -> Result<Vec<Stored>>;
    /// The nodes of `key`: in table `keys` (`in_keys`, distinct) or `node_keys`.
    fn nodes(&mut self, in_keys: bool, key: &str) -> Result<Vec<String>>;
    /// Row ids of the articles that have one of `keys` (in `keys`).
    fn articles_with(&mut self, keys: &[String]) -> Result<BTreeSet<i64>>;
    /// The claims of the articles of `rows`, by article row and in text order.
    fn claims(&mut self, rows: &[i64]) -> Result<Vec<StoredClaim>>;
}

/// One row of `claims`, as `lint` keeps it for the articles it reads: what decoding needs.
pub(crate) struct StoredClaim {
    pub article: i64,
    /// `Err` holds an attribute this factlint does not know.
    attribute: std::result::Result<Attribute, String>,
    /// The `value` column (an entity claim's value, in its detail).
    value: Option<String>,
    line: i64,
    column: i64,
    byte_start: i64,
    byte_end: i64,
    data: Box<[u8]>,
}

/// The columns of one row of `claims`, in the order of [`CLAIM_COLUMNS`].
pub(crate) type ClaimColumns = (i64, String, Option<String>, i64, i64, i64, i64, Vec<u8>);

impl StoredClaim {
    pub(crate) fn new(columns: ClaimColumns) -> Self {
        let (article, attribute, value, line, column, byte_start, byte_end, data) = columns;
        StoredClaim {
            article,
            attribute: codec::attribute(&attribute).ok_or(attribute),
            value,
            line,
            column,
            byte_start,
            byte_end,
            data: data.into_boxed_slice(),
        }
    }

    /// The claim, of `a` (article `article` of the run).
    fn claim(&self, article: usize, a: &Article) -> std::result::Result<Claim, String> {
        let attribute = self
            .attribute
            .clone()
            .map_err(|a| format!("a stored claim has an unknown attribute {a:?}"))?;
        let n = |v: i64| usize::try_from(v).map_err(|_| "a stored claim is damaged".to_string());
        let span = crate::span::Span {
            start: n(self.byte_start)?,
            end: n(self.byte_end)?,
            line: n(self.line)?,
            column: n(self.column)?,
        };
        let columns = codec::Columns {
            attribute,
            value: self.value.as_deref(),
            span,
        };
        codec::decode(&self.data, columns, article, &a.text, a.published)
    }
}

/// The SELECT of [`Reader::claims`] (one article's rows, or those of `ANY($1)`).
const CLAIM_COLUMNS: &str =
    "article, attribute, value, line, \"column\", byte_start, byte_end, data";

/// An index in an SQLite file, read by `lint`.
struct SqliteReader {
    conn: Connection,
    db: PathBuf,
}

impl SqliteReader {
    fn open(db: &Path) -> Result<Self> {
        // Read-write when possible, so that a journal left by an interrupted `index` is
        // rolled back; nothing is written.
        let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_WRITE)
            .or_else(|_| Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY))
            .map_err(db_error(db))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(db_error(db))?;
        // All reads in one transaction: one state of the index, even when an `index` run
        // commits meanwhile (that commit waits for the reads to end).
        conn.execute_batch("BEGIN").map_err(db_error(db))?;
        Ok(SqliteReader {
            conn,
            db: db.to_path_buf(),
        })
    }
}

impl Reader for SqliteReader {
    fn what(&self) -> String {
        "an SQLite database".to_string()
    }

    fn meta(&mut self) -> Result<Option<BTreeMap<String, String>>> {
        read_meta(&self.conn, &self.db)
    }

    fn stored(&mut self) -> Result<Vec<Stored>> {
        let db = &self.db;
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, name, path, real_path, sha256, published, published_from, outlet,
                 title, claims FROM articles",
            )
            .map_err(db_error(db))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Stored {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    path: r.get(2)?,
                    real_path: r.get(3)?,
                    sha256: r.get(4)?,
                    published: r.get(5)?,
                    published_from: r.get(6)?,
                    outlet: r.get(7)?,
                    title: r.get(8)?,
                    claims: r.get::<_, i64>(9)? as usize,
                })
            })
            .map_err(db_error(db))?;
        rows.collect::<std::result::Result<_, _>>()
            .map_err(db_error(db))
    }

    fn nodes(&mut self, in_keys: bool, key: &str) -> Result<Vec<String>> {
        let db = &self.db;
        let mut stmt = self
            .conn
            .prepare_cached(if in_keys {
                "SELECT DISTINCT node FROM keys WHERE key = ?1"
            } else {
                "SELECT node FROM node_keys WHERE key = ?1"
            })
            .map_err(db_error(db))?;
        let found = stmt
            .query_map([key], |r| r.get(0))
            .map_err(db_error(db))?
            .collect::<std::result::Result<_, _>>()
            .map_err(db_error(db))?;
        Ok(found)
    }

    fn articles_with(&mut self, keys: &[String]) -> Result<BTreeSet<i64>> {
        let db = &self.db;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT article FROM keys WHERE key = ?1")
            .map_err(db_error(db))?;
        let mut out = BTreeSet::new();
        for key in keys {
            let rows = stmt
                .query_map([key], |r| r.get::<_, i64>(0))
                .map_err(db_error(db))?;
            for r in rows {
                out.insert(r.map_err(db_error(db))?);
            }
        }
        Ok(out)
    }

    fn claims(&mut self, rows: &[i64]) -> Result<Vec<StoredClaim>> {
        let db = &self.db;
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {CLAIM_COLUMNS} FROM claims WHERE article = ?1 ORDER BY seq"
            ))
            .map_err(db_error(db))?;
        let mut out = Vec::new();
        for &row in rows {
            let found = stmt
                .query_map([row], |r| {
                    Ok(StoredClaim::new((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                    )))
                })
                .map_err(db_error(db))?;
            for c in found {
                out.push(c.map_err(db_error(db))?);
            }
        }
        Ok(out)
    }
}

/// Checks that the index `name` (its `meta`) was built with these rules, by this factlint;
/// the command that rebuilds it (`re-run ...`), for messages.
fn check_meta(
    name: &str,
    what: &str,
    meta: Option<BTreeMap<String, String>>,
    rules: &Rules,
) -> Result<String> {
    let meta = meta.ok_or_else(|| {
        Error::input(
            name,
            format!("{what} that is not an archive index (no `meta` table)"),
        )
    })?;
    let inputs: Vec<String> = meta
        .get("inputs")
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    let again = format!(
        "re-run `factlint index {} --db {}`",
        if inputs.is_empty() {
            "ARCHIVE...".to_string()
        } else {
            inputs.join(" ")
        },
        name
    );
    let now = meta_now(rules, &[]);
    let value = |k: &str| meta.get(k).map(String::as_str);
    let want = |k: &str| now.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str());
    if value("schema_version") != want("schema_version") {
        return Err(Error::input(
            name,
            format!(
                "archive index of another layout (schema version {}, this factlint reads {SCHEMA_VERSION}); {again}",
                value("schema_version").unwrap_or("unknown")
            ),
        ));
    }
    if value("rules_sha256") != want("rules_sha256") {
        return Err(Error::input(
            name,
            format!("archive index built with other rules than these (rule files or --rules changed); {again}"),
        ));
    }
    if value("factlint_version") != want("factlint_version") {
        return Err(Error::input(
            name,
            format!(
                "archive index built by factlint {}, this is {}; {again}",
                value("factlint_version").unwrap_or("unknown"),
                env!("FACTLINT_BUILD")
            ),
        ));
    }
    Ok(again)
}

/// `lint NEW... --against DB`: the new articles checked with the archive articles of the
/// index that can take part in a conflict with them. `db` is an SQLite file or a
/// PostgreSQL URL (`postgres://...`, see [`is_url`]).
pub fn lint(
    db: &Path,
    new: &[PathBuf],
    rules: &Rules,
    limits: Limits,
    ignore: &Ignore,
    tick: Tick,
) -> Result<Linted> {
    let (mut store, name): (Box<dyn Reader>, String) = match is_url(db) {
        Some(url) => (pg_reader(url)?, redact(url)),
        None => (Box::new(SqliteReader::open(db)?), display_path(db)),
    };
    let store = &mut *store;
    let what = store.what();
    let (name, what) = (name.as_str(), what.as_str());
    let again = check_meta(name, what, store.meta()?, rules)?;
    let mut loaded = crate::load::load_articles(new, rules, limits, ignore, tick)?.articles;
    let mut stored = store.stored()?;
    // A new article that is also in the archive (the same file, or the same id) is read
    // once, from its file, under the smaller of its ids, as `lint` against files does.
    for a in &mut loaded {
        let real = a
            .path
            .as_ref()
            .map(|p| display_path(&std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
        let mut ids = vec![a.id.clone()];
        stored.retain(|s| {
            let same = s.name == a.id || real.as_deref() == Some(s.real_path.as_str());
            if same {
                ids.push(s.name.clone());
            }
            !same
        });
        if let Some(min) = ids.into_iter().min() {
            a.id = min;
        }
    }
    if stored.len() + loaded.len() > limits.max_articles {
        return Err(Error::input(
            name,
            format!(
                "more than {} articles (raise the limit with --max-articles)",
                limits.max_articles
            ),
        ));
    }
    let new_ids: BTreeSet<String> = loaded.iter().map(|a| a.id.clone()).collect();
    let by_row: HashMap<i64, usize> = stored.iter().enumerate().map(|(i, s)| (s.id, i)).collect();

    // Entity nodes of the new articles, and everything their groups can reach.
    let claims = crate::extract_all(&loaded, rules, &|_, _| {});
    let start = keys::of_claims(&claims, None, rules).nodes;
    let mut closure = Closure::new(rules);
    closure.add(store, start)?;
    let mut wanted = Wanted::default();
    // The archive articles read, with their stored claims (decoded for each run: the
    // packed rows are smaller than the claims).
    let mut texts: HashMap<i64, (Article, Vec<StoredClaim>)> = HashMap::new();
    // The rows of the last run, and that run.
    let mut last: Option<(BTreeSet<i64>, crate::Run)> = None;
    let run = loop {
        let mut rows = closure.articles(store)?;
        let keys: Vec<String> = wanted.keys.iter().cloned().collect();
        rows.extend(store.articles_with(&keys)?);
        // The same file as a new article is not read.
        rows.retain(|row| by_row.contains_key(row));
        // The same articles as the last run: the same run, whose wants are all met.
        if let Some((read, run)) = last.take() {
            if read == rows {
                break run;
            }
        }
        let missing: Vec<i64> = rows
            .iter()
            .copied()
            .filter(|row| !texts.contains_key(row))
            .collect();
        let mut claims: HashMap<i64, Vec<StoredClaim>> = HashMap::new();
        for c in store.claims(&missing)? {
            claims.entry(c.article).or_default().push(c);
        }
        let rebuilt: Vec<Result<(i64, Article)>> = missing
            .par_iter()
            .map(|row| Ok((*row, article_of(&stored[by_row[row]], rules, name, &again)?)))
            .collect();
        for r in rebuilt {
            let (row, a) = r?;
            let mut c = claims.remove(&row).unwrap_or_default();
            c.shrink_to_fit();
            texts.insert(row, (a, c));
        }
        let read_rows = rows.clone();
        let rows: Vec<i64> = rows.into_iter().collect();
        let read: Vec<Result<(Article, Option<Vec<Claim>>)>> = rows
            .par_iter()
            .map(|row| {
                let (a, c) = &texts[row];
                Ok((
                    a.clone(),
                    Some(claims_of(&stored[by_row[row]], a, c, name)?),
                ))
            })
            .collect();
        let mut articles: Vec<(Article, Option<Vec<Claim>>)> =
            loaded.iter().map(|a| (a.clone(), None)).collect();
        for a in read {
            articles.push(a?);
        }
        let run = crate::check_with_claims(articles, rules, Some(&new_ids));
        let more = wanted_by(&run, &new_ids);
        let grew = closure.add(store, more.nodes)?;
        let before = wanted.keys.len();
        wanted.keys.extend(more.keys);
        if !grew && wanted.keys.len() == before {
            break run;
        }
        last = Some((read_rows, run));
    };
    Ok(assemble(run, stored, new_ids, texts.len()))
}

/// Archive article `s` as a run reads it, from its file: the index holds the file's
/// SHA-256, which the file must still have, not its text. `db` and `again` (how to rebuild
/// the index) are for messages.
fn article_of(s: &Stored, rules: &Rules, db: &str, again: &str) -> Result<Article> {
    let holds = format!("the archive index {db} holds its claims but not its text");
    // The canonical path first: `lint` may run from another folder than `index` did.
    let bytes = std::fs::read(&s.real_path).or_else(|_| std::fs::read(&s.path));
    let bytes = bytes.map_err(|e| {
        Error::input(
            &s.path,
            format!("{}; {holds}, and the file is gone; {again}", io_reason(&e)),
        )
    })?;
    if sha256_hex(&bytes) != s.sha256 {
        return Err(Error::input(
            &s.path,
            format!("the file changed since it was indexed; {holds}; {again}"),
        ));
    }
    let text = crate::load::text_from_bytes(Path::new(&s.path), bytes)?;
    let mut article = Article::new(s.name.clone(), text, rules)?;
    article.path = Some(PathBuf::from(&s.path));
    Ok(article)
}

/// The claims of archive article `s` (read as `article`) from their stored `rows`, as
/// extraction gave them (not extracted again). `db` is for messages.
fn claims_of(s: &Stored, article: &Article, rows: &[StoredClaim], db: &str) -> Result<Vec<Claim>> {
    let damaged = |e: String| Error::input(db, format!("archive index: {}: {e}", s.name));
    if rows.len() != s.claims {
        return Err(damaged(format!(
            "{} claims stored, {} listed",
            rows.len(),
            s.claims
        )));
    }
    rows.iter()
        .map(|c| c.claim(0, article))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(damaged)
}

/// What a run shows must be read too.
#[derive(Debug, Default)]
struct Wanted {
    /// Joinable nodes whose groups must be whole.
    nodes: BTreeSet<String>,
    /// Keys (`e:` and `k:`) whose articles must be read.
    keys: BTreeSet<String>,
}

/// What the run of the articles read shows must be read too:
/// - the entity groups of the new articles' claims, and the subjects of every claim of the
///   events they are in, must be whole: their joinable nodes are followed;
/// - a subject that stands alone (a place, a known name) is followed through the event
///   keys of those claims (the same content word ending, the same subject), the only way
///   another claim can join their events;
/// - a group that stands alone whose name a conflict of a new article shows (the subjects
///   of a date conflict, an affiliation's institution) is read in every article that names
///   it, since its name is the form most articles write.
fn wanted_by(run: &crate::Run, new: &BTreeSet<String>) -> Wanted {
    let mut out = Wanted::default();
    let is_new = |article: usize| new.contains(&run.articles[article].id);
    // Which nodes stand alone, from the name claims.
    let mut alone: BTreeSet<String> = BTreeSet::new();
    for c in &run.claims {
        if let (Attribute::Name, Some(e)) = (c.attribute, c.entity()) {
            if e.person.is_none() && keys::stands_alone(e.known) {
                alone.insert(keys::node_name(e.kind, &e.key));
            }
        }
    }
    let nodes_of = |g: usize| {
        let group = &run.entities.groups[g];
        group
            .keys
            .iter()
            .map(|k| keys::node_name(group.kind, k))
            .collect::<Vec<_>>()
    };
    let members = |i: usize| -> Vec<usize> {
        match run.events.info[i].as_ref().and_then(|inf| inf.group) {
            Some(g) => run.events.groups[g].members.clone(),
            None => vec![i],
        }
    };
    let follow = |groups: &mut dyn Iterator<Item = usize>, out: &mut Wanted| {
        for g in groups {
            for node in nodes_of(g) {
                if !alone.contains(&node) {
                    out.nodes.insert(node);
                }
            }
        }
    };
    for (i, c) in run.claims.iter().enumerate() {
        if !is_new(c.article) {
            continue;
        }
        // The archive articles that misspell a known name a new article names.
        if let (Attribute::Name, Some(e)) = (c.attribute, c.entity()) {
            if e.person.is_none() && keys::stands_alone(e.known) {
                out.keys
                    .insert(keys::slip_key(&keys::node_name(e.kind, &e.key)));
            }
        }
        // The identifiers a digit away from the new articles' ones, and lists of initials
        // a letter away.
        out.keys.extend(keys::edit_keys(c));
        follow(&mut run.entities.group_of[i].into_iter(), &mut out);
        if run.events.info[i].is_none() {
            continue;
        }
        for m in members(i) {
            let Some(info) = &run.events.info[m] else {
                continue;
            };
            follow(&mut info.subjects.iter().copied(), &mut out);
            let tails = keys::tails(&run.claims[m]);
            // The kinds the claim's subjects name, and those it names through a group that
            // stands alone.
            let named: Vec<EntityKind> = info
                .subjects
                .iter()
                .map(|&s| run.entities.groups[s].kind)
                .collect();
            let alone_kinds: Vec<EntityKind> = info
                .subjects
                .iter()
                .filter(|&&s| nodes_of(s).iter().any(|n| alone.contains(n)))
                .map(|&s| run.entities.groups[s].kind)
                .collect();
            for &s in &info.subjects {
                let kind = run.entities.groups[s].kind;
                for node in nodes_of(s).into_iter().filter(|n| alone.contains(n)) {
                    for code in keys::kinds_codes(&named, &alone_kinds, kind) {
                        for t in &tails {
                            out.keys
                                .insert(keys::event_key(&run.claims[m], t, &node, &code));
                        }
                    }
                }
            }
        }
    }
    // Groups whose names the new articles' conflicts show: each evidence span names its
    // claim.
    let mut shown: BTreeSet<usize> = BTreeSet::new();
    for conflict in &run.conflicts {
        if !conflict.evidence.iter().any(|e| is_new(e.article)) {
            continue;
        }
        for e in &conflict.evidence {
            if let Some(i) = e.claim {
                shown.extend(run.entities.group_of[i]);
                // Every article writing one of its numbers or lists, and their neighbours.
                out.keys.extend(keys::edit_keys(&run.claims[i]));
                if let Some(o) = run.claims[i].entity().and_then(|x| x.org) {
                    shown.extend(run.entities.group_of[o]);
                }
                // A date conflict is named by the subjects its claims share; a count
                // conflict by its counted noun and words only.
                if conflict.kind == Kind::Date {
                    if let Some(info) = &run.events.info[i] {
                        shown.extend(info.subjects.iter().copied());
                    }
                }
            }
        }
    }
    for g in shown {
        for node in nodes_of(g) {
            if alone.contains(&node) {
                out.keys.insert(format!("k:{node}"));
            } else {
                out.nodes.insert(node);
            }
        }
    }
    out
}

/// The entity nodes reached from the new articles' nodes through the blocking keys.
struct Closure<'a> {
    rules: &'a Rules,
    nodes: BTreeSet<String>,
    /// Lookups done: (in `keys`, key) → nodes found.
    looked_up: HashMap<(bool, String), Vec<String>>,
}

impl<'a> Closure<'a> {
    fn new(rules: &'a Rules) -> Self {
        Closure {
            rules,
            nodes: BTreeSet::new(),
            looked_up: HashMap::new(),
        }
    }

    /// Adds `nodes` and every node reachable from them; whether anything was added.
    fn add(&mut self, store: &mut dyn Reader, nodes: BTreeSet<String>) -> Result<bool> {
        let mut queue: Vec<String> = nodes
            .into_iter()
            .filter(|n| self.nodes.insert(n.clone()))
            .collect();
        let added = !queue.is_empty();
        while let Some(node) = queue.pop() {
            for (table, key) in keys::lookups(&node, self.rules) {
                let in_keys = table == keys::Table::Keys;
                let cached = (in_keys, key.clone());
                if !self.looked_up.contains_key(&cached) {
                    let found = store.nodes(in_keys, &key)?;
                    self.looked_up.insert(cached.clone(), found);
                }
                for other in &self.looked_up[&cached] {
                    if !self.nodes.contains(other) && keys::joins(&key, &node, other, self.rules) {
                        self.nodes.insert(other.clone());
                        queue.push(other.clone());
                    }
                }
            }
        }
        Ok(added)
    }

    /// Row ids of the archive articles that name a node reached, sorted.
    fn articles(&self, store: &mut dyn Reader) -> Result<BTreeSet<i64>> {
        let keys: Vec<String> = self.nodes.iter().map(|n| format!("n:{n}")).collect();
        store.articles_with(&keys)
    }
}

/// The run of the articles read, placed among all the archive's articles: article indices
/// of claims and evidence moved to the whole list (both are in id order, so the order of
/// conflicts is kept).
fn assemble(
    mut run: crate::Run,
    stored: Vec<Stored>,
    new: BTreeSet<String>,
    read: usize,
) -> Linted {
    let mut counts_ran = vec![0usize; run.articles.len()];
    for c in &run.claims {
        counts_ran[c.article] += 1;
    }
    let ran_articles = std::mem::take(&mut run.articles);
    let mut others: Vec<Stored> = {
        let ran: BTreeSet<&str> = ran_articles.iter().map(|a| a.id.as_str()).collect();
        stored
            .into_iter()
            .filter(|s| !ran.contains(s.name.as_str()))
            .collect()
    };
    others.sort_unstable_by(|a, b| a.name.cmp(&b.name));
    // Both lists are in id order: merged.
    let total = ran_articles.len() + others.len();
    let mut place = vec![0usize; ran_articles.len()];
    let mut articles = Vec::with_capacity(total);
    let mut claim_counts = Vec::with_capacity(total);
    let mut ran = ran_articles.into_iter().enumerate().peekable();
    let mut others = others.into_iter().peekable();
    loop {
        let take_ran = match (ran.peek(), others.peek()) {
            (Some((_, a)), Some(s)) => a.id <= s.name,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        if take_ran {
            if let Some((i, a)) = ran.next() {
                place[i] = articles.len();
                articles.push(a);
                claim_counts.push(counts_ran[i]);
            }
        } else if let Some(s) = others.next() {
            claim_counts.push(s.claims);
            articles.push(s.into_stub());
        }
    }
    for c in &mut run.claims {
        c.article = place[c.article];
    }
    run.stories = std::mem::take(&mut run.stories).relocated(&place, articles.len());
    for conflict in &mut run.conflicts {
        for e in &mut conflict.evidence {
            e.article = place[e.article];
        }
    }
    run.articles = articles;
    Linted {
        run,
        new,
        claim_counts,
        read,
    }
}

//! The archive index on a PostgreSQL server (`--db postgres://...`): the tables of the
//! SQLite index (the same columns, in the schema the connection's `search_path` selects,
//! `public` by default), written and read through [`Writer`] and [`Reader`], so `index` and
//! `lint` do the same with either.
//!
//! - An `index` run is one transaction that first takes a transaction-level advisory lock
//!   of the schema (`pg_advisory_xact_lock`): writers are serialised, a second one waits for
//!   the first to commit (up to [`LOCK_WAIT`], then it is refused as another run is
//!   writing), and then sees what the first wrote. A failed or killed run is rolled back
//!   by the server.
//! - `lint` reads in one `REPEATABLE READ READ ONLY` transaction: one snapshot of the
//!   index, whatever a writer commits meanwhile, and never blocked by it (only the rebuild
//!   of an index of another schema version, which drops the tables, makes readers wait).
//! - SQL does the lookups: the articles with any of a set of keys in one query
//!   (`key = ANY($1)`), the stored claims of the articles read in one query, an article's claims
//!   and keys written with one `INSERT ... SELECT FROM unnest(...)` each.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::time::Duration;

use postgres::error::SqlState;
use postgres::{Client, Config, NoTls, Statement, Transaction};

use super::{
    another_run, ArticleKeys, ArticleRow, ClaimRow, Indexed, Reader, Stored, StoredClaim, Writer,
    CLAIM_COLUMNS, TABLES,
};
use crate::error::{Error, Result};

/// The tables of [`super::SCHEMA`] in PostgreSQL's types: 64-bit integers, an id from a
/// sequence, no SQLite table options. One layout, written once.
fn schema() -> String {
    super::SCHEMA
        .replace(
            "id INTEGER PRIMARY KEY AUTOINCREMENT",
            "id BIGSERIAL PRIMARY KEY",
        )
        .replace("INTEGER", "BIGINT")
        .replace("BLOB", "BYTEA")
        .replace(" WITHOUT ROWID", "")
}

/// How long a second `index` run waits for the one writing before it gives up.
const LOCK_WAIT: &str = "600s";

/// A server's error as one line: its message with detail and hint, or the client's error
/// and its causes.
fn reason(e: &postgres::Error) -> String {
    let s = match e.as_db_error() {
        Some(db) => {
            let mut s = format!("{}: {}", db.severity(), db.message());
            if let Some(d) = db.detail() {
                s.push_str(&format!(" ({d})"));
            }
            if let Some(h) = db.hint() {
                s.push_str(&format!("; hint: {h}"));
            }
            s
        }
        None => {
            let mut s = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(cause) = source {
                s.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            s
        }
    };
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pg_error(name: &str) -> impl Fn(postgres::Error) -> Error + '_ {
    move |e| Error::input(name, format!("archive index: {}", reason(&e)))
}

/// Connects to the server of `url` (shown as `name`).
fn connect(url: &str, name: &str) -> Result<Client> {
    let mut config: Config = url.parse().map_err(|e: postgres::Error| {
        Error::input(
            name,
            format!("not a PostgreSQL connection URL: {}", reason(&e)),
        )
    })?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(10));
    }
    if config.get_application_name().is_none() {
        config.application_name("factlint");
    }
    config.connect(NoTls).map_err(|e| {
        Error::input(
            name,
            format!("cannot connect to the PostgreSQL server: {}", reason(&e)),
        )
    })
}

/// `ident` quoted as an SQL identifier.
fn quoted(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

/// The schema the tables are in (the first of the `search_path` that exists).
fn schema_of(rows: Vec<postgres::Row>, name: &str) -> Result<String> {
    rows.first()
        .and_then(|r| r.get::<_, Option<String>>(0))
        .ok_or_else(|| {
            Error::input(
                name,
                "no schema for the archive index: the connection's search_path names none that exists",
            )
        })
}

/// Whether `meta` is a table of the current schema.
const HAS_META: &str = "SELECT EXISTS (SELECT 1 FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_name = 'meta')";

fn meta_rows(rows: Vec<postgres::Row>) -> BTreeMap<String, String> {
    rows.iter().map(|r| (r.get(0), r.get(1))).collect()
}

/// `index` into the database of `url`: `fill` inside one transaction that holds the
/// schema's advisory lock, committed when it succeeds.
pub(super) fn build(
    url: &str,
    name: &str,
    fill: impl FnOnce(&mut dyn Writer) -> Result<Indexed>,
) -> Result<Indexed> {
    let mut client = connect(url, name)?;
    let mut tx = client.transaction().map_err(pg_error(name))?;
    let err = pg_error(name);
    let schema = schema_of(
        tx.query("SELECT current_schema()", &[]).map_err(&err)?,
        name,
    )?;
    tx.batch_execute(&format!("SET LOCAL lock_timeout = '{LOCK_WAIT}'"))
        .map_err(&err)?;
    // One writer at a time per schema; readers take no such lock and are never blocked.
    if let Err(e) = tx.execute(
        "SELECT pg_advisory_xact_lock(hashtext('factlint index'), hashtext($1))",
        &[&schema],
    ) {
        return Err(if e.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) {
            another_run(Path::new(name))
        } else {
            err(e)
        });
    }
    let mut w = PgWriter {
        tx,
        name,
        schema,
        stmts: HashMap::new(),
    };
    let done = fill(&mut w)?;
    w.tx.commit().map_err(&err)?;
    Ok(done)
}

/// An index in a PostgreSQL schema, inside the transaction of an `index` run.
struct PgWriter<'a> {
    tx: Transaction<'a>,
    name: &'a str,
    schema: String,
    stmts: HashMap<&'static str, Statement>,
}

impl PgWriter<'_> {
    /// `sql` prepared once per run.
    fn stmt(&mut self, sql: &'static str) -> Result<Statement> {
        if let Some(s) = self.stmts.get(sql) {
            return Ok(s.clone());
        }
        let s = self.tx.prepare(sql).map_err(pg_error(self.name))?;
        self.stmts.insert(sql, s.clone());
        Ok(s)
    }

    fn exec(
        &mut self,
        sql: &'static str,
        params: &[&(dyn postgres::types::ToSql + Sync)],
    ) -> Result<()> {
        let s = self.stmt(sql)?;
        self.tx.execute(&s, params).map_err(pg_error(self.name))?;
        Ok(())
    }
}

impl Writer for PgWriter<'_> {
    fn what(&self) -> String {
        format!("a PostgreSQL database (schema {})", self.schema)
    }

    fn meta(&mut self) -> Result<Option<BTreeMap<String, String>>> {
        let err = pg_error(self.name);
        let has: bool = self.tx.query_one(HAS_META, &[]).map_err(&err)?.get(0);
        if !has {
            return Ok(None);
        }
        let rows = self
            .tx
            .query("SELECT key, value FROM meta", &[])
            .map_err(&err)?;
        Ok(Some(meta_rows(rows)))
    }

    fn has_tables(&mut self) -> Result<bool> {
        let n: i64 = self
            .tx
            .query_one(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
                &[],
            )
            .map_err(pg_error(self.name))?
            .get(0);
        Ok(n > 0)
    }

    fn create(&mut self) -> Result<()> {
        self.stmts.clear();
        let err = pg_error(self.name);
        for t in TABLES {
            self.tx
                .batch_execute(&format!(
                    "DROP TABLE IF EXISTS {}.{t}",
                    quoted(&self.schema)
                ))
                .map_err(&err)?;
        }
        self.tx.batch_execute(&schema()).map_err(&err)
    }

    fn existing(&mut self) -> Result<HashMap<String, (i64, String)>> {
        let rows = self
            .tx
            .query("SELECT id, name, sha256 FROM articles", &[])
            .map_err(pg_error(self.name))?;
        Ok(rows
            .iter()
            .map(|r| (r.get(1), (r.get(0), r.get(2))))
            .collect())
    }

    fn move_article(&mut self, row: i64, path: &str, real_path: &str) -> Result<()> {
        self.exec(
            "UPDATE articles SET path = $1, real_path = $2 WHERE id = $3",
            &[&path, &real_path, &row],
        )
    }

    fn forget(&mut self, row: i64) -> Result<()> {
        self.exec("DELETE FROM claims WHERE article = $1", &[&row])?;
        self.exec("DELETE FROM articles WHERE id = $1", &[&row])
    }

    fn insert(&mut self, a: &ArticleRow, claims: &[ClaimRow], k: &ArticleKeys) -> Result<()> {
        let err = pg_error(self.name);
        let fields: [&(dyn postgres::types::ToSql + Sync); 9] = [
            &a.name,
            &a.path,
            &a.real_path,
            &a.sha256,
            &a.published,
            &a.published_from,
            &a.outlet,
            &a.title,
            &a.claims,
        ];
        let s = self.stmt(
            "INSERT INTO articles (name, path, real_path, sha256, published,
             published_from, outlet, title, claims)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )?;
        let id: i64 = self.tx.query_one(&s, &fields).map_err(&err)?.get(0);
        if !claims.is_empty() {
            let seq: Vec<i64> = claims.iter().map(|c| c.seq).collect();
            let attribute: Vec<&str> = claims.iter().map(|c| c.attribute).collect();
            let value: Vec<Option<&str>> = claims.iter().map(|c| c.value.as_deref()).collect();
            let line: Vec<i64> = claims.iter().map(|c| c.line).collect();
            let column: Vec<i64> = claims.iter().map(|c| c.column).collect();
            let start: Vec<i64> = claims.iter().map(|c| c.byte_start).collect();
            let end: Vec<i64> = claims.iter().map(|c| c.byte_end).collect();
            let data: Vec<&[u8]> = claims.iter().map(|c| c.data.as_slice()).collect();
            self.exec(
                "INSERT INTO claims (article, seq, attribute, value, line, \"column\",
                 byte_start, byte_end, data)
                 SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::bigint[],
                 $6::bigint[], $7::bigint[], $8::bigint[], $9::bytea[])",
                &[
                    &id, &seq, &attribute, &value, &line, &column, &start, &end, &data,
                ],
            )?;
        }
        if !k.rows.is_empty() {
            let (key, node): (Vec<&str>, Vec<&str>) =
                k.rows.iter().map(|(k, n)| (k.as_str(), n.as_str())).unzip();
            self.exec(
                "INSERT INTO keys (key, article, node)
                 SELECT k, $1, n FROM unnest($2::text[], $3::text[]) AS t (k, n)",
                &[&id, &key, &node],
            )?;
        }
        if !k.node_rows.is_empty() {
            let (key, node): (Vec<&str>, Vec<&str>) = k
                .node_rows
                .iter()
                .map(|(k, n)| (k.as_str(), n.as_str()))
                .unzip();
            self.exec(
                "INSERT INTO node_keys (key, node) SELECT * FROM unnest($1::text[], $2::text[])
                 ON CONFLICT DO NOTHING",
                &[&key, &node],
            )?;
        }
        Ok(())
    }

    fn prune_keys(&mut self) -> Result<()> {
        self.exec(
            "DELETE FROM keys k WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = k.article)",
            &[],
        )?;
        self.exec(
            "DELETE FROM node_keys nk
             WHERE NOT EXISTS (SELECT 1 FROM keys k WHERE k.key = 'n:' || nk.node)",
            &[],
        )
    }

    fn set_meta(&mut self, rows: &[(&'static str, String)]) -> Result<()> {
        for (k, v) in rows {
            self.exec(
                "INSERT INTO meta (key, value) VALUES ($1, $2)
                 ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                &[k, v],
            )?;
        }
        Ok(())
    }
}

/// An index in a PostgreSQL schema, read by `lint` in one read-only snapshot.
pub(super) struct PgReader {
    client: Client,
    name: String,
    schema: String,
    stmts: HashMap<&'static str, Statement>,
}

impl PgReader {
    pub(super) fn open(url: &str, name: &str) -> Result<Self> {
        let mut client = connect(url, name)?;
        let err = pg_error(name);
        client
            .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            .map_err(&err)?;
        let schema = schema_of(
            client.query("SELECT current_schema()", &[]).map_err(&err)?,
            name,
        )?;
        Ok(PgReader {
            client,
            name: name.to_string(),
            schema,
            stmts: HashMap::new(),
        })
    }

    fn query(
        &mut self,
        sql: &'static str,
        params: &[&(dyn postgres::types::ToSql + Sync)],
    ) -> Result<Vec<postgres::Row>> {
        let err = pg_error(&self.name);
        let s = match self.stmts.get(sql) {
            Some(s) => s.clone(),
            None => {
                let s = self.client.prepare(sql).map_err(&err)?;
                self.stmts.insert(sql, s.clone());
                s
            }
        };
        self.client.query(&s, params).map_err(&err)
    }
}

impl Reader for PgReader {
    fn what(&self) -> String {
        format!("a PostgreSQL database (schema {})", self.schema)
    }

    fn meta(&mut self) -> Result<Option<BTreeMap<String, String>>> {
        let has: bool = self.query(HAS_META, &[])?[0].get(0);
        if !has {
            return Ok(None);
        }
        Ok(Some(meta_rows(
            self.query("SELECT key, value FROM meta", &[])?,
        )))
    }

    fn stored(&mut self) -> Result<Vec<Stored>> {
        let rows = self.query(
            "SELECT id, name, path, real_path, sha256, published, published_from, outlet,
             title, claims FROM articles",
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| Stored {
                id: r.get(0),
                name: r.get(1),
                path: r.get(2),
                real_path: r.get(3),
                sha256: r.get(4),
                published: r.get(5),
                published_from: r.get(6),
                outlet: r.get(7),
                title: r.get(8),
                claims: r.get::<_, i64>(9) as usize,
            })
            .collect())
    }

    fn nodes(&mut self, in_keys: bool, key: &str) -> Result<Vec<String>> {
        let sql = if in_keys {
            "SELECT DISTINCT node FROM keys WHERE key = $1"
        } else {
            "SELECT node FROM node_keys WHERE key = $1"
        };
        Ok(self.query(sql, &[&key])?.iter().map(|r| r.get(0)).collect())
    }

    fn articles_with(&mut self, keys: &[String]) -> Result<BTreeSet<i64>> {
        if keys.is_empty() {
            return Ok(BTreeSet::new());
        }
        let rows = self.query(
            "SELECT DISTINCT article FROM keys WHERE key = ANY($1)",
            &[&keys],
        )?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn claims(&mut self, rows: &[i64]) -> Result<Vec<StoredClaim>> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let sql = SQL.get_or_init(|| {
            format!(
                "SELECT {CLAIM_COLUMNS} FROM claims WHERE article = ANY($1) ORDER BY article, seq"
            )
        });
        let found = self.query(sql.as_str(), &[&rows])?;
        Ok(found
            .iter()
            .map(|r| {
                StoredClaim::new((
                    r.get(0),
                    r.get(1),
                    r.get(2),
                    r.get(3),
                    r.get(4),
                    r.get(5),
                    r.get(6),
                    r.get(7),
                ))
            })
            .collect())
    }
}

//! The archive index's two stores for the tests: an SQLite file, or a fresh PostgreSQL schema
//! on the server of `FACTLINT_TEST_POSTGRES` (default `postgres://postgres@localhost/postgres`),
//! one per index so tests run in parallel, dropped when done. No server: the PostgreSQL
//! tests fail, saying how to start one, where `FACTLINT_TEST_POSTGRES` is set (CI starts a
//! server and sets it, see `.ci/run`); see [`skip_postgres`] for a machine without one.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The environment variable naming the test server.
pub const ENV: &str = "FACTLINT_TEST_POSTGRES";
/// The server used when [`ENV`] is not set.
pub const DEFAULT: &str = "postgres://postgres@localhost/postgres";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The test server's URL.
pub fn server_url() -> String {
    std::env::var(ENV).unwrap_or_else(|_| DEFAULT.to_string())
}

/// Whether to leave out the PostgreSQL tests: only when [`ENV`] is not set and no server
/// answers at [`DEFAULT`] (a new user's `cargo test` on a machine without one; a notice says
/// so). Where [`ENV`] is set, as `.ci/run` sets it, a missing server fails the tests.
pub fn skip_postgres() -> bool {
    static SKIP: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SKIP.get_or_init(|| {
        if std::env::var_os(ENV).is_some() {
            return false;
        }
        let down = postgres::Client::connect(DEFAULT, postgres::NoTls).is_err();
        if down {
            eprintln!(
                "note: no PostgreSQL server at {DEFAULT} and {ENV} not set: the archive index \
                 tests ran on SQLite only (`bash .ci/run` starts a server and runs them all)"
            );
        }
        down
    })
}

/// A connection to `url`, or a failure that says how to start a server.
pub fn connect(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls).unwrap_or_else(|e| {
        let mut why = e.to_string();
        let mut src = std::error::Error::source(&e);
        while let Some(s) = src {
            why.push_str(&format!(": {s}"));
            src = s.source();
        }
        panic!(
            "no PostgreSQL server for the tests at {url} ({ENV}; {why}). These tests need one: \
             `docker run -d -e POSTGRES_HOST_AUTH_METHOD=trust -p 5432:5432 postgres:16`, or on \
             Debian `apt-get install -y postgresql && pg_ctlcluster 15 main start` with trust \
             for local connections (`bash .ci/run` sets it up), or set {ENV} to a server's URL"
        )
    })
}

/// A schema of its own on the test server, dropped with everything in it when dropped.
pub struct Schema {
    pub name: String,
    /// The server's URL with the schema as `search_path`: what factlint is given.
    pub url: String,
}

impl Schema {
    pub fn new(label: &str) -> Schema {
        static N: AtomicUsize = AtomicUsize::new(0);
        let clean: String = label
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .take(30)
            .collect();
        let name = format!(
            "ft_{}_{}_{clean}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        let server = server_url();
        connect(&server)
            .batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}"
            ))
            .unwrap_or_else(|e| panic!("CREATE SCHEMA {name} on {server}: {e:?}"));
        let sep = if server.contains('?') { '&' } else { '?' };
        let url = format!("{server}{sep}options=-csearch_path%3D{name}");
        Schema { name, url }
    }

    /// A connection whose tables are the schema's.
    pub fn client(&self) -> postgres::Client {
        connect(&self.url)
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&server_url(), postgres::NoTls) {
            let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name));
        }
    }
}

/// One archive index of a test.
pub enum Store {
    Sqlite(PathBuf),
    Postgres(Schema),
}

impl Store {
    /// A new, empty index: `dir/<label>.db`, or a new schema.
    pub fn fresh(backend: Backend, dir: &Path, label: &str) -> Store {
        match backend {
            Backend::Sqlite => Store::Sqlite(dir.join(format!("{label}.db"))),
            Backend::Postgres => Store::Postgres(Schema::new(label)),
        }
    }

    /// What `--db` and `--against` are given.
    pub fn arg(&self) -> String {
        match self {
            Store::Sqlite(p) => p.to_string_lossy().into_owned(),
            Store::Postgres(s) => s.url.clone(),
        }
    }

    pub fn path(&self) -> PathBuf {
        PathBuf::from(self.arg())
    }

    /// The one integer `sql` returns.
    pub fn count(&self, sql: &str) -> i64 {
        match self {
            Store::Sqlite(p) => rusqlite::Connection::open(p)
                .unwrap()
                .query_row(sql, [], |r| r.get(0))
                .unwrap_or_else(|e| panic!("{sql}: {e}")),
            Store::Postgres(s) => s
                .client()
                .query_one(&format!("SELECT CAST(({sql}) AS BIGINT)"), &[])
                .unwrap_or_else(|e| panic!("{sql}: {e:?}"))
                .get(0),
        }
    }

    /// The rows of `sql`, each column as text (cast columns that are not to TEXT).
    pub fn rows(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        match self {
            Store::Sqlite(p) => {
                let conn = rusqlite::Connection::open(p).unwrap();
                let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
                let n = stmt.column_count();
                stmt.query_map([], |r| {
                    (0..n)
                        .map(|i| {
                            Ok(match r.get::<_, rusqlite::types::Value>(i)? {
                                rusqlite::types::Value::Null => None,
                                rusqlite::types::Value::Integer(i) => Some(i.to_string()),
                                rusqlite::types::Value::Real(f) => Some(f.to_string()),
                                rusqlite::types::Value::Text(t) => Some(t),
                                rusqlite::types::Value::Blob(b) => Some(format!("{b:?}")),
                            })
                        })
                        .collect()
                })
                .unwrap()
                .map(Result::unwrap)
                .collect()
            }
            Store::Postgres(s) => s
                .client()
                .query(sql, &[])
                .unwrap_or_else(|e| panic!("{sql}: {e:?}"))
                .iter()
                .map(|r| (0..r.len()).map(|i| r.get(i)).collect())
                .collect(),
        }
    }

    /// The first column of the rows of `sql`, which must not be null.
    pub fn strings(&self, sql: &str) -> Vec<String> {
        self.rows(sql)
            .into_iter()
            .map(|r| r[0].clone().expect("a value"))
            .collect()
    }

    /// Every row of every table, as text, to compare two states of one index.
    pub fn dump(&self) -> Vec<String> {
        let mut out = Vec::new();
        for table in ["meta", "articles", "claims", "keys", "node_keys"] {
            match self {
                Store::Sqlite(_) => {
                    let n = self.rows(&format!("SELECT * FROM {table} LIMIT 1"));
                    let width = n.first().map_or(1, Vec::len);
                    let order: Vec<String> = (1..=width).map(|i| i.to_string()).collect();
                    for row in self.rows(&format!(
                        "SELECT * FROM {table} ORDER BY {}",
                        order.join(", ")
                    )) {
                        out.push(format!("{table}: {row:?}"));
                    }
                }
                Store::Postgres(_) => {
                    for row in
                        self.strings(&format!("SELECT CAST(t AS TEXT) FROM {table} t ORDER BY 1"))
                    {
                        out.push(format!("{table}: {row}"));
                    }
                }
            }
        }
        out
    }

    /// What the index holds, without row ids (which differ between two indexes of the same
    /// articles written in another order): the same in two stores that hold the same.
    pub fn content(&self) -> Vec<String> {
        let mut out = Vec::new();
        let data = match self {
            Store::Sqlite(_) => "hex(c.data)",
            Store::Postgres(_) => "upper(encode(c.data, 'hex'))",
        };
        let claims = format!(
            "SELECT 'claim ' || a.name || ' ' || CAST(c.seq AS TEXT) || ' ' || c.attribute || ' '
             || COALESCE(c.value, '-') || ' ' || CAST(c.line AS TEXT) || ' '
             || CAST(c.\"column\" AS TEXT) || ' ' || CAST(c.byte_start AS TEXT) || ' '
             || CAST(c.byte_end AS TEXT) || ' ' || {data}
             FROM claims c JOIN articles a ON a.id = c.article"
        );
        for sql in [
            "SELECT 'meta ' || key || ' ' || value FROM meta",
            "SELECT 'article ' || name || ' ' || path || ' ' || sha256 || ' ' || CAST(claims AS TEXT) FROM articles",
            claims.as_str(),
            "SELECT 'key ' || a.name || ' ' || k.key || ' ' || k.node FROM keys k JOIN articles a ON a.id = k.article",
            "SELECT 'node_key ' || key || ' ' || node FROM node_keys",
        ] {
            let mut rows = self.strings(sql);
            rows.sort();
            out.extend(rows);
        }
        // Nothing left behind by a removed article.
        for orphan in [
            "SELECT count(*) FROM claims WHERE article NOT IN (SELECT id FROM articles)",
            "SELECT count(*) FROM keys WHERE article NOT IN (SELECT id FROM articles)",
        ] {
            assert_eq!(self.count(orphan), 0, "{orphan}");
        }
        out
    }
}

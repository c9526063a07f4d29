//! Helpers shared by the integration tests: run the real binary, snapshot into `snapshots/`.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// The result of one factlint run.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// What a user sees: the exit code, then standard output.
    pub fn shown(&self) -> String {
        format!("exit: {}\n{}", self.code, self.stdout)
    }
}

/// Runs the factlint binary with `args`, from the crate's root folder.
pub fn factlint(args: &[&str]) -> Run {
    factlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

pub fn factlint_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run factlint");
    Run {
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The project's shared data folder, beside the checkout (`../shared` from the crate's root):
/// real articles the project may not hold copies of, and the hand-labelled gold of
/// `../shared/eval/`. CI has it; a test that needs it fails when it is missing.
pub const SHARED: &str = "../shared";

/// `../shared/<rel>`, relative to the crate's root (the folder [`factlint`] runs in, so paths in
/// reports and snapshots do not depend on where the checkout is). Panics with a clear message
/// when `../shared` or `rel` in it is missing: these tests must fail, not pass vacuously.
pub fn shared(rel: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join(SHARED);
    assert!(
        shared.is_dir(),
        "the shared data folder {SHARED} is missing (looked for {}): these tests read real \
         articles and gold from it, which the project may not hold; put the project's `shared` \
         folder beside the checkout",
        shared.display()
    );
    let path = format!("{SHARED}/{rel}");
    assert!(
        root.join(&path).exists(),
        "{path} is missing from the shared data folder ({})",
        root.join(&path).display()
    );
    path
}

/// A story set of the shared corpus, `../shared/corpus/<name>` (see [`shared`]).
pub fn shared_corpus(name: &str) -> String {
    shared(&format!("corpus/{name}"))
}

/// Twenty real news articles published by Kompas.com in 2025, in four stories (one folder a
/// story), read from the shared corpus (`../shared/corpus/kompas/`): the project may not hold
/// copies of them. They were taken from a public archive of Kompas.com articles (GitHub
/// repository `Naandalist/trending-news-diggest`, 2025). Line 1 of each file
/// (`Kompas.com, <date>`) gives the publication date; line 2 is the headline, line 3 the
/// byline; the text is otherwise as archived, typos and all. Test material, not rule material:
/// no name, number or phrase from them is in `rules/`.
pub fn kompas() -> String {
    shared_corpus("kompas")
}

/// A fresh temporary folder under the target folder, removed and recreated.
pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// `insta::assert_snapshot!` into the top-level `snapshots/` folder, named `name`.
#[macro_export]
macro_rules! snap {
    ($name:expr, $value:expr) => {
        insta::with_settings!({
            snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

/// [`factlint_in`] with a watchdog: a run that takes longer than `secs` seconds is killed
/// and fails the test as a hang (a generous bound against hangs, not a speed target).
pub fn factlint_bounded(dir: &Path, args: &[&str], secs: u64) -> Run {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run factlint");
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let stdout = std::thread::spawn(move || {
        let mut s = Vec::new();
        out.read_to_end(&mut s).map(|_| s)
    });
    let stderr = std::thread::spawn(move || {
        let mut s = Vec::new();
        err.read_to_end(&mut s).map(|_| s)
    });
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for factlint") {
            break status;
        }
        if started.elapsed().as_secs() >= secs {
            let _ = child.kill();
            let _ = child.wait();
            panic!("factlint {args:?} hung: still running after {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let text = |h: std::thread::JoinHandle<std::io::Result<Vec<u8>>>| {
        String::from_utf8(h.join().expect("reader").expect("read")).expect("UTF-8 output")
    };
    Run {
        stdout: text(stdout),
        stderr: text(stderr),
        code: status.code().unwrap_or(-1),
    }
}

/// Whether a conflict of a JSON report quotes the article at `path` in any evidence span.
pub fn quotes(conflict: &serde_json::Value, path: &str) -> bool {
    conflict["evidence"]
        .as_array()
        .is_some_and(|spans| spans.iter().any(|e| e["path"] == path))
}

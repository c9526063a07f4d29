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

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

//! Reliability: folder walking over odd entries, limits and their flags, and output that
//! does not depend on the order of the paths or on the environment.

mod common;

use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use common::{factlint_bounded, factlint_in, temp_dir, Run};

const HANG_SECS: u64 = 120;

const ARTICLE: &str = "Jakarta, Senin (3/6/2024) - Presiden Joko Widodo bertemu 12 menteri.\n";

fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stderr))
}

fn paths(run: &Run) -> Vec<String> {
    json(run)["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap().to_string())
        .collect()
}

fn is_root() -> bool {
    let out = std::process::Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

#[test]
fn folder_walking_skips_or_reports_odd_entries_and_never_loops() {
    let dir = temp_dir("walk");
    let news = dir.join("news");
    std::fs::create_dir_all(news.join("sub")).unwrap();
    std::fs::create_dir_all(news.join(".git/objects")).unwrap();
    std::fs::write(news.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(news.join("sub/b.md"), ARTICLE).unwrap();
    // Hidden files and folders are skipped.
    std::fs::write(news.join(".git/objects/c.txt"), ARTICLE).unwrap();
    std::fs::write(news.join(".draft.txt"), ARTICLE).unwrap();
    // A symbolic link back up the tree: walked once, no loop.
    std::os::unix::fs::symlink("..", news.join("sub/up")).unwrap();
    // A link to a file already read: read once.
    std::os::unix::fs::symlink("a.txt", news.join("same.txt")).unwrap();
    // Broken and self-looping links, a FIFO: skipped and reported.
    std::os::unix::fs::symlink("gone.txt", news.join("broken.txt")).unwrap();
    std::os::unix::fs::symlink("self.txt", news.join("self.txt")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(news.join("pipe.txt"))
        .status()
        .unwrap();
    assert!(fifo.success());
    // A file name that is not UTF-8: read, and shown with the byte escaped.
    let raw = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(news.join(raw), ARTICLE).unwrap();

    let run = factlint_bounded(&dir, &["check", "--format", "json", "news"], HANG_SECS);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        paths(&run),
        ["news/a.txt", "news/caf\\xE9.txt", "news/sub/b.md"]
    );
    let skipped: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        skipped,
        [
            "factlint: skipped news/broken.txt: symbolic link that cannot be followed: no such file or directory",
            "factlint: skipped news/pipe.txt: not a regular file",
            "factlint: skipped news/self.txt: symbolic link that cannot be followed: too many levels of symbolic links",
        ]
    );

    // Named on the command line, the same entries are errors (exit 2, the path named).
    for (name, reason) in [
        ("news/broken.txt", "no such file or directory"),
        ("news/pipe.txt", "not a regular file or folder"),
    ] {
        let run = factlint_bounded(&dir, &["check", name], HANG_SECS);
        assert_eq!(run.code, 2, "{name}: {}", run.stderr);
        assert!(
            run.stderr.contains(name) && run.stderr.contains(reason),
            "{}",
            run.stderr
        );
    }

    // A file that cannot be read is an error naming it (root reads every file, so this
    // part needs another user).
    if !is_root() {
        use std::os::unix::fs::PermissionsExt;
        let locked = news.join("sub/locked.txt");
        std::fs::write(&locked, ARTICLE).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        let run = factlint_bounded(&dir, &["check", "news"], HANG_SECS);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run
            .stderr
            .contains("news/sub/locked.txt: permission denied"));
    }
}

#[test]
fn limits_have_clear_messages_and_flags_to_raise_them() {
    let dir = temp_dir("limits");
    for name in ["a.txt", "b.txt", "c.txt"] {
        std::fs::write(dir.join(name), ARTICLE).unwrap();
    }
    let run = factlint_in(&dir, &["check", "--max-articles", "2", "."]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "factlint: .: more than 2 articles (raise the limit with --max-articles)\n"
    );
    let run = factlint_in(&dir, &["check", "--max-articles", "3", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // A rule file over the limit: named, with the flag; raised, it loads.
    let rules = dir.join("rules");
    std::fs::create_dir_all(&rules).unwrap();
    let big = format!(
        "# {}\nsettings:\n  header_lines: 12\n",
        "x".repeat(5_000_000)
    );
    std::fs::write(rules.join("big.yaml"), big).unwrap();
    let run = factlint_in(&dir, &["--rules", "rules", "check", "a.txt"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "factlint: rules/big.yaml: rule file is 5000032 bytes, over the limit of 4194304 \
         (raise it with --max-rule-bytes)\n"
    );
    let args = [
        "--rules",
        "rules",
        "--max-rule-bytes",
        "6000000",
        "check",
        "a.txt",
    ];
    let run = factlint_in(&dir, &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn output_is_the_same_whatever_the_order_of_paths_and_the_environment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds: Vec<String> = std::fs::read_dir(root.join("seeds"))
        .unwrap()
        .map(|e| format!("seeds/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    seeds.sort();
    let mut orders = vec![seeds.clone()];
    let mut reversed = seeds.clone();
    reversed.reverse();
    orders.push(reversed);
    let mut rotated = seeds.clone();
    rotated.rotate_left(2);
    // The same file twice, once through `./`: read once.
    rotated.push(format!("./{}", seeds[1]));
    orders.push(rotated);
    for format in ["text", "json", "sarif", "markdown", "html"] {
        let run_with = |paths: &[String], env: &[(&str, &str)]| {
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_factlint"));
            cmd.args(["check", "--format", format])
                .args(paths)
                .current_dir(root)
                .env("NO_COLOR", "1");
            for (k, v) in env {
                cmd.env(k, v);
            }
            let out = cmd.output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{format}");
            out.stdout
        };
        let first = run_with(&orders[0], &[]);
        for paths in &orders[1..] {
            assert!(run_with(paths, &[]) == first, "{format}: {paths:?}");
        }
        // Folder walking gives the same, and so do other time zones and locales.
        assert!(
            run_with(&["seeds".into()], &[]) == first,
            "{format}: folder"
        );
        let env = [
            ("TZ", "Pacific/Kiritimati"),
            ("LC_ALL", "tr_TR.UTF-8"),
            ("LANG", "tr_TR.UTF-8"),
        ];
        assert!(run_with(&orders[1], &env) == first, "{format}: environment");
    }
}

#[test]
fn output_is_the_same_on_one_thread_and_on_many() {
    // The real Kompas.com articles of the shared corpus (provenance: `common::kompas`).
    let kompas = common::kompas();
    let inputs = ["seeds", kompas.as_str(), "tests/fixtures/events"];
    for format in ["json", "text"] {
        let run = |threads: &str| {
            let mut args = vec!["--threads", threads, "check", "--format", format];
            args.extend(inputs);
            let run = common::factlint(&args);
            assert_eq!(run.code, 1, "{}", run.stderr);
            run.stdout
        };
        let one = run("1");
        assert!(one.len() > 1000);
        for threads in ["2", "7"] {
            assert!(run(threads) == one, "{format} on {threads} threads");
        }
    }
}

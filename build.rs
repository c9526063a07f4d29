//! Fingerprints the source, so that an archive index built by one build of factlint is
//! re-extracted by another whose code differs, even at the same package version (the
//! index's `factlint_version`, see src/index/mod.rs).

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=src");
    let mut paths = Vec::new();
    files(Path::new("src"), &mut paths);
    paths.sort();
    let mut h = Sha256::new();
    for path in &paths {
        let rel = path.to_string_lossy().replace('\\', "/");
        let text = std::fs::read(path).unwrap_or_default();
        for part in [rel.as_bytes(), &text] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    let hex: String = h.finalize()[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    println!(
        "cargo:rustc-env=FACTLINT_BUILD={}+{hex}",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default()
    );
}

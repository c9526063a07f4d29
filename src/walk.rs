//! The one directory walker: article folders (`load`) and rule folders (`--rules DIR`) are
//! walked by the same rules, so a folder means the same thing to both.
//!
//! A folder is walked depth first, its entries in name order, so the order is the same on
//! every machine. Hidden entries (a name starting with `.`, such as `.git/`) are skipped.
//! Symbolic links are followed; a folder reached again (a symbolic link loop, or two links
//! to one folder) is walked once. The walker decides nothing about names: it hands every
//! regular file, every entry that cannot be followed (a broken symbolic link) and every entry
//! that is neither a file nor a folder (a FIFO, a socket) to its caller, which picks the
//! names it reads and says what the others mean. Any other failure to read a folder or an
//! entry stops the walk with an error naming that path.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One entry found under the walked folder, in walking order.
#[derive(Debug)]
pub(crate) enum Entry {
    /// A regular file, or a symbolic link to one.
    File(PathBuf),
    /// A symbolic link that cannot be followed, and why (the reason from the system).
    Broken(PathBuf, std::io::Error),
    /// Neither a regular file nor a folder: a FIFO, a socket, a device.
    Other(PathBuf),
}

/// Walks `dir` (see the module docs), calling `visit` on each entry in order. `fail` turns a
/// failure to read a path into the caller's error; `visit`'s errors stop the walk too.
pub(crate) fn walk<E>(
    dir: &Path,
    visit: &mut dyn FnMut(Entry) -> Result<(), E>,
    fail: &dyn Fn(&Path, std::io::Error) -> E,
) -> Result<(), E> {
    Walker {
        visited: BTreeSet::new(),
        visit,
        fail,
    }
    .dir(dir)
}

struct Walker<'a, E> {
    /// Real paths of the folders walked so far.
    visited: BTreeSet<PathBuf>,
    visit: &'a mut dyn FnMut(Entry) -> Result<(), E>,
    fail: &'a dyn Fn(&Path, std::io::Error) -> E,
}

impl<E> Walker<'_, E> {
    fn dir(&mut self, dir: &Path) -> Result<(), E> {
        // A symbolic link loop leads back to a folder already walked: stop there.
        let real = std::fs::canonicalize(dir).map_err(|e| (self.fail)(dir, e))?;
        if !self.visited.insert(real) {
            return Ok(());
        }
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(|e| (self.fail)(dir, e))? {
            let entry = entry.map_err(|e| (self.fail)(dir, e))?;
            if entry.file_name().as_encoded_bytes().starts_with(b".") {
                continue;
            }
            entries.push(entry.path());
        }
        entries.sort();
        for path in entries {
            let meta = match std::fs::metadata(&path) {
                Ok(meta) => meta,
                Err(e) => {
                    let broken = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink());
                    if !broken {
                        return Err((self.fail)(&path, e));
                    }
                    (self.visit)(Entry::Broken(path, e))?;
                    continue;
                }
            };
            if meta.is_dir() {
                self.dir(&path)?;
            } else if meta.is_file() {
                (self.visit)(Entry::File(path))?;
            } else {
                (self.visit)(Entry::Other(path))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walked(dir: &Path) -> Vec<String> {
        let mut out = Vec::new();
        walk(
            dir,
            &mut |entry| {
                let (what, path) = match entry {
                    Entry::File(p) => ("file", p),
                    Entry::Broken(p, _) => ("broken", p),
                    Entry::Other(p) => ("other", p),
                };
                let rel = path.strip_prefix(dir).expect("under dir").display();
                out.push(format!("{what} {rel}"));
                Ok::<(), String>(())
            },
            &|p, e| format!("{}: {e}", p.display()),
        )
        .expect("walk");
        out
    }

    #[test]
    fn depth_first_in_name_order_without_hidden_entries() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        for sub in ["b", "a/c", ".git"] {
            std::fs::create_dir_all(root.join(sub)).expect("mkdir");
        }
        for file in [
            "z.txt",
            "b/y.txt",
            "a/c/x.txt",
            "a/w.txt",
            ".git/h.txt",
            "a-v.txt",
        ] {
            std::fs::write(root.join(file), "").expect("write");
        }
        assert_eq!(
            walked(root),
            [
                "file a/c/x.txt",
                "file a/w.txt",
                "file a-v.txt",
                "file b/y.txt",
                "file z.txt"
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_once_and_broken_ones_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("a")).expect("mkdir");
        std::fs::write(root.join("a/x.txt"), "").expect("write");
        std::os::unix::fs::symlink(root, root.join("a/loop")).expect("symlink");
        std::os::unix::fs::symlink(root.join("missing"), root.join("gone.txt")).expect("symlink");
        assert_eq!(walked(root), ["file a/x.txt", "broken gone.txt"]);
    }
}

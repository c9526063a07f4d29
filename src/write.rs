//! Atomic writes: a file written by factlint (a report with `-o`, a baseline) is written
//! to a temporary file beside it and renamed into place, so it is never seen half-written.

use std::path::Path;

use crate::error::{display_path, Error, Result};

/// Writes `bytes` to `path` through a temporary file in the same folder, renamed into
/// place: an error leaves any existing file as it was, never half-written. See
/// [`write_atomic_with`] for the file's mode.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Writes what `write` writes (through a buffer) to `path` through a temporary file in the
/// same folder, renamed into place: an error leaves any existing file as it was, never
/// half-written. The file keeps the mode of the file it replaces; a new file gets the mode
/// a new file gets from the umask (`0644` under umask `022`), not the temporary file's
/// private `0600`.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    use std::io::Write;
    let shown = display_path(path);
    let fail = |e: std::io::Error| Error::Output {
        path: shown.clone(),
        message: crate::error::io_reason(&e),
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let old = std::fs::metadata(path).ok().filter(|m| m.is_file());
    let mut builder = tempfile::Builder::new();
    builder.prefix(".factlint-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with 0666 and the umask applied by the system, like any new file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.tempfile_in(dir).map_err(fail)?;
    if let Some(old) = &old {
        // The replaced file's mode (set explicitly, so the umask does not narrow it).
        tmp.as_file()
            .set_permissions(old.permissions())
            .map_err(fail)?;
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp);
    write(&mut out).map_err(fail)?;
    out.flush().map_err(fail)?;
    let tmp = out.into_inner().map_err(|e| fail(e.into_error()))?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Writes `files` (name, bytes) into the folder `dir`, created when missing: every file is
/// first written in full to a temporary file beside it, and only when all are written are
/// they renamed into place, the first file of `files` last (the HTML index, which links to
/// the others). An error leaves the folder as it was. Files named like a page of an earlier
/// report (`story-N.html`, `other.html`) that this one does not write are removed, so the
/// folder holds one report.
pub fn write_pages(dir: &Path, files: &[(&str, &[u8])]) -> Result<()> {
    use std::io::Write;
    let fail = |path: &Path, e: std::io::Error| Error::Output {
        path: display_path(path),
        message: crate::error::io_reason(&e),
    };
    if dir.exists() && !dir.is_dir() {
        return Err(Error::Output {
            path: display_path(dir),
            message: "exists and is not a folder".to_string(),
        });
    }
    std::fs::create_dir_all(dir).map_err(|e| fail(dir, e))?;
    let mut staged = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        let path = dir.join(name);
        let mut builder = tempfile::Builder::new();
        builder.prefix(".factlint-");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let tmp = builder.tempfile_in(dir).map_err(|e| fail(&path, e))?;
        let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp);
        out.write_all(bytes).map_err(|e| fail(&path, e))?;
        out.flush().map_err(|e| fail(&path, e))?;
        let tmp = out.into_inner().map_err(|e| fail(&path, e.into_error()))?;
        tmp.as_file().sync_all().map_err(|e| fail(&path, e))?;
        staged.push((path, tmp));
    }
    // The first file last.
    if !staged.is_empty() {
        staged.rotate_left(1);
    }
    for (path, tmp) in staged {
        tmp.persist(&path).map_err(|e| fail(&path, e.error))?;
    }
    let written: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
    let entries = std::fs::read_dir(dir).map_err(|e| fail(dir, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if is_story_page(name) && !written.contains(&name) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(())
}

/// `story-12.html` or `other.html`: a page of an HTML report split by story.
fn is_story_page(name: &str) -> bool {
    name == "other.html"
        || name
            .strip_prefix("story-")
            .and_then(|n| n.strip_suffix(".html"))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

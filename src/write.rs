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

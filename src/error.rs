//! Typed errors. Every message is one line that names the input it is about:
//! `seeds/x.txt: not valid UTF-8 (byte 17)`, `rules/id/dates.yaml:7: unknown field 'januari'`.
//! Only `main` turns an error into exit code 2.

use std::path::Path;

/// Why factlint could not do what it was asked; its `Display` is the one line the binary
/// prints before exiting with code 2.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An article (or a path given on the command line) that cannot be used.
    #[error("{path}: {message}")]
    Input {
        /// The article file or path given, with `/` separators.
        path: String,
        /// What is wrong, lower case, no trailing period.
        message: String,
    },
    /// A rule file that cannot be read, parsed or validated.
    #[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Rules {
        /// The rule file the problem is in.
        path: String,
        /// 1-based line of the problem in that file, when known.
        line: Option<usize>,
        /// What is wrong, lower case, no trailing period.
        message: String,
    },
    /// A configuration, baseline or review file that cannot be read, parsed or validated.
    #[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Config {
        /// The file, as given or found.
        path: String,
        /// 1-based line of the problem in that file, when known.
        line: Option<usize>,
        /// What is wrong, lower case, no trailing period.
        message: String,
    },
    /// An output file that cannot be written (nothing was changed).
    #[error("{path}: cannot write: {message}")]
    Output {
        /// The file that was to be written.
        path: String,
        /// Why it could not be (the I/O error's reason).
        message: String,
    },
    /// Writing the report to standard output failed (other than a closed pipe).
    #[error("cannot write output: {0}")]
    Stdout(std::io::Error),
}

impl Error {
    /// An [`Error::Input`] about `path` (shown with `/` separators on every platform).
    pub fn input(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Error::Input {
            path: display_path(path.as_ref()),
            message: message.into(),
        }
    }

    /// An [`Error::Rules`] about rule file `path`, at `line` if known.
    pub fn rules(path: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        Error::Rules {
            path: path.into(),
            line,
            message: message.into(),
        }
    }

    /// An [`Error::Config`] about configuration, baseline or review file `path`, at `line` if
    /// known.
    pub fn config(
        path: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Error::Config {
            path: path.into(),
            line,
            message: message.into(),
        }
    }
}

/// A path as the user wrote it, with `/` separators whatever the platform, so that
/// article ids and reports are the same bytes on every machine.
pub(crate) fn display_path(path: &Path) -> String {
    // Bytes that are not UTF-8 (possible in Unix file names) are shown as `\xNN`, so two
    // such names never show alike.
    let mut s = String::new();
    for chunk in path.as_os_str().as_encoded_bytes().utf8_chunks() {
        s.push_str(chunk.valid());
        for b in chunk.invalid() {
            s.push_str(&format!("\\x{b:02X}"));
        }
    }
    if std::path::MAIN_SEPARATOR == '/' {
        s
    } else {
        s.replace(std::path::MAIN_SEPARATOR, "/")
    }
}

/// `s` with its control characters (an escape, a bell, a line end) written as `\x1B` (or
/// `\u{9B}` above ASCII), for a line on a terminal: a file name or an article's text must
/// not move the cursor, recolour the terminal or split a one-line message.
pub(crate) fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        match ch {
            c if c.is_control() && (c as u32) < 0x80 => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c if c.is_control() => out.push_str(&format!("\\u{{{:X}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// An I/O error as a short lower-case phrase ("no such file or directory").
pub(crate) fn io_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match err.kind() {
        NotFound => "no such file or directory".into(),
        PermissionDenied => "permission denied".into(),
        _ => {
            // `Display` adds " (os error N)"; keep the phrase only.
            let s = err.to_string();
            let s = s.split(" (os error").next().unwrap_or(&s).to_string();
            s.to_lowercase()
        }
    }
}

/// `std::result::Result` with factlint's [`Error`] as the default error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

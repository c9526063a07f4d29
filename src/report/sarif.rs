//! `check --format sarif`: a SARIF 2.1.0 log for code-scanning tools.
//!
//! One run; `tool.driver.rules` lists every kind of the registry (its id is the rule id;
//! `fullDescription` is the explanation's `What it flags` paragraph, `help` the whole
//! explanation of `factlint explain`, as text and as Markdown; `helpUri` the kind's section
//! of the README when the crate names its `repository`).
//! Each conflict is one result. Its one `locations` entry is its first evidence span (GitHub
//! code scanning reads only the first); `relatedLocations` are its evidence spans in order
//! (`id` 0, 1, ...), each with the span's text as `region.snippet` and its role and value as
//! the location's message. Paths are the article paths as given, relative to `%SRCROOT%`
//! (the folder factlint ran in), each byte that is not unreserved percent-encoded (a file
//! name that is not UTF-8 is encoded from its bytes); an absolute path becomes a `file://`
//! URI. Lines and columns are 1-based and columns count characters (`columnKind:
//! unicodeCodePoints`); `endColumn` is the column just after the span.
//! `partialFingerprints["factlint/v1"]` is the conflict's fingerprint, the one baselines and
//! reviews use; `properties.stories` the stories it is in (`story-2`, see `check --format
//! json`).
//!
//! GitHub's documented upload limits hold whatever the input: at most 25,000 results in
//! the run (`MAX_RESULTS`; the most severe kept, in report order; `properties` of the run
//! count the rest), 1,000 related locations in a result (`MAX_RELATED_LOCATIONS`; its
//! message says how many spans were left out: all of them are in `--format json`),
//! descriptions of at most 1,024 characters (`MAX_DESCRIPTION_CHARS`), and a message of at
//! most 1,000 characters before that note (`MAX_MESSAGE_CHARS`).

use serde::Serialize;

use super::Report;
use crate::article::Article;
use crate::conflict::{Conflict, Evidence};
use crate::kinds::{Severity, KINDS};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const SRCROOT: &str = "%SRCROOT%";

/// Results in one run: GitHub code scanning rejects a run with more ("Results per run:
/// 25,000" in its SARIF support page).
pub(crate) const MAX_RESULTS: usize = 25_000;

/// Related locations of one result: GitHub rejects a result with more ("Location per
/// result: 1,000"; the upload error reads "more related locations per result than allowed
/// (1626 > 1000)").
pub(crate) const MAX_RELATED_LOCATIONS: usize = 1_000;

/// Characters of a rule's `shortDescription` and `fullDescription` (GitHub: "Limited to
/// 1024 characters").
pub(crate) const MAX_DESCRIPTION_CHARS: usize = 1_024;

/// Characters of a result's message before the note on left-out spans: GitHub documents no
/// limit for it and shows only its first sentence when space is short; a subject read from
/// an article is bounded here like a description.
pub(crate) const MAX_MESSAGE_CHARS: usize = 1_000;

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    original_uri_base_ids: BaseIds,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<RunProperties>,
}

/// The run's property bag, when results were left out.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RunProperties {
    /// Conflicts found.
    conflicts: usize,
    /// Conflicts left out of `results` (the least severe, then the last).
    omitted_results: usize,
}

#[derive(Serialize)]
struct BaseIds {
    #[serde(rename = "%SRCROOT%")]
    srcroot: BaseId,
}

#[derive(Serialize)]
struct BaseId {
    description: Text<'static>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    short_description: Message,
    full_description: Message,
    help: Help,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    default_configuration: Configuration,
}

/// A message or description with plain text only.
#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

/// The rule's help: the explanation of `factlint explain`, which is Markdown.
#[derive(Serialize)]
struct Help {
    text: &'static str,
    markdown: &'static str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: Vec<Location<'a>>,
    related_locations: Vec<Location<'a>>,
    partial_fingerprints: Fingerprints,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<Properties>,
}

/// A result's property bag: its stories (`story-2`), when known.
#[derive(Serialize)]
struct Properties {
    stories: Vec<String>,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "factlint/v1")]
    v1: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'a>,
    message: Message,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    snippet: Text<'a>,
}

/// SARIF's level for a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The SARIF log, pretty-printed, ending in a newline.
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing to memory fails only on a value serde cannot write, which these are not.
    let _ = write(report, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the SARIF log of [`render`] to `w`, as it is serialised (no copy of the whole log
/// in memory).
pub fn write(report: &Report, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let kept = kept_results(report.conflicts);
    let omitted = report.conflicts.len() - kept.len();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "factlint",
                    version: env!("CARGO_PKG_VERSION"),
                    rules: KINDS.iter().map(|k| rule(k, report.docs)).collect(),
                },
            },
            original_uri_base_ids: BaseIds {
                srcroot: BaseId {
                    description: Text {
                        text: "The folder factlint ran in: article paths are as given on its command line.",
                    },
                },
            },
            column_kind: "unicodeCodePoints",
            results: kept
                .iter()
                .map(|&i| result(report, &report.conflicts[i]))
                .collect(),
            properties: (omitted > 0).then_some(RunProperties {
                conflicts: report.conflicts.len(),
                omitted_results: omitted,
            }),
        }],
    };
    serde_json::to_writer_pretty(&mut *w, &log).map_err(std::io::Error::other)?;
    w.write_all(b"\n")
}

/// The indices of the conflicts that become results, in report order: all of them, or the
/// [`MAX_RESULTS`] most severe (the first among equals).
fn kept_results(conflicts: &[Conflict]) -> Vec<usize> {
    let mut kept: Vec<usize> = (0..conflicts.len()).collect();
    if kept.len() > MAX_RESULTS {
        kept.sort_by_key(|&i| (std::cmp::Reverse(conflicts[i].severity), i));
        kept.truncate(MAX_RESULTS);
        kept.sort_unstable();
    }
    kept
}

fn rule(info: &crate::kinds::KindInfo, docs: Option<&str>) -> Rule {
    Rule {
        id: info.id,
        short_description: Message {
            text: cut(info.summary, MAX_DESCRIPTION_CHARS),
        },
        full_description: Message {
            text: cut(
                &what_it_flags(info.explanation).unwrap_or_else(|| info.summary.to_string()),
                MAX_DESCRIPTION_CHARS,
            ),
        },
        help: Help {
            text: info.explanation,
            markdown: info.explanation,
        },
        help_uri: match docs {
            Some(readme) => Some(format!("{readme}#{}", readme_anchor(info.id))),
            None => help_uri(env!("CARGO_PKG_REPOSITORY"), info.id),
        },
        default_configuration: Configuration {
            level: level(info.default_severity),
        },
    }
}

/// The README section of kind `id` (`### \`dateline\`` under "Conflict kinds"), as GitHub
/// anchors it.
pub fn readme_anchor(id: &str) -> String {
    id.to_string()
}

/// The URI of the README section of kind `id` in `repository` (the crate's `repository`
/// URL; `None` when it names none, as a SARIF `helpUri` must be an absolute URI).
pub fn help_uri(repository: &str, id: &str) -> Option<String> {
    let repository = repository.trim().trim_end_matches('/');
    if repository.is_empty() {
        return None;
    }
    let repository = repository.strip_suffix(".git").unwrap_or(repository);
    Some(format!(
        "{repository}/blob/HEAD/README.md#{}",
        readme_anchor(id)
    ))
}

/// The first `max` characters of `s`, with `…` in place of the last one when cut.
fn cut(s: &str, max: usize) -> String {
    match s.char_indices().nth(max.saturating_sub(1)) {
        Some((i, _)) if s[i..].chars().nth(1).is_some() => format!("{}…", &s[..i]),
        _ => s.to_string(),
    }
}

fn result<'a>(report: &Report<'a>, c: &'a Conflict) -> SarifResult<'a> {
    let related = c.evidence.len().min(MAX_RELATED_LOCATIONS);
    let more = c.evidence.len() - related;
    let mut text = cut(&format!("{}: {}", c.subject, c.message), MAX_MESSAGE_CHARS);
    if more > 0 {
        text.push_str(&format!(
            " ({} evidence spans: the first {related} are its related locations, {more} more are left out; all of them in --format json)",
            c.evidence.len()
        ));
    }
    SarifResult {
        rule_id: c.kind.id(),
        rule_index: KINDS
            .iter()
            .position(|k| k.kind == c.kind)
            .expect("every kind has a registry entry"),
        level: level(c.severity),
        message: Message { text },
        locations: c
            .evidence
            .first()
            .map(|e| location(report, e, None))
            .into_iter()
            .collect(),
        related_locations: c.evidence[..related]
            .iter()
            .enumerate()
            .map(|(i, e)| location(report, e, Some(i)))
            .collect(),
        partial_fingerprints: Fingerprints {
            v1: c.fingerprint(report.articles),
        },
        properties: {
            let stories: Vec<String> = report.stories_of(c).iter().map(|s| s.id.clone()).collect();
            (!stories.is_empty()).then_some(Properties { stories })
        },
    }
}

fn location<'a>(report: &Report<'a>, e: &'a Evidence, id: Option<usize>) -> Location<'a> {
    let article = &report.articles[e.article];
    let end = article.span(e.span.end, e.span.end);
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: artifact(article),
            region: Region {
                start_line: e.span.line,
                start_column: e.span.column,
                end_line: end.line,
                end_column: end.column,
                snippet: Text { text: &e.text },
            },
        },
        message: Message {
            text: format!("{}: {}", e.role, e.value),
        },
    }
}

/// The paragraph under `## What it flags` of an explanation, on one line.
fn what_it_flags(explanation: &str) -> Option<String> {
    let (_, rest) = explanation.split_once("## What it flags\n")?;
    let paragraph = rest.split("\n\n").next()?;
    Some(paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The bytes of the path of `article` as given (without `.` steps, as its id), with `/`
/// separators: the file's own bytes, so that a name that is not UTF-8 (shown as `\xE9` in
/// the id) still points at the file.
fn path_bytes(article: &Article) -> Vec<u8> {
    let Some(path) = &article.path else {
        return article.id.as_bytes().to_vec();
    };
    let clean: std::path::PathBuf = path
        .components()
        .filter(|c| *c != std::path::Component::CurDir)
        .collect();
    let bytes = clean.as_os_str().as_encoded_bytes();
    if bytes.is_empty() {
        return article.id.as_bytes().to_vec();
    }
    if std::path::MAIN_SEPARATOR == '/' {
        bytes.to_vec()
    } else {
        bytes
            .iter()
            .map(|&b| {
                if b == std::path::MAIN_SEPARATOR as u8 {
                    b'/'
                } else {
                    b
                }
            })
            .collect()
    }
}

/// The artifact location of an article: relative to `%SRCROOT%`, or a `file://` URI when
/// its path is absolute.
fn artifact(article: &Article) -> ArtifactLocation {
    artifact_of(&path_bytes(article))
}

fn artifact_of(path: &[u8]) -> ArtifactLocation {
    let absolute = path.starts_with(b"/")
        || std::path::Path::new(&*String::from_utf8_lossy(path)).is_absolute();
    if absolute {
        let slash = if path.starts_with(b"/") { "" } else { "/" };
        ArtifactLocation {
            uri: format!("file://{slash}{}", encode(path)),
            uri_base_id: None,
        }
    } else {
        ArtifactLocation {
            uri: encode(path),
            uri_base_id: Some(SRCROOT),
        }
    }
}

/// Every byte but RFC 3986's unreserved characters and `/`, percent-encoded.
const PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// `path` as a URI path: every byte but unreserved characters and `/` percent-encoded.
fn encode(path: &[u8]) -> String {
    percent_encoding::percent_encode(path, PATH).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        let a = artifact_of(b"seeds/a b#1.txt");
        assert_eq!(a.uri, "seeds/a%20b%231.txt");
        assert_eq!(a.uri_base_id, Some(SRCROOT));
        assert_eq!(encode("berita/ñ.md".as_bytes()), "berita/%C3%B1.md");
        assert_eq!(encode(b"caf\xE9 \xFF.txt"), "caf%E9%20%FF.txt");
        let abs = artifact_of(b"/tmp/x.txt");
        assert_eq!(abs.uri, "file:///tmp/x.txt");
        assert_eq!(abs.uri_base_id, None);
    }

    #[test]
    fn every_rule_has_a_full_description() {
        for k in KINDS {
            let full = what_it_flags(k.explanation).expect(k.id);
            assert!(
                full.len() > k.summary.len() && !full.contains('\n'),
                "{full}"
            );
        }
    }

    #[test]
    fn descriptions_fit_github() {
        assert!(KINDS.len() <= 25_000, "rules per run");
        for k in KINDS {
            let r = rule(k, None);
            assert!(r.short_description.text.chars().count() <= MAX_DESCRIPTION_CHARS);
            assert!(r.full_description.text.chars().count() <= MAX_DESCRIPTION_CHARS);
            assert!(!r.help.markdown.is_empty() && !r.help.text.is_empty());
        }
    }

    #[test]
    fn cut_keeps_at_most_max_characters() {
        assert_eq!(cut("abc", 3), "abc");
        assert_eq!(cut("abcd", 3), "ab…");
        assert_eq!(cut("ééé", 2), "é…");
        assert_eq!(cut("", 2), "");
        let long = "x".repeat(5000);
        assert_eq!(
            cut(&long, MAX_MESSAGE_CHARS).chars().count(),
            MAX_MESSAGE_CHARS
        );
    }

    #[test]
    fn help_uri_is_the_readme_section_in_the_repository() {
        assert_eq!(help_uri("", "weekday"), None);
        assert_eq!(
            help_uri("https://github.com/o/factlint.git", "count-update").as_deref(),
            Some("https://github.com/o/factlint/blob/HEAD/README.md#count-update")
        );
        assert_eq!(
            help_uri("https://example.org/factlint/", "date").as_deref(),
            Some("https://example.org/factlint/blob/HEAD/README.md#date")
        );
    }

    #[test]
    fn levels() {
        assert_eq!(level(Severity::Info), "note");
        assert_eq!(level(Severity::Warning), "warning");
        assert_eq!(level(Severity::Error), "error");
    }
}

//! `check --format sarif`: a SARIF 2.1.0 log for code-scanning tools.
//!
//! One run; `tool.driver.rules` lists every kind of the registry (its id is the rule id;
//! `fullDescription` is the explanation's `What it flags` paragraph, `help` the whole
//! explanation of `factlint explain`, as text and as Markdown).
//! Each conflict is one result whose `locations` are its evidence spans, in order, each
//! with the span's text as `region.snippet` and its role and value as the location's
//! message. Paths are the article ids as given, relative to `%SRCROOT%` (the folder
//! factlint ran in); an absolute path becomes a `file://` URI. Lines and columns are
//! 1-based and columns count characters (`columnKind: unicodeCodePoints`); `endColumn` is
//! the column just after the span. `partialFingerprints["factlint/v1"]` is the conflict's
//! fingerprint, the one baselines and reviews use; `properties.stories` the stories it is
//! in (`story-2`, see `check --format json`).

use serde::Serialize;

use super::Report;
use crate::conflict::{Conflict, Evidence};
use crate::kinds::{Severity, KINDS};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const SRCROOT: &str = "%SRCROOT%";

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
    short_description: Text<'static>,
    full_description: Message,
    help: Help,
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
pub fn check(report: &Report) -> String {
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "factlint",
                    version: env!("CARGO_PKG_VERSION"),
                    rules: KINDS.iter().map(rule).collect(),
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
            results: report.conflicts.iter().map(|c| result(report, c)).collect(),
        }],
    };
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

fn rule(info: &crate::kinds::KindInfo) -> Rule {
    Rule {
        id: info.id,
        short_description: Text { text: info.summary },
        full_description: Message {
            text: what_it_flags(info.explanation).unwrap_or_else(|| info.summary.to_string()),
        },
        help: Help {
            text: info.explanation,
            markdown: info.explanation,
        },
        default_configuration: Configuration {
            level: level(info.default_severity),
        },
    }
}

fn result<'a>(report: &Report<'a>, c: &'a Conflict) -> SarifResult<'a> {
    SarifResult {
        rule_id: c.kind.id(),
        rule_index: KINDS
            .iter()
            .position(|k| k.kind == c.kind)
            .expect("every kind has a registry entry"),
        level: level(c.severity),
        message: Message {
            text: format!("{}: {}", c.subject, c.message),
        },
        locations: c.evidence.iter().map(|e| location(report, e)).collect(),
        partial_fingerprints: Fingerprints {
            v1: c.fingerprint(report.articles),
        },
        properties: {
            let stories: Vec<String> = report.stories_of(c).iter().map(|s| s.id.clone()).collect();
            (!stories.is_empty()).then_some(Properties { stories })
        },
    }
}

fn location<'a>(report: &Report<'a>, e: &'a Evidence) -> Location<'a> {
    let article = &report.articles[e.article];
    let end = article.span(e.span.end, e.span.end);
    Location {
        physical_location: PhysicalLocation {
            artifact_location: artifact(&article.id),
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

/// The artifact location of a path as given: relative to `%SRCROOT%`, or a `file://` URI
/// when absolute.
fn artifact(path: &str) -> ArtifactLocation {
    let slashed = path.replace(std::path::MAIN_SEPARATOR, "/");
    if std::path::Path::new(path).is_absolute() {
        let rooted = if slashed.starts_with('/') {
            slashed
        } else {
            format!("/{slashed}")
        };
        ArtifactLocation {
            uri: format!("file://{}", encode(&rooted)),
            uri_base_id: None,
        }
    } else {
        ArtifactLocation {
            uri: encode(&slashed),
            uri_base_id: Some(SRCROOT),
        }
    }
}

/// Percent-encodes every byte of `path` but unreserved characters and `/`.
fn encode(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        let a = artifact("seeds/a b#1.txt");
        assert_eq!(a.uri, "seeds/a%20b%231.txt");
        assert_eq!(a.uri_base_id, Some(SRCROOT));
        assert_eq!(encode("berita/ñ.md"), "berita/%C3%B1.md");
        let abs = artifact("/tmp/x.txt");
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
    fn levels() {
        assert_eq!(level(Severity::Info), "note");
        assert_eq!(level(Severity::Warning), "warning");
        assert_eq!(level(Severity::Error), "error");
    }
}

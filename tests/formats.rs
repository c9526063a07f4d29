//! The machine and review formats of `check`: SARIF, GitHub workflow commands, Markdown.
//! Each is snapshotted on the seeds and checked against the JSON report of the same run.

mod common;

use common::{factlint, Run};
use serde_json::Value;

/// Folders whose reports the structural checks run on, besides the seeds: every severity,
/// every kind with evidence, real articles (`common::kompas`, in the shared corpus) and a
/// folder with no conflict.
fn folders() -> Vec<String> {
    [
        "seeds",
        "tests/fixtures/dateline",
        "tests/fixtures/weekday",
        "tests/fixtures/entities",
        "tests/fixtures/events",
        common::kompas().as_str(),
        "tests/fixtures/entities/clean_en",
    ]
    .map(str::to_string)
    .into()
}

fn check(format: &str, path: &str) -> Run {
    let run = factlint(&["check", "--format", format, path]);
    assert_eq!(run.stderr, "", "{format} {path}");
    run
}

/// The conflicts of the JSON report on `path`.
fn conflicts(path: &str) -> Vec<Value> {
    let run = check("json", path);
    let doc: Value = serde_json::from_str(&run.stdout).expect("JSON report");
    doc["conflicts"].as_array().expect("conflicts").clone()
}

fn sarif_validator() -> jsonschema::Validator {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sarif/sarif-schema-2.1.0.json"
    );
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("vendored schema"))
            .expect("schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles")
}

/// Asserts `sarif` is valid SARIF 2.1.0 and says what the JSON report says.
fn assert_sarif(validator: &jsonschema::Validator, sarif: &str, json: &[Value], what: &str) {
    let log: Value = serde_json::from_str(sarif).expect("SARIF is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: invalid SARIF:\n{}",
        errors.join("\n")
    );

    let run = &log["runs"][0];
    assert_eq!(log["runs"].as_array().unwrap().len(), 1);
    assert_eq!(run["tool"]["driver"]["name"], "factlint");
    assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), factlint::kinds::KINDS.len());
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), json.len(), "{what}: one result per conflict");
    for (r, c) in results.iter().zip(json) {
        assert_eq!(r["ruleId"], c["kind"], "{what}");
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], c["kind"], "{what}: ruleIndex");
        let level = match c["severity"].as_str().unwrap() {
            "info" => "note",
            other => other,
        };
        assert_eq!(r["level"], level, "{what}");
        assert_eq!(r["partialFingerprints"]["factlint/v1"], c["fingerprint"]);
        let locations = r["locations"].as_array().unwrap();
        let related = r["relatedLocations"].as_array().unwrap();
        let evidence = c["evidence"].as_array().unwrap();
        // GitHub reads only the first location: the first span; all spans are related.
        assert_eq!(locations.len(), 1, "{what}: one location");
        assert_eq!(
            locations[0]["physicalLocation"],
            related[0]["physicalLocation"]
        );
        assert_eq!(
            related.len(),
            evidence.len(),
            "{what}: one related location per span"
        );
        for (i, l) in related.iter().enumerate() {
            assert_eq!(l["id"], i, "{what}: related location ids");
        }
        for (l, e) in related.iter().zip(evidence) {
            let p = &l["physicalLocation"];
            let uri = p["artifactLocation"]["uri"].as_str().unwrap();
            if !uri.starts_with("file://") {
                assert_eq!(uri, e["path"].as_str().unwrap(), "{what}");
            }
            assert_eq!(p["region"]["startLine"], e["line"], "{what}");
            assert_eq!(p["region"]["startColumn"], e["column"], "{what}");
            assert_eq!(p["region"]["snippet"]["text"], e["text"], "{what}");
            // Single-line spans end `text` characters after they start.
            if !e["text"].as_str().unwrap().contains('\n') {
                let chars = e["text"].as_str().unwrap().chars().count() as u64;
                assert_eq!(p["region"]["endLine"], e["line"], "{what}");
                assert_eq!(
                    p["region"]["endColumn"].as_u64().unwrap(),
                    e["column"].as_u64().unwrap() + chars,
                    "{what}"
                );
            }
        }
    }
}

#[test]
fn sarif_on_the_seeds() {
    let run = check("sarif", "seeds");
    assert_eq!(run.code, 1, "same exit code as the text report");
    // The tool's version is checked below; the snapshot does not change with it.
    let version = format!("\"version\": \"{}\"", env!("CARGO_PKG_VERSION"));
    snap!(
        "formats__seeds_sarif",
        run.shown()
            .replace(&version, "\"version\": \"[factlint version]\"")
    );
    assert_sarif(
        &sarif_validator(),
        &run.stdout,
        &conflicts("seeds"),
        "seeds",
    );
}

#[test]
fn sarif_is_valid_on_every_fixture() {
    let validator = sarif_validator();
    for folder in &folders() {
        let run = check("sarif", folder);
        assert_sarif(&validator, &run.stdout, &conflicts(folder), folder);
    }
    // An absolute path is a `file://` URI, with no base id.
    let abs = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let run = check("sarif", abs);
    assert_sarif(&validator, &run.stdout, &conflicts(abs), abs);
    let log: Value = serde_json::from_str(&run.stdout).unwrap();
    let at = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    assert!(at["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .starts_with("file:///"));
    assert!(at["artifactLocation"].get("uriBaseId").is_none());
}

#[test]
fn sarif_schema_rejects_a_broken_log() {
    // The validation means something: a log missing its version is rejected ...
    let validator = sarif_validator();
    let log: Value = serde_json::from_str(&check("sarif", "seeds").stdout).unwrap();
    let mut broken = log.clone();
    broken.as_object_mut().unwrap().remove("version");
    assert!(!validator.is_valid(&broken));
    // ... and so is a result with a property SARIF does not define, or a bad level.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["severity"] = "warning".into();
    assert!(!validator.is_valid(&broken));
    let mut broken = log;
    broken["runs"][0]["results"][0]["level"] = "info".into();
    assert!(!validator.is_valid(&broken));
}

/// A workflow command taken apart: its name, its properties and its message, unescaped.
struct Command {
    name: String,
    properties: Vec<(String, String)>,
    message: String,
}

impl Command {
    fn get(&self, key: &str) -> Option<&str> {
        self.properties
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn unescape(s: &str) -> String {
    s.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

fn parse_command(line: &str) -> Command {
    let rest = line
        .strip_prefix("::")
        .unwrap_or_else(|| panic!("not a command: {line}"));
    let (head, message) = rest
        .split_once("::")
        .unwrap_or_else(|| panic!("no message: {line}"));
    assert!(!message.contains(['\n', '\r']));
    let (name, props) = head.split_once(' ').unwrap_or((head, ""));
    let properties = props
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p
                .split_once('=')
                .unwrap_or_else(|| panic!("bad property {p}"));
            (k.to_string(), unescape(v))
        })
        .collect();
    Command {
        name: name.to_string(),
        properties,
        message: unescape(message),
    }
}

fn assert_github(out: &str, json: &[Value], what: &str) {
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), json.len(), "{what}: one command per conflict");
    for (line, c) in lines.iter().zip(json) {
        let cmd = parse_command(line);
        let name = match c["severity"].as_str().unwrap() {
            "info" => "notice",
            other => other,
        };
        assert_eq!(cmd.name, name, "{what}");
        let first = &c["evidence"][0];
        assert_eq!(cmd.get("file"), first["path"].as_str(), "{what}");
        assert_eq!(cmd.get("line"), Some(first["line"].to_string().as_str()));
        assert_eq!(cmd.get("col"), Some(first["column"].to_string().as_str()));
        let title = format!(
            "factlint {}: {}",
            c["kind"].as_str().unwrap(),
            c["subject"].as_str().unwrap()
        );
        assert_eq!(cmd.get("title"), Some(title.as_str()), "{what}");
        assert!(cmd.message.starts_with(c["message"].as_str().unwrap()));
        for e in c["evidence"].as_array().unwrap() {
            let at = format!(
                "\n{}:{}:{}: ",
                e["path"].as_str().unwrap(),
                e["line"],
                e["column"]
            );
            assert!(
                cmd.message.contains(&at),
                "{what}: {at:?} in {}",
                cmd.message
            );
        }
    }
}

#[test]
fn github_on_the_seeds() {
    let run = check("github", "seeds");
    assert_eq!(run.code, 1);
    snap!("formats__seeds_github", run.shown());
    assert_github(&run.stdout, &conflicts("seeds"), "seeds");
}

#[test]
fn github_commands_on_every_fixture() {
    for folder in &folders() {
        assert_github(&check("github", folder).stdout, &conflicts(folder), folder);
    }
}

fn assert_markdown(out: &str, json: &[Value], what: &str) {
    assert!(out.starts_with("# factlint report\n"), "{what}");
    let rows = out.lines().filter(|l| l.starts_with("| ")).count();
    // The header row and one row per conflict.
    assert_eq!(
        rows,
        if json.is_empty() { 0 } else { json.len() + 1 },
        "{what}"
    );
    // Sections and their evidence, in order.
    let mut at = 0;
    for (n, c) in json.iter().enumerate() {
        let heading = format!("\n### {}. {}: ", n + 1, c["kind"].as_str().unwrap());
        at += out[at..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{what}: {heading:?}"));
        for e in c["evidence"].as_array().unwrap() {
            let place = format!(
                "`{}:{}:{}`",
                e["path"].as_str().unwrap(),
                e["line"],
                e["column"]
            );
            at += out[at..]
                .find(&place)
                .unwrap_or_else(|| panic!("{what}: {place:?} after {heading:?}"));
            let quote = &out[at..].lines().nth(2).unwrap_or("");
            assert!(
                quote.starts_with("> ") && quote.contains("**"),
                "{what}: {quote}"
            );
        }
    }
}

#[test]
fn markdown_on_the_seeds() {
    let run = check("markdown", "seeds");
    assert_eq!(run.code, 1);
    snap!("formats__seeds_markdown", run.shown());
    assert_markdown(&run.stdout, &conflicts("seeds"), "seeds");
}

#[test]
fn markdown_on_every_fixture() {
    for folder in &folders() {
        assert_markdown(
            &check("markdown", folder).stdout,
            &conflicts(folder),
            folder,
        );
    }
}

#[test]
fn exit_codes_follow_fail_on() {
    for format in ["sarif", "github", "markdown"] {
        let run = factlint(&["check", "--format", format, "--fail-on", "never", "seeds"]);
        assert_eq!(run.code, 0, "{format}");
        let clean = check(format, "tests/fixtures/entities/clean_en");
        assert_eq!(clean.code, 0, "{format}");
    }
}

/// GitHub's anchor of a Markdown heading: lower case, spaces to `-`, punctuation but `-` and
/// `_` dropped.
fn github_anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Issue 17: every rule carries its help as text and Markdown, and its `helpUri` (when the
/// crate names its repository) is the kind's section of the README, which exists.
#[test]
fn sarif_rules_link_to_their_readme_section() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let mut in_code = false;
    let mut anchors = std::collections::BTreeSet::new();
    for line in readme.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        } else if !in_code && line.starts_with('#') {
            anchors.insert(github_anchor(line.trim_start_matches('#')));
        }
    }
    let log: Value = serde_json::from_str(&check("sarif", "seeds").stdout).unwrap();
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let repository = env!("CARGO_PKG_REPOSITORY");
    for (rule, kind) in rules.iter().zip(factlint::kinds::KINDS) {
        assert_eq!(rule["id"], kind.id);
        assert_eq!(rule["help"]["markdown"], kind.explanation);
        assert_eq!(rule["help"]["text"], kind.explanation);
        let anchor = factlint::report::sarif::readme_anchor(kind.id);
        assert!(
            anchors.contains(&anchor),
            "README has no section #{anchor} for kind {}",
            kind.id
        );
        let uri =
            factlint::report::sarif::help_uri("https://github.com/o/factlint", kind.id).unwrap();
        assert!(uri.ends_with(&format!("README.md#{anchor}")), "{uri}");
        let expected = factlint::report::sarif::help_uri(repository, kind.id);
        assert_eq!(
            rule.get("helpUri").and_then(Value::as_str),
            expected.as_deref()
        );
    }
}

/// Issue 17: a file name that is not UTF-8 gives a URI of its own bytes, percent-encoded,
/// which decodes to the file's name (the report's `\xE9` would name another file).
#[cfg(unix)]
#[test]
fn sarif_uri_of_a_non_utf8_file_name_is_its_bytes() {
    use std::os::unix::ffi::OsStrExt;
    let dir = std::env::temp_dir().join(format!("factlint-sarif-bytes-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("berita")).unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xE9 #1.txt");
    std::fs::write(
        dir.join("berita").join(name),
        "Isi berita pada Kamis (3/6/2024).\n",
    )
    .unwrap();
    let run = common::factlint_in(&dir, &["check", "--format", "sarif", "berita"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let log: Value = serde_json::from_str(&run.stdout).unwrap();
    let result = &log["runs"][0]["results"][0];
    for at in [&result["locations"][0], &result["relatedLocations"][0]] {
        let uri = at["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert_eq!(uri, "berita/caf%E9%20%231.txt");
        let bytes: Vec<u8> = percent_decode(uri);
        assert!(
            dir.join(std::ffi::OsStr::from_bytes(&bytes)).is_file(),
            "{uri}"
        );
    }
    assert!(sarif_validator().is_valid(&log));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The bytes a percent-encoded URI path stands for.
#[cfg(unix)]
fn percent_decode(uri: &str) -> Vec<u8> {
    let b = uri.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            out.push(u8::from_str_radix(&uri[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// Issue 17: `docs:` in `factlint.yaml` names where a newsroom publishes factlint's README;
/// every SARIF rule's `helpUri` is the kind's section there, and the log stays valid SARIF.
/// A `docs:` that is no absolute http(s) URL is refused with the file and line.
#[test]
fn sarif_help_uri_follows_the_configured_docs() {
    let dir = common::temp_dir("sarif-docs");
    let config = dir.join("factlint.yaml");
    std::fs::write(
        &config,
        "format: sarif\ndocs: https://git.example.org/tools/factlint/README.md\n",
    )
    .unwrap();
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let config_arg = config.to_string_lossy().into_owned();
    let run = factlint(&["--config", &config_arg, "check", seeds]);
    let log: Value = serde_json::from_str(&run.stdout).expect("SARIF");
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&log)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert_eq!(rules.len(), factlint::kinds::KINDS.len());
    for (rule, kind) in rules.iter().zip(factlint::kinds::KINDS) {
        let anchor = factlint::report::sarif::readme_anchor(kind.id);
        assert_eq!(
            rule["helpUri"],
            format!("https://git.example.org/tools/factlint/README.md#{anchor}")
        );
    }
    for bad in [
        "README.md",
        "ftp://example.org/x",
        "https://",
        "https://a.org/x#y",
    ] {
        std::fs::write(&config, format!("format: sarif\ndocs: \"{bad}\"\n")).unwrap();
        let run = factlint(&["--config", &config_arg, "check", seeds]);
        assert_eq!(run.code, 2, "{bad}");
        assert!(
            run.stderr.contains("factlint.yaml:2") && run.stderr.contains("docs:"),
            "{bad}: {}",
            run.stderr
        );
    }
}

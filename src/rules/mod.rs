//! Rule data: the language knowledge factlint works with (month and weekday names, cue
//! words, relative expressions, severities, settings), read from YAML files.
//!
//! The files under the top-level `rules/` folder are embedded in the binary
//! ([`builtin::FILES`]). `--rules DIR` adds the YAML files found in DIR: a file whose path
//! inside DIR equals a built-in one (`id/dates.yaml`) replaces it, any other file is added,
//! and entries read later override earlier entries for the same word or setting.
//! Rust code holds no language word list: everything here comes from those files.
//!
//! [`Rules`] keeps what all stages share (settings, severities, languages and their
//! stopwords) and one part per stage, each in its own module with the code that merges it:
//! `dates` (`DateRules`, `rules/*/dates.yaml`), `text` (`TextRules`: the sentence, clause
//! and line words all stages share, the `abbreviations`, `clause_breaks` and
//! `skip_lines_starting_with` of `rules/*/dates.yaml`), `entities` (`EntityRules`,
//! `rules/*/entities.yaml` and `rules/aliases.yaml`), `numbers` (`NumberRules`,
//! `rules/*/numbers.yaml`) and `events` (`EventRules`, `rules/*/events.yaml`). This module
//! loads and walks the rule files and merges each into the parts.

mod builtin;
mod dates;
mod entities;
mod events;
mod file;
mod numbers;
mod phrases;
mod settings;
mod text;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{display_path, io_reason, Error, Result};
use crate::kinds::{Kind, Severity};
use crate::text::{phrase_tokens, Token};
use crate::walk::Entry;

pub use builtin::FILES as BUILTIN_FILES;
pub(crate) use dates::DateRules;
pub(crate) use entities::EntityRules;
pub(crate) use events::EventRules;
pub use file::{
    Bound, DateOrder, DecimalMark, EntityKind, NumericDates, Order, Part, Position, RuleFile,
    Toward, Unit,
};
pub(crate) use numbers::{Measure, NumberRules};
pub use phrases::PhraseSet;
pub use settings::{Allowed, Settings, SETTINGS};
pub(crate) use text::TextRules;

/// Largest rule file read, in bytes.
pub(crate) const MAX_RULE_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// What factlint knows of one language (a rule file's `language:`): its function words,
/// by which an article's language is told, and how it writes decimals.
#[derive(Debug, Clone, Default)]
pub struct Language {
    pub(crate) stopwords: rustc_hash::FxHashSet<String>,
    pub(crate) decimal_mark: Option<DecimalMark>,
    /// The order of day and month in all-numeric dates (`numeric_dates`).
    pub(crate) numeric_dates: Option<NumericDates>,
    /// Endings of adjectives that stand before a counted noun (`medical students`).
    pub(crate) modifier_endings: Vec<String>,
}

/// All rule data, merged and compiled for matching against tokens.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// The merged `settings:` of all rule files (defaults in `rules/settings.yaml`).
    pub settings: Settings,
    severities: BTreeMap<Kind, Severity>,
    /// Date words and cues (`rules/*/dates.yaml`).
    pub(crate) dates: DateRules,
    /// Sentence, clause and line words all stages share: `abbreviations`, `clause_breaks`,
    /// `skip_lines_starting_with` (they stand in `rules/*/dates.yaml`).
    pub(crate) text: TextRules,
    /// Entity words and cues (`rules/*/entities.yaml`, `rules/aliases.yaml`).
    pub(crate) entities: EntityRules,
    /// Number words and count cues (`rules/*/numbers.yaml`).
    pub(crate) numbers: NumberRules,
    /// Event words: function and light words, concepts, affixes (`rules/*/events.yaml`).
    pub(crate) events: EventRules,
    /// Languages by code (`id`, `en`).
    pub languages: BTreeMap<String, Language>,
    /// Each stopword of a language → the places in `languages` of the languages it is a
    /// stopword of. Built once the rules are loaded, so [`Rules::language_of`] looks a
    /// token up once, by the hash it carries, instead of once per language.
    stopword_languages: PhraseSet<Vec<usize>>,
    /// The files read, in order (built-in ones as `rules/...`).
    pub files: Vec<String>,
    /// SHA-256 of the rule files as loaded (see [`Rules::digest`]).
    digest: String,
}

/// Each setting a rule file gives replaces the current one.
impl Rules {
    /// The built-in rules only.
    pub fn builtin() -> Result<Rules> {
        Rules::load(&[])
    }

    /// The built-in rules plus the YAML files in each of `dirs`.
    pub fn load(dirs: &[PathBuf]) -> Result<Rules> {
        Rules::load_limited(dirs, MAX_RULE_FILE_BYTES)
    }

    /// [`Rules::load`], refusing rule files larger than `max_file_bytes`.
    pub fn load_limited(dirs: &[PathBuf], max_file_bytes: u64) -> Result<Rules> {
        let mut sources: Vec<(String, String, String)> = BUILTIN_FILES
            .iter()
            .map(|(rel, text)| (rel.to_string(), format!("rules/{rel}"), text.to_string()))
            .collect();
        for dir in dirs {
            for (rel, path, text) in read_dir_rules(dir, max_file_bytes)? {
                sources.retain(|(r, _, _)| *r != rel);
                sources.push((rel, path, text));
            }
        }
        let mut rules = Rules {
            digest: digest(&sources),
            ..Rules::default()
        };
        for (_, path, text) in &sources {
            let file = parse_file(path, text)?;
            rules.merge(path, text, file)?;
            rules.files.push(path.clone());
        }
        let min_stem_chars = rules.settings.min_stem_chars;
        rules.events.stem_concepts(min_stem_chars);
        rules.index_stopwords();
        Ok(rules)
    }

    /// SHA-256 (hex) of the rule files in effect, as loaded: each file's path inside its
    /// folder and its text, in merge order. Any change to a rule file, an added or a
    /// removed one changes it (the archive index uses it to know its claims are stale).
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// The severity of a conflict kind: the rules' setting or the registry default.
    pub fn severity(&self, kind: Kind) -> Severity {
        self.severities
            .get(&kind)
            .copied()
            .unwrap_or(kind.info().default_severity)
    }

    /// Sets a kind's severity (a configuration's override).
    pub(crate) fn set_severity(&mut self, kind: Kind, severity: Severity) {
        self.severities.insert(kind, severity);
    }

    /// Merges one rule file: its settings and severities, each stage's part, and what it
    /// says of its language.
    fn merge(&mut self, path: &str, text: &str, f: RuleFile) -> Result<()> {
        self.settings.apply(&f.settings);
        for (id, severity) in &f.severities {
            let kind = Kind::from_id(id).ok_or_else(|| {
                Error::rules(
                    path,
                    line_of(text, id),
                    format!("unknown conflict kind '{id}'"),
                )
            })?;
            self.severities.insert(kind, *severity);
        }
        self.dates.merge(path, text, &f)?;
        self.text.merge(path, text, &f)?;
        self.entities.merge(path, text, &f)?;
        self.numbers.merge(path, text, &f)?;
        // The language's own entries (its stopwords come with the events' merge below).
        let n = &f.numbers;
        if let Some(mark) = n.decimal_mark {
            language_entry(&mut self.languages, path, text, &f, "decimal_mark")?.decimal_mark =
                Some(mark);
        }
        if !n.modifier_endings.is_empty() {
            let endings =
                &mut language_entry(&mut self.languages, path, text, &f, "modifier_endings")?
                    .modifier_endings;
            for e in &n.modifier_endings {
                if !endings.contains(&e.0) {
                    endings.push(e.0.clone());
                }
            }
        }
        if let Some(order) = f.numeric_dates {
            language_entry(&mut self.languages, path, text, &f, "numeric_dates")?.numeric_dates =
                Some(order);
        }
        self.events.merge(path, text, &f, &mut self.languages)?;
        Ok(())
    }
}

impl Rules {
    /// A content word without one prefix and one suffix of the rules, each stripped only
    /// when at least `min_stem_chars` letters remain.
    pub fn stem(&self, word: &str) -> String {
        self.events.stem(word, self.settings.min_stem_chars)
    }

    /// Indexes the stopwords of every language by word (see `stopword_languages`).
    fn index_stopwords(&mut self) {
        let mut index: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (k, lang) in self.languages.values().enumerate() {
            for w in &lang.stopwords {
                index.entry(w.as_str()).or_default().push(k);
            }
        }
        let mut set = PhraseSet::default();
        for (w, langs) in index {
            // The word as one "token", compared whole with a token's normal form.
            set.insert(vec![w.to_string()], langs);
        }
        self.stopword_languages = set;
    }

    /// How the all-numeric dates of a text in language `lang` read: the
    /// `numeric_date_order` setting, or with `auto` the language's `numeric_dates` (day
    /// first when the language is unknown or gives none).
    pub fn numeric_dates(&self, lang: Option<&Language>) -> NumericDates {
        match self.settings.numeric_date_order {
            DateOrder::Dmy => NumericDates::Dmy,
            DateOrder::Mdy => NumericDates::Mdy,
            DateOrder::Auto => lang
                .and_then(|l| l.numeric_dates)
                .unwrap_or(NumericDates::Dmy),
        }
    }

    /// The language of a text, told by its function words: the language whose stopwords
    /// occur most among `tokens` (ties go to the first code in order); `None` if none occur.
    pub(crate) fn language_of(&self, tokens: &[Token]) -> Option<&str> {
        let mut counts = vec![0usize; self.languages.len()];
        for i in 0..tokens.len() {
            if let Some((_, langs)) = self.stopword_languages.match_at(tokens, i) {
                for &k in langs {
                    counts[k] += 1;
                }
            }
        }
        let mut best: Option<(&str, usize)> = None;
        for (code, &n) in self.languages.keys().zip(&counts) {
            if n > 0 && best.is_none_or(|(_, b)| n > b) {
                best = Some((code, n));
            }
        }
        best.map(|(c, _)| c)
    }
}

/// The entry in `languages` of the language of rule file `f`, for its per-language `key`
/// (`decimal_mark`, `stopwords`, ...): an error naming the key's line when the file says no
/// `language:`.
fn language_entry<'l>(
    languages: &'l mut BTreeMap<String, Language>,
    path: &str,
    text: &str,
    f: &RuleFile,
    key: &str,
) -> Result<&'l mut Language> {
    let Some(code) = &f.language else {
        return Err(Error::rules(
            path,
            line_of(text, key),
            format!("`{key}` needs the file's `language:`"),
        ));
    };
    Ok(languages.entry(code.clone()).or_default())
}

/// Adds each phrase of `list` to `set`.
fn add_phrases(
    set: &mut PhraseSet<()>,
    list: &[file::Phrase],
    path: &str,
    text: &str,
) -> Result<()> {
    for phrase in list {
        set.insert(tokens(path, text, phrase)?, ());
    }
    Ok(())
}

/// Replaces the entry `same` as `item` (a later file wins), or appends it; its index.
fn upsert<T>(list: &mut Vec<T>, item: T, same: impl Fn(&T, &T) -> bool) -> usize {
    match list.iter().position(|x| same(x, &item)) {
        Some(i) => {
            list[i] = item;
            i
        }
        None => {
            list.push(item);
            list.len() - 1
        }
    }
}

fn tokens(path: &str, text: &str, phrase: &file::Phrase) -> Result<Vec<String>> {
    let toks = phrase_tokens(&phrase.0);
    if toks.is_empty() {
        return Err(Error::rules(
            path,
            line_of(text, &phrase.0),
            format!("'{}' has no words", phrase.0),
        ));
    }
    Ok(toks)
}

/// Reads and parses one rule file's YAML into its typed form.
pub fn parse_file(path: &str, text: &str) -> Result<RuleFile> {
    if text.trim().is_empty() {
        return Ok(RuleFile::default());
    }
    parse_yaml(path, text, Error::rules)
}

/// Parses YAML into `T`; a syntax or schema error names the file and line through `error`.
pub(crate) fn parse_yaml<T: serde::de::DeserializeOwned>(
    path: &str,
    text: &str,
    error: fn(String, Option<usize>, String) -> Error,
) -> Result<T> {
    let fail = |e: serde_yaml::Error| {
        // A limit hit while expanding aliases has no place: show the first alias.
        let line = e.location().map(|l| l.line()).or_else(|| {
            static ALIAS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
            let alias = ALIAS.get_or_init(|| {
                regex::Regex::new(r"(^|[\s\[{,:-])\*[\w-]").expect("alias pattern")
            });
            text.lines().position(|l| alias.is_match(l)).map(|i| i + 1)
        });
        error(path.to_string(), line, yaml_reason(&e))
    };
    // Nesting is bounded before any parser sees it (see `crate::yaml`).
    if let Some(line) = crate::yaml::too_deep(text) {
        return Err(error(
            path.to_string(),
            Some(line),
            crate::yaml::too_deep_reason(),
        ));
    }
    // Read as plain YAML first, whatever the schema, so an alias bomb or a document nested
    // too deep is refused by serde_yaml's limits before any typed reading.
    if let Err(e) = serde_yaml::from_str::<serde_yaml::Value>(text) {
        let msg = e.to_string();
        if msg.contains("limit exceeded") {
            return Err(fail(e));
        }
    }
    serde_yaml::from_str::<T>(text).map_err(fail)
}

/// A YAML error as a phrase, without serde_yaml's " at line N column M" (the line is
/// shown in front), and saying why a limit was hit.
pub(crate) fn yaml_reason(e: &serde_yaml::Error) -> String {
    let msg = e.to_string();
    let msg = match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    if msg.contains("repetition limit exceeded") {
        format!("refused: its aliases expand too far ({msg})")
    } else if msg.contains("recursion limit exceeded") {
        format!("refused: nested too deep ({msg})")
    } else {
        msg
    }
}

/// SHA-256 of (path inside its folder, text) of each rule file, in merge order.
fn digest(sources: &[(String, String, String)]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for (rel, _, text) in sources {
        for part in [rel.as_bytes(), text.as_bytes()] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The YAML files under `dir`, sorted by their path inside it: (path inside dir, display path,
/// text).
fn read_dir_rules(dir: &Path, max_file_bytes: u64) -> Result<Vec<(String, String, String)>> {
    let shown = display_path(dir);
    let meta = std::fs::metadata(dir).map_err(|e| Error::rules(&shown, None, io_reason(&e)))?;
    if !meta.is_dir() {
        return Err(Error::rules(
            &shown,
            None,
            "--rules expects a folder of YAML files",
        ));
    }
    let mut found = Vec::new();
    collect_yaml(dir, &mut found)?;
    found.sort();
    if found.is_empty() {
        return Err(Error::rules(
            &shown,
            None,
            "no rule files (*.yaml, *.yml) in this folder",
        ));
    }
    let mut out = Vec::new();
    for (rel, path) in found {
        let shown = display_path(&path);
        let meta =
            std::fs::metadata(&path).map_err(|e| Error::rules(&shown, None, io_reason(&e)))?;
        if meta.len() > max_file_bytes {
            return Err(Error::rules(
                &shown,
                None,
                format!(
                    "rule file is {} bytes, over the limit of {max_file_bytes} (raise it with --max-rule-bytes)",
                    meta.len()
                ),
            ));
        }
        let bytes = std::fs::read(&path).map_err(|e| Error::rules(&shown, None, io_reason(&e)))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Error::rules(&shown, Some(line), "not valid UTF-8")
        })?;
        out.push((rel, shown, text));
    }
    Ok(out)
}

/// The YAML files under `dir` (see `src/walk.rs`): (path inside dir, path). A YAML name that
/// cannot be read (a broken symbolic link, a FIFO) is an error naming it; other names are not
/// rule files.
fn collect_yaml(dir: &Path, out: &mut Vec<(String, PathBuf)>) -> Result<()> {
    let is_yaml = |path: &Path| {
        matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        )
    };
    crate::walk::walk(
        dir,
        &mut |entry| match entry {
            Entry::File(path) if is_yaml(&path) => {
                let rel = path.strip_prefix(dir).unwrap_or(&path);
                out.push((display_path(rel), path));
                Ok(())
            }
            Entry::Broken(path, e) if is_yaml(&path) => {
                Err(Error::rules(display_path(&path), None, io_reason(&e)))
            }
            Entry::Other(path) if is_yaml(&path) => Err(Error::rules(
                display_path(&path),
                None,
                "not a regular file",
            )),
            _ => Ok(()),
        },
        &|path, e| Error::rules(display_path(path), None, io_reason(&e)),
    )
}

/// 1-based line of the first occurrence of `needle` in `text`, compared as rule phrases
/// are normalised: case-insensitive, a run of whitespace matching one space.
pub(crate) fn line_of(text: &str, needle: &str) -> Option<usize> {
    line_of_nth(text, needle, 1)
}

fn line_of_nth(text: &str, needle: &str, nth: usize) -> Option<usize> {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let needle = norm(needle);
    let found = || {
        text.lines()
            .enumerate()
            .filter(|(_, l)| norm(l).contains(&needle))
    };
    found()
        .nth(nth - 1)
        .or_else(|| found().next())
        .map(|(i, _)| i + 1)
}

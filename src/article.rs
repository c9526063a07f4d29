//! Articles: the text of one file, its id (the path as given), and what its header says
//! about it: publication date, outlet, title. An optional YAML front matter block
//! (`---` ... `---` with `published:`, `source:`, `title:`) overrides the header.

use chrono::NaiveDate;
use regex::Regex;
use serde::Deserialize;
use std::sync::OnceLock;

use crate::claim::Point;
use crate::error::{Error, Result};
use crate::extract::dates::{find_dates, Raw};
use crate::rules::Rules;
use crate::span::{LineIndex, Span};
use crate::text::{tokenize, TokenKind};

/// Where the publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublishedFrom {
    /// The YAML front matter's `published:` field.
    FrontMatter,
    /// A date in the article's header lines (the dateline).
    Header,
}

/// One news article: its text, where it came from, and what its front matter or header
/// says about it (publication date, outlet, title). Claims and evidence refer to an article
/// by its index in the run's article list, which is sorted by [`Article::id`].
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as given on the command line (joined with the file's path inside a folder).
    pub id: String,
    /// The file it was read from (`None` for text given in memory).
    pub path: Option<std::path::PathBuf>,
    /// The article's whole text, front matter included; spans are byte offsets into it.
    pub text: String,
    /// Byte offset where the body starts (after any front matter).
    pub body_start: usize,
    /// The publication date: from front matter if it gives one, else from the header's date.
    pub published: Option<NaiveDate>,
    /// Which of the two `published` was read from; `None` when it is `None`.
    pub published_from: Option<PublishedFrom>,
    /// The span of the header date the publication date was read from.
    pub dateline: Option<Span>,
    /// Other header lines that stamp the article's publication or update time
    /// (`Tribun-Medan.com, tayang Senin, 9 Juni 2025`, `Updated: March 5, 2024`), read even
    /// when front matter gives the date: their dates are no event's dates.
    pub stamp_lines: Vec<usize>,
    /// The outlet: front matter `source:` (or `outlet:`), else the header's outlet name.
    pub outlet: Option<String>,
    /// The title from front matter `title:`; `None` without one.
    pub title: Option<String>,
    /// Line starts of `text`, for turning byte offsets into [`Span`]s.
    pub lines: LineIndex,
}

/// What the front matter says, checked.
struct Front {
    published: Option<NaiveDate>,
    source: Option<String>,
    title: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct FrontMatter {
    published: Option<serde_yaml::Value>,
    #[serde(alias = "outlet")]
    source: Option<String>,
    title: Option<String>,
}

impl Article {
    /// Builds an article from its text: reads front matter and header.
    pub fn new(id: impl Into<String>, text: String, rules: &Rules) -> Result<Article> {
        let id = id.into();
        let lines = LineIndex::new(&text);
        let mut article = Article {
            id,
            path: None,
            text,
            body_start: 0,
            published: None,
            published_from: None,
            dateline: None,
            stamp_lines: Vec::new(),
            outlet: None,
            title: None,
            lines,
        };
        let front = article.read_front_matter()?;
        let dated = front.as_ref().is_some_and(|f| f.published.is_some());
        article.read_header(rules, dated);
        if let Some(front) = front {
            if let Some(date) = front.published {
                article.published = Some(date);
                article.published_from = Some(PublishedFrom::FrontMatter);
            }
            if front.source.is_some() {
                article.outlet = front.source;
            }
            article.title = front.title;
        }
        Ok(article)
    }

    /// The [`Span`] of bytes `start..end` of `text`, with its 1-based line and column.
    pub fn span(&self, start: usize, end: usize) -> Span {
        self.lines.span(&self.text, start, end)
    }

    /// The body: the text after the front matter.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// Parses a leading `---` block, if there is one.
    fn read_front_matter(&mut self) -> Result<Option<Front>> {
        let text = &self.text;
        let skip_bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let rest = &text[skip_bom..];
        let first_end = rest.find('\n').unwrap_or(rest.len());
        if rest[..first_end].trim_end() != "---" {
            return Ok(None);
        }
        // Find the closing fence.
        let mut pos = skip_bom + first_end + 1;
        let yaml_start = pos.min(text.len());
        while pos < text.len() {
            let end = text[pos..]
                .find('\n')
                .map(|i| pos + i)
                .unwrap_or(text.len());
            let line = text[pos..end].trim_end();
            if line == "---" || line == "..." {
                let yaml = &text[yaml_start..pos];
                // Nesting is bounded before the parser sees it (see `crate::yaml`).
                if let Some(line) = crate::yaml::too_deep(yaml) {
                    let reason = crate::yaml::too_deep_reason();
                    return Err(Error::input(
                        &self.id,
                        format!("line {}: front matter: {reason}", 1 + line),
                    ));
                }
                let front: FrontMatter = if yaml.trim().is_empty() {
                    FrontMatter::default()
                } else {
                    serde_yaml::from_str(yaml).map_err(|e| {
                        // The fence takes line 1; an error found at the end of the block
                        // is reported on the block's last line.
                        let last = yaml.lines().count().max(1);
                        let line = 1 + e.location().map_or(1, |l| l.line().min(last));
                        let msg = crate::rules::yaml_reason(&e);
                        Error::input(&self.id, format!("line {line}: front matter: {msg}"))
                    })?
                };
                self.body_start = (end + 1).min(text.len());
                let published = match &front.published {
                    None | Some(serde_yaml::Value::Null) => None,
                    Some(v) => Some(parse_published(v).ok_or_else(|| {
                        let line = self.text[..yaml_start].lines().count()
                            + yaml.lines().position(|l| l.trim_start().starts_with("published")).unwrap_or(0)
                            + 1;
                        Error::input(
                            &self.id,
                            format!("line {line}: front matter: `published` is not a date (use YYYY-MM-DD)"),
                        )
                    })?),
                };
                let clean =
                    |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
                return Ok(Some(Front {
                    published,
                    source: clean(front.source),
                    title: clean(front.title),
                }));
            }
            pos = end + 1;
        }
        // No closing fence: the dashes were a rule line, not front matter.
        Ok(None)
    }

    /// Looks for a dateline in the first lines: a short line that is mostly one full date
    /// (`DECEMBER 9, 2022`, `Friday, 18-10-2024 | 10:11 am`, `Kompas.com, 9 Juli 2025`),
    /// and for an outlet named before it or in a lead like `JAKARTA, KOMPAS.com - ...`.
    /// Words that stamp the date as a publication or update time (`publication_words`:
    /// `tayang`, `updated`) are no extra words, nor part of the outlet. With `dated` (front
    /// matter gives the date) only the outlet and such stamps are looked for.
    fn read_header(&mut self, rules: &Rules, dated: bool) {
        let s = &rules.settings;
        let first_line = self
            .lines
            .span(&self.text, self.body_start, self.body_start)
            .line;
        let last_line = (first_line + s.header_lines - 1).min(self.lines.lines());
        for line in first_line..=last_line {
            let (start, end) = self.lines.line_range(&self.text, line);
            let raw = &self.text[start..end];
            let trimmed = crate::text::trim(raw);
            // A dateline is short and is no sentence: it does not end in a full stop.
            if trimmed.is_empty()
                || trimmed.chars().count() > s.header_max_chars
                || trimmed.ends_with(['.', '!', '?'])
            {
                continue;
            }
            let tokens = tokenize(raw);
            // The header's language is not known: day first unless the settings say.
            let found = find_dates(&tokens, rules, rules.numeric_dates(None));
            let Some(f) = found.iter().find(|f| matches!(&f.raw, Raw::Abs(v) if v.to.is_none() && matches!(v.from, Point::Day(_))))
            else {
                continue;
            };
            // Tokens of publication words, which say what the date is rather than add to it.
            let mut stamp_word = vec![false; tokens.len()];
            let mut k = 0;
            while k < tokens.len() {
                match rules.dates.publication_words.match_at(&tokens, k) {
                    Some((n, _)) => {
                        stamp_word[k..k + n].fill(true);
                        k += n;
                    }
                    None => k += 1,
                }
            }
            // Words outside the date; a name glued together by dots or hyphens
            // ("Tribun-Medan.com") is one word.
            let extra = tokens
                .iter()
                .enumerate()
                .filter(|&(i, t)| {
                    let glued = i >= 2
                        && !t.gap
                        && tokens[i - 1].is_punct(".-")
                        && !tokens[i - 1].gap
                        && tokens[i - 2].kind != TokenKind::Punct;
                    t.kind == TokenKind::Word
                        && (i < f.first || i >= f.last)
                        && !stamp_word[i]
                        && !glued
                })
                .count();
            if extra > s.header_max_extra_words {
                continue;
            }
            // "tayang Senin, 9 Juni 2025": a publication word just before the date.
            let stamped = (0..f.first)
                .rev()
                .find(|&i| tokens[i].kind != TokenKind::Punct)
                .is_some_and(|i| stamp_word[i]);
            if dated || self.dateline.is_some() {
                if stamped {
                    self.stamp_lines.push(line);
                }
                continue;
            }
            let Raw::Abs(v) = &f.raw else { continue };
            self.published = Some(v.from.first_day());
            self.published_from = Some(PublishedFrom::Header);
            let (a, b) = (tokens[f.first].start, tokens[f.last - 1].end);
            self.dateline = Some(self.span(start + a, start + b));
            // "Kompas.com, 9 Juli 2025": the words before the date name the outlet; a
            // publication word after the outlet ("TribunJabar.id, tayang") is no part of it.
            let cut = (0..f.first)
                .find(|&i| stamp_word[i])
                .map_or(a, |i| tokens[i].start);
            let before = crate::text::trim(raw[..cut].trim_end_matches(|c: char| {
                crate::text::is_space(c) || [',', '|', '-', '–', '—', '·'].contains(&c)
            }));
            if !before.is_empty() && before.chars().any(char::is_alphabetic) {
                self.outlet = Some(before.to_string());
            }
        }
        if self.outlet.is_none() {
            self.outlet = self.lead_outlet(
                first_line,
                (first_line + 2 * s.header_lines).min(self.lines.lines()),
            );
        }
    }

    /// The outlet in a lead paragraph's dateline: `JAKARTA, KOMPAS.com - ...`,
    /// `Jakarta, IDN Times - ...`, `ORBITINDONESIA.COM – ...`, `Pantau - ...`.
    fn lead_outlet(&self, from: usize, to: usize) -> Option<String> {
        static LEAD: OnceLock<Regex> = OnceLock::new();
        let re = LEAD.get_or_init(|| {
            Regex::new(
                r"^(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2},\s+)?(\p{Lu}[\p{L}\p{N}.]*(?:\s\p{Lu}[\p{L}\p{N}.]*){0,3})\s+[-–—]\s+\S",
            )
            .expect("valid lead regex")
        });
        (from..=to).find_map(|line| {
            let (start, end) = self.lines.line_range(&self.text, line);
            re.captures(&self.text[start..end])
                .map(|c| c[1].to_string())
        })
    }
}

fn parse_published(v: &serde_yaml::Value) -> Option<NaiveDate> {
    let s = match v {
        serde_yaml::Value::String(s) => s.trim().to_string(),
        _ => return None,
    };
    let head = s.get(..10).unwrap_or(&s);
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

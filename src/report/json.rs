//! The JSON formats: `check --format json` (one document) and `claims` (JSON lines).
//!
//! # `check --format json`
//! ```json
//! { "version": 1,
//!   "articles": [ { "path": "seeds/x.txt", "published": "2024-10-18", "published_from": "header",
//!                   "outlet": "KOMPAS.com", "title": null, "claims": 12 } ],
//!   "stories": [ { "id": "story-1", "about": ["Yoory Cornelis", "Sarana Jaya"],
//!                  "articles": ["seeds/x.txt", "seeds/y.txt"] } ],
//!   "conflicts": [ { "fingerprint": "3f2a9c0e1b7d4a65", "kind": "dateline", "severity": "error", "subject": "...", "message": "...",
//!                    "stories": ["story-1"],
//!                    "evidence": [ { "path": "seeds/x.txt", "line": 1, "column": 1,
//!                                    "byte_start": 0, "byte_end": 16, "text": "DECEMBER 9, 2022",
//!                                    "value": "2022-12-09", "role": "publication date" } ] } ],
//!   "reviewed": [ { "fingerprint": "...", "kind": "spelling", "subject": "...",
//!                   "status": "accepted", "comment": "..." } ],
//!   "summary": { "articles": 5, "claims": 40, "conflicts": 1, "error": 1, "warning": 0, "info": 0,
//!                "reviewed": 0, "baselined": 0 } }
//! ```
//! `published` and `published_from` (`header` | `front-matter`) are null when unknown.
//! `stories` lists every story a conflict is in and every story of two or more articles
//! (see [`crate::stories`]); `about` names up to three entities most of its articles name.
//! A conflict's `stories` is usually one; two when other evidence says two stories speak
//! of one entity.
//!
//! `summary.articles` and `summary.claims` count every article read and its claims; `check`
//! lists them all in `articles`. Under `lint`, `articles` lists only the new articles and the
//! archive articles a reported conflict quotes (by any evidence span; an article only a
//! baselined or reviewed conflict quotes is left out), `stories` only stories of those,
//! grouped among them, and `summary` adds `"listed": N`, the length of `articles` (`lint`
//! only: `check`'s document is as it was). Every evidence `path` is in `articles`.
//! `line` and `column` are 1-based, `column` counts characters; `byte_start..byte_end`
//! index the file's bytes and `text` is exactly those bytes. Conflicts are ordered by the
//! position of their first evidence. New keys may be added; existing ones keep their meaning.
//!
//! # `claims` (one JSON object per line)
//! ```json
//! { "path": "seeds/x.txt", "line": 3, "column": 5, "byte_start": 20, "byte_end": 35,
//!   "text": "17 Oktober 2024", "attribute": "date", "subject": null,
//!   "value": "2024-10-17", "precision": "day", "part": null,
//!   "time_scope": { "start": "2024-10-17", "end": "2024-10-17" },
//!   "form": "date", "explicit": true, "weekday": null, "resolution": null,
//!   "role": "body", "future": false, "context": "... words around the date ..." }
//! ```
//! `value` is ISO 8601 (`2024-10-17`, `2024-W42`, `2024-10`, `2024`, `2023-05/2024-03`),
//! or null for a relative date that could not be resolved (no publication date);
//! `resolution` says how a relative date was read: `{ "anchor": "2024-10-18" | null,
//! "rule": "1 year before publication", "resolved": true }`.
//!
//! Entity claims (`attribute` `name`, `title` or `affiliation`) carry, instead of the date
//! fields, an `entity` object; `subject` is the name of the entity's group (for title and
//! affiliation claims: the person's):
//! ```json
//! { "path": "seeds/x.txt", "line": 42, "column": 27, "byte_start": 2547, "byte_end": 2565,
//!   "text": "Universitas Temple", "attribute": "name", "subject": "Universitas Temple",
//!   "value": "university temple", "time_scope": null,
//!   "entity": { "kind": "organisation", "key": "university temple", "cue": "institution",
//!               "known": false, "group": "organisation:university temple" },
//!   "context": "... words around the name ..." }
//! ```
//! `kind` is `person`, `organisation` or `place`; `key` the normalised name (of the person,
//! for title and affiliation claims); `value` the normalised name, the canonical title
//! (`Perdana Menteri` for `PM`) or the institution's key; `cue` how the mention was found
//! (`title`, `apposition`, `speech`, `surname`, `alias`, `institution`, `acronym`); `group`
//! the id of the group the claim was put in. Title claims may add `qualifier` (`"NATO"`),
//! `former: true` and `retired: true`.

use serde::Serialize;

use super::Report;
use crate::article::PublishedFrom;
use crate::claim::{bound_name, part_name, unit_name, weekday_name, Detail, Role};
use crate::conflict::Evidence;
use crate::reconcile::entities::kind_name;
use crate::span::Span;

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    articles: Vec<ArticleOut<'a>>,
    stories: Vec<StoryOut<'a>>,
    conflicts: Vec<ConflictOut<'a>>,
    /// Conflicts a review file marks (not in `conflicts`).
    reviewed: Vec<ReviewedOut<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct ReviewedOut<'a> {
    fingerprint: &'a str,
    kind: &'static str,
    subject: &'a str,
    status: &'a str,
    comment: &'a str,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    path: &'a str,
    published: Option<String>,
    published_from: Option<&'static str>,
    outlet: Option<&'a str>,
    title: Option<&'a str>,
    claims: usize,
}

#[derive(Serialize)]
struct StoryOut<'a> {
    id: &'a str,
    about: &'a [String],
    articles: Vec<&'a str>,
}

#[derive(Serialize)]
struct ConflictOut<'a> {
    fingerprint: String,
    kind: &'static str,
    severity: &'static str,
    subject: &'a str,
    message: &'a str,
    stories: Vec<&'a str>,
    evidence: Vec<EvidenceOut<'a>>,
}

/// Where a quoted span is: shared by evidence and claims.
#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    byte_start: usize,
    byte_end: usize,
    text: &'a str,
}

impl<'a> Location<'a> {
    fn new(path: &'a str, span: Span, text: &'a str) -> Self {
        Location {
            path,
            line: span.line,
            column: span.column,
            byte_start: span.start,
            byte_end: span.end,
            text,
        }
    }
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    #[serde(flatten)]
    at: Location<'a>,
    value: &'a str,
    role: String,
}

#[derive(Serialize)]
struct Summary {
    articles: usize,
    claims: usize,
    conflicts: usize,
    error: usize,
    warning: usize,
    info: usize,
    reviewed: usize,
    baselined: usize,
    /// How many of the `articles` read the document's `articles` lists (`lint` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    listed: Option<usize>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    #[serde(flatten)]
    at: Location<'a>,
    attribute: &'static str,
    subject: Option<&'a str>,
    /// The claim's story (when the stories are known; an archive index stores each
    /// article's claims as read alone, where the story is `story-1`).
    #[serde(skip_serializing_if = "Option::is_none")]
    story: Option<&'a str>,
    value: Option<String>,
    time_scope: Option<Scope>,
    #[serde(flatten)]
    detail: DetailOut<'a>,
    context: &'a str,
}

#[derive(Serialize)]
#[serde(untagged)]
enum DetailOut<'a> {
    Date {
        precision: Option<&'static str>,
        part: Option<&'static str>,
        form: &'static str,
        explicit: bool,
        weekday: Option<WeekdayOut<'a>>,
        resolution: Option<ResolutionOut<'a>>,
        role: &'static str,
        future: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        event: Option<EventOut<'a>>,
    },
    Entity {
        entity: EntityOut<'a>,
    },
    Count {
        count: CountOut<'a>,
        event: Option<EventOut<'a>>,
    },
    Identifier {
        identifier: IdentifierOut<'a>,
    },
    Initials {
        initials: InitialsOut<'a>,
    },
}

/// A list of initials' parts (see [`crate::claim::InitialsDetail`]).
#[derive(Serialize)]
struct InitialsOut<'a> {
    items: &'a [String],
    #[serde(skip_serializing_if = "str::is_empty")]
    role: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    cued: bool,
}

/// An identifier claim's parts (see [`crate::claim::IdentifierDetail`]).
#[derive(Serialize)]
struct IdentifierOut<'a> {
    kind: &'a str,
    prefix: &'a str,
    number: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    about: &'a [String],
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    named: bool,
    #[serde(skip_serializing_if = "str::is_empty")]
    suffix: &'a str,
}

#[derive(Serialize)]
struct CountOut<'a> {
    /// The number (the lower end of a range).
    number: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    to: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bound: Option<&'static str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    vague: bool,
    noun: &'a str,
    thing: &'a [String],
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    others: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    whole: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    percent: bool,
    /// A match score: its two numbers as written and its time.
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<ScoreOut>,
}

#[derive(Serialize)]
struct ScoreOut {
    goals: [u32; 2],
    time: &'static str,
    explicit: bool,
}

/// What ties a date or count claim to its event: its words, its subjects' entity groups,
/// and the event group it joined (`null` when no other claim matched).
#[derive(Serialize)]
struct EventOut<'a> {
    /// `event-N`, as the report shows the group ([`Report::event_id`]).
    group: Option<String>,
    words: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    marks: &'a [String],
    subjects: Vec<&'a str>,
}

#[derive(Serialize)]
struct EntityOut<'a> {
    kind: &'static str,
    key: &'a str,
    cue: &'static str,
    known: bool,
    group: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualifier: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    former: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    retired: bool,
}

#[derive(Serialize)]
struct Scope {
    start: String,
    end: String,
}

#[derive(Serialize)]
struct WeekdayOut<'a> {
    name: String,
    text: &'a str,
}

#[derive(Serialize)]
struct ResolutionOut<'a> {
    anchor: Option<String>,
    rule: &'a str,
    resolved: bool,
}

/// The `check --format json` document, pretty-printed, ending in a newline.
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing to memory fails only on a value serde cannot write, which these are not.
    let _ = write(report, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the document of [`render`] to `w`, as it is serialised.
pub fn write(report: &Report, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let (error, warning, info) = report.counts();
    let mut per_article = vec![0; report.articles.len()];
    match report.claim_counts {
        Some(counts) => per_article
            .iter_mut()
            .zip(counts)
            .for_each(|(n, c)| *n = *c),
        None => {
            for c in report.claims {
                if let Some(n) = per_article.get_mut(c.article) {
                    *n += 1;
                }
            }
        }
    }
    let doc = Doc {
        version: 1,
        articles: report
            .listed_articles()
            .into_iter()
            .map(|i| (i, &report.articles[i]))
            .map(|(i, a)| ArticleOut {
                path: &a.id,
                published: a.published.map(|d| d.to_string()),
                published_from: a.published_from.map(|p| match p {
                    PublishedFrom::Header => "header",
                    PublishedFrom::FrontMatter => "front-matter",
                }),
                outlet: a.outlet.as_deref(),
                title: a.title.as_deref(),
                claims: per_article[i],
            })
            .collect(),
        stories: report
            .shown_stories()
            .into_iter()
            .map(|s| StoryOut {
                id: &s.id,
                about: &s.about,
                articles: s
                    .articles
                    .iter()
                    .map(|&a| report.articles[a].id.as_str())
                    .collect(),
            })
            .collect(),
        conflicts: report
            .conflicts
            .iter()
            .map(|c| ConflictOut {
                fingerprint: c.fingerprint(report.articles),
                kind: c.kind.id(),
                severity: c.severity.as_str(),
                subject: &c.subject,
                message: &c.message,
                stories: report
                    .stories_of(c)
                    .into_iter()
                    .map(|s| s.id.as_str())
                    .collect(),
                evidence: c.evidence.iter().map(|e| evidence(report, e)).collect(),
            })
            .collect(),
        reviewed: report
            .reviewed
            .iter()
            .map(|r| ReviewedOut {
                fingerprint: &r.fingerprint,
                kind: r.conflict.kind.id(),
                subject: &r.conflict.subject,
                status: &r.status,
                comment: &r.comment,
            })
            .collect(),
        summary: Summary {
            articles: report.articles.len(),
            claims: report.claim_total(),
            conflicts: report.conflicts.len(),
            error,
            warning,
            info,
            reviewed: report.reviewed.len(),
            baselined: report.baselined,
            listed: report.listed.map(<[usize]>::len),
        },
    };
    serde_json::to_writer_pretty(&mut *w, &doc).map_err(std::io::Error::other)?;
    w.write_all(b"\n")
}

fn evidence<'a>(report: &Report<'a>, e: &'a Evidence) -> EvidenceOut<'a> {
    EvidenceOut {
        at: Location::new(&report.articles[e.article].id, e.span, &e.text),
        value: &e.value,
        role: e.role.to_string(),
    }
}

/// The event of claim `i`, if it has a frame.
fn event<'a>(report: &Report<'a>, i: usize) -> Option<EventOut<'a>> {
    let frame = report.claims[i].frame.as_ref()?;
    let info = report.events?.info.get(i)?.as_ref()?;
    let entities = report.entities?;
    Some(EventOut {
        group: info
            .group
            .and_then(|g| report.event_id(g))
            .map(|e| e.to_string()),
        words: &frame.words,
        marks: &frame.marks,
        subjects: info
            .subjects
            .iter()
            .map(|&g| entities.groups[g].id.as_str())
            .collect(),
    })
}

/// One JSON line per claim.
pub fn claims(report: &Report) -> String {
    let mut out = String::new();
    for (i, c) in report.claims.iter().enumerate() {
        let article = &report.articles[c.article];
        let group = report
            .entities
            .and_then(|e| e.group_of.get(i).copied().flatten())
            .and_then(|g| report.entities.map(|e| &e.groups[g]));
        let detail = match &c.detail {
            Detail::Date(d) => DetailOut::Date {
                precision: d.value.map(|v| unit_name(v.precision())),
                part: d.value.and_then(|v| v.part).map(part_name),
                form: d.form,
                explicit: d.explicit,
                weekday: d.weekday.as_ref().map(|w| WeekdayOut {
                    name: weekday_name(w.weekday),
                    text: &article.text[w.span.start..w.span.end],
                }),
                resolution: d.resolution.as_ref().map(|r| ResolutionOut {
                    anchor: r.anchor.map(|d| d.to_string()),
                    rule: &r.rule,
                    resolved: d.value.is_some(),
                }),
                role: match d.role {
                    Role::Dateline => "dateline",
                    Role::Body => "body",
                },
                future: c.context.future,
                event: event(report, i),
            },
            Detail::Count(n) => DetailOut::Count {
                count: CountOut {
                    number: n.value.value,
                    to: n.value.to,
                    bound: n.value.bound.map(bound_name),
                    vague: n.value.vague,
                    noun: &n.noun,
                    thing: &n.thing,
                    others: n.others,
                    whole: n.whole,
                    percent: n.percent,
                    score: n.score.map(|s| ScoreOut {
                        goals: [s.goals.0, s.goals.1],
                        time: s.time.as_str(),
                        explicit: s.explicit,
                    }),
                },
                event: event(report, i),
            },
            Detail::Identifier(d) => DetailOut::Identifier {
                identifier: IdentifierOut {
                    kind: &d.kind,
                    prefix: &d.prefix,
                    number: &d.number,
                    about: &d.about,
                    named: d.named,
                    suffix: &d.suffix,
                },
            },
            Detail::Initials(d) => DetailOut::Initials {
                initials: InitialsOut {
                    items: &d.items,
                    role: &d.role,
                    cued: d.cued,
                },
            },
            Detail::Entity(e) => DetailOut::Entity {
                entity: EntityOut {
                    kind: kind_name(e.kind),
                    key: &e.key,
                    cue: e.cue.as_str(),
                    known: e.known,
                    group: group.map(|g| g.id.as_str()),
                    qualifier: e.qualifier.as_deref(),
                    former: e.former,
                    retired: e.retired,
                },
            },
        };
        let line = ClaimOut {
            at: Location::new(&article.id, c.span, &c.text),
            attribute: c.attribute.as_str(),
            subject: c.subject.as_deref().or(group.map(|g| g.name.as_str())),
            story: report.stories.and_then(|s| {
                let i = s.of_article.get(c.article).copied().flatten()?;
                Some(s.list[i].id.as_str())
            }),
            value: c.value(),
            time_scope: c.time_scope.map(|(a, b)| Scope {
                start: a.to_string(),
                end: b.to_string(),
            }),
            detail,
            context: article
                .text
                .get(c.context.span.start..c.context.span.end)
                .unwrap_or_default(),
        };
        out.push_str(&serde_json::to_string(&line).unwrap_or_default());
        out.push('\n');
    }
    out
}

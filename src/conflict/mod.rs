//! Conflicts: what factlint reports. Each has a kind from the registry, a severity, a
//! subject, a message, and the evidence spans that disagree.

mod message;
mod role;

use sha2::{Digest, Sha256};

use crate::article::Article;
use crate::claim::Claim;
use crate::kinds::{Identity, Kind, Severity};
use crate::span::Span;

pub use message::Message;
pub(crate) use role::articles_word;
pub use role::{EventId, Role};

/// One span of text a conflict rests on.
#[derive(Debug, Clone)]
pub struct Evidence {
    /// Index of the article in the run's article list.
    pub article: usize,
    /// Where the text is in the article.
    pub span: Span,
    /// The exact source text.
    pub text: String,
    /// The normalised value this span says (`2023-05-03`), or what it stands for.
    pub value: String,
    /// What this span is in the conflict (`publication date`, `reported as past`), with
    /// the data its label names; reports print its [`Display`](std::fmt::Display) text.
    pub role: Role,
    /// Index of the claim the span comes from, in the run's claim list, where the kind
    /// knows it (a publication date read from the dateline is no claim).
    pub claim: Option<usize>,
}

impl Evidence {
    /// Evidence quoting claim `i` of `claims` (the run's claim list) whole: its article,
    /// span and text.
    pub fn of_claim(claims: &[Claim], i: usize, value: String, role: Role) -> Self {
        Evidence {
            claim: Some(i),
            ..Evidence::quoting(&claims[i], value, role)
        }
    }

    /// Evidence quoting claim `c` whole, one of `claims` (the run's claim list): its index
    /// is found from where `c` lies in the list (`None` for a claim of no list).
    pub fn of_claim_ref(claims: &[Claim], c: &Claim, value: String, role: Role) -> Self {
        Evidence {
            claim: index_of(claims, c),
            ..Evidence::quoting(c, value, role)
        }
    }

    /// Evidence quoting claim `c` whole, of no known index.
    fn quoting(c: &Claim, value: String, role: Role) -> Self {
        Evidence {
            article: c.article,
            span: c.span,
            text: c.text.clone(),
            value,
            role,
            claim: None,
        }
    }
}

/// The index of `c` in `claims`, when it is one of them (not a copy): from where it lies in
/// the slice, so that a kind holding references to claims need not carry their indices.
fn index_of(claims: &[Claim], c: &Claim) -> Option<usize> {
    let size = std::mem::size_of::<Claim>();
    let offset = (c as *const Claim as usize).checked_sub(claims.as_ptr() as usize)?;
    let i = offset / size;
    (offset % size == 0 && i < claims.len()).then_some(i)
}

/// One disagreement between claims (in one article or across articles): what factlint
/// reports.
#[derive(Debug, Clone)]
pub struct Conflict {
    /// Which check found it (its registry entry in [`crate::kinds::KINDS`]).
    pub kind: Kind,
    /// How serious it is: the kind's default, unless the rules' `severities:` or
    /// `factlint.yaml`'s `severity:` set another.
    pub severity: Severity,
    /// What the claims disagree about: the entity, the event's entities and counted noun,
    /// or the article's outlet (shown as the report's heading for the conflict).
    pub subject: String,
    /// One line saying what disagrees with what, in English, with the events it names as
    /// data.
    pub message: Message,
    /// The spans the conflict rests on: the claims that disagree (and, for some kinds, the
    /// claim they are measured against, such as the publication date).
    pub evidence: Vec<Evidence>,
    /// The stories of its evidence (indices into the run's [`crate::stories::Stories`]),
    /// sorted; set once the run's conflicts are known. Usually one: a conflict spans two
    /// stories only when other evidence says they speak of one entity (a spelling).
    pub stories: Vec<usize>,
}

impl Conflict {
    /// Replaces each event the conflict names with `f` of it: those of its evidence's roles,
    /// in evidence order, then those of its message, in order.
    pub fn map_events(&mut self, mut f: impl FnMut(EventId) -> EventId) {
        for e in &mut self.evidence {
            if let Some(event) = e.role.event_mut() {
                *event = f(*event);
            }
        }
        self.message.map_events(f);
    }

    /// A stable id for baselines and reviews: a hash of what disagrees, not of who says
    /// it, so a conflict that gains a witness (one more article writing a form or a value
    /// already in it) keeps its fingerprint, and one that gains a new disagreeing value
    /// gets a new one. Lines and columns are never part of it, so it survives edits that
    /// move text around. It hashes the kind's id, then what its registry entry's
    /// [`Identity`] names (the subject, the counted noun, the article), then the distinct
    /// values of the evidence that is no witness, lower-cased with spaces collapsed, sorted.
    pub fn fingerprint(&self, articles: &[Article]) -> String {
        let norm = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let identity = self.kind.info().identity;
        let witness = |e: &&Evidence| identity == Identity::OneArticle && e.role.is_witness();
        let told = || self.evidence.iter().filter(|e| !witness(e));
        let mut values: Vec<String> = told().map(|e| norm(&e.value)).collect();
        values.sort();
        values.dedup();
        let mut parts = vec![self.kind.id().to_string()];
        match identity {
            Identity::Values => {}
            Identity::Subject => parts.push(norm(&self.subject)),
            Identity::Noun => {
                let noun = self.subject.split(" (").next().unwrap_or_default();
                parts.push(norm(noun));
            }
            Identity::OneArticle => {
                parts.push(norm(&self.subject));
                let mut ids: Vec<&str> = told().map(|e| articles[e.article].id.as_str()).collect();
                ids.sort();
                ids.dedup();
                parts.extend(ids.into_iter().map(str::to_string));
            }
        }
        parts.extend(values);
        let mut h = Sha256::new();
        for part in parts {
            h.update(part.as_bytes());
            h.update([0u8]);
        }
        h.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    /// Evidence quoting a claim by reference finds its index in the run's list, and none
    /// for a copy.
    #[test]
    fn evidence_knows_its_claim() {
        let rules = Rules::builtin().unwrap();
        let article = Article::new(
            "a.txt",
            "Judul\n\nRina Putri dari Universitas Temple dan Budi Santoso berkata Kamis, 5 \
             Maret 2024.\n"
                .to_string(),
            &rules,
        )
        .unwrap();
        let claims = crate::extract::extract(&article, 0, &rules);
        assert!(claims.len() >= 2);
        for (i, c) in claims.iter().enumerate() {
            let e = Evidence::of_claim_ref(&claims, c, String::new(), Role::ReportedAsPast);
            assert_eq!(e.claim, Some(i));
            assert_eq!(
                (e.article, e.span.start, &e.text),
                (0, c.span.start, &c.text)
            );
            let by_index = Evidence::of_claim(&claims, i, String::new(), Role::PublicationDate);
            assert_eq!(by_index.claim, Some(i));
        }
        let copy = claims[1].clone();
        let e = Evidence::of_claim_ref(&claims, &copy, String::new(), Role::ReportedAsPast);
        assert_eq!(e.claim, None);
        assert_eq!(index_of(&claims[1..], &claims[0]), None);
    }

    /// A weekday slip stands in one article: the right date quoted from another article is
    /// a witness, so one more witness (from a third article) keeps the fingerprint. In a
    /// date conflict the same span is a date in dispute and changes it.
    #[test]
    fn a_witness_is_left_out_of_a_one_article_fingerprint_only() {
        use chrono::Weekday;
        let rules = Rules::builtin().unwrap();
        let articles: Vec<Article> = ["a.txt", "b.txt", "c.txt"]
            .iter()
            .map(|id| Article::new(*id, "Judul\n\nQzar.\n".to_string(), &rules).unwrap())
            .collect();
        let span = Span {
            start: 0,
            end: 1,
            line: 1,
            column: 1,
        };
        let ev = |article: usize, value: &str, role: Role| Evidence {
            article,
            span,
            text: value.to_string(),
            value: value.to_string(),
            role,
            claim: None,
        };
        let slipped = || ev(0, "2025-06-07", Role::WrittenAs(Weekday::Sun));
        let witness = |article| ev(article, "2025-06-08", Role::FittingDate(Weekday::Sun));
        let conflict = |kind, evidence| Conflict {
            kind,
            severity: Severity::Warning,
            subject: "Minggu (7/6/2025)".to_string(),
            message: Message::new("x"),
            evidence,
            stories: vec![0],
        };
        let print = |kind, evidence| conflict(kind, evidence).fingerprint(&articles);
        let alone = print(Kind::Weekday, vec![slipped()]);
        let one = print(Kind::Weekday, vec![slipped(), witness(1)]);
        let two = print(Kind::Weekday, vec![slipped(), witness(1), witness(2)]);
        assert_eq!((&one, &two), (&alone, &alone));
        let date_alone = print(Kind::Date, vec![slipped()]);
        let date_one = print(Kind::Date, vec![slipped(), witness(1)]);
        assert_ne!(date_one, date_alone);
        // The article a one-article conflict stands in is part of its identity.
        let elsewhere = ev(2, "2025-06-07", Role::WrittenAs(Weekday::Sun));
        assert_ne!(print(Kind::Weekday, vec![elsewhere]), alone);
    }
}

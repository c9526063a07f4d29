//! Claim extraction: pure functions from an article and the rules to its claims.

pub mod context;
pub mod dates;

use crate::article::Article;
use crate::claim::{Attribute, Claim, Context, DateDetail, Resolution, Role, WeekdayMention};
use crate::rules::Rules;
use crate::text::tokenize;

/// All claims of one article (`index` is its place in the run's article list), in text order.
pub fn extract(article: &Article, index: usize, rules: &Rules) -> Vec<Claim> {
    let base = article.body_start;
    let body = article.body();
    let tokens = tokenize(body);
    let sentences = context::Sentences::new(&tokens, rules);
    let words = rules.settings.context_words;
    let mut claims = Vec::new();
    for f in dates::find_dates(&tokens, rules) {
        let sentence = sentences.around(f.first, f.last);
        let clause = context::clause(&tokens, rules, sentence, f.first, f.last);
        let future = context::has_future_marker(&tokens, rules, clause, f.first, f.last);
        let (ca, cb) = context::window(&tokens, sentence, f.first, f.last, words);
        let (start, end) = (base + tokens[f.first].start, base + tokens[f.last - 1].end);
        let span = article.span(start, end);
        // The dateline, and anything else on its line ("..., diperbarui 10 Juli 2025").
        let role = if article.dateline.is_some_and(|d| d.line == span.line) {
            Role::Dateline
        } else {
            Role::Body
        };
        let anchor = article.published;
        let resolved = dates::resolve(&f.raw, anchor, future);
        let weekday = f.weekday.map(|(weekday, a, b)| WeekdayMention {
            weekday,
            span: article.span(base + tokens[a].start, base + tokens[b - 1].end),
        });
        let (cs, ce) = (base + tokens[ca].start, base + tokens[cb - 1].end);
        claims.push(Claim {
            article: index,
            subject: None,
            attribute: Attribute::Date,
            time_scope: resolved.value.map(|v| (v.start(), v.end())),
            value: resolved.value,
            span,
            text: article.text[start..end].to_string(),
            context: Context {
                span: article.span(cs, ce),
                text: article.text[cs..ce].to_string(),
                future,
            },
            date: DateDetail {
                form: f.form,
                explicit: matches!(f.raw, dates::Raw::Abs(_)),
                weekday,
                resolution: resolved.rule.map(|rule| Resolution { anchor, rule }),
                role,
            },
        });
    }
    claims
}

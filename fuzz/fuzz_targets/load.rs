//! Arbitrary bytes as one or two article files, through the whole pipeline: the checks
//! of `load::text_from_bytes`, `Article::new` (front matter, header), extraction,
//! reconciliation, and the text and JSON reports.
//!
//! A 0xFF byte (never part of UTF-8) splits the input into two articles, so the
//! reconcile stage sees pairs; without one the input is a single article.
#![no_main]

use factlint::article::Article;
use factlint::report::{self, Format, Report, Style};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

#[path = "shared.rs"]
mod shared;
use shared::rules;

fuzz_target!(|data: &[u8]| {
    let rules = rules();
    let parts: Vec<&[u8]> = match data.iter().position(|&b| b == 0xFF) {
        Some(at) => vec![&data[..at], &data[at + 1..]],
        None => vec![data],
    };
    let mut articles = Vec::new();
    for (i, bytes) in parts.into_iter().enumerate() {
        let id = format!("fuzz/{i}.txt");
        let Ok(text) = factlint::load::text_from_bytes(Path::new(&id), bytes.to_vec()) else {
            continue;
        };
        if let Ok(article) = Article::new(id, text, rules) {
            articles.push(article);
        }
    }
    if articles.is_empty() {
        return;
    }
    let run = factlint::check_articles(articles, rules, &|_, _| {});
    let report = Report::new(&run.articles, &run.claims, &run.conflicts);
    let _ = report::render(Format::Text, &report, Style::default());
    let _ = report::render(Format::Json, &report, Style::default());
});

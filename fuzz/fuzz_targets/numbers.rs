//! Arbitrary text (lossy UTF-8) through the count extractor, as each language and none.
#![no_main]

use factlint::extract::context::Sentences;
use factlint::extract::numbers::find_counts;
use factlint::text::tokenize;
use libfuzzer_sys::fuzz_target;

#[path = "shared.rs"]
mod shared;
use shared::rules;

fuzz_target!(|data: &[u8]| {
    let rules = rules();
    let text = String::from_utf8_lossy(data);
    let tokens = tokenize(&text);
    let sentences = Sentences::new(&tokens, rules);
    let starts: Vec<bool> = (0..tokens.len()).map(|k| sentences.starts_at(k)).collect();
    let taken = vec![false; tokens.len()];
    for lang in std::iter::once(None).chain(rules.languages.values().map(Some)) {
        for c in find_counts(&tokens, &taken, &starts, rules, lang) {
            assert!(c.first <= c.last && c.last <= tokens.len());
        }
    }
});

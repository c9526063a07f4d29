//! Arbitrary text (lossy UTF-8) through the entity extractor.
#![no_main]

use factlint::extract::names::find_entities;
use factlint::text::tokenize;
use libfuzzer_sys::fuzz_target;

#[path = "shared.rs"]
mod shared;
use shared::rules;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let tokens = tokenize(&text);
    let found = find_entities(&tokens, &text, rules());
    for m in &found.mentions {
        assert!(m.first <= m.last && m.last <= tokens.len());
    }
});

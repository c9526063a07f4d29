//! Arbitrary text (lossy UTF-8) through the entity extractor.
#![no_main]

use std::sync::OnceLock;

use factlint::extract::names::find_entities;
use factlint::rules::Rules;
use factlint::text::tokenize;
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| Rules::builtin().expect("built-in rules"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let tokens = tokenize(&text);
    let found = find_entities(&tokens, &text, rules());
    for m in &found.mentions {
        assert!(m.first <= m.last && m.last <= tokens.len());
    }
});

//! Arbitrary text (lossy UTF-8) through the date extractor, and every date found
//! resolved against a publication date, with and without one.
#![no_main]

use chrono::NaiveDate;
use factlint::extract::dates::{find_dates, resolve};
use factlint::rules::NumericDates;
use factlint::text::tokenize;
use libfuzzer_sys::fuzz_target;

#[path = "shared.rs"]
mod shared;
use shared::rules;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let tokens = tokenize(&text);
    let anchor = NaiveDate::from_ymd_opt(2025, 3, 15);
    let orders = [NumericDates::Dmy, NumericDates::Mdy, NumericDates::Either];
    for found in orders
        .into_iter()
        .flat_map(|order| find_dates(&tokens, rules(), order))
    {
        assert!(found.first <= found.last && found.last <= tokens.len());
        for future in [false, true] {
            let _ = resolve(&found.raw, anchor, future);
            let _ = resolve(&found.raw, None, future);
        }
    }
});

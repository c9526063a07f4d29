//! What the fuzz targets share (each includes this file with `#[path]`, as each target
//! is its own binary).

use std::sync::OnceLock;

use factlint::rules::Rules;

/// The built-in rules, loaded once per fuzzing process.
pub fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| Rules::builtin().expect("built-in rules"))
}

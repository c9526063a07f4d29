//! The default rule files, embedded so the binary runs from anywhere.
//! A test (`tests/rules.rs`) fails when a file under `rules/` is missing from this list.

/// (path inside `rules/`, contents), in the order they are merged.
pub const FILES: &[(&str, &str)] = &[
    ("settings.yaml", include_str!("../../rules/settings.yaml")),
    ("id/dates.yaml", include_str!("../../rules/id/dates.yaml")),
    ("en/dates.yaml", include_str!("../../rules/en/dates.yaml")),
    (
        "id/entities.yaml",
        include_str!("../../rules/id/entities.yaml"),
    ),
    (
        "en/entities.yaml",
        include_str!("../../rules/en/entities.yaml"),
    ),
    (
        "id/numbers.yaml",
        include_str!("../../rules/id/numbers.yaml"),
    ),
    (
        "en/numbers.yaml",
        include_str!("../../rules/en/numbers.yaml"),
    ),
    ("id/events.yaml", include_str!("../../rules/id/events.yaml")),
    ("en/events.yaml", include_str!("../../rules/en/events.yaml")),
    ("aliases.yaml", include_str!("../../rules/aliases.yaml")),
];

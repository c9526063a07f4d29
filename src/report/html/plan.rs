//! Where each conflict is shown: the report's conflicts grouped by story, one section per
//! story with a conflict (a conflict in two stories is shown in its first), conflicts of
//! no story in a last section. On the single page the sections follow each other; with
//! `--html-dir` above the `html-pages-above` threshold each is a page of its own
//! (`story-N.html`, `other.html`) and links between them name the page.

use std::collections::BTreeMap;

use super::Report;
use crate::kinds::Severity;

/// One story's conflicts.
pub(super) struct Section {
    /// Its story (an index in `Stories::list`); `None` for conflicts of no story.
    pub story: Option<usize>,
    /// Its conflicts (indices in `Report::conflicts`), in report order.
    pub conflicts: Vec<usize>,
    /// `story-N`, or `other`: the section's id on the single page and its page's name.
    pub id: String,
}

impl Section {
    /// The file of its page: `story-N.html`.
    pub fn file(&self) -> String {
        format!("{}.html", self.id)
    }
}

/// The sections of a report and where each conflict is.
pub(super) struct Plan {
    /// Stories with an error first, then those with a warning, then the rest; in story
    /// order within each; conflicts of no story last.
    pub sections: Vec<Section>,
    /// Per conflict, its section.
    home: Vec<usize>,
    /// Per story with a section, that section.
    of_story: BTreeMap<usize, usize>,
    /// Whether each section is a page of its own.
    pub split: bool,
}

impl Plan {
    pub fn new(report: &Report, split: bool) -> Plan {
        let mut by_story: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
        for (i, c) in report.conflicts.iter().enumerate() {
            let story = report
                .stories
                .and_then(|s| c.stories.first().filter(|&&k| k < s.list.len()))
                .copied();
            by_story.entry(story).or_default().push(i);
        }
        let mut sections: Vec<Section> = by_story
            .into_iter()
            .map(|(story, conflicts)| Section {
                id: match (story, report.stories) {
                    (Some(k), Some(stories)) => stories.list[k].id.clone(),
                    _ => "other".to_string(),
                },
                story,
                conflicts,
            })
            .collect();
        let worst = |s: &Section| -> Option<Severity> {
            s.conflicts
                .iter()
                .map(|&i| report.conflicts[i].severity)
                .max()
        };
        // `None` (no story) sorts first in the map; the sort moves it last.
        sections.sort_by_key(|s| (s.story.is_none(), std::cmp::Reverse(worst(s)), s.story));
        let mut home = vec![0; report.conflicts.len()];
        let mut of_story = BTreeMap::new();
        for (n, s) in sections.iter().enumerate() {
            for &i in &s.conflicts {
                home[i] = n;
            }
            if let Some(k) = s.story {
                of_story.insert(k, n);
            }
        }
        Plan {
            sections,
            home,
            of_story,
            split,
        }
    }

    /// The section of story `k`, when it has conflicts of its own.
    pub fn section_of_story(&self, k: usize) -> Option<usize> {
        self.of_story.get(&k).copied()
    }

    /// A link to conflict `i` from section `from` (`None`: the index page).
    pub fn conflict_href(&self, i: usize, from: Option<usize>) -> String {
        self.href(self.home[i], from, &conflict_id(i))
    }

    /// A link to `anchor` in section `to` from section `from`: the anchor alone on the same
    /// page, else `story-N.html#anchor`.
    pub fn href(&self, to: usize, from: Option<usize>, anchor: &str) -> String {
        if !self.split || from == Some(to) {
            format!("#{anchor}")
        } else {
            format!("{}#{anchor}", self.sections[to].file())
        }
    }
}

/// The id of conflict `i`'s element: `conflict-N`, numbered in report order on every page.
pub(super) fn conflict_id(i: usize) -> String {
    format!("conflict-{}", i + 1)
}

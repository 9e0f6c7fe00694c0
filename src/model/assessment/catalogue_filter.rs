//! Browsing the catalogue of Bijlage 8: by words, age, parent group and characteristics.

use std::collections::BTreeSet;

use super::plain_text;
use crate::content::{CATALOGUE, CatalogueEntry};
use crate::model::fold_for_search;

/// What the user asked the catalogue to show. Empty fields filter nothing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CatalogueFilter {
    /// A child's age in years that the entry's range must contain.
    pub age: Option<u8>,
    /// A parent group number 1–3 the entry must be promising for.
    pub group: Option<u8>,
    /// Markers "a"–"g" the entry must all have.
    pub characteristics: BTreeSet<String>,
    /// Words to find anywhere in the entry, ignoring case and diacritics.
    pub text: String,
}

impl CatalogueFilter {
    /// Nothing is filtered: the whole catalogue shows.
    pub fn is_empty(&self) -> bool {
        self.age.is_none()
            && self.group.is_none()
            && self.characteristics.is_empty()
            && self.text.trim().is_empty()
    }

    /// The catalogue entries that match, in the guide's order.
    pub fn apply(&self) -> Vec<&'static CatalogueEntry> {
        let query = fold_for_search(self.text.trim());
        CATALOGUE
            .iter()
            .filter(|entry| self.matches(entry, &query))
            .collect()
    }

    fn matches(&self, entry: &CatalogueEntry, folded_query: &str) -> bool {
        self.age
            .is_none_or(|age| (entry.age_from..=entry.age_to).contains(&age))
            && self
                .group
                .is_none_or(|group| entry.parent_groups.contains(&group))
            && self
                .characteristics
                .iter()
                .all(|marker| entry.characteristics.iter().any(|m| m.marker == marker))
            && (folded_query.is_empty()
                || fold_for_search(&searchable_text(entry)).contains(folded_query))
    }
}

/// Every column of an entry a user might search, one per line.
fn searchable_text(entry: &CatalogueEntry) -> String {
    [
        entry.name.to_string(),
        entry.target_group.to_string(),
        plain_text(entry.goal),
        plain_text(entry.description),
        plain_text(entry.transfer),
        entry.carried_out_by.to_string(),
        plain_text(entry.notes),
        entry
            .group_conditions
            .iter()
            .map(|(_, condition)| *condition)
            .collect::<Vec<_>>()
            .join("\n"),
    ]
    .join("\n")
}

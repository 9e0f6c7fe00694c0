//! The user's workspace: what the library records while carrying out the guide.
//!
//! Plain data with no signals and no browser access, so `cargo test` covers every rule.
//! Times are passed in by the caller as ISO 8601 strings.

mod assessment;
mod conversation;
mod dates;
mod filter;
mod institution;
mod overview;
mod progress;
mod records;
mod sorted;
mod table;
mod work;
mod workspace;

pub use assessment::*;
pub use conversation::{
    Activity, Answer, Conversation, ConversationKind, ConversationStatus, GuideSection, Parties,
    Prepared, activities_from_agreements, activity_from_example, example_evaluation,
    guide_sections, planning_table, question_ids, question_text,
};
pub use dates::{day_number, days_between, format_date, format_month, validate_date};
pub use filter::{InstitutionFilter, SortOrder, fold_for_search, lower, lowercase};
pub use institution::{
    Contact, ContactRole, Evaluation, INSTITUTION_STEP_IDS, Institution, InstitutionKind, Phase,
    Programme, Selection, SelectionDecision, StartOutcome,
};
pub use overview::{Attention, InProgressStep, QUIET_AFTER_DAYS, attention};
pub use progress::{
    StepField, StepProgress, StepRecords, StepStatus, StepSummary, apply_to, progress_of,
};
pub use records::{
    BOOKKEEPING, Deletion, EachKind, FieldStamp, Kind, Record, Stamps, Timed, each_kind, fields_of,
};
pub use sorted::{SortedMap, SortedSet};
pub use table::Table;
pub use work::{Across, LibraryStep, StepState, Why, Work};
pub use workspace::{EXPORT_REMINDER_DAYS, Library, Workspace};

/// Why a value typed by the user was not accepted, in Dutch, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidInput(pub String);

/// What records are sorted by: a number, then a text.
pub type SortKey = (i64, String);

/// `items` ordered by `key`, ties kept in their original order.
///
/// Every distinct `sort_by_key` instantiates a whole sort routine in the wasm (several KB
/// each); all sorting goes through this one sort of `(key, index)` pairs instead.
pub fn sorted<T>(items: Vec<T>, key: impl Fn(&T) -> SortKey) -> Vec<T> {
    let mut keyed: Vec<(SortKey, usize)> = items.iter().map(key).zip(0..).collect();
    sort_keys(&mut keyed);
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    keyed
        .into_iter()
        .filter_map(|(_, index)| slots[index].take())
        .collect()
}

#[inline(never)]
fn sort_keys(keyed: &mut [(SortKey, usize)]) {
    keyed.sort_unstable();
}

#[cfg(test)]
mod sort_tests {
    use super::sorted;

    #[test]
    fn sorting_is_by_number_then_text_and_keeps_ties_in_order() {
        let items = vec![("b", 2), ("a", 2), ("c", 1), ("a", 2), ("d", 1)];
        let by_number = sorted(items.clone(), |(_, n)| (*n, String::new()));
        assert_eq!(
            by_number,
            [("c", 1), ("d", 1), ("b", 2), ("a", 2), ("a", 2)]
        );
        let by_both = sorted(items, |(t, n)| (*n, t.to_string()));
        assert_eq!(by_both, [("c", 1), ("d", 1), ("a", 2), ("a", 2), ("b", 2)]);
    }
}

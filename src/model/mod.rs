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
mod table;
mod text;
mod work;
mod workspace;

pub use assessment::*;
pub use conversation::{
    Activity, Answer, Conversation, ConversationKind, ConversationStatus, GuideSection, Parties,
    Prepared, activities_from_agreements, activity_from_example, example_evaluation,
    guide_sections, planning_table, question_ids, question_text,
};
pub use dates::{
    date_text, days_between, format_date, format_month, month_name, parse_date, parse_month,
    validate_date,
};
pub use filter::{InstitutionFilter, SortOrder};
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
pub use table::Table;
pub use text::{Collation, FoldedOrder, fold_for_search};
pub use work::{Across, LibraryStep, StepState, Why, Work};
pub use workspace::{EXPORT_REMINDER_DAYS, Library, Workspace};

/// Why a value typed by the user was not accepted, in Dutch, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidInput(pub String);

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
mod workspace;

pub use assessment::*;
pub use conversation::{
    Activity, Answer, Conversation, ConversationKind, ConversationStatus, GuideSection, Parties,
    Prepared, activities_from_agreements, activity_from_example, guide_sections, planning_csv,
    question_ids,
};
pub use dates::{day_number, days_between, format_date, validate_date};
pub use filter::{InstitutionFilter, SortOrder, fold_for_search};
pub use institution::{
    Contact, ContactRole, Evaluation, INSTITUTION_STEP_IDS, Institution, InstitutionKind, Phase,
    Programme, Selection, SelectionDecision, StartOutcome,
};
pub use overview::{Attention, InProgressStep, QUIET_AFTER_DAYS, attention};
pub use progress::{
    StepField, StepProgress, StepRecords, StepStatus, StepSummary, apply_to, progress_of,
};
pub use workspace::{Library, Workspace};

/// Why a value typed by the user was not accepted, in Dutch, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidInput(pub String);

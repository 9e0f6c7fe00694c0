//! The user's workspace: what the library records while carrying out the guide.
//!
//! Plain data with no signals and no browser access, so `cargo test` covers every rule.
//! Times are passed in by the caller as ISO 8601 strings.

mod activity;
mod assessment;
mod calendar;
mod conversation;
mod dates;
mod evaluation;
mod filter;
mod guide;
mod hyphenation;
mod ical;
mod institution;
mod join;
mod moment;
mod overview;
mod person;
mod progress;
mod records;
mod rollover;
mod school_report;
mod school_year;
mod session;
mod table;
mod team;
mod text;
mod word;
mod work;
mod workspace;
mod year_overview;

pub use activity::{
    Activity, ActivityField, ActivityStoreFields, activities_from_agreements,
    activity_from_example, example_evaluation, in_month_order, month_ends, neighbour_in_month,
    planning_table,
};
pub use assessment::*;
pub use calendar::{CalendarItem, Place, When, year_calendar};
pub use conversation::{
    Answer, Conversation, ConversationField, ConversationKind, ConversationStatus,
    ConversationStoreFields, Counterpart, Decision, Funding, Parties, PartiesStoreFields, Prepared,
};
pub use dates::{
    date_text, days_between, format_date, format_month, month_abbreviation, month_name, parse_date,
    parse_month, validate_date,
};
pub use evaluation::{
    ActivityResult, Evaluation, EvaluationKind, EvaluationStoreFields, Outcome, latest_result,
    outcome_of,
};
pub use filter::{InstitutionFilter, SortOrder};
pub use guide::{GuideSection, guide_sections, question_ids, question_text};
pub use hyphenation::hyphenated;
pub use ical::calendar_file;
pub use institution::{
    Contact, ContactRole, ContactStoreFields, INSTITUTION_STEP_IDS, Institution, InstitutionField,
    InstitutionKind, InstitutionStoreFields, Phase, Programme, Selection, SelectionDecision,
    SelectionStoreFields, StartOutcome,
};
pub use moment::{Moment, MomentField, MomentStoreFields};
pub use overview::{Attention, InProgressStep, QUIET_AFTER_DAYS, Records, attention};
pub use person::{
    CompetenceMark, Person, PersonField, PersonRole, PersonStoreFields, UNNAMED_PERSON, name_key,
    person_id_for, same_name,
};
pub use progress::{
    StepField, StepProgress, StepRecords, StepStatus, StepSummary, apply_to, progress_of,
};
pub use records::{
    BOOKKEEPING, Deletion, EachKind, FREE_TEXTS, FieldName, FieldStamp, Kind, Record, Stamps,
    Timed, each_kind, edit, edited, fields_of, from_fields,
};
pub use rollover::{NewYearStarted, may_start_after, tell_evaluation_kinds};
pub use school_report::{ReportStep, SchoolReport, evaluation_heading};
pub use school_year::SchoolYear;
pub use session::{Session, SessionField, SessionKind, SessionStoreFields};
pub use table::Table;
pub use team::{PersonRemoved, profile_verdict, same_institution};
pub use text::{Collation, FoldedOrder, dutch_list, fold_for_search, ranks_by};
pub use word::{DOCX_MIME, planning_document, school_report_document};
pub use work::{
    AcrossInstitutions, InstitutionWork, LibraryStep, StatusReason, StepState, Work, WorkIndex,
    WorkStates, library_conversation_work, library_step_state, library_step_state_by, work_states,
};
pub use workspace::{
    Belongings, ComingActivities, EXPORT_REMINDER_DAYS, Library, LibraryStoreFields, Workspace,
    WorkspaceStoreFields,
};
pub use year_overview::{
    Among, MonthFigures, YearOverview, institutions_table, places, year_overview,
};

/// StatusReason a value typed by the user was not accepted, in Dutch, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidInput(pub String);

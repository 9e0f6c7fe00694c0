//! One file per route.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::routes::query_value;

mod assessment;
mod conversation;
mod data;
mod institution;
mod institutions;
mod not_found;
mod overview;
mod planning_print;
mod reference;
mod report;
mod school_report;
mod step;
mod steps;
mod year_overview;
mod year_plan;

pub use assessment::{AssessmentFormPage, AssessmentsPage, CatalogueEntryPage, ComparePage};
pub use conversation::ConversationPage;
pub use data::{DataPage, accept_dropped_files};
pub use institution::InstitutionPage;
pub use institutions::InstitutionsPage;
pub use not_found::NotFoundPage;
pub use overview::OverviewPage;
pub use planning_print::PlanningPrintPage;
pub use reference::{ReferenceDocPage, ReferenceIndexPage};
pub use report::ConversationReportPage;
pub use school_report::SchoolReportPage;
pub use step::StepPage;
pub use steps::StepsPage;
pub use year_overview::YearOverviewPage;
pub use year_plan::YearPlanPage;

/// The value of `key` in the page's query string (a record's `id`, an institution's `stap`),
/// decoded once. Read reactively: a page stays while only its query changes.
///
/// Read from the raw query rather than leptos_router's `use_query_map`, which decodes a
/// value twice (so that an id holding "%41" would read as "A"; leptos-rs/leptos#4731).
pub fn use_query_value(key: &'static str) -> Memo<Option<String>> {
    let location = use_location();
    Memo::new(move |_| location.search.with(|search| query_value(search, key)))
}

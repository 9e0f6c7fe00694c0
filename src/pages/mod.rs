//! One file per route.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::browser::clock::today;
use crate::model::{SchoolYear, parse_date};
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

/// The school year a page shows: the one `?jaar=` names, else today's.
#[derive(Clone, Copy)]
pub struct ChosenYear {
    pub year: Memo<Option<SchoolYear>>,
    /// The Dutch message when `?jaar=` names no school year (today's is shown instead).
    pub refused: Memo<Option<String>>,
}

pub fn use_school_year() -> ChosenYear {
    let asked = use_query_value("jaar");
    let parsed = Memo::new(move |_| asked.get().map(|text| SchoolYear::parse(&text)));
    let this_year = parse_date(&today()).map(SchoolYear::of);
    ChosenYear {
        year: Memo::new(move |_| match parsed.get() {
            Some(Ok(year)) => Some(year),
            _ => this_year,
        }),
        refused: Memo::new(move |_| match parsed.get() {
            Some(Err(refused)) => Some(format!(
                "{} Hieronder staat het huidige schooljaar.",
                refused.0
            )),
            _ => None,
        }),
    }
}

/// Says so when the address names no school year.
#[component]
pub fn YearRefused(chosen: ChosenYear) -> impl IntoView {
    move || {
        chosen.refused.get().map(|refused| {
            view! { <p class="import-refused no-print" role="alert">{refused}</p> }
        })
    }
}

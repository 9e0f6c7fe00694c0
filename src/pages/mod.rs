//! One file per route.

mod accessibility;
mod assessment;
mod conversation;
mod data;
mod fixed_moments;
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
mod team;
mod year_overview;
mod year_plan;

pub use accessibility::AccessibilityPage;
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
pub use team::{PersonPage, TeamPage};
pub use year_overview::YearOverviewPage;
pub use year_plan::YearPlanPage;

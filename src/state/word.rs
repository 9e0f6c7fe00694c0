//! An institution's Word documents, made from the store when a button asks for one.

use leptos::prelude::*;

use super::AppState;
use crate::browser::clock::today;
use crate::model::{SchoolReport, SchoolYear, planning_document, school_report_document};
use crate::storage::document::file_name;

/// Why a document of an institution cannot be made.
const GONE: &str = "Deze instelling bestaat niet (meer).";

impl AppState {
    /// One institution's planning form as a Word document: the name of its `.docx` file
    /// (that of the `.csv` file, but for the extension) and its bytes; or why not, in Dutch.
    pub fn planning_document(
        &self,
        id: &str,
        year: SchoolYear,
    ) -> Result<(String, Vec<u8>), String> {
        let made = today();
        self.workspace.with_untracked(|w| {
            let institution = w.institution(id).ok_or(GONE)?;
            let rows = w.plan_of(id, year);
            let bytes = planning_document(institution, year, &rows, w.display_name(), &made)?;
            let what = format!("planningsformulier-{}", year.label());
            let name = file_name(&what, &institution.name, &made, "docx");
            Ok((name, bytes))
        })
    }

    /// One institution's Schoolrapportage for `year` as a Word document: the name of its
    /// `.docx` file and its bytes; or why not, in Dutch.
    pub fn school_report_document(
        &self,
        id: &str,
        year: SchoolYear,
    ) -> Result<(String, Vec<u8>), String> {
        let made = today();
        self.workspace.with_untracked(|w| {
            let report = SchoolReport::of(w, id, year).ok_or(GONE)?;
            let bytes = school_report_document(&report, w.display_name(), &made)?;
            let whose = format!("{} {}", year.label(), report.institution.name);
            Ok((file_name("schoolrapportage", &whose, &made, "docx"), bytes))
        })
    }
}

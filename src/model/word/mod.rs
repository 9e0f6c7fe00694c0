//! Word documents (`.docx`) that a school opens, edits and pastes into its (voor)leesplan:
//! the planning form and the Schoolrapportage. Written with `docx-rs`: real headings in
//! Word's own heading styles, real tables, the library's name in the page header, A4.

mod page;
mod planning;
// The tests read the documents back with native-only crates (zip, quick-xml).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod read;
mod school_report;
mod table;
mod text;

pub use planning::planning_document;
pub use school_report::school_report_document;

/// The media type of a `.docx` file.
pub const DOCX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

//! Reusable view pieces.

mod banners;
mod confirm;
mod conversation_list;
mod fields;
mod guide_text;
mod header;
mod library_form;
mod progress_form;
mod status;

pub use banners::{DownloadCopyButton, StorageBanners};
pub use confirm::ConfirmButton;
pub use conversation_list::ConversationList;
pub use fields::{OnValue, SelectField, TextArea, TextField};
pub use guide_text::GuideText;
pub use header::AppHeader;
pub use library_form::LibraryForm;
pub use progress_form::ProgressForm;
pub use status::StatusBadge;

/// Sets the browser tab's title for the current page.
pub fn set_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{page} · Ouderpartnerschap"));
    }
}

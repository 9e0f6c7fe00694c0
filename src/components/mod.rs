//! Reusable view pieces.

mod address;
mod banners;
mod confirm;
mod conversation_list;
mod export;
mod fields;
mod guide_text;
mod header;
mod library_form;
mod print_button;
mod privacy_note;
mod progress_form;
mod records_loaded;
mod school_year_card;
mod sealed_export;
mod show_all;
mod status;
mod word_button;

pub use address::{ChosenYear, YearRefused, use_query_value, use_school_year};
pub use banners::StorageBanners;
pub use confirm::ConfirmButton;
pub use conversation_list::ConversationList;
pub use export::{ExportButtons, ExportReminder, LastExport};
pub use fields::{OnValue, SelectField, TextArea, TextField};
pub use guide_text::GuideText;
pub use header::AppHeader;
pub use library_form::LibraryForm;
pub use print_button::PrintButton;
pub use privacy_note::PrivacyNote;
pub use progress_form::ProgressForm;
pub use records_loaded::RecordsLoaded;
pub use school_year_card::SchoolYearCard;
pub use sealed_export::PasswordExport;
pub use show_all::{ShowAllButton, count_to_show};
pub use status::{AcrossLine, StatusBadge};
pub use word_button::WordButton;

//! Reusable view pieces.

mod banners;
mod confirm;
mod conversation_list;
mod export;
mod fields;
mod guide_text;
mod header;
mod keyed_rows;
mod library_form;
mod progress_form;
mod show_all;
mod status;

pub use banners::StorageBanners;
pub use confirm::ConfirmButton;
pub use conversation_list::ConversationList;
pub use export::{ExportButtons, ExportReminder, LastExport};
pub use fields::{OnValue, SelectField, TextArea, TextField};
pub use guide_text::GuideText;
pub use header::AppHeader;
pub use keyed_rows::KeyedRows;
pub use library_form::LibraryForm;
pub use progress_form::{ProgressForm, WorkState};
pub use show_all::{show_all_button, shown};
pub use status::{AcrossLine, StatusBadge};

/// Sets the browser tab's title for the current page.
pub fn set_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{page} · Ouderpartnerschap"));
    }
}

/// A reactive part of a view, boxed.
///
/// Leptos compiles its rendering code once per closure type; as one boxed type per output
/// type, every `{dynamic(move || …)}` of the app shares that code, which keeps the wasm tens
/// of kilobytes smaller than plain closure children.
pub type Live<T> = Box<dyn Fn() -> T + Send + Sync>;

pub fn live<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Live<T> {
    Box::new(f)
}

/// A reactive child of a view. Its output is erased to `AnyView`, so that every such
/// child shares one copy of Leptos's code for reactive children.
pub fn dynamic<V: leptos::prelude::IntoView + 'static>(
    f: impl Fn() -> V + Send + Sync + 'static,
) -> Live<leptos::prelude::AnyView> {
    Box::new(move || leptos::prelude::IntoAny::into_any(f()))
}

/// A memo with its closure boxed: Leptos compiles a memo's code once per closure type, and
/// boxed, once per value type instead.
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    f: impl Fn() -> T + Send + Sync + 'static,
) -> leptos::prelude::Memo<T> {
    let f: Live<T> = Box::new(f);
    leptos::prelude::Memo::new(move |_| f())
}

/// A derived signal with its closure boxed, for the same reason as `memo`.
pub fn derived<T: Send + Sync + 'static>(
    f: impl Fn() -> T + Send + Sync + 'static,
) -> leptos::prelude::Signal<T> {
    let f: Live<T> = Box::new(f);
    leptos::prelude::Signal::derive(f)
}

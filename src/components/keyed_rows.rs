use leptos::prelude::*;

/// A list keyed by record id: rows are kept (with their focus) while their ids stay, and
/// added or removed as ids come and go. Every id list uses this one `For`, so the app
/// carries one copy of its code.
#[component]
pub fn KeyedRows(ids: Memo<Vec<String>>, row: Callback<String, AnyView>) -> impl IntoView {
    view! { <For each=move || ids.get() key=|id| id.clone() let:id>{row.run(id)}</For> }
}

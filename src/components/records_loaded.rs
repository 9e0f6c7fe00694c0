//! What shows records waits for them: a large workspace's records are read just after the
//! first page is drawn (`state::AppState::loading`).

use leptos::prelude::*;

use crate::state::use_app_state;

/// Its children once the records are read; until then a line that says they are coming,
/// so that no list or count shows less than there is.
#[component]
pub fn RecordsLoaded(children: ChildrenFn) -> impl IntoView {
    let state = use_app_state();
    view! {
        <Show
            when=move || !state.loading.get()
            fallback=|| view! { <p class="hint records-loading" role="status">"Uw gegevens worden ingelezen…"</p> }
        >
            {children()}
        </Show>
    }
}

//! Long lists on a page meant as a glance (the Overzicht) show their first items and a
//! button for the rest: a region's hundreds of institutions would otherwise make the page
//! metres long and its first rendering slow.

use leptos::prelude::*;

/// How many items such a list shows before the user asks for all of them.
pub const SHOWN_AT_FIRST: usize = 12;

/// How many of `total` items to show now.
pub fn count_to_show(total: usize, all: RwSignal<bool>) -> usize {
    if all.get() {
        total
    } else {
        total.min(SHOWN_AT_FIRST)
    }
}

/// The button that shows all `total` items (`what` names them), while some are hidden.
#[component]
pub fn ShowAllButton(total: usize, all: RwSignal<bool>, what: &'static str) -> impl IntoView {
    view! {
        <Show when=move || { total > count_to_show(total, all) }>
            <button type="button" class="button button--secondary show-all" on:click=move |_| all.set(true)>
                {format!("Toon alle {total} {what}")}
            </button>
        </Show>
    }
}

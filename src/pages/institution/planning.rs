//! Step 11: the institution's planning form (Bijlagen 6 and 7).

use leptos::prelude::*;

use super::Current;

#[component]
pub fn PlanningPanel(id: String, current: Current) -> impl IntoView {
    let _ = (id, current);
    view! { <p class="hint">"Het planningsformulier volgt."</p> }
}

//! An institution's planning form laid out as the table for its (voor)leesplan, to print.

use leptos::prelude::*;

#[component]
pub fn PlanningPrintPage(id: String) -> impl IntoView {
    let _ = id;
    view! { <article class="page"><h1>"Planningsformulier"</h1></article> }
}

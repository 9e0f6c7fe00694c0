//! A held conversation read back as a tidy report, to print on A4.

use leptos::prelude::*;

#[component]
pub fn ConversationReportPage(id: String) -> impl IntoView {
    let _ = id;
    view! { <article class="page"><h1>"Gespreksverslag"</h1></article> }
}

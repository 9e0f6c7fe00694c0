//! Holding a conversation with the guide's questions: notes per question, saved as typed.

use leptos::prelude::*;

#[component]
pub fn ConversationPage(id: String) -> impl IntoView {
    let _ = id;
    view! { <article class="page"><h1>"Gesprek"</h1></article> }
}

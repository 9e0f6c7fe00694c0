use leptos::prelude::*;

use crate::components::set_title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_title("Pagina niet gevonden");
    view! {
        <article class="page">
            <h1>"Pagina niet gevonden"</h1>
            <p>"Deze pagina bestaat niet (meer). Kies een onderdeel in het menu hierboven."</p>
            <p>
                <a href="/">"Naar het overzicht"</a>
            </p>
        </article>
    }
}

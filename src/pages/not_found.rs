use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Title text="Pagina niet gevonden"/>
        <article class="page">
            <h1>"Pagina niet gevonden"</h1>
            <p>"Deze pagina bestaat niet (meer). Kies een onderdeel in het menu hierboven."</p>
            <p class="link-line">
                <a href="/">"Naar het overzicht"</a>
            </p>
        </article>
    }
}

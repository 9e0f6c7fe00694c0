use leptos::prelude::*;

use crate::components::set_title;
use crate::routes::Section;

/// An honest placeholder for a part of the app that is not built yet (Projectbeoordeling).
#[component]
pub fn ComingLaterPage(section: Section) -> impl IntoView {
    set_title(section.label());
    let plan = "Hier beoordeelt u straks projecten en werkvormen met de tien vragen uit \
                bijlage 8, en bladert u door het activiteitenoverzicht van de handreiking.";
    view! {
        <article class="page">
            <h1>{section.label()}</h1>
            <section class="notice">
                <h2>"Nog niet beschikbaar"</h2>
                <p>"Dit onderdeel is nog in ontwikkeling en werkt in deze versie nog niet."</p>
                <p>{plan}</p>
                <p>
                    "De achtergrond uit de handreiking vindt u al bij "
                    <a href="/naslag">"Naslag"</a>
                    "."
                </p>
            </section>
        </article>
    }
}

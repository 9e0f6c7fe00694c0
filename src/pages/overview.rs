use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{LibraryForm, StatusBadge, set_title};
use crate::content::STEPS;
use crate::model::StepStatus;
use crate::routes::step_path;
use crate::state::use_app_state;

/// Where the library stands, at a glance.
#[component]
pub fn OverviewPage() -> impl IntoView {
    set_title("Overzicht");
    let state = use_app_state();
    let summary = Memo::new(move |_| state.workspace.with(|w| w.step_summary()));
    let in_progress = Memo::new(move |_| {
        state.workspace.with(|w| {
            STEPS
                .iter()
                .filter(|s| w.step(s.id).status == StepStatus::InProgress)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <article class="page">
            <h1>"Overzicht"</h1>
            <Welcome/>
            <section class="card" aria-labelledby="stappenplan-kop">
                <h2 id="stappenplan-kop">"Stappenplan van de bibliotheek"</h2>
                <p class="summary-line">
                    <strong>{move || summary.get().done}</strong>
                    " van 12 stappen afgerond · "
                    {move || summary.get().in_progress}
                    " bezig · "
                    {move || summary.get().not_started()}
                    " niet gestart"
                </p>
                <progress
                    class="progress"
                    max="12"
                    prop:value=move || summary.get().done as f64
                    aria-label="Afgeronde stappen"
                ></progress>
                <ol class="step-strip">
                    {STEPS
                        .iter()
                        .map(|step| {
                            let status = Signal::derive(move || {
                                state.workspace.with(|w| w.step(step.id).status)
                            });
                            view! {
                                <li>
                                    <A href=step_path(step.number)>
                                        <span class="step-strip__number">{step.number}</span>
                                        <span class="step-strip__title">{step.short_title}</span>
                                        <StatusBadge status/>
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
            <section class="card" aria-labelledby="bezig-kop">
                <h2 id="bezig-kop">"Waar u nu mee bezig bent"</h2>
                <Show
                    when=move || !in_progress.with(Vec::is_empty)
                    fallback=|| view! { <p>"Geen stappen in uitvoering. Zet een stap op ‘Bezig’ in het stappenplan."</p> }
                >
                    <ul class="link-list">
                        {move || {
                            in_progress
                                .get()
                                .into_iter()
                                .map(|step| {
                                    view! {
                                        <li>
                                            <A href=step_path(step.number)>
                                                {format!("Stap {}: {}", step.number, step.title)}
                                            </A>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </Show>
            </section>
            <section class="card notice" aria-labelledby="instellingen-kop">
                <h2 id="instellingen-kop">"Instellingen"</h2>
                <p>
                    "Het volgen van scholen en voorschoolse instellingen per stap is nog in "
                    "ontwikkeling. Stap 7 tot en met 12 houdt u voorlopig bij voor de bibliotheek als geheel."
                </p>
            </section>
        </article>
    }
}

/// First-run prompt for the library's and the user's name; shown until both are set.
#[component]
fn Welcome() -> impl IntoView {
    let state = use_app_state();
    // Decided once per visit, so the card does not vanish while the user types.
    let first_visit = state.workspace.with_untracked(|w| w.library.name.trim().is_empty());
    let open = RwSignal::new(first_visit);
    view! {
        <Show when=move || open.get()>
            <section class="card welcome" aria-labelledby="welkom-kop">
                <h2 id="welkom-kop">"Welkom"</h2>
                <p>
                    "Met deze app voert u de handreiking ‘Ouderpartnerschap en lezen’ uit. Alles wat u "
                    "invult, blijft op dit apparaat en wordt meteen bewaard. Vul eerst uw bibliotheek en uw naam in."
                </p>
                <LibraryForm/>
                <p class="hint">"U kunt dit later wijzigen bij Gegevens."</p>
                <button type="button" class="button" on:click=move |_| open.set(false)>
                    "Klaar"
                </button>
            </section>
        </Show>
    }
}

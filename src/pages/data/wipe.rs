//! Wiping everything, after offering an export, behind a typed confirmation.

use leptos::prelude::*;

use crate::components::ExportButtons;
use crate::state::use_app_state;

/// What the user types to confirm; a tap alone is not enough for this.
const CONFIRMATION: &str = "WISSEN";

#[component]
pub fn WipeSection() -> impl IntoView {
    let state = use_app_state();
    let typed = RwSignal::new(String::new());
    let wiped = RwSignal::new(None::<Result<(), String>>);
    let wipe = move |_| {
        if typed.get_untracked().trim() == CONFIRMATION {
            leptos::task::spawn_local(async move {
                let done = state.wipe().await;
                if done.is_ok() {
                    typed.try_set(String::new());
                }
                wiped.try_set(Some(done));
            });
        }
    };
    view! {
        <section class="card card--danger" aria-labelledby="wissen-kop">
            <h2 id="wissen-kop">"Alle gegevens wissen"</h2>
            <p>
                "Dit wist alles wat de app op dit apparaat bewaart, ook de reservekopieën. Dat kan "
                "niet ongedaan worden gemaakt. Exporteer eerst als u iets wilt bewaren."
            </p>
            <ExportButtons label="Eerst alles exporteren"/>
            <label class="field">
                <span class="field__label">{format!("Typ {CONFIRMATION} om te bevestigen")}</span>
                <input
                    type="text"
                    autocomplete="off"
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
            </label>
            <button
                type="button"
                class="button button--danger"
                disabled=move || state.working.get() || typed.with(|t| t.trim() != CONFIRMATION)
                on:click=wipe
            >
                "Alle gegevens wissen"
            </button>
            // A live region that is always there, so that the outcome is read out.
            <div role="status">
            {move || wiped.get().map(|done| match done {
                Ok(()) => view! {
                    <p class="import-done">
                        "Alle gegevens op dit apparaat zijn gewist, ook in andere geopende tabbladen."
                    </p>
                }.into_any(),
                Err(reason) => view! {
                    <p class="field-error" role="alert">{format!("Er is niets gewist. {reason}")}</p>
                }.into_any(),
            })}
            </div>
        </section>
    }
}

//! The password a sealed file asks for before its import preview.

use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::{ImportState, use_app_state};

/// Asks for the password of the sealed file `file_name`; a wrong one is said at the field
/// and changes nothing.
pub fn unlock_form(file_name: &str) -> impl IntoView + use<> {
    let state = use_app_state();
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // The form replaces the file button: the focus goes to the password.
    let field = NodeRef::<Input>::new();
    Effect::new(move |_| {
        if let Some(input) = field.get() {
            input.focus().ok();
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed = password.get_untracked();
        if typed.is_empty() {
            error.set(Some("Typ het wachtwoord van dit bestand.".into()));
            return;
        }
        error.set(None);
        busy.set(true);
        spawn_local(async move {
            let opened = state.unlock_import(&typed).await;
            busy.try_set(false);
            error.try_set(opened.err());
        });
    };
    view! {
        <div class="password-form" role="dialog" aria-labelledby="ontgrendel-kop">
            <form on:submit=submit novalidate>
                <h3 id="ontgrendel-kop">"Versleuteld bestand"</h3>
                <p>{format!("‘{file_name}’ is met een wachtwoord versleuteld. Typ het wachtwoord om te zien wat het bestand zou doen.")}</p>
                <div class="field">
                    <label class="field__label" for="wachtwoord-bestand">"Wachtwoord van het bestand"</label>
                    <input
                        id="wachtwoord-bestand"
                        node_ref=field
                        type="password"
                        autocomplete="current-password"
                        prop:value=move || password.get()
                        on:input=move |ev| password.set(event_target_value(&ev))
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby="ontgrendel-fout"
                    />
                    <span class="field-error" id="ontgrendel-fout" role="alert">{move || error.get()}</span>
                </div>
                <div class="button-row">
                    <button type="submit" class="button" disabled=move || busy.get()>
                        {move || if busy.get() { "Bezig met openen…" } else { "Openen" }}
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| state.import.set(ImportState::Idle)>
                        "Annuleren"
                    </button>
                </div>
            </form>
        </div>
    }
}

//! "Exporteren met wachtwoord": the same export, sealed with a password typed twice.

use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::device::{can_share_files, share_file};
use crate::browser::download::download_json;
use crate::state::use_app_state;
use crate::storage::sealed::{MIN_PASSWORD_CHARS, PasswordField, check_new_password};

/// A button that opens the password form in place; the file is downloaded (or shared) once
/// both passwords agree.
#[component]
pub fn PasswordExport(
    /// The institution to export; the whole workspace when absent.
    #[prop(optional, into)]
    institution: Option<String>,
) -> impl IntoView {
    let state = use_app_state();
    let open = RwSignal::new(false);
    let first = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let first_error = RwSignal::new(None::<String>);
    let repeat_error = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let whole = institution.is_none();
    let institution = StoredValue::new(institution);
    let close = move || {
        first.set(String::new());
        repeat.set(String::new());
        first_error.set(None);
        repeat_error.set(None);
        error.set(None);
        open.set(false);
    };
    let go = move |share: bool| {
        first_error.set(None);
        repeat_error.set(None);
        error.set(None);
        let password = first.get_untracked();
        if let Err((field, message)) = check_new_password(&password, &repeat.get_untracked()) {
            match field {
                PasswordField::First => first_error.set(Some(message)),
                PasswordField::Repeat => repeat_error.set(Some(message)),
            }
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let id = institution.get_value();
            let outcome = match state.sealed_export(id.as_deref(), &password).await {
                Ok((name, text)) if share => share_file(&name, &text).await,
                Ok((name, text)) => download_json(&name, &text).map(|()| true),
                Err(refused) => Err(refused),
            };
            busy.try_set(false);
            match outcome {
                Ok(false) => {}
                Ok(true) => {
                    if whole {
                        state.mark_exported();
                    }
                    close();
                    done.set(true);
                }
                Err(refused) => {
                    error.set(Some(refused));
                }
            }
        });
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        go(false);
    };
    let can_share = can_share_files();
    // The form appears where the button was: the focus goes to its first field.
    let field = NodeRef::<Input>::new();
    Effect::new(move |_| {
        if let Some(input) = field.get() {
            input.focus().ok();
        }
    });
    let invalid = |e: RwSignal<Option<String>>| move || e.with(Option::is_some).to_string();
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <div class="button-row">
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| {
                            done.set(false);
                            open.set(true);
                        }
                    >
                        "Exporteren met wachtwoord"
                    </button>
                </div>
                <Show when=move || done.get()>
                    <p class="import-done" role="status">
                        "Het versleutelde bestand is gemaakt. Geef het wachtwoord apart door, niet in hetzelfde bericht."
                    </p>
                </Show>
            }
        >
            <div class="password-form" role="dialog" aria-labelledby="wachtwoord-kop">
                <form on:submit=submit novalidate>
                    <h3 id="wachtwoord-kop">"Exporteren met wachtwoord"</h3>
                    <p>
                        "Het bestand wordt versleuteld: zonder het wachtwoord kan niemand de namen en "
                        "notities erin lezen. Ook u niet: bewaar het wachtwoord goed, het is niet te "
                        "herstellen. Stuur het nooit mee in hetzelfde bericht als het bestand."
                    </p>
                    <div class="field">
                        <label class="field__label" for="wachtwoord-nieuw">"Wachtwoord"</label>
                        <span class="hint" id="wachtwoord-uitleg">{format!("Minstens {MIN_PASSWORD_CHARS} tekens.")}</span>
                        <input
                            id="wachtwoord-nieuw"
                            node_ref=field
                            type="password"
                            autocomplete="new-password"
                            prop:value=move || first.get()
                            on:input=move |ev| first.set(event_target_value(&ev))
                            aria-invalid=invalid(first_error)
                            aria-describedby="wachtwoord-uitleg wachtwoord-fout"
                        />
                        <span class="field-error" id="wachtwoord-fout" role="alert">{move || first_error.get()}</span>
                    </div>
                    <div class="field">
                        <label class="field__label" for="wachtwoord-herhaling">"Wachtwoord nog een keer"</label>
                        <input
                            id="wachtwoord-herhaling"
                            type="password"
                            autocomplete="new-password"
                            prop:value=move || repeat.get()
                            on:input=move |ev| repeat.set(event_target_value(&ev))
                            aria-invalid=invalid(repeat_error)
                            aria-describedby="herhaling-fout"
                        />
                        <span class="field-error" id="herhaling-fout" role="alert">{move || repeat_error.get()}</span>
                    </div>
                    <div class="button-row">
                        <button type="submit" class="button" disabled=move || busy.get()>
                            {move || if busy.get() { "Bezig met versleutelen…" } else { "Versleuteld downloaden" }}
                        </button>
                        {can_share.then(|| view! {
                            <button type="button" class="button button--secondary" on:click=move |_| go(true) disabled=move || busy.get()>
                                "Versleuteld delen"
                            </button>
                        })}
                        <button type="button" class="button button--secondary" on:click=move |_| close()>
                            "Annuleren"
                        </button>
                    </div>
                    {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                </form>
            </div>
        </Show>
    }
}

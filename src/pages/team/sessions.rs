//! The sessions of step 4 (the training plan: trainings of the leesconsulenten) and step 5
//! (informing and inspiring staff): date, subject and who attended.

use leptos::prelude::*;
use reactive_stores::Field;

use crate::components::{ConfirmButton, OnValue, TextArea, TextField};
use crate::model::{
    InvalidInput, Session, SessionField, SessionKind, SessionStoreFields, WorkspaceStoreFields,
};
use crate::routes::Section;
use crate::state::use_app_state;

#[component]
pub fn StepSessions(kind: SessionKind) -> impl IntoView {
    let state = use_app_state();
    let sessions = state.workspace.sessions();
    let ids = Memo::new(move |_| {
        sessions.track();
        state.workspace.with_untracked(|w| {
            w.sessions_of(kind)
                .iter()
                .map(|s| s.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let said = RwSignal::new(None::<String>);
    let (title, add_label, hint) = match kind {
        SessionKind::Training => (
            "Scholingsplan",
            "Scholing toevoegen",
            "Leg elke scholing van de leesconsulenten vast: wanneer, waarover en wie er waren. Zo ziet u per persoon welke scholing zij volgden.",
        ),
        SessionKind::Informing => (
            "Bijeenkomsten",
            "Bijeenkomst toevoegen",
            "Leg elke bijeenkomst vast waarin u medewerkers informeert en inspireert: wanneer, waarover en wie er waren.",
        ),
    };
    let add = move |_| match state.add_session(kind) {
        Ok(id) => {
            said.set(None);
            // The new card's date field takes the cursor (the card is drawn first).
            request_animation_frame(move || {
                if let Some(field) = document()
                    .get_element_by_id(&format!("bijeenkomst-{id}"))
                    .and_then(|card| card.query_selector("input").ok().flatten())
                {
                    use wasm_bindgen::JsCast;
                    if let Ok(input) = field.dyn_into::<web_sys::HtmlElement>() {
                        input.focus().ok();
                    }
                }
            });
        }
        Err(refused) => said.set(Some(refused.0)),
    };
    view! {
        <section class="card sessions" aria-labelledby="bijeenkomsten-kop">
            <h2 id="bijeenkomsten-kop">{title}</h2>
            <p class="hint">{hint}</p>
            <Show when=move || state.workspace.people().with(Vec::is_empty)>
                <p class="notice" role="note">
                    "Wie er waren kiest u uit het team. Er staat nog niemand in; voeg de mensen toe bij "
                    <a href=Section::Team.path()>"Team"</a>"."
                </p>
            </Show>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="hint">"Nog niets vastgelegd."</p>
            </Show>
            <ul class="sessions__list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <SessionCard id/>
                </For>
            </ul>
            <button type="button" class="button" on:click=add>{add_label}</button>
            <p role="status">{move || said.get()}</p>
        </section>
    }
}

#[component]
fn SessionCard(id: String) -> impl IntoView {
    let state = use_app_state();
    let session: Field<Session> = state.workspace.sessions().at_key(id.clone()).into();
    let edit = {
        let id = id.clone();
        move |field: SessionField,
              set: fn(&mut Session, String) -> Result<(), InvalidInput>|
              -> OnValue {
            let id = id.clone();
            Callback::new(move |value: String| state.edit_session(&id, field, |s| set(s, value)))
        }
    };
    // (id, name) of everyone in the team, by name.
    let team = state.people_by_name();
    let attended = {
        let id = id.clone();
        move |person: String, present: bool| {
            state.show_refusal(state.edit_session(&id, SessionField::Attendees, |s| {
                match present {
                    true => s.attendees.insert(person),
                    false => s.attendees.remove(&person),
                };
                Ok(())
            }))
        }
    };
    let remove = {
        let id = id.clone();
        Callback::new(move |()| state.delete_session(&id))
    };
    let title = move || session.try_with(Session::title).unwrap_or_default();
    let count = move || {
        session
            .attendees()
            .try_with(|a| a.len())
            .unwrap_or_default()
    };
    view! {
        <li class="card card--inner" id=format!("bijeenkomst-{id}")>
            <h3>{title}</h3>
            <div class="form-grid">
                <TextField
                    label="Datum"
                    kind="date"
                    value=Signal::derive(move || session.date().try_get().unwrap_or_default())
                    on_value=edit(SessionField::Date, |s, v| {
                        s.date = v;
                        Ok(())
                    })
                />
                <TextField
                    label="Onderwerp"
                    value=Signal::derive(move || session.subject().try_get().unwrap_or_default())
                    on_value=edit(SessionField::Subject, |s, v| {
                        s.subject = v;
                        Ok(())
                    })
                />
            </div>
            <fieldset class="attendees">
                <legend>{move || format!("Aanwezig ({})", count())}</legend>
                <For each=move || team.get() key=|p| p.clone() let:person>
                    {
                        let (person_id, name) = person;
                        let checked_id = person_id.clone();
                        let attended = attended.clone();
                        view! {
                            <label class="check-item">
                                <input
                                    type="checkbox"
                                    prop:checked=move || session.attendees().try_with(|a| a.contains(&checked_id)).unwrap_or_default()
                                    on:change=move |ev| attended(person_id.clone(), event_target_checked(&ev))
                                />
                                <span>{name}</span>
                            </label>
                        }
                    }
                </For>
            </fieldset>
            <TextArea
                label="Notities"
                rows=2
                value=Signal::derive(move || session.notes().try_get().unwrap_or_default())
                on_value=edit(SessionField::Notes, |s, v| {
                    s.notes = v;
                    Ok(())
                })
            />
            <ConfirmButton
                label="Verwijderen"
                question="Deze bijeenkomst verwijderen?"
                confirm_label="Ja, verwijderen"
                on_confirm=remove
            />
        </li>
    }
}

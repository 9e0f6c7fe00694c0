//! One person's self-assessment against the competence profile of Bijlage 1, each
//! competence ticked with the day it changed.

use leptos::prelude::*;
use reactive_stores::Field;

use crate::content::COMPETENCES;
use crate::model::{Person, PersonStoreFields, WorkspaceStoreFields, format_date};
use crate::state::use_app_state;

#[component]
pub fn CompetenceChecklist(person_id: String) -> impl IntoView {
    let state = use_app_state();
    let person: Field<Person> = state.workspace.people().at_key(person_id.clone()).into();
    let marks = person.competences();
    let met = move || person.try_with(Person::competences_met).unwrap_or_default();
    let name = move || person.name().try_get().unwrap_or_default();
    let said = RwSignal::new(None::<String>);
    view! {
        <ul class="checklist">
            {COMPETENCES
                .iter()
                .map(|competence| {
                    let id = competence.id;
                    let person_id = person_id.clone();
                    let mark = move || marks.try_with(|m| m.get(id).cloned()).flatten();
                    let since = move || {
                        mark()
                            .filter(|m| !m.date.is_empty())
                            .map(|m| format!(" (sinds {})", format_date(&m.date)))
                    };
                    view! {
                        <li>
                            <label class="check-item">
                                <input
                                    type="checkbox"
                                    prop:checked=move || mark().is_some_and(|m| m.met)
                                    on:change=move |ev| {
                                        let changed = state.set_competence(&person_id, id, event_target_checked(&ev));
                                        said.set(changed.err().map(|e| e.0));
                                    }
                                />
                                <span>{competence.text}<span class="hint">{since}</span></span>
                            </label>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p class="summary-line" role="status">
            {move || said.get().unwrap_or_else(|| format!(
                "{} beheerst {} van de {} competenties.",
                name(),
                met(),
                COMPETENCES.len()
            ))}
        </p>
    }
}

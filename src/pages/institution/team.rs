//! The institution's place in the team: its leesconsulent, chosen from the team, and
//! joining it with another record of the same school.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use reactive_stores::Field;

use crate::components::{JoinCard, JoinOption};
use crate::model::{
    Institution, InstitutionField, InstitutionStoreFields, WorkspaceStoreFields, same_institution,
};
use crate::routes::{Section, institution_path, person_path};
use crate::state::use_app_state;

/// The leesconsulent who supports the institution: one of the team.
#[component]
pub fn ConsultantField(id: String, current: Field<Institution>) -> impl IntoView {
    let state = use_app_state();
    let error = RwSignal::new(None::<String>);
    let options = state.people_by_name();
    let chosen = move || current.consultant().try_get().unwrap_or_default();
    let choose = move |ev: leptos::ev::Event| {
        let person = event_target_value(&ev);
        let changed = state.edit_institution(&id, InstitutionField::Consultant, |i| {
            i.consultant = person;
            Ok(())
        });
        error.set(changed.err().map(|e| e.0));
    };
    view! {
        <label class="field">
            <span class="field__label">"Leesconsulent"</span>
            <select
                on:change=choose
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby="leesconsulent-fout"
            >
                <option value="" prop:selected=move || chosen().is_empty()>"(nog niemand)"</option>
                <For each=move || options.get() key=|(id, name)| (id.clone(), name.clone()) let:option>
                    {
                        let (person, name) = option;
                        let value = person.clone();
                        view! {
                            <option value=value prop:selected=move || chosen() == person>{name}</option>
                        }
                    }
                </For>
            </select>
            <span class="field-error" id="leesconsulent-fout" role="alert">{move || error.get()}</span>
            <span class="hint field-links">
                {move || {
                    let person = chosen();
                    (!person.is_empty()).then(|| view! { <a href=person_path(&person)>"Naar de pagina van deze leesconsulent"</a> " · " })
                }}
                <a href=Section::Team.path()>"Het team"</a>
            </span>
        </label>
    }
}

/// Joins this institution with another record of the same school: everything recorded
/// here moves there, and this record goes. Look-alikes (same name and place) come first.
#[component]
pub fn JoinInstitution(id: String) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let institutions = state.workspace.institutions();
    let own = id.clone();
    let others = Memo::new(move |_| {
        institutions.with(|all| {
            let Some(this) = all.iter().find(|i| i.id == own) else {
                return Vec::new();
            };
            let mut others: Vec<JoinOption> = all
                .iter()
                .filter(|i| i.id != own)
                .map(|i| JoinOption {
                    id: i.id.clone(),
                    label: match i.place.trim() {
                        "" => i.name.clone(),
                        place => format!("{} ({place})", i.name),
                    },
                    alike: same_institution(this, i),
                })
                .collect();
            others.sort_by_key(|o| (!o.alike, crate::model::fold_for_search(&o.label)));
            others
        })
    });
    let join = Callback::new(move |into: String| {
        state
            .join_institution(&id, &into)
            .map(|_| navigate(&institution_path(&into, None), Default::default()))
            .map_err(|refused| refused.0)
    });
    view! {
        <JoinCard
            heading_id="samenvoegen-kop"
            heading="Samenvoegen met een andere instelling"
            hint=concat!(
                "Staat deze school twee keer in uw gegevens, bijvoorbeeld na het importeren van een collega? ",
                "Kies de instelling die blijft: de gesprekken, het planningsformulier en de beoordelingen van deze instelling gaan ernaartoe, ",
                "lege gegevens worden aangevuld en de notities blijven bewaard. Daarna verdwijnt deze instelling.",
            )
            field_label="Samenvoegen met"
            placeholder="Kies een instelling"
            question=|target| format!("Alles van deze instelling naar ‘{target}’ verplaatsen en deze instelling verwijderen?")
            alike_notice=|alike| format!("Lijkt dezelfde school als: {alike}. Samenvoegen zet alles onder één instelling.")
            options=others
            on_join=join
        />
    }
}

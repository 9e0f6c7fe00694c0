//! The team (`/team`): the library's people, and the way to add one; a page per person
//! (`person.rs`); the sessions of steps 4 and 5 and step 6 across the team, shown on those
//! steps' pages.

mod at_a_glance;
mod competences;
mod person;
mod profile;
mod sessions;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::RecordsLoaded;
use crate::content::COMPETENCES;
use crate::model::{PersonRole, WorkspaceStoreFields, fold_for_search};
use crate::routes::{Section, person_path, step_path};
use crate::state::use_app_state;

pub use at_a_glance::TeamAtAGlance;
pub use competences::CompetenceChecklist;
pub use person::PersonPage;
pub use profile::TeamProfile;
pub use sessions::StepSessions;

#[component]
pub fn TeamPage() -> impl IntoView {
    view! {
        <Title text="Team"/>
        <article class="page page--wide">
            <h1>"Team"</h1>
            <p class="lead">
                "De onderwijsspecialist geeft leiding; de leesconsulenten ondersteunen elk een aantal scholen en voorschoolse instellingen. "
                "Hier staat wie er in het team zit, welke scholen zij ondersteunen en hoever hun scholing is (stap 4 tot en met 6)."
            </p>
            <RecordsLoaded>
                <AddMyself/>
                <AddPerson/>
                <TeamList/>
            </RecordsLoaded>
        </article>
    }
}

#[component]
fn AddPerson() -> impl IntoView {
    let state = use_app_state();
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(PersonRole::Leesconsulent);
    let said = RwSignal::new(None::<(bool, String)>);
    let field = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        match state.add_person(&typed, role.get_untracked()) {
            Ok(_) => {
                said.set(Some((
                    true,
                    format!("{} staat nu in het team.", typed.trim()),
                )));
                name.set(String::new());
                // Ready for the next name.
                if let Some(input) = field.get_untracked() {
                    input.focus().ok();
                }
            }
            Err(refused) => said.set(Some((false, refused.0))),
        }
    };
    view! {
        <form class="card add-form" on:submit=submit aria-labelledby="persoon-toevoegen-kop">
            <h2 id="persoon-toevoegen-kop">"Iemand toevoegen"</h2>
            <div class="form-grid">
                <label class="field">
                    <span class="field__label">"Naam"</span>
                    <input
                        node_ref=field
                        type="text"
                        name="naam"
                        autocomplete="off"
                        aria-describedby="persoon-toevoegen-melding"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </label>
                <RoleField label="Rol" role/>
            </div>
            <button type="submit" class="button">"Toevoegen"</button>
            <p id="persoon-toevoegen-melding" role="status" class:field-error=move || said.with(|s| matches!(s, Some((false, _))))>
                {move || said.get().map(|(_, text)| text)}
            </p>
        </form>
    }
}

/// One row of the team list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Row {
    id: String,
    name: String,
    role: PersonRole,
    email: String,
    schools: usize,
    met: usize,
    is_user: bool,
}

#[component]
fn TeamList() -> impl IntoView {
    let state = use_app_state();
    let rows = Memo::new(move |_| {
        state.read_all(|w| {
            let user = w.user().map(|u| u.id.clone());
            let mut rows: Vec<Row> = w
                .people
                .iter()
                .map(|p| Row {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    role: p.role,
                    email: p.email.clone(),
                    schools: w.schools_of(&p.id).filter(|i| !i.archived).count(),
                    met: p.competences_met(),
                    is_user: user.as_deref() == Some(p.id.as_str()),
                })
                .collect();
            rows.sort_by_key(|r| {
                (
                    r.role != PersonRole::Onderwijsspecialist,
                    fold_for_search(&r.name),
                )
            });
            rows
        })
    });
    let total = COMPETENCES.len();
    view! {
        <section class="card" aria-labelledby="team-kop">
            <h2 id="team-kop">{move || format!("Het team ({})", rows.with(Vec::len))}</h2>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="hint">
                    "Nog niemand. Voeg uzelf en uw collega’s toe; bij elke instelling kiest u daarna de leesconsulent."
                </p>
            </Show>
            <ul class="team-list">
                <For each=move || rows.get() key=|row| row.clone() let:row>
                    <li class="team-list__row">
                        <a href=person_path(&row.id)>
                            <span class="team-list__name">
                                {row.name.clone()}
                                {row.is_user.then_some(" (u)")}
                            </span>
                            <span class="team-list__facts">
                                {[
                                    row.role.label().to_string(),
                                    match row.schools {
                                        0 => String::new(),
                                        1 => "1 instelling".to_string(),
                                        n => format!("{n} instellingen"),
                                    },
                                    if row.role == PersonRole::Leesconsulent {
                                        format!("{} van {total} competenties", row.met)
                                    } else {
                                        String::new()
                                    },
                                    row.email.clone(),
                                ]
                                .into_iter()
                                .filter(|s| !s.is_empty())
                                .collect::<Vec<_>>()
                                .join(" · ")}
                            </span>
                        </a>
                    </li>
                </For>
            </ul>
            <ul class="hint">
                <li>"Scholing legt u vast bij "<a href=step_path(4)>"stap 4"</a>", bijeenkomsten voor medewerkers bij "<a href=step_path(5)>"stap 5"</a>"."</li>
                <li>"Per leesconsulent het competentieprofiel: "<a href=step_path(6)>"stap 6"</a>"."</li>
                <li>"Wie dit apparaat gebruikt, stelt u in bij "<a href=Section::Data.path()>"Gegevens"</a>"."</li>
            </ul>
        </section>
    }
}

/// A person's role, chosen before they are added.
#[component]
fn RoleField(label: &'static str, role: RwSignal<PersonRole>) -> impl IntoView {
    view! {
        <label class="field">
            <span class="field__label">{label}</span>
            <select on:change=move |ev| {
                if let Some(r) = PersonRole::from_token(&event_target_value(&ev)) {
                    role.set(r);
                }
            }>
                {PersonRole::ALL
                    .iter()
                    .map(|r| view! { <option value=r.token() prop:selected=move || role.get() == *r>{r.label()}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Offers to add the device's user to the team, in the role they choose, when their name is
/// known but they are not in it: their self-assessment and schools are kept under them.
#[component]
pub fn AddMyself() -> impl IntoView {
    let state = use_app_state();
    let missing = Memo::new(move |_| {
        state.workspace.people().track();
        state.workspace.library().track();
        state.workspace.with_untracked(|w| {
            let name = w.library.user_name.trim();
            (!name.is_empty() && w.user().is_none()).then(|| name.to_string())
        })
    });
    let said = RwSignal::new(None::<String>);
    let role = RwSignal::new(PersonRole::Leesconsulent);
    let add = move |_| {
        said.set(
            state
                .add_user_to_team(role.get_untracked())
                .err()
                .map(|e| e.0),
        )
    };
    move || {
        missing.get().map(|name| view! {
            <div class="notice" role="note">
                <p>{format!("U staat zelf nog niet in het team (‘{name}’, uw naam bij Gegevens).")}</p>
                <div class="button-row button-row--fields">
                    <RoleField label="Uw rol" role/>
                    <button type="button" class="button button--secondary" on:click=add>"Mijzelf toevoegen"</button>
                </div>
                <p role="status">{move || said.get()}</p>
            </div>
        })
    }
}

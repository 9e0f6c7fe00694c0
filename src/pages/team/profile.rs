//! Step 6 across the team: each leesconsulent against the competence profile, and what
//! remains. The guide ends step 6 when all of them meet it.

use leptos::prelude::*;

use crate::content::COMPETENCES;
use crate::model::{PersonRole, WorkspaceStoreFields, profile_verdict};
use crate::routes::{Section, person_path};
use crate::state::use_app_state;

#[component]
pub fn TeamProfile() -> impl IntoView {
    let state = use_app_state();
    let people = state.workspace.people();
    // (id, name, met, what remains), by name.
    let rows = Memo::new(move |_| {
        people.with(|all| {
            let mut rows: Vec<(String, String, usize, Vec<&'static str>)> = all
                .iter()
                .filter(|p| p.role == PersonRole::Leesconsulent)
                .map(|p| {
                    let to_go = p.competences_to_go().map(|c| c.text).collect();
                    (p.id.clone(), p.name.clone(), p.competences_met(), to_go)
                })
                .collect();
            rows.sort_by_key(|(_, name, _, _)| crate::model::fold_for_search(name));
            rows
        })
    });
    let total = COMPETENCES.len();
    let verdict = move || {
        rows.with(|rows| {
            let meeting = rows.iter().filter(|r| r.2 == total).count();
            profile_verdict(rows.len(), meeting)
        })
    };
    view! {
        <section class="card team-profile" aria-labelledby="team-profiel-kop">
            <h2 id="team-profiel-kop">"De leesconsulenten en het competentieprofiel"</h2>
            <p class="summary-line">{verdict}</p>
            <ul class="team-profile__list">
                <For each=move || rows.get() key=|row| row.clone() let:row>
                    {
                        let (id, name, met, to_go) = row;
                        view! {
                            <li class="card card--inner">
                                <h3><a href=person_path(&id)>{name}</a></h3>
                                <p>{format!("{met} van {total} competenties beheerst")}</p>
                                {(!to_go.is_empty()).then(|| view! {
                                    <details>
                                        <summary>{format!("Nog te ontwikkelen ({})", to_go.len())}</summary>
                                        <ul>{to_go.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                                    </details>
                                })}
                            </li>
                        }
                    }
                </For>
            </ul>
            <p class="link-line"><a href=Section::Team.path()>"Naar het team"</a></p>
        </section>
    }
}

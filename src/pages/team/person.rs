//! One person of the team (`/team/persoon?id=`): who they are, the schools they support and
//! where each stands, their next dates, the sessions they attended and their
//! self-assessment against the competence profile.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use reactive_stores::Field;

use super::CompetenceChecklist;
use crate::browser::clock::today;
use crate::components::{
    ConfirmButton, JoinCard, JoinOption, OnValue, RecordsLoaded, SelectField, TextField,
    use_query_value,
};
use crate::model::{
    InvalidInput, Person, PersonField, PersonRole, PersonStoreFields, WorkspaceStoreFields,
    fold_for_search, format_date, format_month,
};
use crate::routes::{Section, institution_path, step_path, year_overview_path};
use crate::state::{use_app_state, use_summaries};

#[component]
pub fn PersonPage() -> impl IntoView {
    let state = use_app_state();
    let id = use_query_value("id");
    let people = state.workspace.people();
    let shown = Memo::new(move |_| {
        let id = id.get()?;
        people
            .with(|all| all.iter().any(|p| p.id == id))
            .then_some(id)
    });
    view! {
        <RecordsLoaded>
            {move || match shown.get() {
                Some(id) => Either::Left(view! { <PersonView id/> }),
                None => Either::Right(view! {
                    <Title text="Persoon niet gevonden"/>
                    <article class="page">
                        <h1>"Persoon niet gevonden"</h1>
                        <p>"Deze persoon staat niet (meer) in het team. Misschien is die verwijderd of samengevoegd."</p>
                        <p class="link-line"><a href=Section::Team.path()>"Naar het team"</a></p>
                    </article>
                }),
            }}
        </RecordsLoaded>
    }
}

#[component]
fn PersonView(id: String) -> impl IntoView {
    let state = use_app_state();
    let person: Field<Person> = state.workspace.people().at_key(id.clone()).into();
    let name = move || person.name().try_get().unwrap_or_default();
    let edit = {
        let id = id.clone();
        move |field: PersonField,
              set: fn(&mut Person, String) -> Result<(), InvalidInput>|
              -> OnValue {
            let id = id.clone();
            Callback::new(move |value: String| state.edit_person(&id, field, |p| set(p, value)))
        }
    };
    let roles = PersonRole::ALL
        .iter()
        .map(|r| (r.token(), r.label()))
        .collect::<Vec<_>>();
    view! {
        <Title text=move || name()/>
        <article class="page page--wide person-page">
            <p class="eyebrow"><a href=Section::Team.path()>"Het team"</a></p>
            <h1>{name}</h1>
            <section class="card" aria-labelledby="persoon-gegevens-kop">
                <h2 id="persoon-gegevens-kop">"Gegevens"</h2>
                <div class="form-grid">
                    <TextField
                        label="Naam"
                        required=true
                        value=Signal::derive(move || person.name().try_get().unwrap_or_default())
                        on_value=edit(PersonField::Name, |p, v| {
                            p.name = v;
                            Ok(())
                        })
                    />
                    <SelectField
                        label="Rol"
                        options=roles
                        value=Signal::derive(move || person.role().try_get().unwrap_or_default().token().to_string())
                        on_value=edit(PersonField::Role, |p, v| {
                            p.role = PersonRole::from_token(&v).unwrap_or(p.role);
                            Ok(())
                        })
                    />
                    <TextField
                        label="E-mail"
                        kind="email"
                        value=Signal::derive(move || person.email().try_get().unwrap_or_default())
                        on_value=edit(PersonField::Email, |p, v| {
                            p.email = v.trim().to_string();
                            Ok(())
                        })
                    />
                </div>
            </section>
            <Schools id=id.clone()/>
            <Sessions id=id.clone()/>
            <section class="card" aria-labelledby="profiel-kop">
                <h2 id="profiel-kop">"Competentieprofiel (bijlage 1)"</h2>
                <p class="hint">
                    "Vink aan welke competenties deze persoon beheerst; de datum van elke wijziging wordt bewaard. "
                    "Volgens stap 6 is de scholing klaar als een leesconsulent aan het hele profiel voldoet."
                </p>
                <CompetenceChecklist person_id=id.clone()/>
            </section>
            <JoinPerson id=id.clone()/>
            <RemovePerson id/>
        </article>
    }
}

/// The schools they support, where each stands and what comes next.
#[component]
fn Schools(id: String) -> impl IntoView {
    let state = use_app_state();
    let person = id.clone();
    let work = use_summaries().work;
    let today = today();
    let rows = Memo::new(move |_| {
        state.read_all(|w| {
            work.with(|states| {
                let mut rows: Vec<(String, String, String, String)> = w
                    .schools_of(&id)
                    .filter(|i| !i.archived)
                    .map(|i| {
                        let phase = states
                            .get(&i.id)
                            .map(|s| s.phase.label())
                            .unwrap_or_default();
                        let next = w.next_date_of(&i.id, &today).map(|(when, what)| {
                            let when = match when.len() {
                                7 => format_month(&when),
                                _ => format_date(&when),
                            };
                            format!("Volgende: {what}, {when}")
                        });
                        (
                            i.id.clone(),
                            i.name.clone(),
                            phase,
                            next.unwrap_or_default(),
                        )
                    })
                    .collect();
                rows.sort_by_key(|r| fold_for_search(&r.1));
                rows
            })
        })
    });
    let overview = year_overview_path(None, None, Some(&person));
    view! {
        <section class="card" aria-labelledby="scholen-kop">
            <h2 id="scholen-kop">{move || format!("Scholen en instellingen ({})", rows.with(Vec::len))}</h2>
            <p class="link-line"><a href=overview>"Jaaroverzicht van deze leesconsulent"</a></p>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="hint">"Nog geen. Bij een instelling kiest u de leesconsulent onder Gegevens."</p>
            </Show>
            <ul class="team-list">
                <For each=move || rows.get() key=|r| r.clone() let:row>
                    <li class="team-list__row">
                        <a href=institution_path(&row.0, None)>
                            <span class="team-list__name">{row.1.clone()}</span>
                            <span class="team-list__facts">
                                {[row.2.clone(), row.3.clone()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")}
                            </span>
                        </a>
                    </li>
                </For>
            </ul>
        </section>
    }
}

/// The trainings and informing sessions they attended.
#[component]
fn Sessions(id: String) -> impl IntoView {
    let state = use_app_state();
    let rows = Memo::new(move |_| {
        state.workspace.sessions().track();
        state.workspace.with_untracked(|w| {
            w.sessions_attended(&id)
                .into_iter()
                .map(|s| {
                    let date = match s.date.as_str() {
                        "" => "zonder datum".to_string(),
                        d => format_date(d),
                    };
                    (
                        s.id.clone(),
                        format!("{date} · {} · {}", s.kind.label(), s.title()),
                        s.kind.step(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="scholing-kop">
            <h2 id="scholing-kop">"Scholing en bijeenkomsten"</h2>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="hint">
                    "Nog geen. Wie er bij een scholing of bijeenkomst was, legt u vast bij "
                    <a href=step_path(4)>"stap 4"</a>" en "<a href=step_path(5)>"stap 5"</a>"."
                </p>
            </Show>
            <ul>
                <For each=move || rows.get() key=|r| r.clone() let:row>
                    <li><a href=step_path(row.2)>{row.1.clone()}</a></li>
                </For>
            </ul>
        </section>
    }
}

/// Joins this person with another spelling of the same person.
#[component]
fn JoinPerson(id: String) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let own = id.clone();
    let others = Memo::new(move |_| {
        state.workspace.people().with(|all| {
            let mut others: Vec<JoinOption> = all
                .iter()
                .filter(|p| p.id != own)
                .map(|p| JoinOption {
                    id: p.id.clone(),
                    label: p.name.clone(),
                    alike: false,
                })
                .collect();
            others.sort_by_key(|o| fold_for_search(&o.label));
            others
        })
    });
    let join = Callback::new(move |into: String| {
        state
            .join_person(&id, &into)
            .map(|()| navigate(&crate::routes::person_path(&into), Default::default()))
            .map_err(|refused| refused.0)
    });
    view! {
        <JoinCard
            heading_id="persoon-samenvoegen-kop"
            heading="Samenvoegen met"
            hint=concat!(
                "Staat dezelfde persoon er twee keer in, met een andere schrijfwijze? Kies wie blijft: ",
                "de scholen en bijeenkomsten gaan mee, en competenties die daar nog niet zijn ingevuld worden overgenomen.",
            )
            field_label="Dezelfde persoon als"
            placeholder="Kies iemand"
            question=|target| format!("Samenvoegen met ‘{target}’ en deze schrijfwijze verwijderen?")
            options=others
            on_join=join
        />
    }
}

/// Removes the person; their schools stay, without a leesconsulent, and say so first.
#[component]
fn RemovePerson(id: String) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let own = id.clone();
    let schools = Memo::new(move |_| {
        state.workspace.institutions().with(|all| {
            all.iter()
                .filter(|i| i.consultant == own)
                .map(|i| i.name.clone())
                .collect::<Vec<_>>()
        })
    });
    let question = Signal::derive(move || {
        schools.with(|s| match s.len() {
            0 => "Deze persoon uit het team verwijderen?".to_string(),
            n => format!(
                "Deze persoon ondersteunt nog {n} {}: {}. Die blijven, zonder leesconsulent. Toch verwijderen?",
                if n == 1 { "instelling" } else { "instellingen" },
                s.join(", ")
            ),
        })
    });
    let remove = Callback::new(move |()| match state.delete_person(&id) {
        Ok(_) => navigate(Section::Team.path(), Default::default()),
        Err(refused) => state.show_refusal::<()>(Err(refused)),
    });
    view! {
        <section class="card" aria-labelledby="persoon-verwijderen-kop">
            <h2 id="persoon-verwijderen-kop">"Verwijderen"</h2>
            <ConfirmButton
                label="Uit het team verwijderen"
                question
                confirm_label="Ja, verwijderen"
                on_confirm=remove
            />
        </section>
    }
}

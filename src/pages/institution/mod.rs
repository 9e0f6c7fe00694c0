//! One institution: its details, its selection (step 7) and its steps 8–12, one tab each.

mod details;
mod evaluations;
mod planning;
mod selection;
mod steps;
mod team;
mod year;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use reactive_stores::Field;

use crate::components::use_query_value;
use crate::components::{RecordsLoaded, focus_page_heading};
use crate::model::{
    Institution, InstitutionField, InstitutionStoreFields, InvalidInput, SelectionDecision,
    StepState, WorkspaceStoreFields,
};
use crate::routes::{
    ADD_ANOTHER, ADDED, institution_path, institution_year_path, school_report_path, year_plan_path,
};
use crate::state::{AppState, use_app_state, use_summaries};

use details::DetailsPanel;
use selection::SelectionPanel;
use steps::StepPanel;

/// The institution named by `?id=`, with the tab named by `?stap=` (none: its details).
#[component]
pub fn InstitutionPage() -> impl IntoView {
    let state = use_app_state();
    let id = use_query_value("id");
    let step = use_query_value("stap");
    let tab = Memo::new(move |_| {
        step.get()
            .and_then(|s| s.parse::<u8>().ok())
            .filter(|n| (7..=12).contains(n))
    });
    let institutions = state.workspace.institutions();
    // Switching tabs keeps the page; another institution (or its deletion) redraws it.
    let shown = Memo::new(move |_| {
        let id = id.get()?;
        institutions
            .with(|all| all.iter().any(|i| i.id == id))
            .then_some(id)
    });
    view! {
        <RecordsLoaded>
            {move || match shown.get() {
                Some(id) => Either::Left(view! { <InstitutionView id tab/> }),
                None => Either::Right(view! {
                    <Title text="Instelling niet gevonden"/>
                    <article class="page">
                        <h1>"Instelling niet gevonden"</h1>
                        <p>"Deze instelling bestaat niet (meer) in uw gegevens. Misschien is ze verwijderd."</p>
                        <p class="link-line"><a href="/instellingen">"Naar alle instellingen"</a></p>
                    </article>
                }),
            }}
        </RecordsLoaded>
    }
}

/// A text of the institution as a field shows it; empty once it is gone.
pub(super) fn text(read: impl Fn() -> Option<String> + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(move || read().unwrap_or_default())
}

/// Writes a field's new value into the institution, by the model's rules.
pub(super) fn write(
    state: AppState,
    id: &str,
    field: InstitutionField,
    set: fn(&mut Institution, String),
) -> Callback<String, Result<(), InvalidInput>> {
    let id = id.to_string();
    Callback::new(move |value: String| {
        state.edit_institution(&id, field, |i| {
            set(i, value);
            Ok(())
        })
    })
}

#[component]
fn InstitutionView(id: String, tab: Memo<Option<u8>>) -> impl IntoView {
    let state = use_app_state();
    let current: Field<Institution> = state.workspace.institutions().at_key(id.clone()).into();
    let standing = use_summaries().work_of(id.clone());
    let name = move || current.name().try_get().unwrap_or_default();
    let facts = move || {
        current
            .try_with(|i| {
                [i.kind.label(), i.place.as_str(), i.school_year.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ")
            })
            .unwrap_or_default()
    };
    let archived = move || current.archived().try_get().unwrap_or_default();
    view! {
        <Title text=name/>
        <article class="page page--wide institution-page">
            <p class="eyebrow">
                <a href="/instellingen">"Instellingen"</a>
                " › "
                {name}
            </p>
            <h1>{name}</h1>
            <p class="institution-page__facts">{facts}</p>
            <p class="link-line institution-page__links">
                <a href=year_plan_path(None, Some(&id))>"Jaarplanning van deze instelling"</a>
                <a href=school_report_path(&id, None)>"Schoolrapportage"</a>
            </p>
            <p class="institution-page__phase">
                <span class="label">"Nu: "</span>
                {move || standing.get().map(|s| s.phase.label())}
                <Show when=archived>
                    <span class="badge">"Gearchiveerd"</span>
                </Show>
            </p>
            <JustAdded/>
            <Tabs id=id.clone() tab current/>
            <div class="institution-page__panel">
                {move || match tab.get() {
                    None => view! { <DetailsPanel id=id.clone() current/> }.into_any(),
                    Some(7) => view! { <SelectionPanel id=id.clone() current/> }.into_any(),
                    Some(n) => view! { <StepPanel id=id.clone() number=n current/> }.into_any(),
                }}
            </div>
        </article>
    }
}

/// Details, step 7 and steps 8–12, each with its status at a glance.
#[component]
fn Tabs(id: String, tab: Memo<Option<u8>>, current: Field<Institution>) -> impl IntoView {
    let standing = use_summaries().work_of(id.clone());
    // The plan (11) and the evaluations (12) keep the school year the user is looking at.
    let year = use_query_value("jaar");
    let tabs = std::iter::once(None).chain((7u8..=12).map(Some));
    view! {
        <nav class="tabs" aria-label="Onderdelen van deze instelling">
            <ul>
                {tabs
                    .map(|which| {
                        // (label, css token) of the tab's badge; step 7 shows the decision.
                        let badge = move || match which {
                            Some(7) => {
                                let selection = current.selection().try_get().unwrap_or_default();
                                match selection.decision {
                                    SelectionDecision::Candidate => {
                                        let status = standing
                                            .with(|s| s.as_ref().map(|s| s.step(7).status))
                                            .unwrap_or_default();
                                        (status.label(), status.token())
                                    }
                                    SelectionDecision::Chosen => (SelectionDecision::Chosen.label(), "afgerond"),
                                    SelectionDecision::NotChosen => {
                                        (SelectionDecision::NotChosen.label(), "niet-gekozen")
                                    }
                                }
                            }
                            Some(n) => {
                                let status = standing
                                    .with(|s| s.as_ref().map(|s| s.step(n).status))
                                    .unwrap_or_default();
                                (status.label(), status.token())
                            }
                            None => ("", ""),
                        };
                        // "Stap 9" with the step's short name, so the tab says what it holds.
                        let (label, name) = match which {
                            None => ("Gegevens".to_string(), ""),
                            Some(n) => (format!("Stap {n}"), tab_name(n)),
                        };
                        view! {
                            <li>
                                <a
                                    href={
                                        let id = id.clone();
                                        move || match (which, year.get()) {
                                            (Some(n @ (11 | 12)), Some(year)) => institution_year_path(&id, n, &year),
                                            _ => institution_path(&id, which),
                                        }
                                    }
                                    aria-current=move || (tab.get() == which).then_some("page")
                                >
                                    <span>{label}</span>
                                    {(!name.is_empty()).then(|| view! { <span class="tab__name">{name}</span> })}
                                    {which.map(|_| view! {
                                        <span class=move || format!("badge badge--{}", badge().1)>{move || badge().0}</span>
                                    })}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// The short name of step `n` on its tab.
fn tab_name(n: u8) -> &'static str {
    crate::content::INSTITUTION_TAB_NAMES
        .iter()
        .find(|(step, _)| *step == n)
        .map_or("", |(_, name)| name)
}

/// Where step `n` of the institution stands, as its tab and panel show it.
pub(super) fn step_state(id: String, n: u8) -> Signal<StepState> {
    let standing = use_summaries().work_of(id);
    Signal::derive(move || {
        standing
            .with(|s| s.as_ref().map(|s| s.step(n).clone()))
            .unwrap_or_default()
    })
}

/// Right after adding, the way to add the next one without a trip back to the list.
#[component]
fn JustAdded() -> impl IntoView {
    let added = use_query_value(ADDED);
    // The keyboard lands on the new institution's name, not at the top of the page.
    Effect::new(move |_| {
        if added.with(Option::is_some) {
            focus_page_heading();
        }
    });
    view! {
        <Show when=move || added.with(Option::is_some)>
            <p class="card just-added" role="status">
                "De instelling is toegevoegd. "
                <a href=format!("/instellingen?{ADD_ANOTHER}=1")>"Nog een instelling toevoegen"</a>
            </p>
        </Show>
    }
}

//! One institution: its details, its selection (step 7) and its steps 8–12, one tab each.

mod details;
mod planning;
mod selection;
mod steps;

use leptos::prelude::*;

use crate::components::{dynamic, live, memo, set_title};
use crate::model::{Institution, SelectionDecision, StepState};
use crate::routes::{ADD_ANOTHER, ADDED, Page, institution_path};
use crate::state::{AppState, use_app_state, use_navigator};

use details::DetailsPanel;
use selection::SelectionPanel;
use steps::StepPanel;

/// The institution named by `?id=`, with the tab named by `?stap=` (none: its details).
#[component]
pub fn InstitutionPage(id: String) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let tab = memo(move || {
        navigator.page.with(|p| match p {
            Page::Institution { step, .. } => *step,
            _ => None,
        })
    });
    let lookup = id.clone();
    let exists = memo(move || state.workspace.with(|w| w.institution(&lookup).is_some()));
    dynamic(move || {
        let id = id.clone();
        if exists.get() {
            view! { <InstitutionView id tab/> }.into_any()
        } else {
            set_title("Instelling niet gevonden");
            view! {
                <article class="page">
                    <h1>"Instelling niet gevonden"</h1>
                    <p>"Deze instelling bestaat niet (meer) in uw gegevens. Misschien is ze verwijderd."</p>
                    <p><a href="/instellingen">"Naar alle instellingen"</a></p>
                </article>
            }
            .into_any()
        }
    })
}

/// The institution as it is now; `None` once it has been deleted.
pub(super) type Current = Memo<Option<Institution>>;

#[component]
fn InstitutionView(id: String, tab: Memo<Option<u8>>) -> impl IntoView {
    let state = use_app_state();
    let lookup = id.clone();
    let current: Current = memo(move || state.workspace.with(|w| w.institution(&lookup).cloned()));
    let name = move || current.with(|i| i.as_ref().map(|i| i.name.clone()).unwrap_or_default());
    Effect::new(move |_| set_title(&name()));
    let facts = live(move || {
        current.with(|i| {
            i.as_ref()
                .map(|i| {
                    [i.kind.label(), i.place.as_str(), i.school_year.as_str()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
                .unwrap_or_default()
        })
    });
    let phase = {
        let id = id.clone();
        move || {
            state
                .workspace
                .with(|w| w.institution(&id).map(|i| w.phase_of(i)))
        }
    };
    let phase_label = live(move || phase().map(|p| p.label()).unwrap_or_default());
    view! {
        <article class="page page--wide institution-page">
            <p class="eyebrow">
                <a href="/instellingen">"Instellingen"</a>
                " › "
                {live(name)}
            </p>
            <h1>{live(name)}</h1>
            <p class="institution-page__facts">{facts}</p>
            <p class="institution-page__phase">
                <span class="label">"Nu: "</span>
                {phase_label}
                {dynamic(move || current.with(|i| i.as_ref().is_some_and(|i| i.archived)).then(|| view! { <span class="badge">"Gearchiveerd"</span> }))}
            </p>
            <JustAdded/>
            <Tabs id=id.clone() tab current/>
            <div class="institution-page__panel">
                {dynamic(move || match tab.get() {
                    None => view! { <DetailsPanel id=id.clone() current/> }.into_any(),
                    Some(7) => view! { <SelectionPanel id=id.clone() current/> }.into_any(),
                    Some(n) => view! { <StepPanel id=id.clone() number=n current/> }.into_any(),
                })}
            </div>
        </article>
    }
}

/// Details, step 7 and steps 8–12, each with its status at a glance.
#[component]
fn Tabs(id: String, tab: Memo<Option<u8>>, current: Current) -> impl IntoView {
    let state = use_app_state();
    let tabs = std::iter::once(None).chain((7u8..=12).map(Some));
    view! {
        <nav class="tabs" aria-label="Onderdelen van deze instelling">
            <ul>
                {tabs
                    .map(|which| {
                        let href = institution_path(&id, which);
                        // (label, css token) of the tab's badge; step 7 shows the decision.
                        let badge_id = id.clone();
                        let badge = move || {
                            current.with(|i| match (i, which) {
                                (Some(i), Some(7)) => match i.selection.decision {
                                    SelectionDecision::Candidate => (i.selection_status().label(), i.selection_status().token()),
                                    SelectionDecision::Chosen => (SelectionDecision::Chosen.label(), "afgerond"),
                                    SelectionDecision::NotChosen => (SelectionDecision::NotChosen.label(), "niet-gekozen"),
                                },
                                (Some(_), Some(n)) => {
                                    let status = step_state(state, &badge_id, n).map(|s| s.status).unwrap_or_default();
                                    (status.label(), status.token())
                                }
                                _ => ("", ""),
                            })
                        };
                        let badge_class = badge.clone();
                        // "Stap 9" with the step's short name, so the tab says what it holds.
                        let (label, name) = match which {
                            None => ("Gegevens".to_string(), ""),
                            Some(n) => (format!("Stap {n}"), tab_name(n)),
                        };
                        view! {
                            <li>
                                <a href=href aria-current=move || (tab.get() == which).then_some("page")>
                                    <span>{label}</span>
                                    {(!name.is_empty()).then(|| view! { <span class="tab__name">{name}</span> })}
                                    {which
                                        .map(|_| {
                                            view! {
                                                <span class=live(move || format!("badge badge--{}", badge_class().1))>{live(move || badge().0)}</span>
                                            }
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

/// Where step `n` of the institution stands, by `model::work`'s rule.
pub(super) fn step_state(state: AppState, id: &str, n: u8) -> Option<StepState> {
    state
        .workspace
        .with(|w| w.institution(id).map(|i| w.work_of(i).step(n)))
}

/// Right after adding, the way to add the next one without a trip back to the list.
#[component]
fn JustAdded() -> impl IntoView {
    let navigator = use_navigator();
    dynamic(move || {
        navigator.has_flag(ADDED).then(|| {
            view! {
                <p class="card just-added" role="status">
                    "De instelling is toegevoegd. "
                    <a href=format!("/instellingen?{ADD_ANOTHER}=1")>"Nog een instelling toevoegen"</a>
                </p>
            }
        })
    })
}

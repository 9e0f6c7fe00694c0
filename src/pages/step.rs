use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::{ConversationList, GuideText, PrivacyNote, ProgressForm, RecordsLoaded};
use crate::content::{QuestionList, STEPS, Scope, Step, Text, step};
use crate::model::{
    SelectionDecision, SessionKind, StepField, WorkspaceStoreFields, library_conversation_work,
    library_step_state_by, progress_of,
};
use crate::pages::NotFoundPage;
use crate::pages::team::{StepSessions, TeamProfile};
use crate::routes::{institution_path, step_path};
use crate::state::{use_app_state, use_summaries};

/// One step (`/stappenplan/:stap`): the library's progress on it, and everything the guide
/// says about it.
#[component]
pub fn StepPage() -> impl IntoView {
    let params = use_params_map();
    // The page stays while the step changes (the pager): the step is read reactively.
    let number =
        Memo::new(move |_| params.with(|p| p.get("stap").and_then(|n| n.parse::<u8>().ok())));
    move || match number.get().and_then(step) {
        Some(step) => Either::Left(view! { <StepDetail step/> }),
        None => Either::Right(view! { <NotFoundPage/> }),
    }
}

#[component]
fn StepDetail(step: &'static Step) -> impl IntoView {
    view! {
        <Title text=format!("Stap {}", step.number)/>
        <article class="page step-page">
            <p class="eyebrow">
                <a href="/stappenplan">"Stappenplan"</a>
                {format!(" › Stap {} van {}", step.number, STEPS.len())}
            </p>
            <h1>{format!("Stap {}. {}", step.number, step.title)}</h1>
            // The name the step has in the guide's overview (and in the step list), where it
            // differs, so the two read as one step.
            {(step.title != step.short_title).then(|| view! {
                <p class="step-page__short">{format!("In het overzicht: {}", step.short_title)}</p>
            })}
            <p class="step-page__door">
                <span class="label">"Door: "</span>
                {step.door}
            </p>
            <div class="step-page__columns">
                <div class="step-page__progress">
                    <LibraryProgress step/>
                    {matches!(step.number, 2 | 3).then(|| view! {
                        <RecordsLoaded>
                            <ConversationList institution_id=None step=step.number/>
                        </RecordsLoaded>
                    })}
                    {(step.scope == Scope::Institution)
                        .then(|| {
                            view! {
                                <p class="hint">
                                    "Deze stap zet u met elke school of voorschoolse instelling. Hier legt u de voortgang "
                                    "van de bibliotheek als geheel vast; per instelling doet u dat bij "
                                    <a href="/instellingen">"Instellingen"</a>
                                    "."
                                </p>
                            }
                        })}
                </div>
                // Beside the sticky column, not in it: under the notes it was cut off at the
                // column's foot in landscape, above them it pushed the notes out. Under the
                // progress when upright, above the guide in landscape.
                <PrivacyNote/>
                <div class="step-page__guide">
                    {(step.scope == Scope::Institution).then(|| view! {
                        <RecordsLoaded>
                            <AtThisStep number=step.number/>
                        </RecordsLoaded>
                    })}
                    // The team's work at steps 4–6, like the institutions at 7–12: first in
                    // the wide column, not in the sticky one beside it.
                    {SessionKind::of_step(step.number).map(|kind| view! {
                        <RecordsLoaded>
                            <StepSessions kind/>
                        </RecordsLoaded>
                    })}
                    {(step.number == 6).then(|| view! {
                        <RecordsLoaded>
                            <TeamProfile/>
                        </RecordsLoaded>
                    })}
                    <GuideSection title="Doel" text=step.doel/>
                    <GuideSection title="Resultaat" text=step.resultaat/>
                    {step.question_lists.iter().map(|list| view! { <Questions list/> }).collect_view()}
                    <GuideSection title="Extra" text=step.extra/>
                    {step
                        .examples
                        .iter()
                        .map(|example| {
                            view! {
                                <aside class="example" aria-label=example.title>
                                    <h2>{example.title}</h2>
                                    <GuideText text=example.body/>
                                </aside>
                            }
                        })
                        .collect_view()}
                    {step
                        .tips
                        .iter()
                        .map(|tip| {
                            view! {
                                <div class="tip" role="note">
                                    <h2>"Tip!"</h2>
                                    <GuideText text=*tip/>
                                </div>
                            }
                        })
                        .collect_view()}
                    <Footnotes notes=step.footnotes/>
                    <StepPager number=step.number/>
                </div>
            </div>
        </article>
    }
}

#[component]
fn GuideSection(title: &'static str, text: Text) -> impl IntoView {
    (!text.is_empty()).then(|| {
        view! {
            <section class="guide-section">
                <h2>{title}</h2>
                <GuideText text/>
            </section>
        }
    })
}

#[component]
fn Questions(list: &'static QuestionList) -> impl IntoView {
    view! {
        <section class="guide-section question-list" id=list.id>
            <h2>{list.title}</h2>
            <ul>
                {list
                    .questions
                    .iter()
                    .map(|q| {
                        view! {
                            <li id=q.id>
                                {(!q.marker.is_empty())
                                    .then(|| view! { <span class="marker">{format!("{}. ", q.marker)}</span> })}
                                {q.text}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Footnotes(notes: &'static [&'static str]) -> impl IntoView {
    (!notes.is_empty()).then(|| {
        view! {
            <section class="footnotes">
                <h2>"Voetnoot"</h2>
                <ul>{notes.iter().map(|n| view! { <li>{*n}</li> }).collect_view()}</ul>
            </section>
        }
    })
}

/// The library's own progress on the step.
#[component]
fn LibraryProgress(step: &'static Step) -> impl IntoView {
    let state = use_app_state();
    let progress = Memo::new(move |_| state.workspace.steps().with(|s| progress_of(s, step.id)));
    let on_change = Callback::new(move |field: StepField| state.edit_step(step.id, field));
    // Steps 1–6 follow the library's work as an institution's steps do; 7–12 are read
    // across the institutions, with the library's own record as it was set.
    let work = (step.scope == Scope::Library).then(|| {
        // The conversations are read again when they change, not at every key typed in
        // the step's notes.
        let by_conversation = Memo::new(move |_| {
            let conversations = state.workspace.conversations();
            conversations.with(|c| library_conversation_work(c, step.number))
        });
        Signal::from(Memo::new(move |_| {
            by_conversation.with(|work| progress.with(|p| library_step_state_by(p, work.clone())))
        }))
    });
    match work {
        Some(work) => {
            view! { <ProgressForm progress on_change work label="Voortgang van de bibliotheek" privacy_note=false/> }
                .into_any()
        }
        None => view! { <ProgressForm progress on_change label="Voortgang van de bibliotheek" privacy_note=false/> }
            .into_any(),
    }
}

/// Where every active institution stands on this step (7–12), each linked to its tab.
#[component]
fn AtThisStep(number: u8) -> impl IntoView {
    let state = use_app_state();
    let summaries = use_summaries();
    let across = summaries.library_step(number);
    let rows = Memo::new(move |_| {
        summaries.work.with(|work| {
            state.workspace.institutions().with(|institutions| {
                institutions
                    .iter()
                    .filter(|i| !i.archived)
                    .map(|i| {
                        let status = match (number, i.selection.decision, work.get(&i.id)) {
                            (7, decision, _) => decision.label(),
                            (_, SelectionDecision::Chosen, Some(state)) => {
                                state.step(number).status.label()
                            }
                            _ => "Nog niet gekozen (stap 7)",
                        };
                        (i.id.clone(), i.name.clone(), status)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <section class="card" aria-labelledby="bij-instellingen-kop">
                <h2 id="bij-instellingen-kop">"Bij de instellingen"</h2>
                <p>{move || across.get().across.map(|a| a.label())}</p>
                <table class="overview-table">
                    <tbody>
                        <For each=move || rows.get() key=|row| row.clone() let:((id, name, status))>
                            <tr>
                                <td><a href=institution_path(&id, Some(number))>{name}</a></td>
                                <td>{status}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </section>
        </Show>
    }
}

#[component]
fn StepPager(number: u8) -> impl IntoView {
    let previous = step(number.wrapping_sub(1));
    let next = step(number + 1);
    view! {
        <nav class="pager" aria-label="Andere stappen">
            {previous
                .map(|s| {
                    view! {
                        <a href=step_path(s.number) class="pager__previous">
                            {format!("‹ Stap {}: {}", s.number, s.short_title)}
                        </a>
                    }
                })}
            {next
                .map(|s| {
                    view! {
                        <a href=step_path(s.number) class="pager__next">
                            {format!("Stap {}: {} ›", s.number, s.short_title)}
                        </a>
                    }
                })}
        </nav>
    }
}

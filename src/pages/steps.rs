use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{AcrossLine, RecordsLoaded, StatusBadge};
use crate::content::{STEPS, Scope, Step};
use crate::model::{LibraryStep, WorkspaceStoreFields, format_date, progress_of};
use crate::routes::step_path;
use crate::state::{use_app_state, use_summaries};

/// The guide's overview of the twelve steps, with the library's progress on each.
#[component]
pub fn StepsPage() -> impl IntoView {
    let library_steps = use_summaries().library_steps;
    let summary = Memo::new(move |_| library_steps.with(|steps| LibraryStep::headline(steps)));
    let steps = |scope: Scope| {
        STEPS
            .iter()
            .filter(move |s| s.scope == scope)
            .map(|step| view! { <StepRow step/> })
            .collect_view()
    };
    view! {
        <Title text="Stappenplan"/>
        <article class="page steps-page">
            <h1>"Stappenplan"</h1>
            <RecordsLoaded>
                <p class="summary-line" aria-live="polite">
                    "Stap 1–6, de bibliotheek zelf: "
                    <strong>{move || summary.get().done}</strong>
                    " van 6 afgerond · "
                    {move || summary.get().in_progress}
                    " bezig"
                </p>
            </RecordsLoaded>
            <p class="lead">
                "De stappen hoeven niet op volgorde: deels gelijktijdig of in een andere volgorde kan ook. "
                "Voor iedere stap moet uiteindelijk aandacht zijn."
            </p>
            <h2>"De bibliotheek (stap 1–6)"</h2>
            <ol class="step-list">{steps(Scope::Library)}</ol>
            <h2>"Met voorschoolse instellingen en scholen (stap 7–12)"</h2>
            <RecordsLoaded>
                <ol class="step-list">{steps(Scope::Institution)}</ol>
            </RecordsLoaded>
        </article>
    }
}

#[component]
fn StepRow(step: &'static Step) -> impl IntoView {
    let state = use_app_state();
    let status = use_summaries().library_step(step.number);
    let when_who = move || {
        state.workspace.steps().with(|steps| {
            let p = progress_of(steps, step.id);
            // Dates as the user reads them (dd-mm-jjjj), like everywhere else.
            [format_date(&p.date), p.owner.trim().to_string()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    view! {
        <li class="step-row">
            <a href=step_path(step.number)>
                <span class="step-row__number" aria-hidden="true">{step.number}</span>
                <span class="step-row__body">
                    <span class="step-row__title">
                        {format!("Stap {}: {}", step.number, step.short_title)}
                        // The step page's own heading, where the guide words it otherwise.
                        {(step.title != step.short_title).then(|| view! {
                            <span class="step-row__long">{step.title}</span>
                        })}
                    </span>
                    <span class="step-row__meta">
                        <span class="label">"Door: "</span>{step.overview_door}
                    </span>
                    <span class="step-row__meta">
                        <span class="label">"Resultaat: "</span>{step.overview_result}
                    </span>
                    <span class="step-row__when">{when_who}</span>
                    <AcrossLine step/>
                </span>
                <StatusBadge status=Signal::derive(move || status.get().status)/>
            </a>
        </li>
    }
}

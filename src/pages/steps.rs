use leptos::prelude::*;

use crate::components::{AcrossLine, StatusBadge, derived, dynamic, live, memo, set_title};
use crate::content::{STEPS, Scope, Step};
use crate::model::format_date;
use crate::routes::step_path;
use crate::state::use_app_state;

/// The guide's overview of the twelve steps, with the library's progress on each.
#[component]
pub fn StepsPage() -> impl IntoView {
    set_title("Stappenplan");
    let state = use_app_state();
    let summary = move || state.workspace.with(|w| w.step_summary());
    let library_steps = STEPS.iter().filter(|s| s.scope == Scope::Library);
    let institution_steps = STEPS.iter().filter(|s| s.scope == Scope::Institution);
    view! {
        <article class="page steps-page">
            <h1>"Stappenplan"</h1>
            <p class="summary-line" aria-live="polite">
                <strong>{dynamic(move || summary().done)}</strong>
                " van 12 stappen afgerond · "
                {dynamic(move || summary().in_progress)}
                " bezig"
            </p>
            <p class="lead">
                "De stappen hoeven niet op volgorde: deels gelijktijdig of in een andere volgorde kan ook. "
                "Voor iedere stap moet uiteindelijk aandacht zijn."
            </p>
            <h2>"De bibliotheek (stap 1–6)"</h2>
            <ol class="step-list">{library_steps.map(|step| view! { <StepRow step/> }).collect_view()}</ol>
            <h2>"Met voorschoolse instellingen en scholen (stap 7–12)"</h2>
            <ol class="step-list">
                {institution_steps.map(|step| view! { <StepRow step/> }).collect_view()}
            </ol>
        </article>
    }
}

#[component]
fn StepRow(step: &'static Step) -> impl IntoView {
    let state = use_app_state();
    let progress = memo(move || state.workspace.with(|w| w.step(step.id)));
    let status = derived(move || state.workspace.with(|w| w.library_step(step).status));
    let when_who = live(move || {
        progress.with(|p| {
            // Dates as the user reads them (dd-mm-jjjj), like everywhere else.
            [format_date(&p.date), p.owner.trim().to_string()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ")
        })
    });
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
                <StatusBadge status/>
            </a>
        </li>
    }
}

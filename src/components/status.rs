//! A step's status as people read it.

use leptos::prelude::*;

use crate::content::Step;
use crate::model::StepStatus;
use crate::state::use_summaries;

/// A step's status as a coloured, labelled badge (colour is never the only cue).
#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<StepStatus>) -> impl IntoView {
    view! {
        <span class=move || format!("badge badge--{}", status.get().token())>
            {move || status.get().label()}
        </span>
    }
}

/// For steps 7–12: how the institutions stand, and the library's own record where the
/// guide gives it a task of its own.
#[component]
pub fn AcrossLine(step: &'static Step) -> impl IntoView {
    let library_step = use_summaries().library_step(step.number);
    view! { <span class="across-line">{move || library_step.get().describe()}</span> }
}

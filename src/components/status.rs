use leptos::prelude::*;

use super::dynamic;

use crate::content::Step;
use crate::model::StepStatus;

/// A step's status as a coloured, labelled badge (colour is never the only cue).
#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<StepStatus>) -> impl IntoView {
    view! {
        <span class=move || format!("badge badge--{}", status.get().token())>
            {dynamic(move || status.get().label())}
        </span>
    }
}

/// For steps 7–12: how the institutions stand, and the library's own record where the
/// guide gives it a task of its own.
#[component]
pub fn AcrossLine(step: &'static Step) -> impl IntoView {
    let state = crate::state::use_app_state();
    let text = move || state.workspace.with(|w| w.library_step(step).describe());
    view! { <span class="across-line">{super::live(text)}</span> }
}

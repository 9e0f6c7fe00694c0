use leptos::prelude::*;

use super::dynamic;

use crate::model::{LibraryStep, StepStatus};

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
pub fn AcrossLine(#[prop(into)] step: Signal<LibraryStep>) -> impl IntoView {
    view! { <span class="across-line">{super::live(move || step.with(LibraryStep::describe))}</span> }
}

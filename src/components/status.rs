use leptos::prelude::*;

use super::dynamic;

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

//! Status, date, who and notes of one step.

use leptos::prelude::*;

use super::{OnValue, PrivacyNote, TextArea, TextField};
use crate::model::{InvalidInput, StatusReason, StepField, StepProgress, StepState, StepStatus};
use crate::state::use_app_state;

/// Status, date, who and notes of one step, saved as they are changed. Used for the
/// library's steps and for every institution's steps 8–12, whose status follows the work
/// (`work`) until the user picks one.
#[component]
pub fn ProgressForm(
    #[prop(into)] progress: Signal<StepProgress>,
    on_change: Callback<StepField, Result<(), InvalidInput>>,
    label: &'static str,
    /// Where the step stands by what was recorded (an institution's steps 8–12).
    #[prop(optional, into)]
    work: Option<Signal<StepState>>,
    /// The privacy reminder under the notes; `false` where the page shows it itself.
    #[prop(default = true)]
    privacy_note: bool,
) -> impl IntoView {
    let state = use_app_state();
    let shown = move || match work {
        Some(work) => work.with(|w| w.status),
        None => progress.with(|p| p.status),
    };
    let field = move |get: fn(&StepProgress) -> String| Signal::derive(move || progress.with(get));
    let change = move |make: fn(String) -> StepField| -> OnValue {
        Callback::new(move |v| on_change.run(make(v)))
    };
    view! {
        <section class="card progress-form" aria-label=label>
            <fieldset class="status-picker">
                <legend>"Status"</legend>
                {StepStatus::ALL
                    .into_iter()
                    .map(|status| {
                        view! {
                            <label class=format!("status-option status-option--{}", status.token())>
                                <input
                                    type="radio"
                                    name="status"
                                    value=status.token()
                                    prop:checked=move || shown() == status
                                    on:change=move |_| {
                                        state.show_refusal(on_change.run(StepField::Status(status)));
                                    }
                                />
                                <span>{status.label()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            {work.map(|work| view! { <WhyStatus work on_change/> })}
            <div class="form-grid">
                <TextField label="Datum" kind="date" value=field(|p| p.date.clone()) on_value=change(StepField::Date)/>
                <TextField
                    label="Wie"
                    placeholder="Wie pakt deze stap op?"
                    value=field(|p| p.owner.clone())
                    on_value=change(StepField::Owner)
                />
            </div>
            <TextArea label="Notities" rows=5 value=field(|p| p.notes.clone()) on_value=change(StepField::Notes)/>
            {privacy_note.then(|| view! { <PrivacyNote/> })}
        </section>
    }
}

/// StatusReason the status is what it is, and the way back from a status set by hand.
#[component]
fn WhyStatus(
    work: Signal<StepState>,
    on_change: Callback<StepField, Result<(), InvalidInput>>,
) -> impl IntoView {
    let state = use_app_state();
    let follow = move |_| state.show_refusal(on_change.run(StepField::FollowWork));
    view! {
        <div class="status-why" aria-live="polite">
            <p>{move || work.with(StepState::explain)}</p>
            <p class="status-why__ready">{move || work.with(StepState::advice)}</p>
            <button
                type="button"
                class="button button--secondary"
                prop:hidden=move || work.with(|w| w.why != StatusReason::ByHand)
                on:click=follow
            >
                "Status weer laten volgen wat er is vastgelegd"
            </button>
        </div>
    }
}

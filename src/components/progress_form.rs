use leptos::prelude::*;

use super::{OnValue, TextArea, TextField, derived, live};
use crate::model::{InvalidInput, StepField, StepProgress, StepState, StepStatus, Why};
use crate::state::use_app_state;

/// Where an institution's step stands by `model::work`, read reactively where it is called.
pub type WorkState = std::sync::Arc<dyn Fn() -> StepState + Send + Sync>;

/// Status, date, who and notes of one step, saved as they are changed. Used for the
/// library's steps and for every institution's steps 8–12, whose status follows the work
/// (`work`) until the user picks one.
#[component]
pub fn ProgressForm(
    #[prop(into)] progress: Signal<StepProgress>,
    on_change: Callback<StepField, Result<(), InvalidInput>>,
    label: &'static str,
    #[prop(optional)] work: Option<WorkState>,
) -> impl IntoView {
    let state = use_app_state();
    let shown = {
        let work = work.clone();
        move || match &work {
            Some(work) => work().status,
            None => progress.with(|p| p.status),
        }
    };
    let field = move |get: fn(&StepProgress) -> String| derived(move || progress.with(get));
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
                                    prop:checked={
                                        let shown = shown.clone();
                                        live(move || shown() == status)
                                    }
                                    on:change=move |_| {
                                        state.tell(on_change.run(StepField::Status(status)));
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
        </section>
    }
}

/// Why the status is what it is, and the way back from a status set by hand.
#[component]
fn WhyStatus(
    work: WorkState,
    on_change: Callback<StepField, Result<(), InvalidInput>>,
) -> impl IntoView {
    let state = use_app_state();
    let follow = move |_| state.tell(on_change.run(StepField::FollowWork));
    let (explain, advice, by_hand) = (work.clone(), work.clone(), work);
    view! {
        <div class="status-why" aria-live="polite">
            <p>{live(move || explain().explain())}</p>
            <p class="status-why__ready">{live(move || advice().advice())}</p>
            <button
                type="button"
                class="button button--secondary"
                prop:hidden=live(move || by_hand().why != Why::ByHand)
                on:click=follow
            >
                "Status weer laten volgen wat er is vastgelegd"
            </button>
        </div>
    }
}

use leptos::prelude::*;

use super::{OnValue, TextArea, TextField, derived, live};
use crate::model::{InvalidInput, StepField, StepProgress, StepStatus};
use crate::state::use_app_state;

/// Status, date, who and notes of one step, saved as they are changed. Used for the
/// library's steps and for every institution's steps 8–12.
#[component]
pub fn ProgressForm(
    #[prop(into)] progress: Signal<StepProgress>,
    on_change: Callback<StepField, Result<(), InvalidInput>>,
    label: &'static str,
) -> impl IntoView {
    let state = use_app_state();
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
                                    prop:checked=live(move || progress.with(|p| p.status == status))
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

use leptos::prelude::*;

use crate::model::{InvalidInput, StepField, StepProgress, StepStatus};

/// Status, date, who and notes of one step, saved as they are changed. Used for the
/// library's steps and for every institution's steps 8–12.
#[component]
pub fn ProgressForm(
    #[prop(into)] progress: Signal<StepProgress>,
    on_change: Callback<StepField, Result<(), InvalidInput>>,
    label: &'static str,
) -> impl IntoView {
    let date_error = RwSignal::new(None::<String>);
    // Ids must be unique on the page; one form is shown at a time.
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
                                    prop:checked=move || progress.with(|p| p.status == status)
                                    on:change=move |_| {
                                        let _ = on_change.run(StepField::Status(status));
                                    }
                                />
                                <span>{status.label()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="form-grid">
                <label class="field">
                    <span class="field__label">"Datum"</span>
                    <input
                        type="date"
                        name="datum"
                        prop:value=move || progress.with(|p| p.date.clone())
                        aria-invalid=move || date_error.with(Option::is_some).to_string()
                        aria-describedby="datum-fout"
                        on:change=move |ev| {
                            let result = on_change.run(StepField::Date(event_target_value(&ev)));
                            date_error.set(result.err().map(|e| e.0));
                        }
                    />
                    <span id="datum-fout" class="field-error" role="alert">
                        {move || date_error.get()}
                    </span>
                </label>
                <label class="field">
                    <span class="field__label">"Wie"</span>
                    <input
                        type="text"
                        name="wie"
                        placeholder="Wie pakt deze stap op?"
                        prop:value=move || progress.with(|p| p.owner.clone())
                        on:input=move |ev| {
                            let _ = on_change.run(StepField::Owner(event_target_value(&ev)));
                        }
                    />
                </label>
            </div>
            <label class="field">
                <span class="field__label">"Notities"</span>
                <textarea
                    name="notities"
                    rows="5"
                    prop:value=move || progress.with(|p| p.notes.clone())
                    on:input=move |ev| {
                        let _ = on_change.run(StepField::Notes(event_target_value(&ev)));
                    }
                ></textarea>
            </label>
        </section>
    }
}

//! Labelled form fields that save on input and show the model's Dutch refusal beside them.

use leptos::prelude::*;

use super::{dynamic, live};

use crate::model::InvalidInput;

/// What a field does with a new value: apply it to the model, or say why not.
pub type OnValue = Callback<String, Result<(), InvalidInput>>;

fn report(error: RwSignal<Option<String>>, result: Result<(), InvalidInput>) {
    error.set(result.err().map(|e| e.0));
}

/// A one-line text field (`kind` is the input type: text, email, tel, date, search).
#[component]
pub fn TextField(
    label: &'static str,
    #[prop(into)] value: Signal<String>,
    on_value: OnValue,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] placeholder: &'static str,
    #[prop(optional)] required: bool,
    /// A fuller name for screen readers where the visible label repeats (e.g. per item of a
    /// checklist).
    #[prop(optional, into)]
    accessible_name: Option<String>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    // Dates and months are committed on change (when the picker closes, not halfway through
    // typing a year); text as it is typed.
    let on_change = matches!(kind, "date" | "month");
    let commit = move |ev: leptos::ev::Event| report(error, on_value.run(event_target_value(&ev)));
    view! {
        <label class="field">
            <span class="field__label">{label} {required.then_some(" (verplicht)")}</span>
            <input
                type=kind
                aria-label=accessible_name
                placeholder=placeholder
                required=required
                prop:value=live(move || value.get())
                aria-invalid=move || error.with(Option::is_some).to_string()
                on:input=move |ev| {
                    if !on_change {
                        commit(ev)
                    }
                }
                on:change=move |ev| {
                    if on_change {
                        commit(ev)
                    }
                }
            />
            <span class="field-error" role="alert">{dynamic(move || error.get())}</span>
        </label>
    }
}

/// A multi-line text field.
#[component]
pub fn TextArea(
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    on_value: OnValue,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    view! {
        <label class="field">
            <span class="field__label">{label}</span>
            <textarea
                rows=rows
                prop:value=live(move || value.get())
                aria-invalid=move || error.with(Option::is_some).to_string()
                on:input=move |ev| report(error, on_value.run(event_target_value(&ev)))
            ></textarea>
            <span class="field-error" role="alert">{dynamic(move || error.get())}</span>
        </label>
    }
}

/// A choice from a fixed list: `(token, label)` pairs.
#[component]
pub fn SelectField(
    label: &'static str,
    options: Vec<(&'static str, &'static str)>,
    #[prop(into)] value: Signal<String>,
    on_value: OnValue,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    view! {
        <label class="field">
            <span class="field__label">{label}</span>
            <select
                aria-invalid=move || error.with(Option::is_some).to_string()
                on:change=move |ev| report(error, on_value.run(event_target_value(&ev)))
            >
                {options
                    .into_iter()
                    .map(|(token, text)| {
                        view! {
                            <option value=token prop:selected=live(move || value.with(|v| v == token))>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <span class="field-error" role="alert">{dynamic(move || error.get())}</span>
        </label>
    }
}

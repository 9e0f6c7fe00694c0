//! Labelled form fields that save as the user types and show the model's Dutch refusal
//! beside them, tied to the field for screen readers.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::model::InvalidInput;

/// What a field does with a new value: apply it to the model, or say why not.
pub type OnValue = Callback<String, Result<(), InvalidInput>>;

/// A unique id for a field's error message, for `aria-describedby`.
fn error_id() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("veldfout-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// The refusal shown under a field, announced when it appears.
#[component]
fn FieldError(id: String, error: RwSignal<Option<String>>) -> impl IntoView {
    view! { <span class="field-error" id=id role="alert">{move || error.get()}</span> }
}

/// A one-line text field (`kind` is the input type: text, email, tel, date, month, search).
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
    let error_id = error_id();
    // Dates and months are committed on change (when the picker closes, not halfway through
    // typing a year); text as it is typed.
    let on_change = matches!(kind, "date" | "month");
    let commit = move |ev: leptos::ev::Event| {
        error.set(on_value.run(event_target_value(&ev)).err().map(|e| e.0));
    };
    view! {
        <label class="field">
            <span class="field__label">{label} {required.then_some(" (verplicht)")}</span>
            <input
                type=kind
                aria-label=accessible_name
                placeholder=placeholder
                required=required
                prop:value=move || value.get()
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
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
            <FieldError id=error_id error/>
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
    let error_id = error_id();
    view! {
        <label class="field">
            <span class="field__label">{label}</span>
            <textarea
                rows=rows
                prop:value=move || value.get()
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                on:input=move |ev| error.set(on_value.run(event_target_value(&ev)).err().map(|e| e.0))
            ></textarea>
            <FieldError id=error_id error/>
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
    let error_id = error_id();
    view! {
        <label class="field">
            <span class="field__label">{label}</span>
            <select
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                on:change=move |ev| error.set(on_value.run(event_target_value(&ev)).err().map(|e| e.0))
            >
                {options
                    .into_iter()
                    .map(|(token, text)| {
                        view! {
                            <option value=token prop:selected=move || value.with(|v| v == token)>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldError id=error_id error/>
        </label>
    }
}

use leptos::prelude::*;

use super::dynamic;

/// A button that asks "are you sure?" in place before doing something that cannot be undone
/// (its confirmation styled as a warning), or, with `danger = false`, before something that
/// only adds.
#[component]
pub fn ConfirmButton(
    label: &'static str,
    question: &'static str,
    confirm_label: &'static str,
    on_confirm: Callback<()>,
    #[prop(default = true)] danger: bool,
) -> impl IntoView {
    let confirm_class = if danger {
        "button button--danger"
    } else {
        "button"
    };
    let asking = RwSignal::new(false);
    dynamic(move || {
        if !asking.get() {
            return view! {
                <button type="button" class="button button--secondary" on:click=move |_| asking.set(true)>
                    {label}
                </button>
            }
            .into_any();
        }
        view! {
            <div class="confirm" role="alertdialog" aria-label=label>
                <p>{question}</p>
                <div class="button-row">
                    <button
                        type="button"
                        class=confirm_class
                        on:click=move |_| {
                            asking.set(false);
                            on_confirm.run(());
                        }
                    >
                        {confirm_label}
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                        "Annuleren"
                    </button>
                </div>
            </div>
        }
        .into_any()
    })
}

//! A button that asks "are you sure?" in place.

use leptos::prelude::*;

/// Asks before doing something that cannot be undone (its confirmation styled as a
/// warning), or, with `danger = false`, before something that only adds.
#[component]
pub fn ConfirmButton(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] question: Signal<String>,
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
    view! {
        <Show
            when=move || asking.get()
            fallback=move || {
                view! {
                    <button type="button" class="button button--secondary" on:click=move |_| asking.set(true)>
                        {move || label.get()}
                    </button>
                }
            }
        >
            <div class="confirm" role="alertdialog" aria-label=move || label.get()>
                <p>{move || question.get()}</p>
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
        </Show>
    }
}

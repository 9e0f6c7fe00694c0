//! A button that asks "are you sure?" in place.

use leptos::html::{Button, Div};
use leptos::prelude::*;

use super::focus::{neighbour_of, refocus};

/// Asks before doing something that cannot be undone (its confirmation styled as a
/// warning), or, with `danger = false`, before something that only adds. The question takes
/// the focus (on *Annuleren* when the step cannot be undone) and gives it back to the button
/// afterwards (also on Escape), or, when that went with what was deleted, to its neighbour.
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
    let opener = NodeRef::<Button>::new();
    let dialog = NodeRef::<Div>::new();
    let yes = NodeRef::<Button>::new();
    let no = NodeRef::<Button>::new();
    let first = if danger { no } else { yes };
    let open = move |_| {
        asking.set(true);
        request_animation_frame(move || {
            if let Some(button) = first.try_get_untracked().flatten() {
                button.focus().ok();
            }
        });
    };
    let back_to_opener = move || -> Vec<web_sys::HtmlElement> {
        opener
            .try_get_untracked()
            .flatten()
            .map(Into::into)
            .into_iter()
            .collect()
    };
    let cancel = move || {
        asking.set(false);
        refocus(back_to_opener);
    };
    view! {
        <Show
            when=move || asking.get()
            fallback=move || {
                view! {
                    <button type="button" class="button button--secondary" node_ref=opener on:click=open>
                        {move || label.get()}
                    </button>
                }
            }
        >
            <div
                class="confirm"
                role="alertdialog"
                aria-label=move || label.get()
                node_ref=dialog
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        cancel();
                    }
                }
            >
                <p>{move || question.get()}</p>
                <div class="button-row">
                    <button
                        type="button"
                        class=confirm_class
                        node_ref=yes
                        on:click=move |_| {
                            // Found before the deletion takes the dialog's surroundings away.
                            let neighbour = dialog.get_untracked().and_then(|d| neighbour_of(&d));
                            asking.set(false);
                            on_confirm.run(());
                            refocus(move || back_to_opener().into_iter().chain(neighbour).collect());
                        }
                    >
                        {confirm_label}
                    </button>
                    <button
                        type="button"
                        class="button button--secondary"
                        node_ref=no
                        on:click=move |_| cancel()
                    >
                        "Annuleren"
                    </button>
                </div>
            </div>
        </Show>
    }
}

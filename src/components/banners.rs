//! Warnings about storage and refused edits that the user must see on every page.

use leptos::prelude::*;

use super::ExportButtons;
use crate::browser::clock::today;
use crate::state::{SaveStatus, download_unreadable, use_app_state};

#[component]
pub fn StorageBanners() -> impl IntoView {
    let state = use_app_state();
    let failure = move || match state.save_status.get() {
        SaveStatus::Failed(message) => Some(message),
        _ => None,
    };
    view! {
        {move || {
            state.notice.get().map(|message| {
                view! {
                    <section class="banner banner--info" role="status">
                        <p>{message}</p>
                        <button type="button" class="button button--secondary" on:click=move |_| state.notice.set(None)>
                            "Sluiten"
                        </button>
                    </section>
                }
            })
        }}
        // Kept in view at the bottom of the screen, where the user is typing.
        {move || {
            state.refusal.get().map(|message| {
                view! {
                    <section class="banner banner--warning banner--refusal" role="alert">
                        <p><strong>"Niet bewaard: "</strong>{message}</p>
                        <button type="button" class="button button--secondary" on:click=move |_| state.refusal.set(None)>
                            "Sluiten"
                        </button>
                    </section>
                }
            })
        }}
        <UnreadableBanner/>
        {move || {
            failure().map(|message| {
                view! {
                    <section class="banner banner--warning" role="alert">
                        <h2>"Let op: niet opgeslagen"</h2>
                        <p>{message}</p>
                        <ExportButtons label="Download een kopie van uw gegevens"/>
                    </section>
                }
            })
        }}
    }
}

/// Shown when the stored document cannot be read: it stays untouched until the user chooses.
#[component]
fn UnreadableBanner() -> impl IntoView {
    let state = use_app_state();
    let error = RwSignal::new(None::<String>);
    let download = move |_| {
        if let Some(found) = state.unreadable.get_untracked() {
            error.set(download_unreadable(&found.text, &today()).err());
        }
    };
    let set_aside = move |_| error.set(state.set_unreadable_aside().err().map(|e| e.message()));
    move || {
        state.unreadable.get().map(|found| {
            view! {
                <section class="banner banner--error" role="alert">
                    <h2>"Uw opgeslagen gegevens konden niet worden geopend"</h2>
                    <p>{found.message}</p>
                    <p>
                        "Er is niets gewist: de gegevens staan nog ongewijzigd in deze browser. "
                        "Tot u hieronder kiest, slaat de app niets op."
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=download>
                            "Download de opgeslagen gegevens"
                        </button>
                        <button type="button" class="button button--secondary" on:click=set_aside>
                            "Apart bewaren en opnieuw beginnen"
                        </button>
                    </div>
                    {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                </section>
            }
        })
    }
}

//! One short line at the notes fields where names of children and parents are most tempting
//! (conversation notes, step notes, the preparation checklist); dismissed for good.

use leptos::prelude::*;

use crate::routes::PRIVACY_PATH;
use crate::state::use_app_state;

#[component]
pub fn PrivacyNote() -> impl IntoView {
    let state = use_app_state();
    view! {
        <Show when=move || state.privacy_note.get()>
            <p class="privacy-note">
                "Schrijf geen namen of persoonlijke details van kinderen en ouders op: de "
                "handreiking werkt met groepen ouders. "
                <a href=PRIVACY_PATH>"Over privacy"</a>
                " "
                <button type="button" class="link-button" on:click=move |_| state.dismiss_privacy_note()>
                    "Begrepen, niet meer tonen"
                </button>
            </p>
        </Show>
    }
}

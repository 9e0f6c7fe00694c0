use leptos::prelude::*;

use crate::state::use_app_state;

/// The library's name and the user's name, saved as they are typed.
#[component]
pub fn LibraryForm() -> impl IntoView {
    let state = use_app_state();
    let library = Memo::new(move |_| state.workspace.with(|w| w.library.clone()));
    view! {
        <div class="form-grid">
            <label class="field">
                <span class="field__label">"Naam van de bibliotheek"</span>
                <input
                    type="text"
                    name="bibliotheek"
                    autocomplete="organization"
                    placeholder="Bijvoorbeeld Bibliotheek Helmond-Peel"
                    prop:value=move || library.with(|l| l.name.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        state.workspace.update(|w| w.library.name = value);
                    }
                />
            </label>
            <label class="field">
                <span class="field__label">"Uw naam"</span>
                <input
                    type="text"
                    name="gebruiker"
                    autocomplete="name"
                    prop:value=move || library.with(|l| l.user_name.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        state.workspace.update(|w| w.library.user_name = value);
                    }
                />
            </label>
        </div>
    }
}

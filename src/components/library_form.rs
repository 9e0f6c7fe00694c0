use leptos::prelude::*;

use super::{OnValue, TextField, derived};
use crate::model::Library;
use crate::state::use_app_state;

/// The library's name and the user's name, saved as they are typed.
#[component]
pub fn LibraryForm() -> impl IntoView {
    let state = use_app_state();
    let field = move |get: fn(&Library) -> String| {
        derived(move || state.workspace.with(|w| get(&w.library)))
    };
    let change = move |set: fn(&mut Library, String)| -> OnValue {
        Callback::new(move |value| {
            state.workspace.update(|w| set(&mut w.library, value));
            Ok(())
        })
    };
    view! {
        <div class="form-grid">
            <TextField
                label="Naam van de bibliotheek"
                placeholder="Bijvoorbeeld Bibliotheek Helmond-Peel"
                value=field(|l| l.name.clone())
                on_value=change(|l, v| l.name = v)
            />
            <TextField label="Uw naam" value=field(|l| l.user_name.clone()) on_value=change(|l, v| l.user_name = v)/>
        </div>
    }
}

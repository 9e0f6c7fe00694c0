//! Who is working: the library's name and the user's.

use leptos::prelude::*;

use super::TextField;
use crate::model::{LibraryStoreFields, WorkspaceStoreFields};
use crate::state::use_app_state;

/// The library's name and the user's name, saved as they are typed.
#[component]
pub fn LibraryForm() -> impl IntoView {
    let state = use_app_state();
    let library = state.workspace.library();
    let set_name = Callback::new(move |name: String| {
        state.edit_library(|l| l.name = name);
        Ok(())
    });
    let set_user = Callback::new(move |name: String| {
        state.edit_library(|l| l.user_name = name);
        Ok(())
    });
    view! {
        <div class="form-grid">
            <TextField
                label="Naam van de bibliotheek"
                placeholder="Bijvoorbeeld Bibliotheek Helmond-Peel"
                value=library.name()
                on_value=set_name
            />
            <TextField label="Uw naam" value=library.user_name() on_value=set_user/>
        </div>
    }
}

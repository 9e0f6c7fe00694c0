//! The app's reactive state: one workspace signal, loaded from storage at start and saved
//! back as the user types. Components reach it through `use_app_state()`.

mod saver;

use leptos::prelude::*;

use crate::model::{InvalidInput, StepProgress, Workspace};
use crate::storage::local::{self, Loaded, SaveError, WORKSPACE_KEY};
use saver::Saver;

pub use saver::SaveStatus;

/// A stored document that could not be read, waiting for the user's decision.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub text: String,
    pub message: String,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub save_status: RwSignal<SaveStatus>,
    pub unreadable: RwSignal<Option<Unreadable>>,
    saver: Saver,
}

/// The current time as ISO 8601, from the browser's clock.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

impl AppState {
    /// Edits a step's progress; returns the Dutch reason when the edit is refused.
    pub fn edit_step(
        &self,
        step_id: &str,
        edit: impl FnOnce(&mut StepProgress),
    ) -> Result<(), InvalidInput> {
        let mut result = Ok(());
        self.workspace.update(|w| result = w.update_step(step_id, &now(), edit));
        result
    }

    /// Keeps the unreadable document under a key of its own and starts saving again.
    pub fn set_unreadable_aside(&self) -> Result<(), SaveError> {
        if let Some(found) = self.unreadable.get_untracked() {
            local::set_aside(&found.text, &now())?;
        }
        self.unreadable.set(None);
        self.saver.enable();
        Ok(())
    }
}

/// Loads the workspace, starts saving it, and provides the state to all components.
pub fn provide_app_state() -> AppState {
    let (workspace, unreadable, failure) = match local::load(WORKSPACE_KEY) {
        Loaded::Empty => (Workspace::default(), None, None),
        Loaded::Workspace(w) => (w, None, None),
        Loaded::Unreadable { text, error } => {
            (Workspace::default(), Some(Unreadable { text, message: error.message() }), None)
        }
        Loaded::Unavailable(reason) => {
            (Workspace::default(), None, Some(SaveError::Unavailable(reason).message()))
        }
    };
    let workspace = RwSignal::new(workspace);
    let save_status = RwSignal::new(failure.map_or(SaveStatus::Saved, SaveStatus::Failed));
    // An unreadable document is never overwritten: saving waits for the user's decision.
    let saver = Saver::start(workspace, save_status, unreadable.is_none());
    let state = AppState { workspace, save_status, unreadable: RwSignal::new(unreadable), saver };
    provide_context(state);
    state
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

//! What many views read and nobody records: every institution's standing and the library's
//! twelve steps. Each is one `Memo`, worked out again only when the records below it change
//! and only when something on screen reads it; a view of one institution reads its own
//! entry through a `Memo` of its own, so that it re-renders only when that entry changes.

use leptos::prelude::*;

use crate::content::STEPS;
use crate::model::{InstitutionWork, LibraryStep, WorkStates, WorkspaceStoreFields, work_states};

use super::AppState;

#[derive(Clone, Copy)]
pub struct Summaries {
    /// Every institution's standing (steps 7–12, its phase, its last work), by id.
    pub work: Memo<WorkStates>,
    /// The library's twelve steps in order, 7–12 read across its institutions.
    pub library_steps: Memo<Vec<LibraryStep>>,
}

impl Summaries {
    /// One institution's standing, for the views of that institution.
    pub fn work_of(&self, id: String) -> Memo<Option<InstitutionWork>> {
        let work = self.work;
        Memo::new(move |_| work.with(|w| w.get(&id).cloned()))
    }

    /// How one of the library's steps stands (number 1–12).
    pub fn library_step(&self, number: u8) -> Memo<LibraryStep> {
        let steps = self.library_steps;
        Memo::new(move |_| {
            steps.with(|s| s.get(usize::from(number) - 1).copied().unwrap_or_default())
        })
    }
}

/// Starts the summaries of the app's state and provides them to all components.
pub fn provide_summaries(state: AppState) -> Summaries {
    let workspace = state.workspace;
    let work = Memo::new(move |_| {
        let institutions = workspace.institutions().read();
        let conversations = workspace.conversations().read();
        let activities = workspace.activities().read();
        work_states(&institutions, &conversations, &activities)
    });
    let library_steps = Memo::new(move |_| {
        let steps = workspace.steps().read();
        let conversations = workspace.conversations().read();
        let institutions = workspace.institutions().read();
        work.with(|states| {
            STEPS
                .iter()
                .map(|step| LibraryStep::of(step, &steps, &conversations, &institutions, states))
                .collect()
        })
    });
    let summaries = Summaries {
        work,
        library_steps,
    };
    provide_context(summaries);
    summaries
}

pub fn use_summaries() -> Summaries {
    expect_context::<Summaries>()
}

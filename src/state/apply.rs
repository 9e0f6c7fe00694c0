//! Putting a whole workspace in the store (an import, a restore, another tab's save, a wipe)
//! so that only what differs re-renders: each record list is patched by key, each other
//! field replaced only when it changed.

use leptos::prelude::*;
use reactive_stores::{Patch, Store};

use crate::model::{Workspace, WorkspaceStoreFields};

/// Makes the store hold `next`, telling only the views of what changed.
///
/// Field by field: a patch of the whole workspace at once is refused by the store for a
/// struct with keyed lists (leptos-rs/leptos#4802), and a keyed list must know its keys
/// before it is patched.
pub(super) fn apply(store: Store<Workspace>, next: Workspace) {
    let Workspace {
        library,
        steps,
        self_assessment,
        institutions,
        conversations,
        activities,
        assessments,
        deleted,
    } = next;
    store.library().patch(library);
    // Replaced only where they differ, so that an unchanged field notifies no one.
    if store.steps().with_untracked(|s| *s != steps) {
        store.steps().set(steps);
    }
    if store
        .self_assessment()
        .with_untracked(|s| *s != self_assessment)
    {
        store.self_assessment().set(self_assessment);
    }
    if store.deleted().with_untracked(|d| *d != deleted) {
        store.deleted().set(deleted);
    }
    let lists = store.institutions();
    lists.update_keys();
    lists.patch(institutions);
    let lists = store.conversations();
    lists.update_keys();
    lists.patch(conversations);
    let lists = store.activities();
    lists.update_keys();
    lists.patch(activities);
    let lists = store.assessments();
    lists.update_keys();
    lists.patch(assessments);
}

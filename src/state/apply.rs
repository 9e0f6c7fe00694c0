//! Putting a whole workspace in the store (an import, a restore, another tab's save, the
//! records read after start-up, a wipe) so that only what differs re-renders.

use leptos::prelude::*;
use reactive_stores::{Patch, PatchField, Store};

use super::edit::StoredRecord;
use crate::model::{
    Activity, Assessment, Conversation, Institution, Moment, Person, Session, Workspace,
    WorkspaceStoreFields,
};
use crate::storage::layout::Changed;

/// What `apply` changed: the records, for the saver, and whether anything changed at all
/// (an import of what is here already changes nothing, and writes nothing).
pub(super) struct Applied {
    pub records: Changed,
    pub anything: bool,
}

/// Makes the store hold `next`, telling only the views of what changed, and returns what
/// changed, for the saver.
///
/// Field by field: a patch of the whole workspace at once is refused by the store for a
/// struct with keyed lists (leptos-rs/leptos#4802).
pub(super) fn apply(store: Store<Workspace>, next: Workspace) -> Applied {
    let Workspace {
        library,
        steps,
        self_assessment,
        institutions,
        conversations,
        activities,
        assessments,
        moments,
        people,
        sessions,
        deleted,
    } = next;
    // Replaced only where they differ, so that an unchanged field notifies no one.
    let mut main = false;
    if store.library().with_untracked(|l| *l != library) {
        main = true;
        store.library().patch(library);
    }
    if store.steps().with_untracked(|s| *s != steps) {
        main = true;
        store.steps().set(steps);
    }
    if store
        .self_assessment()
        .with_untracked(|s| *s != self_assessment)
    {
        main = true;
        store.self_assessment().set(self_assessment);
    }
    if store.deleted().with_untracked(|d| *d != deleted) {
        main = true;
        store.deleted().set(deleted);
    }
    let mut changed = Changed::default();
    apply_list::<Institution>(store, institutions, &mut changed);
    apply_list::<Conversation>(store, conversations, &mut changed);
    apply_list::<Activity>(store, activities, &mut changed);
    apply_list::<Assessment>(store, assessments, &mut changed);
    apply_list::<Moment>(store, moments, &mut changed);
    apply_list::<Person>(store, people, &mut changed);
    apply_list::<Session>(store, sessions, &mut changed);
    Applied {
        anything: main || !changed.is_empty(),
        records: changed,
    }
}

/// Makes one record list `next`: where the same records stand in the same order, only
/// those that differ are replaced, each telling its own views; else the list is patched by
/// key.
fn apply_list<T: StoredRecord + PatchField>(
    store: Store<Workspace>,
    next: Vec<T>,
    changed: &mut Changed,
) {
    let list = T::in_store(store);
    // A row written through its key before the list knows its keys is written nowhere
    // (reactive_stores 0.4.4), and a write of the whole store leaves the keys behind.
    list.update_keys();
    // The records read after start-up come into empty lists: set whole, and their keys
    // known, without a comparison per record.
    if list.with_untracked(Vec::is_empty) {
        if !next.is_empty() {
            changed.list::<T>();
            list.set(next);
            list.update_keys();
        }
        return;
    }
    let same_records = list.with_untracked(|now| {
        now.len() == next.len() && now.iter().zip(&next).all(|(a, b)| a.id() == b.id())
    });
    if same_records {
        let differing: Vec<T> = list.with_untracked(|now| {
            now.iter()
                .zip(next)
                .filter(|(a, b)| *a != b)
                .map(|(_, b)| b)
                .collect()
        });
        for record in differing {
            changed.record::<T>(record.id());
            list.at_key(record.id().to_string()).set(record);
        }
    } else {
        list.with_untracked(|now| changed.records_between(now, &next));
        list.patch(next);
    }
}

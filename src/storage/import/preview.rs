//! What an import would add and change, shown before anything changes.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use crate::content::step_by_id;
use crate::model::{
    BOOKKEEPING, Deletion, EachKind, FREE_TEXTS, Kind, Record, StepProgress, Workspace, dutch_list,
    each_kind, fields_of,
};

/// Which version of a field (or a step) to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
    /// Both texts, each marked with who and when (text fields only).
    Both,
}

/// A record the import adds or changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub kind: Kind,
    pub id: String,
    /// What the user recognises it by: a name, a step title.
    pub label: String,
    /// The field both sides changed, by its name in the file; `None` for a step or a record
    /// that is new.
    pub field: Option<String>,
    /// When each side last changed it (ISO 8601); empty for a side that lacks it.
    pub ours_updated: String,
    pub theirs_updated: String,
    /// Both values are free text (`model::FREE_TEXTS`), so both can be kept.
    pub text: bool,
    /// Deleted on one side, still there on the other: keeping ours or theirs then means
    /// keeping or dropping the record.
    pub deleted: Option<Gone>,
}

/// Which side deleted a record the other still has, when and by whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gone {
    /// Deleted on this device (the file still has it); else in the file.
    pub here: bool,
    pub at: String,
    pub by: String,
}

pub(super) fn find<'a>(deleted: &'a [Deletion], kind: Kind, id: &str) -> Option<&'a Deletion> {
    deleted.iter().find(|d| d.kind == kind && d.id == id)
}

/// A record deleted here that the file still has: `Theirs` brings it back.
pub(super) fn deleted_here<T: Record>(theirs: &T, gone: &Deletion) -> Difference {
    Difference {
        ours_updated: gone.at.clone(),
        deleted: Some(Gone {
            here: true,
            at: gone.at.clone(),
            by: gone.by.clone(),
        }),
        ..new_record(theirs)
    }
}

/// A record the file says was deleted that is still here: `Theirs` deletes it here too.
pub(super) fn deleted_there<T: Record>(ours: &T, gone: &Deletion) -> Difference {
    Difference {
        ours_updated: ours.updated_at().to_string(),
        theirs_updated: gone.at.clone(),
        deleted: Some(Gone {
            here: false,
            at: gone.at.clone(),
            by: gone.by.clone(),
        }),
        label: ours.label(),
        ..new_record(ours)
    }
}

impl Difference {
    /// The side changed last; on a tie, ours (an import never overwrites silently).
    pub fn newer(&self) -> Side {
        if self.theirs_updated > self.ours_updated {
            Side::Theirs
        } else {
            Side::Ours
        }
    }
}

/// What an import would do, shown before anything changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preview {
    pub added: Vec<Difference>,
    /// Records changed only in the file: the merge takes their changes without a question.
    pub taken: Vec<Difference>,
    /// The fields (and steps) changed on both sides: the user chooses.
    pub changed: Vec<Difference>,
    /// How many records (and steps) the import changes, with or without a choice.
    pub changed_records: usize,
    pub unchanged: usize,
}

pub(super) fn new_record<T: Record>(theirs: &T) -> Difference {
    Difference {
        kind: T::KIND,
        id: theirs.id().to_string(),
        label: theirs.label(),
        field: None,
        ours_updated: String::new(),
        theirs_updated: theirs.updated_at().to_string(),
        text: false,
        deleted: None,
    }
}

/// How a record on both sides merges: the fields taken from the file without a question,
/// and those changed on both sides.
pub(super) struct FieldMerge {
    pub ours: Map<String, Value>,
    pub theirs: Map<String, Value>,
    pub take: Vec<String>,
    pub conflicts: Vec<String>,
}

pub(super) fn field_merge<T: Record>(ours: &T, theirs: &T) -> Option<FieldMerge> {
    let (ours_fields, theirs_fields) = (fields_of(ours)?, fields_of(theirs)?);
    let mut take = Vec::new();
    let mut conflicts = Vec::new();
    for (name, value) in &theirs_fields {
        if BOOKKEEPING.contains(&name.as_str()) || ours_fields.get(name) == Some(value) {
            continue;
        }
        let (o, t) = (ours.stamp_of(name), theirs.stamp_of(name));
        if t.base == o.at {
            take.push(name.clone());
        } else if o.base != t.at {
            conflicts.push(name.clone());
        }
    }
    Some(FieldMerge {
        ours: ours_fields,
        theirs: theirs_fields,
        take,
        conflicts,
    })
}

pub(super) fn conflict<T: Record>(
    ours: &T,
    theirs: &T,
    merge: &FieldMerge,
    name: &str,
) -> Difference {
    let is_text = |fields: &Map<String, Value>| fields.get(name).is_some_and(Value::is_string);
    Difference {
        kind: T::KIND,
        id: theirs.id().to_string(),
        label: theirs.label(),
        field: Some(name.to_string()),
        ours_updated: ours.stamp_of(name).at,
        theirs_updated: theirs.stamp_of(name).at,
        text: FREE_TEXTS.contains(&name) && is_text(&merge.ours) && is_text(&merge.theirs),
        deleted: None,
    }
}

/// Where each id sits in `records`: matching by id stays fast for thousands of records.
pub(super) fn positions<T: Record>(records: &[T]) -> HashMap<&str, usize> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id(), i))
        .collect()
}

fn preview_records<T: Record>(ours: &Workspace, theirs: &Workspace, preview: &mut Preview) {
    let (ours_list, theirs_list) = (T::list(ours), T::list(theirs));
    let index = positions(ours_list);
    let theirs_index = positions(theirs_list);
    for gone in theirs.deleted.iter().filter(|d| d.kind == T::KIND) {
        if let (Some(&i), None) = (
            index.get(gone.id.as_str()),
            theirs_index.get(gone.id.as_str()),
        ) {
            preview.changed_records += 1;
            preview.changed.push(deleted_there(&ours_list[i], gone));
        }
    }
    for record in theirs_list {
        let Some(o) = index.get(record.id()).map(|&i| &ours_list[i]) else {
            match find(&ours.deleted, T::KIND, record.id()) {
                Some(gone) => {
                    preview.changed_records += 1;
                    preview.changed.push(deleted_here(record, gone));
                }
                None => preview.added.push(new_record(record)),
            }
            continue;
        };
        // Most records of a colleague's file are as they are here: compared as values,
        // not field by field as text.
        if o == record {
            preview.unchanged += 1;
            continue;
        }
        match field_merge(o, record) {
            Some(m) if !m.take.is_empty() || !m.conflicts.is_empty() => {
                preview.changed_records += 1;
                if !m.take.is_empty() {
                    preview.taken.push(Difference {
                        ours_updated: o.updated_at().to_string(),
                        ..new_record(record)
                    });
                }
                for name in &m.conflicts {
                    preview.changed.push(conflict(o, record, &m, name));
                }
            }
            _ => preview.unchanged += 1,
        }
    }
}

pub(super) fn step_difference(
    id: &str,
    ours: Option<&StepProgress>,
    theirs: &StepProgress,
) -> Difference {
    Difference {
        kind: Kind::Step,
        id: id.to_string(),
        label: step_by_id(id).map_or_else(
            || id.to_string(),
            |s| format!("Stap {}. {}", s.number, s.title),
        ),
        field: None,
        ours_updated: ours.map(|o| o.updated_at.clone()).unwrap_or_default(),
        theirs_updated: theirs.updated_at.clone(),
        text: false,
        deleted: None,
    }
}

/// What importing `theirs` into `ours` would add and change.
pub fn preview(ours: &Workspace, theirs: &Workspace) -> Preview {
    let mut preview = Preview::default();
    for (id, progress) in &theirs.steps {
        match ours.steps.get(id) {
            None if *progress == StepProgress::default() => preview.unchanged += 1,
            None => preview.added.push(step_difference(id, None, progress)),
            Some(o) if o == progress => preview.unchanged += 1,
            Some(o) => {
                preview.changed_records += 1;
                preview.changed.push(step_difference(id, Some(o), progress));
            }
        }
    }
    struct Records<'a>(&'a Workspace, &'a Workspace, Preview);
    impl EachKind for Records<'_> {
        fn kind<T: Record>(&mut self) {
            preview_records::<T>(self.0, self.1, &mut self.2);
        }
    }
    let mut records = Records(ours, theirs, preview);
    each_kind(&mut records);
    records.2
}

/// What replacing `ours` by the file's workspace would take out of the app: the records
/// only here, counted per kind in Dutch ("190 instellingen en 1000 gesprekken"); empty
/// when there are none.
pub fn only_here(ours: &Workspace, theirs: &Workspace) -> String {
    struct Count<'a>(&'a Workspace, &'a Workspace, Vec<String>);
    impl EachKind for Count<'_> {
        fn kind<T: Record>(&mut self) {
            let there: HashSet<&str> = T::list(self.1).iter().map(|r| r.id()).collect();
            let gone = T::list(self.0)
                .iter()
                .filter(|r| !there.contains(r.id()))
                .count();
            if gone > 0 {
                self.2.push(T::KIND.counted(gone));
            }
        }
    }
    let mut count = Count(ours, theirs, Vec::new());
    each_kind(&mut count);
    dutch_list(&count.2)
}

//! The merge: records of the file added, fields it changed taken, conflicts as the user
//! chose.

use serde_json::{Map, Value};

use super::preview::{
    Difference, FieldMerge, Preview, Side, conflict, deleted_here, deleted_there, field_merge,
    find, positions, step_difference,
};
use crate::model::{Deletion, EachKind, FieldStamp, Record, Workspace, each_kind, from_fields};

/// Who changed what and when, for text kept from both sides.
#[derive(Debug, Clone, Copy)]
pub struct Names<'a> {
    pub ours: &'a str,
    pub theirs: &'a str,
    /// A time stamp as the reader reads it where they are: only the browser knows where.
    pub moment: fn(&str) -> String,
}

fn merge_records<T: Record>(
    merged_ws: &mut Workspace,
    theirs_ws: &Workspace,
    keep: &dyn Fn(&Difference) -> Side,
    names: Names,
) {
    let (theirs, theirs_deleted) = (T::list(theirs_ws), &theirs_ws.deleted);
    let mut deleted = std::mem::take(&mut merged_ws.deleted);
    let ours = T::list_mut(merged_ws);
    // Decided first, against an index of `ours`; then applied (new records at the end, so
    // every index stays valid).
    let index = positions(ours);
    let theirs_index = positions(theirs);
    let mut merged: Vec<(Option<usize>, T)> = Vec::new();
    let mut back: Vec<String> = Vec::new();
    let mut dropped: Vec<String> = Vec::new();
    let mut noted: Vec<Deletion> = Vec::new();
    for gone in theirs_deleted.iter().filter(|d| d.kind == T::KIND) {
        if theirs_index.contains_key(gone.id.as_str())
            || find(&deleted, T::KIND, &gone.id).is_some()
        {
            continue;
        }
        match index.get(gone.id.as_str()) {
            Some(&i) if keep(&deleted_there(&ours[i], gone)) != Side::Theirs => {}
            Some(_) => {
                dropped.push(gone.id.clone());
                noted.push(gone.clone());
            }
            None => noted.push(gone.clone()),
        }
    }
    for record in theirs {
        match index.get(record.id()).copied() {
            None => match find(&deleted, T::KIND, record.id()) {
                Some(gone) if keep(&deleted_here(record, gone)) != Side::Theirs => {}
                Some(_) => {
                    back.push(record.id().to_string());
                    merged.push((None, record.clone()));
                }
                None => merged.push((None, record.clone())),
            },
            Some(i) if ours[i] == *record => {}
            Some(i) => {
                if let Some(next) = merge_record(&ours[i], record, keep, names) {
                    merged.push((Some(i), next));
                }
            }
        }
    }
    for (at, record) in merged {
        match at {
            Some(i) => ours[i] = record,
            None => ours.push(record),
        }
    }
    ours.retain(|r| !dropped.iter().any(|id| id == r.id()));
    deleted.retain(|d| !(d.kind == T::KIND && back.contains(&d.id)));
    deleted.extend(noted);
    merged_ws.deleted = deleted;
}

/// `ours` with the fields of `theirs` it takes; `None` when it takes none.
fn merge_record<T: Record>(
    ours: &T,
    theirs: &T,
    keep: &dyn Fn(&Difference) -> Side,
    names: Names,
) -> Option<T> {
    let mut m = field_merge(ours, theirs)?;
    let mut stamps: Vec<(String, FieldStamp)> = Vec::new();
    for name in std::mem::take(&mut m.take) {
        let t = theirs.stamp_of(&name);
        if let Some(value) = m.theirs.get(&name).cloned() {
            m.ours.insert(name.clone(), value);
        }
        stamps.push((
            name,
            FieldStamp {
                at: t.at.clone(),
                base: t.at,
            },
        ));
    }
    for name in std::mem::take(&mut m.conflicts) {
        let (o, t) = (ours.stamp_of(&name), theirs.stamp_of(&name));
        let side = keep(&conflict(ours, theirs, &m, &name));
        let value = match side {
            Side::Ours => None,
            Side::Theirs => m.theirs.get(&name).cloned(),
            Side::Both => Some(Value::String(both_texts(&m, &name, &o, &t, names))),
        };
        if let Some(value) = value {
            m.ours.insert(name.clone(), value);
        }
        // Kept from the file: as the file has it. Else a value built on the file's, so
        // that the file's device takes it without a question when it imports ours.
        let stamp = match side {
            Side::Theirs => FieldStamp {
                at: t.at.clone(),
                base: t.at,
            },
            Side::Ours | Side::Both => FieldStamp {
                at: o.at,
                base: t.at,
            },
        };
        stamps.push((name, stamp));
    }
    let later = ours.updated_at().max(theirs.updated_at()).to_string();
    m.ours.insert("updatedAt".into(), Value::String(later));
    let mut next: T = from_fields(m.ours)?;
    for (name, stamp) in stamps {
        next.stamps_mut().insert(name, stamp);
    }
    (next != *ours).then_some(next)
}

/// Both sides' text of a field, each marked with who wrote it and when.
fn both_texts(m: &FieldMerge, name: &str, o: &FieldStamp, t: &FieldStamp, names: Names) -> String {
    let text = |fields: &Map<String, Value>| {
        fields
            .get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let mark = |who: &str, at: &str| {
        let who = match who.trim() {
            "" => "onbekend",
            who => who,
        };
        format!("[{who}, {}]", (names.moment)(at))
    };
    format!(
        "{}\n{}\n\n{}\n{}",
        mark(names.ours, &o.at),
        text(&m.ours),
        mark(names.theirs, &t.at),
        text(&m.theirs)
    )
}

/// `ours` with `theirs` merged in: new records are added, and for a record present on both
/// sides with different content `keep` decides which version stays. Records only in `ours`
/// stay: an import never deletes.
pub fn merge(
    ours: &Workspace,
    theirs: &Workspace,
    keep: impl Fn(&Difference) -> Side,
) -> Workspace {
    let names = Names {
        ours: &ours.library.user_name,
        theirs: &theirs.library.user_name,
        // Both texts are kept only where a user chose so, through `merge_named`.
        moment: str::to_string,
    };
    merge_named(ours, theirs, keep, names)
}

/// Whether importing `theirs`, compared with `ours` in `preview`, would leave `ours` as it
/// is: nothing added or changed, and nothing else the merge takes (a blank library name,
/// the file's record of deletions).
pub fn changes_nothing(ours: &Workspace, theirs: &Workspace, preview: &Preview) -> bool {
    preview.added.is_empty()
        && preview.taken.is_empty()
        && preview.changed.is_empty()
        && merge(ours, theirs, Difference::newer) == *ours
}

/// `merge`, naming who wrote each side's text where both are kept.
pub fn merge_named(
    ours: &Workspace,
    theirs: &Workspace,
    keep: impl Fn(&Difference) -> Side,
    names: Names,
) -> Workspace {
    let mut merged = ours.clone();
    // A blank library name (a new device, a wiped one) is taken from the file. The user's
    // name is not: it names the person using this device, not the colleague who exported.
    if merged.library.name.trim().is_empty() {
        merged.library.name = theirs.library.name.clone();
    }
    for (id, progress) in &theirs.steps {
        let current = merged.steps.get(id);
        let take = match current {
            None => true,
            Some(o) if o == progress => false,
            Some(o) => keep(&step_difference(id, Some(o), progress)) == Side::Theirs,
        };
        if take {
            merged.steps.insert(id.clone(), progress.clone());
        }
    }
    struct Records<'a>(
        &'a mut Workspace,
        &'a Workspace,
        &'a dyn Fn(&Difference) -> Side,
        Names<'a>,
    );
    impl EachKind for Records<'_> {
        fn kind<T: Record>(&mut self) {
            merge_records::<T>(self.0, self.1, self.2, self.3);
        }
    }
    each_kind(&mut Records(&mut merged, theirs, &keep, names));
    merged
}

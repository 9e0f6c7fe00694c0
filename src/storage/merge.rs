//! Importing a colleague's or another device's workspace into this one: what the import
//! would add and change, and the merge itself. Records are matched by id; nothing of this
//! workspace is ever dropped.
//!
//! A record on both sides is merged field by field, by the fields' stamps (see
//! `model::FieldStamp`): a field the file changed from the value this device has is taken,
//! one this device changed from the file's value stays, and only a field changed on both
//! sides since they last had it in common is a conflict for the user, who keeps one side or,
//! for text, both. The library's steps are decided whole.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::document::{DocumentError, SCHEMA_VERSION, Stamps, decode_file};
use super::messages::read;
use crate::content::step_by_id;
use crate::model::{
    BOOKKEEPING, Deletion, EachKind, FieldStamp, Kind, Record, StepProgress, Workspace, each_kind,
    fields_of, format_date,
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
    /// Both values are text, so both can be kept.
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

fn find<'a>(deleted: &'a [Deletion], kind: Kind, id: &str) -> Option<&'a Deletion> {
    deleted.iter().find(|d| d.kind == kind && d.id == id)
}

/// A record deleted here that the file still has: `Theirs` brings it back.
fn deleted_here<T: Record>(theirs: &T, gone: &Deletion) -> Difference {
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
fn deleted_there<T: Record>(ours: &T, gone: &Deletion) -> Difference {
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
    /// The fields (and steps) changed on both sides: the user chooses.
    pub changed: Vec<Difference>,
    /// How many records (and steps) the import changes, with or without a choice.
    pub changed_records: usize,
    pub unchanged: usize,
}

fn new_record<T: Record>(theirs: &T) -> Difference {
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
struct FieldMerge {
    ours: Map<String, Value>,
    theirs: Map<String, Value>,
    take: Vec<String>,
    conflicts: Vec<String>,
}

fn field_merge<T: Record>(ours: &T, theirs: &T) -> Option<FieldMerge> {
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

fn conflict<T: Record>(ours: &T, theirs: &T, merge: &FieldMerge, name: &str) -> Difference {
    let is_text = |fields: &Map<String, Value>| fields.get(name).is_some_and(Value::is_string);
    Difference {
        kind: T::KIND,
        id: theirs.id().to_string(),
        label: theirs.label(),
        field: Some(name.to_string()),
        ours_updated: ours.stamp_of(name).at,
        theirs_updated: theirs.stamp_of(name).at,
        text: is_text(&merge.ours) && is_text(&merge.theirs),
        deleted: None,
    }
}

/// Where each id sits in `records`: matching by id stays fast for thousands of records.
fn positions<T: Record>(records: &[T]) -> BTreeMap<&str, usize> {
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
                for name in &m.conflicts {
                    preview.changed.push(conflict(o, record, &m, name));
                }
            }
            _ => preview.unchanged += 1,
        }
    }
}

fn step_difference(id: &str, ours: Option<&StepProgress>, theirs: &StepProgress) -> Difference {
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

/// Who changed what, for text kept from both sides.
#[derive(Debug, Clone, Copy)]
pub struct Names<'a> {
    pub ours: &'a str,
    pub theirs: &'a str,
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
    // Read back through the reader every document uses: a second, plain deserializer of
    // every record type would add ~27 KB of wasm.
    let mut next: T = read(&serde_json::to_string(&m.ours).ok()?, "").ok()?;
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
        let time = at.get(11..19).unwrap_or_default();
        format!("[{who}, {} {time} UTC]", format_date(at))
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
    };
    merge_named(ours, theirs, keep, names)
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
    for (id, met) in &theirs.self_assessment {
        let current = merged.self_assessment.entry(id.clone()).or_default();
        *current |= *met;
    }
    merged
}

/// The largest file an import accepts. localStorage holds about 5 MB of text in all, so a
/// larger file could never be kept on this device anyway.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Why a file of `bytes` is not imported.
pub fn too_large(bytes: usize) -> String {
    // Tenths of a MB in whole numbers: formatting a float would add kilobytes to the wasm.
    let tenths = (bytes * 10).div_ceil(1_048_576);
    format!(
        "Dit bestand is te groot ({},{} MB). Een bestand van Ouderpartnerschap is hooguit 5 MB.",
        tenths / 10,
        tenths % 10
    )
}

/// A file chosen for import, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFile {
    pub workspace: Workspace,
    /// When and by whom it was exported (or saved, for a copy of a stored document).
    pub stamps: Stamps,
}

/// Reads a file chosen for import, or says in Dutch why it cannot be imported. Nothing is
/// changed either way; the caller shows the preview first.
pub fn read_import(text: &str) -> Result<ImportFile, String> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(too_large(text.len()));
    }
    // A pdf, photo or document chosen by mistake: say whose file it is not, not where its
    // JSON went wrong.
    if !matches!(
        text.bytes().find(|b| !b.is_ascii_whitespace()),
        None | Some(b'{' | b'[')
    ) {
        return Err(import_message(&DocumentError::Foreign));
    }
    let (workspace, stamps) = decode_file(text).map_err(|e| import_message(&e))?;
    match duplicate_ids(&workspace) {
        Some(problem) => Err(problem),
        None => Ok(ImportFile { workspace, stamps }),
    }
}

fn import_message(error: &DocumentError) -> String {
    match error {
        DocumentError::Empty => "Dit bestand is leeg. Misschien is het niet helemaal \
             overgekomen: vraag het opnieuw op of exporteer het opnieuw."
            .into(),
        DocumentError::NotJson(detail) => format!(
            "Dit bestand is geen leesbare JSON ({detail}). Misschien is het niet helemaal \
             overgekomen: vraag het opnieuw op of exporteer het opnieuw."
        ),
        DocumentError::Foreign => {
            "Dit bestand komt niet van Ouderpartnerschap. Kies een bestand dat met \
             ‘Exporteren’ in deze app is gemaakt."
                .into()
        }
        DocumentError::FromTheFuture(version) => format!(
            "Dit bestand is gemaakt met een nieuwere versie van de app (schemaversie {version}; \
             deze versie kent t/m {SCHEMA_VERSION}). Werk de app bij en importeer het dan."
        ),
        DocumentError::Damaged(detail) => {
            format!("Dit bestand is beschadigd en kan niet worden ingelezen: {detail}.")
        }
        DocumentError::MissingPart(_) => {
            "Dit bestand is de inhoudsopgave van de opslag van de app, zonder de gegevens \
             zelf. Maak een bestand met ‘Alles exporteren’ bij Gegevens."
                .into()
        }
    }
}

/// Why a file cannot be imported although it reads: the same id twice in one kind of record.
pub fn duplicate_ids(ws: &Workspace) -> Option<String> {
    /// Sorted once, so a file of many records in any order is checked in O(n log n).
    fn first_duplicate<'a>(ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
        let mut ids: Vec<&str> = ids.collect();
        ids.sort_unstable();
        ids.windows(2)
            .find(|pair| pair[0] == pair[1])
            .map(|pair| pair[0])
    }
    struct Duplicates<'a>(&'a Workspace, Option<String>);
    impl EachKind for Duplicates<'_> {
        fn kind<T: Record>(&mut self) {
            if self.1.is_some() {
                return;
            }
            if let Some(id) = first_duplicate(T::list(self.0).iter().map(Record::id)) {
                self.1 = Some(format!(
                    "Het bestand bevat twee keer dezelfde id ‘{id}’ ({}).",
                    T::KIND.label().to_lowercase()
                ));
            }
        }
    }
    let mut duplicates = Duplicates(ws, None);
    each_kind(&mut duplicates);
    duplicates.1
}

/// One institution with everything that belongs to it: its conversations, planning form and
/// assessments, for handing it over to a colleague. `None` when there is no such institution.
pub fn institution_part(ws: &Workspace, id: &str) -> Option<Workspace> {
    let institution = ws.institution(id)?.clone();
    let mut part = Workspace {
        library: ws.library.clone(),
        ..Workspace::default()
    };
    // Links to institutions outside the file are kept: the app ignores links it cannot
    // resolve, and the record stays identical to the original, so merging it back later
    // shows no false change.
    part.institutions.push(institution);
    part.conversations = ws
        .conversations
        .iter()
        .filter(|c| c.institution_id.as_deref() == Some(id))
        .cloned()
        .collect();
    part.activities = ws.activities_of(id).into_iter().cloned().collect();
    part.assessments = ws
        .assessments
        .iter()
        .filter(|a| a.institution_id.as_deref() == Some(id))
        .cloned()
        .collect();
    Some(part)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::InstitutionField;
    use crate::model::{
        Conversation, ConversationKind, Institution, InstitutionKind, StepField, StepStatus,
    };

    const T1: &str = "2026-11-01T10:00:00.000Z";
    const T2: &str = "2026-11-02T10:00:00.000Z";

    fn school(id: &str, name: &str, at: &str) -> Institution {
        Institution::new(id, name, InstitutionKind::Basisschool, at).unwrap()
    }

    fn base() -> Workspace {
        let mut ws = Workspace::default();
        ws.library.name = "Bibliotheek Helmond-Peel".into();
        ws.add_institution(school("a", "De Regenboog", T1)).unwrap();
        ws.add_conversation(Conversation::new(
            "g1",
            ConversationKind::Start,
            Some("a"),
            T1,
        ))
        .unwrap();
        ws.apply_step("stap-3", StepField::Status(StepStatus::Done), T1)
            .unwrap();
        ws
    }

    #[test]
    fn a_file_of_the_first_schema_version_imports_after_migration() {
        let file =
            read_import(include_str!("../../tests/fixtures/workspace-v1-full.json")).unwrap();
        assert_eq!(file.workspace.institutions.len(), 2);
        assert_eq!(file.workspace.conversations.len(), 6);
        assert!(file.workspace.assessments.is_empty());
        assert!(
            !file.stamps.at.is_empty(),
            "a stored document says when it was saved"
        );
    }

    #[test]
    fn a_blank_library_name_is_taken_from_the_file_but_never_the_users_name() {
        let mut theirs = base();
        theirs.library.user_name = "Toos".into();
        let fresh = merge(&Workspace::default(), &theirs, Difference::newer);
        assert_eq!(fresh.library.name, theirs.library.name);
        assert_eq!(
            fresh.library.user_name, "",
            "the colleague is not this device's user"
        );
        let mut ours = Workspace::default();
        ours.library.user_name = "Ans".into();
        let kept = merge(&ours, &theirs, Difference::newer);
        assert_eq!(kept.library.user_name, "Ans");
        assert_eq!(kept.library.name, "Bibliotheek Helmond-Peel");
    }

    #[test]
    fn a_workspace_merged_with_itself_is_unchanged() {
        let ws = base();
        let preview = preview(&ws, &ws);
        assert!(preview.added.is_empty() && preview.changed.is_empty());
        assert_eq!(preview.unchanged, 3);
        assert_eq!(merge(&ws, &ws, |_| Side::Theirs), ws);
    }

    #[test]
    fn new_records_are_added_and_nothing_of_ours_is_lost() {
        let ours = base();
        let mut theirs = Workspace::default();
        theirs
            .add_institution(school("b", "Kdv Olifantje", T2))
            .unwrap();
        let preview = preview(&ours, &theirs);
        assert_eq!(preview.added.len(), 1);
        assert_eq!(preview.added[0].label, "Kdv Olifantje");
        let merged = merge(&ours, &theirs, |_| Side::Theirs);
        assert_eq!(merged.institutions.len(), 2);
        // Records only in ours (a "deleted" record on their side) stay.
        assert!(merged.conversation("g1").is_some());
        assert_eq!(merged.step("stap-3").status, StepStatus::Done);
        assert_eq!(merged.library.name, "Bibliotheek Helmond-Peel");
    }

    const T3: &str = "2026-11-03T10:00:00.000Z";

    fn edited(
        ws: &Workspace,
        at: &str,
        field: InstitutionField,
        edit: impl FnOnce(&mut Institution),
    ) -> Workspace {
        let mut ws = ws.clone();
        ws.update_institution("a", at, field, |i| {
            edit(i);
            Ok(())
        })
        .unwrap();
        ws
    }

    fn no_question(d: &Difference) -> Side {
        panic!("asked about {d:?}")
    }

    #[test]
    fn a_field_changed_only_in_the_file_is_taken_without_a_question() {
        let ours = base();
        let theirs = edited(&ours, T2, InstitutionField::Notes, |i| {
            i.notes = "Van de collega".into()
        });
        let found = preview(&ours, &theirs);
        assert!(found.changed.is_empty(), "{:?}", found.changed);
        assert_eq!(found.changed_records, 1);
        let merged = merge(&ours, &theirs, no_question);
        assert_eq!(merged.institution("a").unwrap().notes, "Van de collega");
    }

    #[test]
    fn changes_to_different_fields_of_one_record_both_survive() {
        let shared = base();
        let ours = edited(&shared, T2, InstitutionField::Place, |i| {
            i.place = "Helmond".into()
        });
        let theirs = edited(&shared, T3, InstitutionField::Notes, |i| {
            i.notes = "Van de collega".into()
        });
        assert!(preview(&ours, &theirs).changed.is_empty());
        let merged = merge(&ours, &theirs, no_question);
        let school = merged.institution("a").unwrap();
        assert_eq!(
            (school.place.as_str(), school.notes.as_str()),
            ("Helmond", "Van de collega")
        );
        // And the other way round.
        let back = merge(&theirs, &ours, no_question);
        let school = back.institution("a").unwrap();
        assert_eq!(
            (school.place.as_str(), school.notes.as_str()),
            ("Helmond", "Van de collega")
        );
    }

    #[test]
    fn a_field_changed_on_both_sides_is_a_conflict_and_text_can_be_kept_twice() {
        let shared = base();
        let ours = edited(&shared, T2, InstitutionField::Notes, |i| {
            i.notes = "Hier genoteerd".into()
        });
        let theirs = edited(&shared, T3, InstitutionField::Notes, |i| {
            i.notes = "Daar genoteerd".into()
        });
        let found = preview(&ours, &theirs);
        assert_eq!(found.changed.len(), 1);
        let d = &found.changed[0];
        assert_eq!(
            (d.kind, d.field.as_deref(), d.text),
            (Kind::Institution, Some("notes"), true)
        );
        assert_eq!(
            (d.ours_updated.as_str(), d.theirs_updated.as_str()),
            (T2, T3)
        );
        assert_eq!(d.newer(), Side::Theirs);
        let names = Names {
            ours: "Ans",
            theirs: "Toos",
        };
        let both = merge_named(&ours, &theirs, |_| Side::Both, names);
        let notes = &both.institution("a").unwrap().notes;
        assert_eq!(
            notes,
            "[Ans, 02-11-2026 10:00:00 UTC]\nHier genoteerd\n\n[Toos, 03-11-2026 10:00:00 UTC]\nDaar genoteerd"
        );
        // The file's device takes the kept texts without a question.
        let there = merge(&theirs, &both, no_question);
        assert_eq!(&there.institution("a").unwrap().notes, notes);
        // Our own version kept: the other device takes that one too.
        let ours_kept = merge(&ours, &theirs, |_| Side::Ours);
        let there = merge(&theirs, &ours_kept, no_question);
        assert_eq!(there.institution("a").unwrap().notes, "Hier genoteerd");
    }

    #[test]
    fn a_file_imported_twice_changes_nothing_the_second_time() {
        let shared = base();
        let ours = edited(&shared, T2, InstitutionField::Place, |i| {
            i.place = "Helmond".into()
        });
        let theirs = edited(&shared, T3, InstitutionField::Notes, |i| {
            i.notes = "Van de collega".into()
        });
        let once = merge(&ours, &theirs, no_question);
        let again = preview(&once, &theirs);
        assert!(again.changed.is_empty() && again.added.is_empty());
        assert_eq!(merge(&once, &theirs, no_question), once);
    }

    #[test]
    fn records_from_before_field_stamps_changed_on_both_sides_are_a_conflict() {
        let mut ours = base();
        let mut theirs = base();
        ours.institutions[0].notes = "Hier".into();
        ours.institutions[0].updated_at = T2.into();
        theirs.institutions[0].notes = "Daar".into();
        theirs.institutions[0].updated_at = T3.into();
        assert_eq!(preview(&ours, &theirs).changed.len(), 1);
        // One side unchanged since it was made: the other's change is taken.
        let untouched = base();
        assert!(preview(&untouched, &theirs).changed.is_empty());
        assert_eq!(
            merge(&untouched, &theirs, no_question).institutions[0].notes,
            "Daar"
        );
    }

    #[test]
    fn a_step_changed_on_both_sides_is_decided_whole() {
        let ours = base();
        let mut theirs = base();
        theirs
            .apply_step("stap-3", StepField::Notes("Collega".into()), T2)
            .unwrap();
        let found = preview(&ours, &theirs);
        assert_eq!(found.changed.len(), 1);
        let step = &found.changed[0];
        assert_eq!((step.kind, step.field.as_deref()), (Kind::Step, None));
        assert!(step.label.starts_with("Stap 3. "));
        assert_eq!(
            merge(&ours, &theirs, |_| Side::Ours).step("stap-3").notes,
            ""
        );
        assert_eq!(
            merge(&ours, &theirs, Difference::newer)
                .step("stap-3")
                .notes,
            "Collega"
        );
    }

    #[test]
    fn a_record_deleted_here_does_not_come_back_from_an_older_file_unasked() {
        let before = base();
        let mut ours = before.clone();
        ours.delete_institution("a", T3);
        assert_eq!(ours.deleted.len(), 2, "the school and its conversation");
        let found = preview(&ours, &before);
        assert!(found.added.is_empty());
        let d = found
            .changed
            .iter()
            .find(|d| d.kind == Kind::Institution)
            .unwrap();
        assert!(d.deleted.as_ref().is_some_and(|g| g.here));
        assert_eq!(
            d.newer(),
            Side::Ours,
            "deleted after the file's last change: stays deleted"
        );
        let merged = merge(&ours, &before, Difference::newer);
        assert!(merged.institution("a").is_none() && merged.conversation("g1").is_none());
        // Chosen back, it is back and no longer counted as deleted.
        let back = merge(&ours, &before, |_| Side::Theirs);
        assert!(back.institution("a").is_some());
        assert!(back.deleted.iter().all(|d| d.id != "a"));
    }

    #[test]
    fn a_deletion_in_the_file_is_named_and_chosen_not_silent() {
        let before = base();
        let mut theirs = before.clone();
        theirs.library.user_name = "Toos".into();
        theirs.delete_institution("a", T3);
        let found = preview(&before, &theirs);
        let d = found
            .changed
            .iter()
            .find(|d| d.kind == Kind::Institution)
            .unwrap();
        let gone = d.deleted.as_ref().unwrap();
        assert!(!gone.here);
        assert_eq!((gone.by.as_str(), gone.at.as_str()), ("Toos", T3));
        assert_eq!(d.label, "De Regenboog");
        // Kept here: the school stays; taken: it goes, and the deletion is remembered.
        let kept = merge(&before, &theirs, |_| Side::Ours);
        assert!(kept.institution("a").is_some());
        let gone = merge(&before, &theirs, |_| Side::Theirs);
        assert!(gone.institution("a").is_none());
        assert!(gone.deleted.iter().any(|d| d.id == "a"));
        // Imported again, the deleted school does not come back.
        let again = preview(&gone, &before);
        assert!(again.added.is_empty());
    }

    #[test]
    fn on_a_tie_our_version_is_the_default() {
        let d = Difference {
            kind: Kind::Activity,
            id: "x".into(),
            label: String::new(),
            field: Some("who".into()),
            ours_updated: T1.into(),
            theirs_updated: T1.into(),
            text: true,
            deleted: None,
        };
        assert_eq!(d.newer(), Side::Ours);
    }

    #[test]
    fn a_self_assessment_keeps_every_competence_met_on_either_side() {
        let mut ours = Workspace::default();
        ours.self_assessment.insert("competentie-1".into(), true);
        let mut theirs = Workspace::default();
        theirs.self_assessment.insert("competentie-1".into(), false);
        theirs.self_assessment.insert("competentie-2".into(), true);
        let merged = merge(&ours, &theirs, |_| Side::Theirs);
        assert_eq!(merged.self_assessment.values().filter(|v| **v).count(), 2);
    }

    #[test]
    fn every_bad_file_gets_its_own_dutch_message() {
        let good = crate::storage::encode_export(&base(), T2, "Toos");
        let file = read_import(&good).unwrap();
        assert_eq!(file.workspace, base());
        assert_eq!(
            (file.stamps.at.as_str(), file.stamps.by.as_str()),
            (T2, "Toos")
        );
        let half = (0..=good.len() / 2)
            .rev()
            .find(|i| good.is_char_boundary(*i))
            .unwrap_or(0);
        let cases = [
            ("dit is geen json", "niet van Ouderpartnerschap"),
            ("%PDF-1.7\n%âãÏÓ", "niet van Ouderpartnerschap"),
            (r#"{"format": "ouderpartnerschap", }"#, "geen leesbare JSON"),
            (&good[..half], "niet helemaal"),
            (
                r#"{"type":"excalidraw","elements":[]}"#,
                "niet van Ouderpartnerschap",
            ),
            ("[1, 2, 3]", "niet van Ouderpartnerschap"),
            (
                r#"{"format":"ouderpartnerschap","schemaVersion":9,"workspace":{}}"#,
                "nieuwere versie",
            ),
            (
                r#"{"format":"ouderpartnerschap","schemaVersion":2,"workspace":{"institutions":[{"id":"a","name":7}]}}"#,
                "workspace.institutions[0].name",
            ),
            (
                r#"{"format":"ouderpartnerschap","schemaVersion":2,"workspace":{"activities":[{"activity":"x"}]}}"#,
                "workspace.activities[0].id",
            ),
            (
                r#"{"format":"ouderpartnerschap","schemaVersion":2,"workspace":{"assessments":[{"id":"b","name":"x"},{"id":"b","name":"y"}]}}"#,
                "twee keer dezelfde id ‘b’",
            ),
        ];
        for (text, expected) in cases {
            let message = read_import(text).unwrap_err();
            assert!(message.contains(expected), "{text}: {message}");
        }
        let huge = format!("{good}{}", " ".repeat(MAX_IMPORT_BYTES));
        assert!(read_import(&huge).unwrap_err().contains("te groot"));
        assert!(too_large(6 * 1_048_576).contains("(6,0 MB)"));
        assert!(
            too_large(5 * 1_048_576 + 1).contains("(5,1 MB)"),
            "never rounded down to the limit"
        );
    }

    #[test]
    fn an_export_names_when_and_by_whom() {
        let text = crate::storage::encode_export(&base(), T2, "Toos");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["exportedAt"], T2);
        assert_eq!(value["exportedBy"], "Toos");
        assert_eq!(
            value["schemaVersion"],
            crate::storage::document::FILE_VERSION
        );
    }

    #[test]
    fn duplicate_ids_are_named() {
        let mut ws = base();
        assert_eq!(duplicate_ids(&ws), None);
        ws.conversations.push(ws.conversations[0].clone());
        assert_eq!(
            duplicate_ids(&ws).unwrap(),
            "Het bestand bevat twee keer dezelfde id ‘g1’ (gesprek)."
        );
    }

    #[test]
    fn an_institution_part_holds_what_belongs_to_it_and_merges_back_cleanly() {
        let mut ws = base();
        ws.add_institution(school("b", "Kdv Olifantje", T1))
            .unwrap();
        ws.add_conversation(Conversation::new(
            "g2",
            ConversationKind::Start,
            Some("b"),
            T1,
        ))
        .unwrap();
        let part = institution_part(&ws, "a").unwrap();
        assert_eq!(part.institutions.len(), 1);
        assert_eq!(part.conversations.len(), 1);
        assert!(part.steps.is_empty(), "the library's own steps stay home");
        let back = preview(&ws, &part);
        assert!(back.added.is_empty() && back.changed.is_empty());
        assert_eq!(institution_part(&ws, "onbekend"), None);
        // A colleague's empty workspace gains the institution with its conversation.
        let colleague = merge(&Workspace::default(), &part, Difference::newer);
        assert_eq!(colleague.library.name, "Bibliotheek Helmond-Peel");
        assert_eq!(colleague.institutions[0].name, "De Regenboog");
        assert_eq!(colleague.conversations[0].id, "g1");
    }
}

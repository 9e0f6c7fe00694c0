//! How the workspace is kept in localStorage (schema version 3): a small main document
//! under `ouderpartnerschap.werkruimte` with the library, its steps, the competences and
//! the keys of its parts, and the record lists in parts of a few dozen records each, every
//! part under a key made from its own content.
//!
//! StatusReason: a large workspace is megabytes of notes. Written as one document, every save
//! re-stored all of it; now a save stores only the parts whose text changed plus the main
//! document, and reading handles one part at a time, so memory holds one part's text
//! beside the model instead of the whole document.
//!
//! Parts are cut where a record's id says so (content-defined), not every n records, so
//! adding or deleting a record changes one part, not every part after it. A key made from
//! the content means a part that already exists never needs writing again, and the main
//! document, written last, switches from the old parts to the new ones in one step.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::document::encode_main;
use crate::model::{EachKind, Kind, Record, Workspace, each_kind};

/// What the key of every part starts with.
pub const PART_PREFIX: &str = "ouderpartnerschap.deel.";

/// On average one record in `CUT_EVERY` starts a new part.
const CUT_EVERY: u64 = 16;

/// The stored form of a workspace: its parts, in order, and the main document naming them.
pub struct Layout<'a> {
    workspace: &'a Workspace,
    saved_at: &'a str,
    pub parts: Vec<Part>,
}

pub struct Part {
    pub key: String,
    /// The part's text; `None` for a part written before and unchanged since (`Written`),
    /// which is made again only if storage has lost it (`Layout::text`).
    pub text: Option<String>,
    /// Its size in bytes (UTF-8).
    pub bytes: usize,
    /// Which record list it holds (the `LIST` of its kind), and the indices of its first
    /// record and of the one after its last in that list.
    list: &'static str,
    start: usize,
    end: usize,
}

/// One part's text: an object holding one list under the name it has in the whole
/// document (`{"institutions":[…]}`).
struct PartText<'a, T>(&'static str, &'a [T]);

impl<T: Serialize> Serialize for PartText<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map([(self.0, self.1)])
    }
}

/// A part as it was last written or read: its key, its size, and the ids of its records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenPart {
    pub key: String,
    pub bytes: usize,
    pub ids: Vec<String>,
}

/// What is in storage of each record list (by its `LIST`), so that a save writes only the
/// parts whose records changed instead of encoding the whole workspace again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written(HashMap<&'static str, HashMap<String, WrittenPart>>);

impl Written {
    /// The part that starts with the record `first_id` in `list`, if one was written.
    fn part(&self, list: &str, first_id: &str) -> Option<&WrittenPart> {
        self.0.get(list)?.get(first_id)
    }

    /// Remembers a part of `list` as written.
    pub fn add(&mut self, list: &'static str, part: WrittenPart) {
        if let Some(first) = part.ids.first().cloned() {
            self.0.entry(list).or_default().insert(first, part);
        }
    }

    /// What a layout wrote (or found stored) of its first `named` parts.
    pub fn from_layout(layout: &Layout, named: usize) -> Written {
        struct Ids<'a>(&'a Layout<'a>, usize, Written);
        impl EachKind for Ids<'_> {
            fn kind<T: Record>(&mut self) {
                let records = T::list(self.0.workspace);
                for part in self.0.parts[..self.1].iter().filter(|p| p.list == T::LIST) {
                    let ids = records[part.start..part.end]
                        .iter()
                        .map(|r| r.id().to_string())
                        .collect();
                    let key = part.key.clone();
                    let bytes = part.bytes;
                    self.2.add(T::LIST, WrittenPart { key, bytes, ids });
                }
            }
        }
        let mut ids = Ids(layout, named, Written::default());
        each_kind(&mut ids);
        ids.2
    }
}

/// What changed since the last save: every record of some lists, or single records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changed {
    lists: HashSet<&'static str>,
    records: HashSet<(&'static str, String)>,
}

impl Changed {
    /// Everything: after an import, a restore, or another tab's version.
    pub fn everything() -> Changed {
        let mut changed = Changed::default();
        struct All<'a>(&'a mut Changed);
        impl EachKind for All<'_> {
            fn kind<T: Record>(&mut self) {
                self.0.lists.insert(T::LIST);
            }
        }
        each_kind(&mut All(&mut changed));
        changed
    }

    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        self.lists.is_empty() && self.records.is_empty()
    }

    /// Any record of `T`'s list may have changed, been added, removed or moved.
    pub fn list<T: Record>(&mut self) {
        self.lists.insert(T::LIST);
    }

    /// Any record of this kind may have changed (`list`, by the kind's value).
    pub fn kind(&mut self, kind: Kind) {
        struct Of<'a>(&'a mut Changed, Kind);
        impl EachKind for Of<'_> {
            fn kind<T: Record>(&mut self) {
                if T::KIND == self.1 {
                    self.0.list::<T>();
                }
            }
        }
        each_kind(&mut Of(self, kind));
    }

    /// The record of `T`'s list with this id changed.
    pub fn record<T: Record>(&mut self, id: &str) {
        self.records.insert((T::LIST, id.to_string()));
    }

    /// What differs between two versions of a workspace: the records that were added or
    /// changed, and every list that lost a record or changed its order.
    pub fn between(before: &Workspace, after: &Workspace) -> Changed {
        struct Diff<'a>(&'a Workspace, &'a Workspace, Changed);
        impl EachKind for Diff<'_> {
            fn kind<T: Record>(&mut self) {
                self.2.records_between(T::list(self.0), T::list(self.1));
            }
        }
        let mut diff = Diff(before, after, Changed::default());
        each_kind(&mut diff);
        diff.2
    }

    /// Notes what differs between two versions of one record list (see `between`).
    pub fn records_between<T: Record>(&mut self, old: &[T], new: &[T]) {
        let same_order =
            old.len() <= new.len() && old.iter().zip(new).all(|(o, n)| o.id() == n.id());
        if !same_order {
            self.list::<T>();
            return;
        }
        let index: HashMap<&str, &T> = old.iter().map(|r| (r.id(), r)).collect();
        for record in new {
            if index.get(record.id()) != Some(&record) {
                self.record::<T>(record.id());
            }
        }
    }

    /// Adds what `other` says changed.
    pub fn add(&mut self, other: Changed) {
        self.lists.extend(other.lists);
        self.records.extend(other.records);
    }

    fn unchanged<T: Record>(&self, records: &[T]) -> bool {
        !self.lists.contains(T::LIST)
            && records
                .iter()
                .all(|r| !self.records.contains(&(T::LIST, r.id().to_string())))
    }
}

/// Lays the workspace out in parts. A run of records that `written` has as one part and
/// that did not change since (`changed`) keeps that part without being encoded again.
pub fn lay_out<'a>(
    workspace: &'a Workspace,
    saved_at: &'a str,
    written: &Written,
    changed: &Changed,
) -> Layout<'a> {
    struct Cut<'a, 'w>(&'a Workspace, &'w Written, &'w Changed, Vec<Part>);
    impl EachKind for Cut<'_, '_> {
        fn kind<T: Record>(&mut self) {
            let mut start = 0;
            for chunk in chunks(T::list(self.0)) {
                let end = start + chunk.len();
                let same = self.1.part(T::LIST, chunk[0].id()).filter(|p| {
                    p.ids.len() == chunk.len()
                        && p.ids.iter().zip(chunk).all(|(id, r)| id == r.id())
                        && self.2.unchanged(chunk)
                });
                let part = match same {
                    Some(written) => Part {
                        key: written.key.clone(),
                        text: None,
                        bytes: written.bytes,
                        list: T::LIST,
                        start,
                        end,
                    },
                    None => {
                        let text = part_text(chunk);
                        Part {
                            key: key_of(&text),
                            bytes: text.len(),
                            text: Some(text),
                            list: T::LIST,
                            start,
                            end,
                        }
                    }
                };
                self.3.push(part);
                start = end;
            }
        }
    }
    let mut cut = Cut(workspace, written, changed, Vec::new());
    each_kind(&mut cut);
    Layout {
        workspace,
        saved_at,
        parts: cut.3,
    }
}

fn part_text<T: Record>(records: &[T]) -> String {
    serde_json::to_string(&PartText(T::LIST, records)).unwrap_or_default()
}

fn key_of(text: &str) -> String {
    format!("{PART_PREFIX}{:016x}", fnv(text.as_bytes()))
}

impl Layout<'_> {
    /// The main document naming the first `named` parts and holding the records of the
    /// others itself. Normally all parts are named; fewer while a large workspace moves
    /// into parts in a storage with too little room to hold it twice.
    pub fn main(&self, named: usize) -> String {
        struct Rest<'a>(&'a Workspace, &'a [Part], Workspace);
        impl EachKind for Rest<'_> {
            fn kind<T: Record>(&mut self) {
                let from = self
                    .1
                    .iter()
                    .filter(|p| p.list == T::LIST)
                    .map(|p| p.end)
                    .max();
                *T::list_mut(&mut self.2) = T::list(self.0)[from.unwrap_or(0)..].to_vec();
            }
        }
        // Only what is not in a part is copied: normally nothing of the record lists.
        let own = Workspace {
            library: self.workspace.library.clone(),
            steps: self.workspace.steps.clone(),
            self_assessment: self.workspace.self_assessment.clone(),
            deleted: self.workspace.deleted.clone(),
            ..Workspace::default()
        };
        let mut rest = Rest(self.workspace, &self.parts[..named], own);
        each_kind(&mut rest);
        encode_main(&rest.2, self.saved_at, self.keys(named))
    }

    /// The keys of the first `named` parts.
    pub fn keys(&self, named: usize) -> Vec<String> {
        self.parts[..named].iter().map(|p| p.key.clone()).collect()
    }

    /// The text of part `index`, encoded again if the layout kept the stored one.
    pub fn text(&self, index: usize) -> String {
        struct Encode<'a>(&'a Workspace, &'a Part, Option<String>);
        impl EachKind for Encode<'_> {
            fn kind<T: Record>(&mut self) {
                if self.1.list == T::LIST {
                    self.2 = Some(part_text(&T::list(self.0)[self.1.start..self.1.end]));
                }
            }
        }
        let part = &self.parts[index];
        if let Some(text) = &part.text {
            return text.clone();
        }
        let mut encode = Encode(self.workspace, part, None);
        each_kind(&mut encode);
        encode.2.unwrap_or_default()
    }
}

/// A stored main document with the parts it names, as one JSON object of key → text
/// (`null` for a part that is missing): what the user downloads of a stored document that
/// cannot be read, so that none of it stays behind on the device alone.
pub fn bundle(main_key: &str, main: &str, parts: &[(String, Option<String>)]) -> String {
    struct Bundle<'a>(&'a str, &'a str, &'a [(String, Option<String>)]);
    impl Serialize for Bundle<'_> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let main = std::iter::once((self.0, Some(self.1)));
            let parts = self.2.iter().map(|(k, t)| (k.as_str(), t.as_deref()));
            serializer.collect_map(main.chain(parts))
        }
    }
    serde_json::to_string(&Bundle(main_key, main, parts)).unwrap_or_default()
}

/// The records in runs that end where an id says so (see the module comment).
pub fn chunks<T: Record>(records: &[T]) -> Vec<&[T]> {
    let mut runs = Vec::new();
    let mut start = 0;
    for (index, record) in records.iter().enumerate().skip(1) {
        let hash = fnv(record.id().as_bytes());
        if (hash ^ (hash >> 32)).is_multiple_of(CUT_EVERY) {
            runs.push(&records[start..index]);
            start = index;
        }
    }
    if start < records.len() {
        runs.push(&records[start..]);
    }
    runs
}

/// FNV-1a, 64 bits: small and fast; a part's key only has to tell its texts apart.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Conversation, ConversationKind, Institution, InstitutionKind};
    use crate::storage::document::{DocumentError, Stored, decode_stored, named_parts};
    use crate::storage::{decode_file, encode};

    const NOW: &str = "2026-11-28T10:00:00.000Z";

    /// 40 schools with 5 conversations each, every one with its own notes.
    fn workspace() -> Workspace {
        let mut ws = Workspace::default();
        ws.library.name = "Bibliotheek Helmond-Peel".into();
        for school in 0..40 {
            let id = format!("instelling-{school}");
            let name = format!("School {school}");
            let institution = Institution::new(&id, &name, InstitutionKind::Basisschool, NOW);
            ws.add_institution(institution.unwrap()).unwrap();
            for talk in 0..5 {
                let talk_id = format!("gesprek-{school}-{talk}");
                let mut c = Conversation::new(&talk_id, ConversationKind::Start, Some(&id), NOW);
                c.agreements = format!("Afspraak {talk} met school {school}: “voorlezen”.");
                ws.add_conversation(c).unwrap();
            }
        }
        ws
    }

    /// The layout of a first save: every part encoded.
    fn fresh(ws: &Workspace) -> Layout<'_> {
        lay_out(ws, NOW, &Written::default(), &Changed::default())
    }

    /// The main document as a save writes it when every part fits: naming them all.
    fn main_of(layout: &Layout) -> String {
        layout.main(layout.parts.len())
    }

    fn keys_of(layout: &Layout) -> Vec<String> {
        layout.keys(layout.parts.len())
    }

    fn read_back(layout: &Layout, main: &str) -> Result<Stored, DocumentError> {
        decode_stored(main, &mut |key| {
            layout
                .parts
                .iter()
                .position(|p| p.key == key)
                .map(|index| layout.text(index))
        })
    }

    fn new_keys(before: &Layout, after: &Layout) -> usize {
        let before = keys_of(before);
        keys_of(after)
            .iter()
            .filter(|k| !before.contains(k))
            .count()
    }

    #[test]
    fn a_workspace_read_back_from_its_parts_is_the_same_in_the_same_order() {
        let ws = workspace();
        let layout = fresh(&ws);
        assert!(layout.parts.len() > 5, "{} parts", layout.parts.len());
        let main = main_of(&layout);
        assert!(
            !main.contains("gesprek-"),
            "records stay out of the main document"
        );
        let read = read_back(&layout, &main).unwrap();
        assert_eq!(read.workspace, ws);
        assert_eq!(read.parts, keys_of(&layout));
        assert!(read.current);
        assert_eq!(read.origin.at, NOW);
    }

    #[test]
    fn a_main_document_naming_only_the_first_parts_holds_the_rest_itself() {
        let ws = workspace();
        let layout = fresh(&ws);
        for named in [0, 1, layout.parts.len() / 2, layout.parts.len() - 1] {
            let read = read_back(&layout, &layout.main(named)).unwrap();
            assert_eq!(read.workspace, ws, "{named} parts named");
            assert_eq!(read.parts, layout.keys(named));
            assert!(!read.current, "moved on into parts at the next save");
        }
    }

    #[test]
    fn an_edit_changes_one_part_and_an_insertion_at_most_two() {
        let ws = workspace();
        let before = fresh(&ws);

        let mut edited = ws.clone();
        edited.conversations[77]
            .agreements
            .push_str(" En de ouderavond.");
        let after = fresh(&edited);
        assert_eq!(new_keys(&before, &after), 1);
        assert_eq!(after.parts.len(), before.parts.len());

        let mut inserted = ws.clone();
        let new = Conversation::new("gesprek-nieuw", ConversationKind::Deepening, None, NOW);
        inserted.conversations.insert(100, new);
        assert!(new_keys(&before, &fresh(&inserted)) <= 2);

        let mut deleted = ws.clone();
        deleted.conversations.remove(3);
        assert_eq!(new_keys(&before, &fresh(&deleted)), 1);
    }

    #[test]
    fn a_save_after_an_edit_encodes_only_the_part_of_the_changed_record() {
        let ws = workspace();
        let first = fresh(&ws);
        let written = Written::from_layout(&first, first.parts.len());

        let unchanged = lay_out(&ws, NOW, &written, &Changed::default());
        assert!(
            unchanged.parts.iter().all(|p| p.text.is_none()),
            "nothing encoded"
        );
        assert_eq!(keys_of(&unchanged), keys_of(&first));

        let mut edited = ws.clone();
        edited.conversations[77]
            .agreements
            .push_str(" En de ouderavond.");
        let mut changed = Changed::default();
        changed.record::<Conversation>("gesprek-15-2");
        let after = lay_out(&edited, NOW, &written, &changed);
        let encoded: Vec<&Part> = after.parts.iter().filter(|p| p.text.is_some()).collect();
        assert_eq!(encoded.len(), 1, "only the edited record's part");
        assert_eq!(
            keys_of(&after),
            keys_of(&fresh(&edited)),
            "the same keys as encoding all"
        );
        assert_eq!(
            read_back(&after, &main_of(&after)).unwrap().workspace,
            edited
        );

        // Records added or removed move a part's boundaries: the runs that differ from what
        // was written are encoded, the others kept.
        let mut deleted = ws.clone();
        deleted.conversations.remove(3);
        let after = lay_out(&deleted, NOW, &written, &Changed::default());
        assert_eq!(after.parts.iter().filter(|p| p.text.is_some()).count(), 1);
        assert_eq!(keys_of(&after), keys_of(&fresh(&deleted)));

        let mut everything = Changed::default();
        everything.list::<Conversation>();
        let all = lay_out(&ws, NOW, &written, &everything);
        assert!(
            all.parts
                .iter()
                .filter(|p| p.list == "conversations")
                .all(|p| p.text.is_some())
        );
        assert!(
            all.parts
                .iter()
                .filter(|p| p.list == "institutions")
                .all(|p| p.text.is_none())
        );
    }

    #[test]
    fn what_an_import_changed_is_all_a_save_encodes_again() {
        let ws = workspace();
        let first = fresh(&ws);
        let written = Written::from_layout(&first, first.parts.len());
        assert_eq!(Changed::between(&ws, &ws), Changed::default());

        let mut merged = ws.clone();
        merged.conversations[77]
            .agreements
            .push_str(" En een voorleesontbijt.");
        let new = Conversation::new(
            "gesprek-uit-bestand",
            ConversationKind::Deepening,
            None,
            NOW,
        );
        merged.conversations.push(new);
        let changed = Changed::between(&ws, &merged);
        let after = lay_out(&merged, NOW, &written, &changed);
        assert_eq!(keys_of(&after), keys_of(&fresh(&merged)));
        assert!(after.parts.iter().filter(|p| p.text.is_some()).count() <= 2);
        assert_eq!(
            read_back(&after, &main_of(&after)).unwrap().workspace,
            merged
        );

        let mut fewer = ws.clone();
        fewer.conversations.remove(10);
        let changed = Changed::between(&ws, &fewer);
        let after = lay_out(&fewer, NOW, &written, &changed);
        assert_eq!(
            keys_of(&after),
            keys_of(&fresh(&fewer)),
            "a removed record: its list anew"
        );
    }

    #[test]
    fn a_kept_part_that_storage_lost_is_encoded_again_as_it_was() {
        let ws = workspace();
        let first = fresh(&ws);
        let written = Written::from_layout(&first, first.parts.len());
        let kept = lay_out(&ws, NOW, &written, &Changed::default());
        for index in 0..first.parts.len() {
            assert_eq!(kept.text(index), first.text(index));
        }
    }

    #[test]
    fn a_missing_or_damaged_part_makes_the_document_unreadable_with_its_place() {
        let ws = workspace();
        let layout = fresh(&ws);
        let missing = layout.parts[2].key.clone();
        let read = decode_stored(&main_of(&layout), &mut |key| {
            let part = layout
                .parts
                .iter()
                .position(|p| p.key == key && key != missing);
            part.map(|index| layout.text(index))
        });
        assert_eq!(read.err(), Some(DocumentError::MissingPart(missing)));

        let damaged = decode_stored(&main_of(&layout), &mut |_| {
            Some(r#"{"conversations":[{"id":"g","date":3}]}"#.into())
        });
        match damaged {
            Err(DocumentError::Damaged(message)) => {
                assert!(message.contains("deel.conversations[0].date"), "{message}")
            }
            other => panic!("{:?}", other.err()),
        }
    }

    #[test]
    fn an_unreadable_document_is_bundled_with_the_parts_it_names() {
        let ws = workspace();
        let layout = fresh(&ws);
        let main = main_of(&layout);
        let keys = named_parts(&main);
        assert_eq!(keys, keys_of(&layout));
        assert!(named_parts("{\"format\":").is_empty(), "not JSON: no parts");
        let parts = vec![
            (keys[0].clone(), Some(layout.text(0))),
            (keys[1].clone(), None),
        ];
        let bundled: serde_json::Value =
            serde_json::from_str(&bundle("werkruimte", &main, &parts)).unwrap();
        assert_eq!(bundled["werkruimte"], main.as_str());
        assert_eq!(bundled[&keys[0]], layout.text(0).as_str());
        assert!(
            bundled[&keys[1]].is_null(),
            "a missing part is said to be missing"
        );
    }

    #[test]
    fn the_main_document_has_the_newest_version_and_a_whole_document_reads_as_before() {
        let ws = workspace();
        let layout = fresh(&ws);
        let main = main_of(&layout);
        let stored: serde_json::Value = serde_json::from_str(&main).unwrap();
        assert_eq!(
            stored["schemaVersion"],
            crate::storage::SCHEMA_VERSION,
            "an older app refuses it"
        );
        assert_eq!(
            stored["workspace"]["library"]["name"],
            "Bibliotheek Helmond-Peel"
        );

        let whole = read_back(&layout, &encode(&ws, NOW)).unwrap();
        assert_eq!(whole.workspace, ws);
        assert!(!whole.current, "written again in parts");
        assert!(whole.parts.is_empty());

        // Imported by mistake, a main document is refused: its records are not in it.
        assert!(matches!(
            decode_file(&main),
            Err(DocumentError::MissingPart(_))
        ));
    }
}

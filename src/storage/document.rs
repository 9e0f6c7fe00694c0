//! The versioned envelope in which a workspace is exported, backed up and stored.
//!
//! ```json
//! { "format": "ouderpartnerschap", "schemaVersion": 2, "appVersion": "0.1.0",
//!   "savedAt": "2026-11-28T10:00:00.000Z", "workspace": { … } }
//! ```
//!
//! The stored main document (version 3, see `layout`) adds `"parts": [keys]`, and its
//! `workspace` holds no record lists. Everything is read and written by serde; reading is
//! tolerant (a missing field takes its default, an unknown one is ignored) and is followed
//! by `repair`, so that no record read from a file refuses the user's later edits.

use serde::{Deserialize, Serialize};

use super::layout::{Written, WrittenPart};
use super::messages::{DutchError, read};
use super::migrate::migrate;

use crate::model::{EachKind, Record, Workspace, each_kind};

/// Names this app's documents, so that other JSON is recognised as foreign.
pub const FORMAT: &str = "ouderpartnerschap";
/// The newest schema version this app reads; raised by adding a migration in `migrate`.
pub use super::migrate::SCHEMA_VERSION;
/// The version a single document (an export, a backup) is written with: the newest whose
/// shape it has. Version 3 only changed how the stored workspace is split into parts
/// (`layout`); version 4 put plans in school years, which an older app would drop on save.
pub const FILE_VERSION: u32 = SCHEMA_VERSION;
/// The first version whose stored main document keeps its record lists in parts.
pub const LAYOUT_VERSION: u32 = 3;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Every document of the app: an export, a backup, the stored main document.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Envelope<W> {
    format: String,
    schema_version: u32,
    #[serde(default)]
    app_version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    saved_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exported_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exported_by: Option<String>,
    #[serde(default)]
    workspace: W,
    /// The keys of the stored parts that hold the record lists (a main document only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parts: Option<Vec<String>>,
}

/// What an envelope says about itself, read before (or instead of) its workspace.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Header {
    format: Option<serde_json::Value>,
    schema_version: Option<serde_json::Value>,
    parts: Option<serde_json::Value>,
}

impl<'a> Envelope<&'a Workspace> {
    fn new(version: u32, workspace: &'a Workspace) -> Self {
        Envelope {
            format: FORMAT.into(),
            schema_version: version,
            app_version: APP_VERSION.into(),
            saved_at: None,
            exported_at: None,
            exported_by: None,
            workspace,
            parts: None,
        }
    }

    fn text(&self) -> String {
        // Serializing plain data into a String cannot fail; an empty text would be refused
        // on reading, never taken for a workspace.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Writes the workspace as one whole document (a backup).
pub fn encode(workspace: &Workspace, saved_at: &str) -> String {
    let mut envelope = Envelope::new(FILE_VERSION, workspace);
    envelope.saved_at = Some(saved_at.into());
    envelope.text()
}

/// Writes the workspace as an export file: the same envelope, saying when and by whom.
pub fn encode_export(workspace: &Workspace, exported_at: &str, exported_by: &str) -> String {
    let mut envelope = Envelope::new(FILE_VERSION, workspace);
    envelope.exported_at = Some(exported_at.into());
    envelope.exported_by = Some(exported_by.into());
    envelope.text()
}

/// Writes a stored main document: `workspace` holds the records not in `parts`.
pub(super) fn encode_main(workspace: &Workspace, saved_at: &str, parts: Vec<String>) -> String {
    let mut envelope = Envelope::new(SCHEMA_VERSION, workspace);
    envelope.saved_at = Some(saved_at.into());
    envelope.parts = Some(parts);
    envelope.text()
}

/// What the browser lets one site keep in localStorage (Chromium and Safari: 5 Mi UTF-16
/// units for keys and values together).
pub const STORAGE_LIMIT: usize = 5 * 1024 * 1024;

/// A warning once a saved document of `bytes` (UTF-8, an upper bound of its UTF-16 length)
/// takes three quarters of the limit, so the user can act before a save fails.
pub fn nearly_full(bytes: usize) -> Option<String> {
    let percent = bytes * 100 / STORAGE_LIMIT;
    (percent >= 75).then(|| {
        format!(
            "Let op: de opslag van deze browser is bijna vol (ongeveer {percent}% gebruikt). \
             Download een kopie van uw gegevens bij Gegevens, en archiveer of verwijder wat u \
             niet meer nodig hebt."
        )
    })
}

/// StatusReason a stored document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentError {
    /// Nothing but white space.
    Empty,
    /// The text is not JSON (cut off, or not this app's).
    NotJson(String),
    /// JSON, but not an Ouderpartnerschap document.
    Foreign,
    /// Written by a newer version of the app.
    FromTheFuture(u32),
    /// This app's document, but a part of it has the wrong shape.
    Damaged(String),
    /// A stored main document names a part (by its key) that is not there.
    MissingPart(String),
}

impl DocumentError {
    /// A Dutch explanation for the user.
    pub fn message(&self) -> String {
        match self {
            Self::Empty => "De opgeslagen gegevens zijn leeg.".into(),
            Self::NotJson(detail) => format!(
                "De opgeslagen gegevens zijn beschadigd: het is geen leesbare JSON ({detail})."
            ),
            Self::Foreign => "De opgeslagen gegevens zijn niet van Ouderpartnerschap.".into(),
            Self::FromTheFuture(version) => format!(
                "De opgeslagen gegevens zijn gemaakt met een nieuwere versie van de app \
                 (schemaversie {version}; deze versie kent t/m {SCHEMA_VERSION}). \
                 Werk de app bij door de pagina opnieuw te laden als u online bent."
            ),
            Self::Damaged(detail) => {
                format!("De opgeslagen gegevens zijn beschadigd: {detail}.")
            }
            Self::MissingPart(key) => {
                format!("De opgeslagen gegevens zijn onvolledig: het deel ‘{key}’ ontbreekt.")
            }
        }
    }
}

impl From<DutchError> for DocumentError {
    fn from(error: DutchError) -> Self {
        match error {
            DutchError::NotJson(detail) => DocumentError::NotJson(detail),
            DutchError::Shape(detail) => DocumentError::Damaged(detail),
        }
    }
}

/// Reads a whole document of any known schema version, migrating it to the current one.
pub fn decode(text: &str) -> Result<Workspace, DocumentError> {
    decode_file(text).map(|(workspace, _)| workspace)
}

/// When and by whom a file was written, as its envelope says; empty where it does not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    /// `exportedAt` of an export, else `savedAt` of a stored document (ISO 8601).
    pub at: String,
    pub by: String,
}

/// Reads a whole document like `decode`, with what its envelope says about where it came
/// from. A stored main document, whose records are in parts, is refused.
pub fn decode_file(text: &str) -> Result<(Workspace, Origin), DocumentError> {
    decode_stored(text, &mut |_| None).map(|read| (read.workspace, read.origin))
}

/// What was read from a stored document.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub workspace: Workspace,
    pub origin: Origin,
    /// The keys of the parts it was read from (none for a whole document).
    pub parts: Vec<String>,
    /// What those parts hold, for the next save.
    pub written: Written,
    /// Whether it is in the current layout; an older one is best written again.
    pub current: bool,
}

/// A stored document read up to its parts: the main document of a workspace kept in parts
/// (its library, steps and competences, and the keys of its parts), or a whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct MainDocument {
    workspace: Workspace,
    origin: Origin,
    parts: Vec<String>,
    version: u32,
}

impl MainDocument {
    /// Whether its records are all in parts still to be read: a main document of the
    /// current layout, whose own record lists are empty.
    pub fn records_in_parts(&self) -> bool {
        !self.parts.is_empty() && self.version >= LAYOUT_VERSION && !self.workspace.has_records()
    }

    /// What it says before its parts are read: the library, its steps and competences, and
    /// the deletions it remembers (no records).
    pub fn without_records(&self) -> Workspace {
        Workspace {
            library: self.workspace.library.clone(),
            steps: self.workspace.steps.clone(),
            self_assessment: self.workspace.self_assessment.clone(),
            deleted: self.workspace.deleted.clone(),
            ..Workspace::default()
        }
    }

    /// The whole workspace: the records of the parts it names, read one at a time with
    /// `read_part`, then its own; migrated to the current version and mended.
    pub fn with_parts(
        self,
        read_part: &mut dyn FnMut(&str) -> Option<String>,
    ) -> Result<Stored, DocumentError> {
        let MainDocument {
            mut workspace,
            origin,
            parts,
            version,
        } = self;
        let mut current = version >= LAYOUT_VERSION && !workspace.has_records();
        // The main document's own lists hold the records that follow those in the parts.
        let mut records = Workspace::default();
        let mut written = Written::default();
        for key in &parts {
            let text = read_part(key).ok_or_else(|| DocumentError::MissingPart(key.clone()))?;
            let mut part: Workspace = read(&text, "deel")?;
            blank_ids(&part, "deel")?;
            remember_part(&mut written, key, text.len(), &part);
            append_records(&mut records, &mut part);
        }
        append_records(&mut records, &mut workspace);
        append_records(&mut workspace, &mut records);
        migrate(&mut workspace, version);
        let migrated = version < SCHEMA_VERSION;
        if workspace.repair() || migrated {
            // What was mended or migrated differs from its part: written again, in the
            // first pause.
            written = Written::default();
            current = false;
        }
        Ok(Stored {
            workspace,
            origin,
            parts,
            written,
            current,
        })
    }
}

/// Reads a document of any known version up to its parts (see `MainDocument`).
pub fn decode_main(text: &str) -> Result<MainDocument, DocumentError> {
    if text.trim().is_empty() {
        return Err(DocumentError::Empty);
    }
    // One typed pass; a document that does not read is looked at again to say why.
    let envelope: Envelope<Workspace> = read(text, "").map_err(|e| explain(text, e))?;
    check_header(&envelope.format, envelope.schema_version)?;
    let origin = Origin {
        at: envelope
            .exported_at
            .or(envelope.saved_at)
            .unwrap_or_default(),
        by: envelope.exported_by.unwrap_or_default(),
    };
    blank_ids(&envelope.workspace, "workspace")?;
    Ok(MainDocument {
        workspace: envelope.workspace,
        origin,
        parts: envelope.parts.unwrap_or_default(),
        version: envelope.schema_version,
    })
}

/// Reads a document of any known version; the records of a main document are read from
/// the parts it names, one at a time, with `read_part`.
pub fn decode_stored(
    text: &str,
    read_part: &mut dyn FnMut(&str) -> Option<String>,
) -> Result<Stored, DocumentError> {
    decode_main(text)?.with_parts(read_part)
}

/// Remembers which records a part read from storage holds, so that the next save keeps it
/// unless they change (`layout::lay_out`).
fn remember_part(written: &mut Written, key: &str, bytes: usize, part: &Workspace) {
    struct Remember<'a>(&'a mut Written, &'a str, usize, &'a Workspace);
    impl EachKind for Remember<'_> {
        fn kind<T: Record>(&mut self) {
            let ids: Vec<String> = T::list(self.3).iter().map(|r| r.id().to_string()).collect();
            if !ids.is_empty() {
                let (key, bytes) = (self.1.to_string(), self.2);
                self.0.add(T::LIST, WrittenPart { key, bytes, ids });
            }
        }
    }
    each_kind(&mut Remember(written, key, bytes, part));
}

/// StatusReason a document that did not read is not a workspace: not JSON, foreign, from a newer
/// version, or damaged at the place `error` names.
fn explain(text: &str, error: DutchError) -> DocumentError {
    if let DutchError::NotJson(_) = error {
        return error.into();
    }
    let Ok(header) = serde_json::from_str::<Header>(text) else {
        return DocumentError::Foreign;
    };
    let format = header
        .format
        .as_ref()
        .and_then(|f| f.as_str())
        .unwrap_or("");
    let version = header
        .schema_version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(0);
    if let Err(error) = check_header(format, version) {
        return error;
    }
    if header.parts.as_ref().is_some_and(|p| !p.is_array()) {
        return DocumentError::Damaged("‘parts’ moet een lijst van teksten zijn".into());
    }
    error.into()
}

fn check_header(format: &str, version: u32) -> Result<(), DocumentError> {
    if format != FORMAT {
        return Err(DocumentError::Foreign);
    }
    if version < 1 {
        return Err(DocumentError::Damaged(
            "de schemaversie ontbreekt of is ongeldig".into(),
        ));
    }
    if version > SCHEMA_VERSION {
        return Err(DocumentError::FromTheFuture(version));
    }
    Ok(())
}

/// A record without an id (or with a blank one) cannot be matched or linked: refused with
/// its place, like any other wrong shape.
fn blank_ids(ws: &Workspace, root: &str) -> Result<(), DocumentError> {
    struct Blank<'a>(&'a Workspace, Option<String>);
    impl EachKind for Blank<'_> {
        fn kind<T: Record>(&mut self) {
            if self.1.is_none()
                && let Some(index) = T::list(self.0)
                    .iter()
                    .position(|r| r.id().trim().is_empty())
            {
                self.1 = Some(format!("{}[{index}].id", T::LIST));
            }
        }
    }
    let mut blank = Blank(ws, None);
    each_kind(&mut blank);
    match blank.1.or_else(|| blank_inner_id(ws)) {
        None => Ok(()),
        Some(place) => Err(DocumentError::Damaged(format!(
            "‘{root}.{place}’ moet een niet-lege tekst zijn, maar is leeg of afwezig"
        ))),
    }
}

/// Moves every record of `from` to the end of its list in `to`; the rest of `from` stays.
fn append_records(to: &mut Workspace, from: &mut Workspace) {
    struct Append<'a>(&'a mut Workspace, &'a mut Workspace);
    impl EachKind for Append<'_> {
        fn kind<T: Record>(&mut self) {
            let records = std::mem::take(T::list_mut(self.1));
            let to = T::list_mut(self.0);
            // Into an empty list (the usual case) the list itself moves, not every record.
            if to.is_empty() {
                *to = records;
            } else {
                to.extend(records);
            }
        }
    }
    each_kind(&mut Append(to, from));
}

/// The place of a blank id inside a record, or of a planning row without its institution.
fn blank_inner_id(ws: &Workspace) -> Option<String> {
    let blank = |id: &str| id.trim().is_empty();
    ws.institutions
        .iter()
        .enumerate()
        .find_map(|(i, institution)| {
            let contact = institution.contacts.iter().position(|c| blank(&c.id));
            let evaluation = institution.evaluations.iter().position(|e| blank(&e.id));
            contact
                .map(|c| format!("institutions[{i}].contacts[{c}].id"))
                .or_else(|| evaluation.map(|e| format!("institutions[{i}].evaluations[{e}].id")))
        })
        .or_else(|| {
            let row = ws
                .activities
                .iter()
                .position(|a| blank(&a.institution_id))?;
            Some(format!("activities[{row}].institutionId"))
        })
}

/// The keys of the parts a stored main document names; none when it names none or cannot
/// be read that far.
pub fn named_parts(text: &str) -> Vec<String> {
    #[derive(Deserialize)]
    struct Parts {
        #[serde(default)]
        parts: Vec<String>,
    }
    serde_json::from_str::<Parts>(text)
        .map(|p| p.parts)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{StepField, StepStatus};

    const NOW: &str = "2026-11-28T10:00:00.000Z";

    #[test]
    fn a_workspace_survives_encode_and_decode() {
        let mut ws = Workspace::default();
        ws.library.name = "Bibliotheek Den Bosch".into();
        ws.apply_step("stap-3", StepField::Status(StepStatus::Done), NOW)
            .unwrap();
        ws.apply_step(
            "stap-3",
            StepField::Notes("Wethouder enthousiast — “mooi plan”".into()),
            NOW,
        )
        .unwrap();
        assert_eq!(decode(&encode(&ws, NOW)).unwrap(), ws);
    }

    #[test]
    fn the_envelope_names_format_and_version() {
        let value: serde_json::Value =
            serde_json::from_str(&encode(&Workspace::default(), NOW)).unwrap();
        assert_eq!(value["format"], FORMAT);
        assert_eq!(value["schemaVersion"], FILE_VERSION);
        assert_eq!(value["savedAt"], NOW);
    }

    #[test]
    fn bad_documents_are_told_apart() {
        assert!(matches!(
            decode("{\"format\": \"ouderpart"),
            Err(DocumentError::NotJson(_))
        ));
        assert_eq!(decode("[1,2]"), Err(DocumentError::Foreign));
        assert_eq!(
            decode("{\"type\":\"excalidraw\"}"),
            Err(DocumentError::Foreign)
        );
        assert_eq!(
            decode(r#"{"format":"ouderpartnerschap","schemaVersion":99,"workspace":{}}"#),
            Err(DocumentError::FromTheFuture(99))
        );
        assert!(matches!(
            decode(r#"{"format":"ouderpartnerschap","schemaVersion":"1"}"#),
            Err(DocumentError::Damaged(_))
        ));
        assert!(matches!(
            decode(
                r#"{"format":"ouderpartnerschap","schemaVersion":1,"workspace":{"steps":{"stap-1":{"status":"klaar"}}}}"#
            ),
            Err(DocumentError::Damaged(_))
        ));
    }

    #[test]
    fn missing_fields_get_defaults() {
        let ws = decode(r#"{"format":"ouderpartnerschap","schemaVersion":1,"workspace":{"steps":{"stap-2":{"status":"in_progress"}}}}"#)
            .unwrap();
        assert_eq!(ws.step("stap-2").status, StepStatus::InProgress);
        assert_eq!(ws.library.name, "");
    }

    #[test]
    fn an_assessment_the_app_would_refuse_is_repaired_on_reading() {
        let text = r#"{"format":"ouderpartnerschap","schemaVersion":2,"workspace":{"assessments":[
            {"id":"b1","name":" ","ageFrom":40,"ageTo":6,"characteristics":["a","z"],"parentGroups":[1,7]}]}}"#;
        let ws = decode(text).unwrap();
        let a = &ws.assessments[0];
        assert_eq!(a.name, "Project zonder naam");
        assert_eq!((a.age_from, a.age_to), (None, Some(6)));
        assert_eq!(a.characteristics.iter().collect::<Vec<_>>(), ["a"]);
        assert_eq!(a.parent_groups.iter().collect::<Vec<_>>(), [&1]);
        assert!(a.validate().is_ok());
    }

    #[test]
    fn a_record_without_its_id_is_refused_with_its_place() {
        let text = r#"{"format":"ouderpartnerschap","schemaVersion":2,"workspace":{"institutions":[{"id":"a"},{"name":"x"}]}}"#;
        match decode(text) {
            Err(DocumentError::Damaged(message)) => {
                assert!(
                    message.contains("workspace.institutions[1].id"),
                    "{message}"
                )
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn storage_nearly_full_is_said_from_three_quarters() {
        assert_eq!(nearly_full(1_000_000), None);
        assert_eq!(nearly_full(STORAGE_LIMIT * 74 / 100), None);
        let warning = nearly_full(STORAGE_LIMIT * 9 / 10).unwrap();
        assert!(warning.contains("90%"), "{warning}");
    }

    #[test]
    fn every_error_has_a_dutch_message() {
        for error in [
            DocumentError::NotJson("regel 1".into()),
            DocumentError::Foreign,
            DocumentError::FromTheFuture(7),
            DocumentError::Damaged("x".into()),
            DocumentError::MissingPart("ouderpartnerschap.deel.0".into()),
        ] {
            assert!(error.message().starts_with("De opgeslagen gegevens"));
        }
    }
}

/// The name of a downloaded workspace file: `ouderpartnerschap-<whose>-<datum>.json`
/// (`whose` from `export_whose`).
pub fn export_file_name(whose: &str, timestamp: &str) -> String {
    file_name("ouderpartnerschap", whose, timestamp, "json")
}

/// Whose an export file is, for its name: the person on this device (the library's name
/// when nobody is named), and for one institution's file also the institution. Colleagues'
/// files then land side by side in Downloads instead of as `…(1).json`.
pub fn export_whose(user_name: &str, library: &str, institution: Option<&str>) -> String {
    let person = match user_name.trim() {
        "" => library,
        person => person,
    };
    match institution {
        Some(institution) => format!("{person} {institution}"),
        None => person.to_string(),
    }
}

/// A file's name: `<prefix>-<name as letters, digits and dashes>-<date>.<extension>`.
pub fn file_name(prefix: &str, name: &str, timestamp: &str, extension: &str) -> String {
    // Folded to plain letters, so that every file system and mail program takes the name.
    let slug: String = crate::model::fold_for_search(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let date: String = timestamp.chars().take(10).collect();
    match slug.as_str() {
        "" => format!("{prefix}-{date}.{extension}"),
        slug => format!("{prefix}-{slug}-{date}.{extension}"),
    }
}

#[cfg(test)]
mod file_name_tests {
    use super::{export_file_name, export_whose};

    #[test]
    fn an_export_is_named_after_the_person_and_for_one_institution_also_after_it() {
        let name = |user, institution| {
            export_file_name(
                &export_whose(user, "Bibliotheek Rivierenland", institution),
                "2026-12-01T19:11:00Z",
            )
        };
        assert_eq!(
            name("Ilse de Vries", None),
            "ouderpartnerschap-ilse-de-vries-2026-12-01.json"
        );
        assert_eq!(
            name("  Zoë  Çelik-Öztürk ", None),
            "ouderpartnerschap-zoe-celik-ozturk-2026-12-01.json"
        );
        assert_eq!(
            name("Łukasz Wiśniewski", Some("OBS De Regenboog")),
            "ouderpartnerschap-lukasz-wisniewski-obs-de-regenboog-2026-12-01.json"
        );
        // Nobody named on the device: the library names the file, as before.
        assert_eq!(
            name(" ", None),
            "ouderpartnerschap-bibliotheek-rivierenland-2026-12-01.json"
        );
        assert_eq!(
            name("", Some("Kdv ’t Olifantje")),
            "ouderpartnerschap-bibliotheek-rivierenland-kdv-t-olifantje-2026-12-01.json"
        );
        assert_eq!(
            export_file_name(&export_whose("", "", None), "2026-12-01"),
            "ouderpartnerschap-2026-12-01.json"
        );
    }

    #[test]
    fn the_file_name_says_whose_and_when() {
        assert_eq!(
            export_file_name("Bibliotheek Helmond-Peel", "2026-11-28T10:00:00Z"),
            "ouderpartnerschap-bibliotheek-helmond-peel-2026-11-28.json"
        );
        assert_eq!(
            export_file_name("  ", "2026-11-28T10:00:00Z"),
            "ouderpartnerschap-2026-11-28.json"
        );
        assert_eq!(
            export_file_name("Bieb ’s-Hertogenbosch/Oost", "2026-01-02"),
            "ouderpartnerschap-bieb-s-hertogenbosch-oost-2026-01-02.json"
        );
        assert_eq!(
            export_file_name("Bibliotheek Łódź", "2026-01-02"),
            "ouderpartnerschap-bibliotheek-lodz-2026-01-02.json"
        );
    }
}

//! The versioned envelope in which a workspace is exported, backed up and stored.
//!
//! ```json
//! { "format": "ouderpartnerschap", "schemaVersion": 2, "appVersion": "0.1.0",
//!   "savedAt": "2026-11-28T10:00:00.000Z", "workspace": { … } }
//! ```
//!
//! The stored main document (version 3, see `layout`) adds `"parts": [keys]`, and its
//! `workspace` holds no record lists.

use super::codec::{read_part as read_records, read_workspace, write_workspace};
use super::json::{Fields, Path, Problems, Writer};
use super::migrate::migrate;
use super::value::{Object, SyntaxError, Value, parse};
use crate::model::Workspace;

/// Names this app's documents, so that other JSON is recognised as foreign.
pub const FORMAT: &str = "ouderpartnerschap";
/// The newest schema version this app reads. Raise it with a migration in `migrate`.
pub const SCHEMA_VERSION: u32 = 3;
/// The version a single document (an export, a backup) is written with: the newest whose
/// shape it has. Version 3 only changed how the stored workspace is split into parts
/// (`layout`), so files stay version 2 and an app one version older still imports them.
pub const FILE_VERSION: u32 = 2;
/// The version of the stored main document, whose record lists are in parts.
pub const LAYOUT_VERSION: u32 = 3;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Writes the workspace as one whole document (a backup).
pub fn encode(workspace: &Workspace, saved_at: &str) -> String {
    envelope(workspace, &[("savedAt", saved_at)])
}

/// Writes the workspace as an export file: the same envelope, saying when and by whom.
pub fn encode_export(workspace: &Workspace, exported_at: &str, exported_by: &str) -> String {
    envelope(
        workspace,
        &[("exportedAt", exported_at), ("exportedBy", exported_by)],
    )
}

fn envelope(workspace: &Workspace, stamps: &[(&str, &str)]) -> String {
    // Notes make up most of a workspace; start with room for them.
    let mut w = Writer::with_capacity(4096);
    envelope_head(&mut w, FILE_VERSION, stamps);
    write_workspace(&mut w, workspace);
    w.close();
    w.finish()
}

/// Opens a document and writes what every envelope starts with.
pub(super) fn envelope_head(w: &mut Writer, version: u32, stamps: &[(&str, &str)]) {
    w.open(None);
    w.text("format", FORMAT);
    w.number("schemaVersion", version.into());
    w.text("appVersion", APP_VERSION);
    for (key, value) in stamps {
        w.text(key, value);
    }
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

/// Why a stored document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentError {
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

/// Reads a whole document of any known schema version, migrating it to the current one.
pub fn decode(text: &str) -> Result<Workspace, DocumentError> {
    decode_file(text).map(|(workspace, _)| workspace)
}

/// When and by whom a file was written, as its envelope says; empty where it does not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stamps {
    /// `exportedAt` of an export, else `savedAt` of a stored document (ISO 8601).
    pub at: String,
    pub by: String,
}

/// Reads a whole document like `decode`, with what its envelope says about where it came
/// from. A stored main document, whose records are in parts, is refused.
pub fn decode_file(text: &str) -> Result<(Workspace, Stamps), DocumentError> {
    decode_stored(text, &mut |_| None).map(|read| (read.workspace, read.stamps))
}

/// What was read from a stored document.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub workspace: Workspace,
    pub stamps: Stamps,
    /// The keys of the parts it was read from (none for a whole document).
    pub parts: Vec<String>,
    /// Whether it is in the current layout; an older one is best written again.
    pub current: bool,
}

/// Reads a document of any known version; the records of a main document are read from
/// the parts it names, one at a time, with `read_part`.
pub fn decode_stored(
    text: &str,
    read_part: &mut dyn FnMut(&str) -> Option<String>,
) -> Result<Stored, DocumentError> {
    let document = parse(text).map_err(|e| not_json(&e))?;
    let Value::Object(mut envelope) = document else {
        return Err(DocumentError::Foreign);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DocumentError::Foreign);
    }
    let version = envelope
        .get("schemaVersion")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or_else(|| DocumentError::Damaged("de schemaversie ontbreekt of is ongeldig".into()))?;
    if version > SCHEMA_VERSION {
        return Err(DocumentError::FromTheFuture(version));
    }
    let stamp = |key: &str| {
        envelope
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let stamps = Stamps {
        at: stamp("exportedAt")
            .or_else(|| stamp("savedAt"))
            .unwrap_or_default(),
        by: stamp("exportedBy").unwrap_or_default(),
    };
    let parts = part_keys(envelope.get("parts"))?;
    let workspace = envelope
        .remove("workspace")
        .unwrap_or(Value::Object(Object::default()));
    let workspace = migrate(workspace, version)?;
    // The main document's own lists hold the records that follow those in the parts.
    let own = checked(&workspace, "workspace", read_workspace)?;
    let current = version >= LAYOUT_VERSION && all_in_parts(&own);
    let mut records = Workspace::default();
    for key in &parts {
        let text = read_part(key).ok_or_else(|| DocumentError::MissingPart(key.clone()))?;
        let part = parse(&text).map_err(|e| not_json(&e))?;
        checked(&part, "deel", |f| read_records(f, &mut records))?;
    }
    let workspace = Workspace {
        institutions: followed_by(records.institutions, own.institutions),
        conversations: followed_by(records.conversations, own.conversations),
        activities: followed_by(records.activities, own.activities),
        assessments: followed_by(records.assessments, own.assessments),
        ..own
    };
    Ok(Stored {
        workspace,
        stamps,
        parts,
        current,
    })
}

fn all_in_parts(own: &Workspace) -> bool {
    own.institutions.is_empty()
        && own.conversations.is_empty()
        && own.activities.is_empty()
        && own.assessments.is_empty()
}

fn followed_by<T>(mut first: Vec<T>, mut then: Vec<T>) -> Vec<T> {
    first.append(&mut then);
    first
}

/// Reads `value` with `read`, any wrong shape making the whole document damaged.
fn checked<T>(
    value: &Value,
    root: &'static str,
    read: impl FnOnce(&Fields) -> T,
) -> Result<T, DocumentError> {
    let problems = Problems::default();
    let read = read(&Fields::of(value, Path::Root(root), &problems));
    problems
        .result(read)
        .map_err(|e| DocumentError::Damaged(e.message()))
}

/// The keys of the parts a stored main document names; none when it names none or cannot
/// be read that far.
pub fn named_parts(text: &str) -> Vec<String> {
    match parse(text) {
        Ok(Value::Object(envelope)) => part_keys(envelope.get("parts")).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The keys under `parts`: a list of texts, or nothing for a whole document.
fn part_keys(parts: Option<&Value>) -> Result<Vec<String>, DocumentError> {
    let Some(parts) = parts else {
        return Ok(Vec::new());
    };
    let keys = match parts {
        Value::Array(items) => items
            .iter()
            .map(|item| item.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>(),
        _ => None,
    };
    keys.ok_or_else(|| DocumentError::Damaged("‘parts’ moet een lijst van teksten zijn".into()))
}

/// Says in Dutch where the text stops being JSON.
fn not_json(error: &SyntaxError) -> DocumentError {
    let place = format!("regel {}, kolom {}", error.line, error.column);
    DocumentError::NotJson(if error.cut_off {
        format!("de tekst houdt halverwege op, bij {place}")
    } else {
        format!("onleesbaar bij {place}")
    })
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

/// The name of a downloaded workspace file: `ouderpartnerschap-<bibliotheek>-<datum>.json`.
pub fn export_file_name(library: &str, timestamp: &str) -> String {
    let slug: String = library
        .chars()
        .map(crate::model::lower)
        .map(|c| match c {
            'a'..='z' | '0'..='9' | 'ß'..='ÿ' if c != '÷' => c,
            _ => '-',
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let date: String = timestamp.chars().take(10).collect();
    match slug.as_str() {
        "" => format!("ouderpartnerschap-{date}.json"),
        slug => format!("ouderpartnerschap-{slug}-{date}.json"),
    }
}

#[cfg(test)]
mod file_name_tests {
    use super::export_file_name;

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
    }
}

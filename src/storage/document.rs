//! The versioned envelope in which a workspace is stored (and, later, exported).
//!
//! ```json
//! { "format": "ouderpartnerschap", "schemaVersion": 1, "appVersion": "0.1.0",
//!   "savedAt": "2026-11-28T10:00:00.000Z", "workspace": { … } }
//! ```

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::migrate::migrate;
use crate::model::Workspace;

/// Names this app's documents, so that other JSON is recognised as foreign.
pub const FORMAT: &str = "ouderpartnerschap";
/// The shape of `workspace` this version writes. Raise it with a migration in `migrate`.
pub const SCHEMA_VERSION: u32 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Envelope<'a> {
    format: &'static str,
    schema_version: u32,
    app_version: &'static str,
    saved_at: &'a str,
    workspace: &'a Workspace,
}

/// Writes the workspace in the current envelope.
pub fn encode(workspace: &Workspace, saved_at: &str) -> String {
    let envelope = Envelope {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        saved_at,
        workspace,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
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
        }
    }
}

/// The envelope's header, read before the workspace so that foreign and future documents
/// are recognised without trying to read their contents.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Header {
    format: Option<String>,
    schema_version: Option<u64>,
}

/// Only the format, to tell a foreign document from one of ours with a bad version.
#[derive(Deserialize)]
struct FormatOnly {
    format: Option<String>,
}

#[derive(Deserialize)]
struct Body {
    #[serde(default)]
    workspace: Workspace,
}

/// Reads a document of any known schema version, migrating it to the current one.
///
/// The typed read goes straight from text (one serde_json deserializer for every model
/// type keeps the wasm small); only an older document takes the detour through a
/// `Value` to be migrated.
pub fn decode(text: &str) -> Result<Workspace, DocumentError> {
    let not_ours = |e: serde_json::Error| match e.classify() {
        // Valid JSON of another shape (an array, a number, a format that is no text).
        serde_json::error::Category::Data => DocumentError::Foreign,
        _ => DocumentError::NotJson(e.to_string()),
    };
    let bad_version = || DocumentError::Damaged("de schemaversie ontbreekt of is ongeldig".into());
    let header: Header = match serde_json::from_str(text) {
        Ok(header) => header,
        Err(e) if e.classify() == serde_json::error::Category::Data => {
            let format: FormatOnly = serde_json::from_str(text).map_err(not_ours)?;
            Header {
                format: format.format,
                schema_version: None,
            }
        }
        Err(e) => return Err(not_ours(e)),
    };
    if header.format.as_deref() != Some(FORMAT) {
        return Err(DocumentError::Foreign);
    }
    let version = header
        .schema_version
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or_else(bad_version)?;
    if version > SCHEMA_VERSION {
        return Err(DocumentError::FromTheFuture(version));
    }
    let current = if version == SCHEMA_VERSION {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(upgrade(text, version)?)
    };
    serde_json::from_str::<Body>(&current)
        .map(|body| body.workspace)
        .map_err(|e| DocumentError::Damaged(e.to_string()))
}

/// Migrates an older document's workspace and writes it back as text.
fn upgrade(text: &str, version: u32) -> Result<String, DocumentError> {
    let mut envelope: serde_json::Map<String, Value> =
        serde_json::from_str(text).map_err(|e| DocumentError::NotJson(e.to_string()))?;
    let workspace = envelope
        .remove("workspace")
        .unwrap_or(Value::Object(Default::default()));
    let workspace = migrate(workspace, version)?;
    envelope.insert("workspace".into(), workspace);
    Ok(Value::Object(envelope).to_string())
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
        let value: Value = serde_json::from_str(&encode(&Workspace::default(), NOW)).unwrap();
        assert_eq!(value["format"], FORMAT);
        assert_eq!(value["schemaVersion"], SCHEMA_VERSION);
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
    fn every_error_has_a_dutch_message() {
        for error in [
            DocumentError::NotJson("regel 1".into()),
            DocumentError::Foreign,
            DocumentError::FromTheFuture(7),
            DocumentError::Damaged("x".into()),
        ] {
            assert!(error.message().starts_with("De opgeslagen gegevens"));
        }
    }
}

/// The name of a downloaded workspace file: `ouderpartnerschap-<bibliotheek>-<datum>.json`.
pub fn export_file_name(library: &str, timestamp: &str) -> String {
    let slug: String = library
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
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

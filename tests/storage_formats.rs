//! Every schema version ever written must keep opening: one fixture per version, forever
//! (version 3 as the main document and parts localStorage holds).

use ouderpartnerschap::model::StepStatus;
use ouderpartnerschap::storage::document::FILE_VERSION;
use ouderpartnerschap::storage::{decode, decode_stored, encode};
use serde_json::Value;

#[test]
fn a_version_1_document_opens() {
    let workspace = decode(include_str!("fixtures/workspace-v1.json")).expect("version 1 opens");
    assert_eq!(workspace.library.name, "Bibliotheek Helmond-Peel");
    assert_eq!(workspace.library.user_name, "Toos");
    assert_eq!(workspace.step("stap-1").status, StepStatus::Done);
    assert_eq!(workspace.step("stap-3").status, StepStatus::InProgress);
    assert!(workspace.step("stap-3").notes.contains("LEA-overleg"));
    assert_eq!(workspace.step_summary().done, 1);
}

#[test]
fn a_reopened_document_is_written_in_the_current_version() {
    let workspace = decode(include_str!("fixtures/workspace-v1.json")).unwrap();
    let text = encode(&workspace, "2026-11-28T12:00:00.000Z");
    assert!(text.contains(&format!("\"schemaVersion\":{FILE_VERSION}")));
    assert_eq!(decode(&text).unwrap(), workspace);
}

/// A version 1 document written by the version 1 app itself, with every kind of record and
/// every enum value that version knew about.
const FULL_V1: &str = include_str!("fixtures/workspace-v1-full.json");

#[test]
fn every_field_of_a_full_version_1_document_survives() {
    let workspace = decode(FULL_V1).expect("version 1 opens");
    assert_eq!(workspace.institutions.len(), 2);
    assert_eq!(workspace.conversations.len(), 6);
    assert_eq!(workspace.activities.len(), 1);
    assert!(workspace.assessments.is_empty());
    let school = &workspace.institutions[0];
    assert_eq!(school.contacts[0].name, "Anke de Vries");
    assert_eq!(school.evaluations[0].went_well, "Opkomst");
    assert!(!workspace.conversations[0].parties.preschool);

    // Written again, the document is the same as the old one apart from the version and
    // the (empty) assessments and self-assessment it gained: no field was renamed or dropped.
    let mut old: Value = serde_json::from_str(FULL_V1).unwrap();
    let mut new: Value =
        serde_json::from_str(&encode(&workspace, "2026-10-01T09:30:00.000Z")).unwrap();
    assert_eq!(new["schemaVersion"], FILE_VERSION);
    assert_eq!(new["workspace"]["assessments"], serde_json::json!([]));
    for doc in [&mut old, &mut new] {
        let envelope = doc.as_object_mut().unwrap();
        envelope.remove("schemaVersion");
        let workspace = envelope["workspace"].as_object_mut().unwrap();
        workspace.remove("assessments");
        workspace.remove("selfAssessment");
    }
    assert_eq!(new, old);
}

/// What the version 3 app keeps in localStorage (key → text): the full version 1 document
/// above, written again as a main document and its parts.
const STORED_V3: &str = include_str!("fixtures/stored-v3.json");

#[test]
fn a_workspace_stored_in_parts_by_version_3_opens() {
    let stored: std::collections::BTreeMap<String, String> =
        serde_json::from_str(STORED_V3).unwrap();
    let main = &stored["ouderpartnerschap.werkruimte"];
    let read = decode_stored(main, &mut |key| stored.get(key).cloned()).expect("version 3 opens");
    assert_eq!(read.workspace, decode(FULL_V1).unwrap());
    assert_eq!(read.parts.len(), stored.len() - 1, "every part is named");
    assert!(read.current);
}

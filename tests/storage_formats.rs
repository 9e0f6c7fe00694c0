//! Every schema version ever written must keep opening: one fixture per version, forever.

use ouderpartnerschap::model::StepStatus;
use ouderpartnerschap::storage::{SCHEMA_VERSION, decode, encode};

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
    assert!(text.contains(&format!("\"schemaVersion\":{SCHEMA_VERSION}")));
    assert_eq!(decode(&text).unwrap(), workspace);
}

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
    // Version 4 placed the planning row in the school year of its month (March 2027) and
    // took the evaluation of 1 June for the year's end evaluation.
    assert_eq!(new["workspace"]["activities"][0]["schoolYear"], "2026-2027");
    assert_eq!(
        new["workspace"]["institutions"][0]["evaluations"][0]["kind"],
        "final"
    );
    for doc in [&mut old, &mut new] {
        without_what_version_4_added(doc);
        without_what_version_5_added(doc);
        let envelope = doc.as_object_mut().unwrap();
        envelope.remove("schemaVersion");
        let workspace = envelope["workspace"].as_object_mut().unwrap();
        workspace.remove("assessments");
        workspace.remove("selfAssessment");
    }
    assert_eq!(new, old);
}

/// Takes out of a document what reading it as version 4 adds to an older one: each planning
/// row's school year, each evaluation's kind, and the (empty) list of fixed moments.
fn without_what_version_4_added(doc: &mut Value) {
    let workspace = &mut doc["workspace"];
    workspace.as_object_mut().unwrap().remove("moments");
    for row in workspace["activities"].as_array_mut().into_iter().flatten() {
        row.as_object_mut().unwrap().remove("schoolYear");
    }
    for institution in workspace["institutions"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        for evaluation in institution["evaluations"]
            .as_array_mut()
            .into_iter()
            .flatten()
        {
            evaluation.as_object_mut().unwrap().remove("kind");
        }
    }
}

/// Takes out of a document what reading it as version 5 adds to an older one: the people
/// made from its names (each institution's leesconsulent back to the name) and the empty
/// list of sessions; the self-assessment they took is taken out of the old document.
fn without_what_version_5_added(doc: &mut Value) {
    let workspace = doc["workspace"].as_object_mut().unwrap();
    let people = workspace.remove("people").unwrap_or_default();
    workspace.remove("sessions");
    workspace.remove("selfAssessment");
    let name_of = |id: &Value| {
        people
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["id"] == *id)
            .map(|p| p["name"].clone())
    };
    for institution in workspace["institutions"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        if let Some(name) = name_of(&institution["consultant"]) {
            institution["consultant"] = name;
        }
    }
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
    assert!(
        !read.current,
        "written again as version 4 in the first pause"
    );
}

/// A version 2 export written by the release before serde, with every field of every record
/// kind set to a value that is not its default (the first record of each list; the second
/// institution is a plain one).
const FULL_V2: &str = include_str!("fixtures/workspace-v2-full.json");

/// Every field of `object` differs from the same field of `default`, recursively into the
/// nested records named in `nested`.
fn all_set(object: &Value, default: &Value, place: &str) {
    let (Some(object), Some(default)) = (object.as_object(), default.as_object()) else {
        panic!("{place} is not an object");
    };
    for (key, value) in default {
        assert!(object.contains_key(key), "{place}.{key} is missing");
        assert_ne!(&object[key], value, "{place}.{key} has its default value");
    }
}

fn default_of<T: serde::Serialize + Default>() -> Value {
    serde_json::to_value(T::default()).unwrap()
}

/// A record's default without a field a later version added.
fn without_key(mut record: Value, key: &str) -> Value {
    record.as_object_mut().unwrap().remove(key);
    record
}

#[test]
fn every_field_of_a_full_version_2_file_is_set_and_survives_byte_for_byte() {
    use ouderpartnerschap::model::*;
    use ouderpartnerschap::storage::{decode_file, encode_export};
    let file: Value = serde_json::from_str(FULL_V2).unwrap();
    let ws = &file["workspace"];
    all_set(
        ws,
        &without_key(
            without_key(without_key(default_of::<Workspace>(), "moments"), "people"),
            "sessions",
        ),
        "workspace",
    );
    all_set(&ws["library"], &default_of::<Library>(), "library");
    all_set(
        &ws["steps"]["stap-1"],
        &default_of::<StepProgress>(),
        "steps.stap-1",
    );
    let school = &ws["institutions"][0];
    all_set(school, &default_of::<Institution>(), "institutions[0]");
    all_set(
        &school["contacts"][0],
        &default_of::<Contact>(),
        "contacts[0]",
    );
    all_set(
        &school["selection"],
        &default_of::<Selection>(),
        "selection",
    );
    all_set(
        &school["evaluations"][0],
        &without_key(default_of::<Evaluation>(), "kind"),
        "evaluations[0]",
    );
    let talk = &ws["conversations"][0];
    all_set(talk, &default_of::<Conversation>(), "conversations[0]");
    all_set(
        &talk["preparation"]["bijlage-5-voorbereiding-1"],
        &default_of::<Prepared>(),
        "preparation",
    );
    all_set(
        &talk["answers"]["bijlage-5-school-a"],
        &default_of::<Answer>(),
        "answers",
    );
    assert_ne!(talk["parties"], default_of::<Parties>(), "parties");
    all_set(
        &ws["activities"][0],
        &without_key(default_of::<Activity>(), "schoolYear"),
        "activities[0]",
    );
    all_set(
        &ws["assessments"][0],
        &default_of::<Assessment>(),
        "assessments[0]",
    );

    // Read and written again by this version: the same, apart from the version and what
    // version 4 added (the row's school year, the evaluation's kind).
    let (workspace, stamps) = decode_file(FULL_V2).expect("version 2 opens");
    assert_eq!(workspace.assessments[0].age_to, Some(8));
    assert_eq!(stamps.by, "Toos van Dijk");
    assert_eq!(workspace.activities[0].school_year, "2026-2027");
    let mut new: Value =
        serde_json::from_str(&encode_export(&workspace, &stamps.at, &stamps.by)).unwrap();
    let mut old = file;
    for doc in [&mut old, &mut new] {
        without_what_version_4_added(doc);
        without_what_version_5_added(doc);
        doc.as_object_mut().unwrap().remove("schemaVersion");
    }
    assert_eq!(new, old);
}

/// A version 4 export written by this version from the full version 2 file, with what
/// version 4 added set too: a school year per row and one it was copied from, an end
/// evaluation with a result per activity, agreements of an earlier year, a fixed moment.
const FULL_V4: &str = include_str!("fixtures/workspace-v4-full.json");

#[test]
fn every_field_of_a_full_version_4_file_is_set_and_survives_byte_for_byte() {
    use ouderpartnerschap::model::*;
    use ouderpartnerschap::storage::{decode_file, encode_export};
    let file: Value = serde_json::from_str(FULL_V4).unwrap();
    let ws = &file["workspace"];
    all_set(
        &ws["institutions"][0],
        &default_of::<Institution>(),
        "institutions[0]",
    );
    let evaluation = &ws["institutions"][0]["evaluations"][0];
    all_set(evaluation, &default_of::<Evaluation>(), "evaluations[0]");
    all_set(
        &evaluation["results"]["activiteit-1"],
        &default_of::<ActivityResult>(),
        "results",
    );
    all_set(
        &ws["activities"][0],
        &default_of::<Activity>(),
        "activities[0]",
    );
    all_set(&ws["moments"][0], &default_of::<Moment>(), "moments[0]");

    let (workspace, stamps) = decode_file(FULL_V4).expect("version 4 opens");
    let school = &workspace.institutions[0];
    assert_eq!(school.agreements_to_review(), Some("2025-2026"));
    let row = &workspace.activities[0];
    assert_eq!(outcome_of(school, row), Outcome::Partly);
    // Version 5 made the free-text leesconsulent and the device's user people, and moved
    // the self-assessment to the user.
    let ilse = workspace.person(&school.consultant).expect("a person");
    assert_eq!(ilse.name, "Ilse Jansen");
    let toos = workspace.user().expect("the device's user is in the team");
    assert_eq!(toos.competences_met(), 2);
    assert!(workspace.self_assessment.is_empty());
    let mut new: Value =
        serde_json::from_str(&encode_export(&workspace, &stamps.at, &stamps.by)).unwrap();
    let mut old = file;
    for doc in [&mut old, &mut new] {
        without_what_version_5_added(doc);
        doc.as_object_mut().unwrap().remove("schemaVersion");
    }
    assert_eq!(new, old);
}

/// A version 5 export with the team set too: people (role, e-mail, a dated
/// self-assessment, stamps) and a session with who attended.
const FULL_V5: &str = include_str!("fixtures/workspace-v5-full.json");

#[test]
fn every_field_of_a_full_version_5_file_is_set_and_survives_byte_for_byte() {
    use ouderpartnerschap::model::*;
    use ouderpartnerschap::storage::{decode_file, encode_export};
    let file: Value = serde_json::from_str(FULL_V5).unwrap();
    let ws = &file["workspace"];
    all_set(&ws["people"][1], &default_of::<Person>(), "people[1]");
    all_set(&ws["sessions"][0], &default_of::<Session>(), "sessions[0]");
    let (workspace, stamps) = decode_file(FULL_V5).expect("version 5 opens");
    assert_eq!(workspace.sessions[0].attendees.len(), 2);
    assert_eq!(
        workspace.consultant_name(&workspace.institutions[0]),
        "Ilse Jansen"
    );
    assert_eq!(encode_export(&workspace, &stamps.at, &stamps.by), FULL_V5);
}

/// The parts this version writes are the bytes the release before it wrote, apart from the
/// parts whose records version 4 gave a school year or an evaluation kind: their keys, made
/// from their content, are the same, so an upgrade rewrites only those.
#[test]
fn parts_keep_the_keys_the_version_3_app_gave_them() {
    use ouderpartnerschap::storage::layout::{Changed, Written, lay_out};
    let stored: std::collections::BTreeMap<String, String> =
        serde_json::from_str(STORED_V3).unwrap();
    let workspace = decode(FULL_V1).unwrap();
    let first_save = (Written::default(), Changed::default());
    let layout = lay_out(
        &workspace,
        "2026-11-28T12:00:00.000Z",
        &first_save.0,
        &first_save.1,
    );
    let mut kept = 0;
    for (index, part) in layout.parts.iter().enumerate() {
        let text = layout.text(index);
        if text.contains("\"schoolYear\":\"2026-2027\",\"who\"")
            || text.contains("\"kind\":\"final\"")
            || text.contains("\"consultant\":\"persoon-")
            || text.starts_with("{\"people\"")
        {
            assert!(!stored.contains_key(&part.key), "a migrated part is new");
            continue;
        }
        kept += 1;
        assert_eq!(
            stored.get(&part.key),
            Some(&layout.text(index)),
            "{}",
            part.key
        );
    }
    // The team (version 5) is a part of its own.
    assert_eq!(layout.parts.len(), stored.len());
    assert!(kept > 0, "the conversations' part is kept as it was");
}

/// JSON allows a key twice in one object; a map read from such a file keeps the value
/// written last (docs/data-format.md says so), and nothing else of the record is lost.
#[test]
fn a_map_with_a_key_twice_keeps_the_value_written_last() {
    let text = r#"{"format":"ouderpartnerschap","schemaVersion":2,"workspace":{
        "institutions":[{"id":"a","name":"Obs De Linde",
            "agreements":{"stap-10-afspraak-team":"eerst","stap-10-afspraak-team":"later"},
            "notes":"blijft"}],
        "library":{"userName":"Toos"},
        "selfAssessment":{"competentie-1":true,"competentie-1":false}}}"#;
    let workspace = decode(text).expect("a repeated key is not damage");
    let school = &workspace.institutions[0];
    assert_eq!(school.agreements["stap-10-afspraak-team"], "later");
    assert_eq!(school.agreements.len(), 1);
    assert_eq!(school.notes, "blijft");
    let user = workspace
        .user()
        .expect("the self-assessment went to the user");
    assert!(!user.meets("competentie-1"));
}

//! The import's preview and merge, and the files it refuses.

use super::*;
use crate::content::COMPETENCES;
use crate::model::{
    Conversation, ConversationKind, Institution, InstitutionField, InstitutionKind, Kind, Person,
    PersonField, PersonRole, StepField, StepStatus, Workspace,
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
    let file = read_import(include_str!(
        "../../../tests/fixtures/workspace-v1-full.json"
    ))
    .unwrap();
    assert_eq!(file.workspace.institutions.len(), 2);
    assert_eq!(file.workspace.conversations.len(), 6);
    assert!(file.workspace.assessments.is_empty());
    assert!(
        !file.origin.at.is_empty(),
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
    // Listed, so that the preview names every record it counts as changed.
    let taken: Vec<_> = found.taken.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(taken, ["a"]);
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
    // Each mark reads its time stamp as `moment` writes it (where the user is, in the app).
    let names = Names {
        ours: "Ans",
        theirs: "Toos",
        moment: |at| format!("om {at}"),
    };
    let both = merge_named(&ours, &theirs, |_| Side::Both, names);
    let notes = &both.institution("a").unwrap().notes;
    assert_eq!(
        *notes,
        format!("[Ans, om {T2}]\nHier genoteerd\n\n[Toos, om {T3}]\nDaar genoteerd")
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

/// A workspace whose user is `user`, with that user in its team.
fn of_user(user: &str) -> Workspace {
    let mut ws = Workspace::default();
    ws.library.user_name = user.into();
    ws.person_for_name(user, T1);
    ws
}

fn tick(ws: &mut Workspace, person: &str, competences: &[&str], at: &str) {
    let id = ws.person_named(person).unwrap().id.clone();
    ws.update_person(&id, at, PersonField::Competences, |p| {
        competences
            .iter()
            .try_for_each(|c| p.set_competence(c, true, &at[..10]))
    })
    .unwrap();
}

/// The file arranged as the user finds it without choosing.
fn arranged_by_default(ours: &Workspace, theirs: &Workspace) -> Workspace {
    let alikes = look_alikes(ours, theirs);
    arrange(
        ours,
        theirs,
        &alikes,
        &default_arrangement(ours, theirs, &alikes),
    )
}

/// Imports `theirs` into `ours` as a user who keeps what the preview proposes.
fn import(ours: &Workspace, theirs: &Workspace) -> Workspace {
    merge(ours, &arranged_by_default(ours, theirs), |d| d.newer())
}

#[test]
fn each_persons_self_assessment_stays_their_own_through_colleagues_files() {
    let mut mine = of_user("Toos van Dijk");
    tick(&mut mine, "Toos van Dijk", &["competentie-1"], T1);
    let mut ilse = of_user("Ilse Jansen");
    tick(&mut ilse, "Ilse Jansen", &COMPETENCES.map(|c| c.id), T2);
    // Ilse's file also names Toos, added by hand there, without a self-assessment.
    ilse.person_for_name("toos van dijk", T2);
    let mut bram = of_user("Bram de Wit");
    tick(
        &mut bram,
        "Bram de Wit",
        &["competentie-2", "competentie-3"],
        T2,
    );

    let merged = import(&import(&mine, &ilse), &bram);
    let met = |name: &str| merged.person_named(name).unwrap().competences_met();
    assert_eq!(merged.people.len(), 3, "one person per name");
    assert_eq!(met("Toos van Dijk"), 1, "mine stays mine");
    assert_eq!(met("Ilse Jansen"), COMPETENCES.len());
    assert_eq!(met("Bram de Wit"), 2);
}

#[test]
fn a_person_known_here_under_another_id_is_one_person_whose_blanks_are_filled() {
    let mut ours = of_user("Toos");
    let mut ilse = Person::new(
        "persoon-mijn-ilse",
        "Ilse Jansen",
        PersonRole::Leesconsulent,
        T1,
    )
    .unwrap();
    ilse.email = String::new();
    ours.add_person(ilse).unwrap();
    let mut school_here = school("a", "De Regenboog", T1);
    school_here.consultant = "persoon-mijn-ilse".into();
    ours.add_institution(school_here).unwrap();

    let mut theirs = of_user("Ilse Jansen");
    let hers = theirs.person_named("ilse jansen").unwrap().id.clone();
    theirs
        .update_person(&hers, T2, PersonField::Email, |p| {
            p.email = "ilse@bibliotheek.nl".into();
            Ok(())
        })
        .unwrap();
    let mut school_there = school("b", "De Zonnewijzer", T2);
    school_there.consultant = hers.clone();
    theirs.add_institution(school_there).unwrap();

    let arranged = arranged_by_default(&ours, &theirs);
    let shown = preview(&ours, &arranged);
    assert!(
        shown.changed.is_empty(),
        "no question about a blank: {shown:?}"
    );
    let merged = merge(&ours, &arranged, |d| d.newer());
    assert_eq!(
        merged
            .people
            .iter()
            .filter(|p| p.is_called("Ilse Jansen"))
            .count(),
        1
    );
    let ilse = merged.person("persoon-mijn-ilse").unwrap();
    assert_eq!(ilse.email, "ilse@bibliotheek.nl");
    assert_eq!(merged.schools_of("persoon-mijn-ilse").count(), 2);
}

#[test]
fn a_look_alike_school_is_offered_for_joining_or_kept_apart() {
    let mut ours = of_user("Toos");
    let mut here = school("mijn-wegwijzer", "CBS De Wegwijzer", T1);
    here.place = "Tiel".into();
    here.notes = "Mijn notitie".into();
    ours.add_institution(here).unwrap();
    let mut theirs = of_user("Ilse");
    let mut there = school("haar-wegwijzer", "CBS de Wegwijzer", T2);
    there.place = "TIEL".into();
    theirs.add_institution(there).unwrap();
    theirs
        .add_conversation(Conversation::new(
            "g9",
            ConversationKind::Start,
            Some("haar-wegwijzer"),
            T2,
        ))
        .unwrap();

    let alikes = look_alikes(&ours, &theirs);
    assert_eq!(alikes.len(), 1);
    assert_eq!(
        (alikes[0].theirs.as_str(), alikes[0].ours.as_str()),
        ("haar-wegwijzer", "mijn-wegwijzer")
    );

    // Both sides wrote the name, differently: the user chooses; the blank notes are no
    // question.
    let arranged = arrange(
        &ours,
        &theirs,
        &alikes,
        &default_arrangement(&ours, &theirs, &alikes),
    );
    let fields: Vec<_> = preview(&ours, &arranged)
        .changed
        .into_iter()
        .filter_map(|d| d.field)
        .collect();
    assert_eq!(fields, ["name", "place"]);
    let joined = import(&ours, &theirs);
    assert_eq!(joined.institutions.len(), 1);
    assert_eq!(joined.institutions[0].notes, "Mijn notitie");
    assert_eq!(
        joined.conversations[0].institution_id.as_deref(),
        Some("mijn-wegwijzer")
    );

    let apart = Arrangement {
        library_steps: false,
        ..Default::default()
    };
    let arranged = arrange(&ours, &theirs, &alikes, &apart);
    let kept_apart = merge(&ours, &arranged, |d| d.newer());
    assert_eq!(kept_apart.institutions.len(), 2);
    assert_eq!(
        kept_apart.conversations[0].institution_id.as_deref(),
        Some("haar-wegwijzer")
    );
}

#[test]
fn a_person_named_shorter_or_longer_is_asked_about_kept_apart_unless_joined() {
    let mut ours = of_user("Toos");
    let mine = ours.person_for_name("Ilse", T1).unwrap();
    let mut here = school("a", "De Regenboog", T1);
    here.consultant = mine.clone();
    ours.add_institution(here).unwrap();
    // Her own device, where she entered herself later.
    let mut theirs = Workspace::default();
    theirs.library.user_name = "Ilse de Vries".into();
    let hers = theirs.person_for_name("Ilse de Vries", T2).unwrap();
    let mut there = school("b", "De Zonnewijzer", T2);
    there.consultant = hers.clone();
    theirs.add_institution(there).unwrap();

    let alikes = look_alike_people(&ours, &theirs);
    assert_eq!(alikes.len(), 1);
    assert_eq!(
        (
            alikes[0].theirs_label.as_str(),
            alikes[0].ours_label.as_str()
        ),
        ("Ilse de Vries", "Ilse")
    );
    // Without an answer: two people.
    let apart = import(&ours, &theirs);
    assert_eq!(apart.people.len(), 3);
    assert_eq!(apart.schools_of(&hers).count(), 1);

    // Said to be one: one person with both schools; the two names are the user's choice.
    let mut same = default_arrangement(&ours, &theirs, &[]);
    same.same_people
        .insert(alikes[0].theirs.clone(), alikes[0].ours.clone());
    let arranged = arrange(&ours, &theirs, &[], &same);
    let asked: Vec<_> = preview(&ours, &arranged)
        .changed
        .into_iter()
        .filter_map(|d| d.field)
        .collect();
    assert_eq!(asked, ["name"]);
    // Two names marked with who and when would be no name: one is chosen.
    assert!(!preview(&ours, &arranged).changed[0].text);
    let joined = merge(&ours, &arranged, |_| Side::Theirs);
    assert_eq!(joined.people.len(), 2);
    assert_eq!(joined.person(&mine).unwrap().name, "Ilse de Vries");
    assert_eq!(joined.schools_of(&mine).count(), 2);
}

#[test]
fn a_short_name_that_fits_two_people_here_is_not_asked_about() {
    let mut ours = of_user("Toos");
    ours.person_for_name("Ilse de Vries", T1);
    ours.person_for_name("Ilse Jansen", T1);
    let theirs = of_user("Ilse");
    assert_eq!(look_alike_people(&ours, &theirs), []);
    // Nor a name that only shares a first letter or a word further on.
    let mut ours = of_user("Toos");
    ours.person_for_name("Ils", T1);
    ours.person_for_name("de Vries", T1);
    assert_eq!(look_alike_people(&ours, &of_user("Ilse de Vries")), []);
}

#[test]
fn a_colleagues_library_steps_stay_out_unless_taken_over() {
    let mut ours = of_user("Toos");
    ours.apply_step("stap-6", StepField::Notes("Mijn notities".into()), T1)
        .unwrap();
    let mut theirs = of_user("Ilse");
    theirs
        .apply_step("stap-6", StepField::Status(StepStatus::Done), T2)
        .unwrap();
    theirs
        .apply_step("stap-1", StepField::Status(StepStatus::Done), T2)
        .unwrap();

    assert!(from_colleague(&ours, &theirs));
    assert_eq!(library_step_changes(&ours, &theirs), 2);
    let arrangement = default_arrangement(&ours, &theirs, &[]);
    assert!(!arrangement.library_steps);
    let arranged = arrange(&ours, &theirs, &[], &arrangement);
    let shown = preview(&ours, &arranged);
    assert!(
        shown
            .changed
            .iter()
            .chain(&shown.added)
            .all(|d| d.kind != Kind::Step)
    );
    let merged = merge(&ours, &arranged, |_| Side::Theirs);
    assert_eq!(merged.steps, ours.steps, "steps 1–6 unchanged");

    let taken = Arrangement {
        library_steps: true,
        ..arrangement
    };
    let merged = merge(&ours, &arrange(&ours, &theirs, &[], &taken), |_| {
        Side::Theirs
    });
    assert_eq!(merged.step("stap-1").status, StepStatus::Done);

    // One's own file from another device: compared as before.
    let mut laptop = of_user("toos");
    laptop
        .apply_step("stap-2", StepField::Status(StepStatus::Done), T2)
        .unwrap();
    assert!(default_arrangement(&ours, &laptop, &[]).library_steps);
}

#[test]
fn every_bad_file_gets_its_own_dutch_message() {
    let good = crate::storage::encode_export(&base(), T2, "Toos");
    let file = read_import(&good).unwrap();
    assert_eq!(file.workspace, base());
    assert_eq!(
        (file.origin.at.as_str(), file.origin.by.as_str()),
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
    let part = ws.institution_part("a").unwrap();
    assert_eq!(part.institutions.len(), 1);
    assert_eq!(part.conversations.len(), 1);
    assert!(part.steps.is_empty(), "the library's own steps stay home");
    let back = preview(&ws, &part);
    assert!(back.added.is_empty() && back.changed.is_empty());
    assert_eq!(ws.institution_part("onbekend"), None);
    // A colleague's empty workspace gains the institution with its conversation.
    let colleague = merge(&Workspace::default(), &part, Difference::newer);
    assert_eq!(colleague.library.name, "Bibliotheek Helmond-Peel");
    assert_eq!(colleague.institutions[0].name, "De Regenboog");
    assert_eq!(colleague.conversations[0].id, "g1");
}

#[test]
fn an_institution_part_names_the_linked_institutions_it_leaves_behind() {
    let mut ws = base();
    ws.add_institution(school("b", "Kdv Olifantje", T1))
        .unwrap();
    ws.link("a", "b", T2).unwrap();
    let part = ws.institution_part("a").unwrap();
    let exported = &part.institutions[0];
    assert!(exported.links.contains("b"));
    assert_eq!(exported.linked_names["b"], "Kdv Olifantje");

    let back = preview(&ws, &part);
    assert!(
        back.changed.is_empty(),
        "the names are bookkeeping: no false change"
    );
    assert_eq!(back.changed_records, 0);
    let merged = merge(&ws, &part, Difference::newer);
    assert!(merged.institution("a").unwrap().linked_names.is_empty());

    let colleague = merge(&Workspace::default(), &part, Difference::newer);
    let arrived = &colleague.institutions[0];
    assert_eq!(
        arrived.linked_names["b"], "Kdv Olifantje",
        "the link keeps its name"
    );
}

#[test]
fn a_file_with_nothing_new_changes_nothing_and_anything_else_does() {
    let ours = base();
    let nothing = |theirs: &Workspace| changes_nothing(&ours, theirs, &preview(&ours, theirs));
    assert!(nothing(&ours.clone()));
    // Less than here: an import never deletes what only this device has.
    assert!(nothing(&Workspace::default()));

    let mut more = base();
    more.add_institution(school("b", "De Vlinder", T2)).unwrap();
    assert!(!nothing(&more));

    // What the preview does not list still counts: the file's record of a deletion of a
    // school this device never had is kept, so that it stays deleted here too.
    let mut deleted = base();
    deleted
        .add_institution(school("c", "Het Anker", T1))
        .unwrap();
    deleted.delete_institution("c", T2);
    assert!(preview(&ours, &deleted).added.is_empty());
    assert!(!nothing(&deleted));

    // A device without a library name takes the file's.
    let mut unnamed = base();
    unnamed.library.name.clear();
    assert!(!changes_nothing(&unnamed, &ours, &preview(&unnamed, &ours)));
}

#[test]
fn replacing_says_what_only_this_device_has() {
    let ours = base();
    assert_eq!(only_here(&ours, &ours), "");
    assert_eq!(
        only_here(&ours, &Workspace::default()),
        "1 instelling en 1 gesprek"
    );
    let mut more = base();
    more.add_institution(school("b", "De Vlinder", T2)).unwrap();
    more.add_institution(school("c", "Het Anker", T2)).unwrap();
    assert_eq!(only_here(&more, &ours), "2 instellingen");
}

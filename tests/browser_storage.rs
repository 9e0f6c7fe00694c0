//! The storage layer against the real localStorage of a headless Chromium.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser_storage`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use ouderpartnerschap::model::{
    Conversation, ConversationField, ConversationKind, Institution, InstitutionField,
    InstitutionKind, StepField, StepStatus, Workspace,
};
use ouderpartnerschap::state::{ImportState, SaveStatus, provide_app_state};
use ouderpartnerschap::storage::backup::{self, Reason};
use ouderpartnerschap::storage::layout::{Changed, Layout, PART_PREFIX, Written, lay_out};
use ouderpartnerschap::storage::local::{self, Loaded, SaveError, WORKSPACE_KEY};
use ouderpartnerschap::storage::{DocumentError, SCHEMA_VERSION, decode, encode, encode_export};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-28T10:00:00.000Z";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn raw(key: &str) -> Option<String> {
    storage().get_item(key).unwrap()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Ends a test's app state: its listeners and timers go, so later tests' events reach only
/// their own state.
fn finish(owner: Owner) {
    owner.cleanup();
    owner.unset();
}

fn sample() -> Workspace {
    let mut ws = Workspace::default();
    ws.library.name = "Bibliotheek Almere".into();
    ws.apply_step("stap-3", StepField::Status(StepStatus::Done), NOW)
        .unwrap();
    ws.apply_step(
        "stap-3",
        StepField::Notes("Wethouder akkoord; “ouderpartnerschap” op de LEA-agenda.".into()),
        NOW,
    )
    .unwrap();
    ws
}

/// The workspace stored now, read with its parts.
fn stored_workspace() -> Workspace {
    match local::load(WORKSPACE_KEY) {
        Loaded::Workspace(stored) => stored.workspace,
        other => panic!("expected a stored workspace, got {other:?}"),
    }
}

/// A workspace with 30 schools and 4 conversations each, so that it is stored in parts.
fn with_records() -> Workspace {
    let mut ws = sample();
    for school in 0..30 {
        let id = format!("instelling-{school}");
        let name = format!("School {school}");
        ws.add_institution(
            Institution::new(&id, &name, InstitutionKind::Basisschool, NOW).unwrap(),
        )
        .unwrap();
        for talk in 0..4 {
            let mut c = Conversation::new(
                &format!("gesprek-{school}-{talk}"),
                ConversationKind::Start,
                Some(&id),
                NOW,
            );
            c.agreements = format!("Afspraak {talk} met school {school}.");
            ws.add_conversation(c).unwrap();
        }
    }
    ws
}

fn part_keys() -> Vec<String> {
    local::keys_with_prefix(PART_PREFIX)
}

/// The keys of all parts of `layout`, and its main document naming them all.
fn keys_of(layout: &Layout) -> Vec<String> {
    layout.keys(layout.parts.len())
}

/// A layout as a first save writes it: every part encoded.
fn fresh(ws: &Workspace) -> Layout<'_> {
    lay_out(ws, NOW, &Written::default(), &Changed::default())
}

fn main_of(layout: &Layout) -> String {
    layout.main(layout.parts.len())
}

/// Storage holds the parts of `layout`, no more and no fewer, and reads back as `ws`.
fn assert_stored_as(layout: &Layout, ws: &Workspace) {
    assert_eq!(part_keys().len(), layout.parts.len());
    assert_eq!(&stored_workspace(), ws);
}

/// Empties storage and saves `ws` in parts.
fn stored_in_parts(ws: &Workspace) -> Layout<'_> {
    storage().clear().unwrap();
    let layout = fresh(ws);
    local::save(WORKSPACE_KEY, &layout, &[]).unwrap();
    layout
}

#[wasm_bindgen_test]
fn a_saved_workspace_loads_back() {
    storage().clear().unwrap();
    let ws = with_records();
    local::write(WORKSPACE_KEY, &encode(&ws, NOW)).unwrap();
    match local::load(WORKSPACE_KEY) {
        Loaded::Workspace(stored) => {
            assert_eq!(stored.workspace, ws);
            assert!(
                !stored.current,
                "a whole document is written again in parts"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn a_workspace_in_parts_loads_back_and_a_save_writes_only_what_changed() {
    let ws = with_records();
    let first = stored_in_parts(&ws);
    assert_eq!(part_keys().len(), first.parts.len());
    assert!(first.parts.len() > 3);
    assert_eq!(stored_workspace(), ws);

    // Mark an unchanged part the way the app would never write it: a save that rewrote
    // it would take the mark away.
    let untouched = first.parts[0].key.clone();
    let marked = raw(&untouched).unwrap().replacen('{', "{ ", 1);
    storage().set_item(&untouched, &marked).unwrap();

    let mut edited = ws.clone();
    edited.conversations[50].agreements = "Ouderavond in maart.".into();
    let second = fresh(&edited);
    local::save(WORKSPACE_KEY, &second, &keys_of(&first)).unwrap();
    assert_eq!(
        raw(&untouched),
        Some(marked),
        "an unchanged part is not written"
    );
    // The replaced part is removed.
    assert_stored_as(&second, &edited);
}

#[wasm_bindgen_test]
fn a_save_that_does_not_fit_keeps_what_was_stored() {
    let ws = with_records();
    let first = stored_in_parts(&ws);
    let mut grown = ws.clone();
    // More than any browser's per-origin quota, in one conversation's part.
    grown.conversations[7].agreements = "x".repeat(12 * 1024 * 1024);
    let second = fresh(&grown);
    assert_eq!(
        local::save(WORKSPACE_KEY, &second, &keys_of(&first)),
        Err(SaveError::Full)
    );
    assert_eq!(raw(WORKSPACE_KEY), Some(main_of(&first)));
    // Nothing half-written is left.
    assert_stored_as(&first, &ws);
}

#[wasm_bindgen_test]
fn a_whole_document_too_large_to_sit_beside_its_parts_moves_into_them_in_rounds() {
    storage().clear().unwrap();
    let mut ws = with_records();
    // 3.6 MB of notes: the parts do not fit beside the whole document (~5 MB allowed).
    for (n, c) in ws.conversations.iter_mut().enumerate() {
        c.agreements = format!("{n} {}", "Voorlezen op de peuterspeelzaal. ".repeat(900));
    }
    storage()
        .set_item(WORKSPACE_KEY, &encode(&ws, NOW))
        .unwrap();
    let layout = fresh(&ws);
    let saved = local::save(WORKSPACE_KEY, &layout, &[]).unwrap();
    assert_eq!(saved.named, layout.parts.len(), "all in parts in the end");
    assert_eq!(raw(WORKSPACE_KEY), Some(main_of(&layout)));
    assert_stored_as(&layout, &ws);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_whole_document_of_an_older_version_is_written_again_in_parts() {
    storage().clear().unwrap();
    let ws = with_records();
    // As the release before version 4 wrote it: one whole document.
    let older = encode(&ws, NOW).replace(
        &format!("\"schemaVersion\":{SCHEMA_VERSION}"),
        "\"schemaVersion\":3",
    );
    storage().set_item(WORKSPACE_KEY, &older).unwrap();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let state = owner.with(provide_app_state);
    assert_eq!(state.workspace.get_untracked(), ws);
    sleep(700).await;
    let version = format!("\"schemaVersion\":{SCHEMA_VERSION}");
    assert!(raw(WORKSPACE_KEY).unwrap().contains(&version));
    assert!(!part_keys().is_empty());
    assert_eq!(stored_workspace(), ws);
    finish(owner);
}

#[wasm_bindgen_test]
async fn an_edit_in_the_app_is_saved_with_its_field_stamped_and_other_parts_stay_as_stored() {
    let ws = with_records();
    let first = stored_in_parts(&ws);
    // Every part marked the way the app would never write it: a part written again
    // loses its mark.
    for key in keys_of(&first) {
        let marked = raw(&key).unwrap().replacen('{', "{ ", 1);
        storage().set_item(&key, &marked).unwrap();
    }
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let state = owner.with(provide_app_state);
    sleep(50).await;
    state
        .edit_conversation("gesprek-12-3", ConversationField::Agreements, |c| {
            c.agreements = "Ouderavond in maart.".into();
            Ok(())
        })
        .unwrap();
    sleep(700).await;
    assert_eq!(state.save_status.get_untracked(), SaveStatus::Saved);
    let marked = part_keys()
        .iter()
        .filter(|key| raw(key).is_some_and(|text| text.starts_with("{ ")))
        .count();
    assert_eq!(
        marked,
        first.parts.len() - 1,
        "only the edited record's part is new"
    );
    let stored = stored_workspace();
    let edited = stored.conversation("gesprek-12-3").unwrap();
    assert_eq!(edited.agreements, "Ouderavond in maart.");
    assert!(
        edited.stamps.contains_key("agreements"),
        "the field is stamped"
    );
    assert_eq!(stored.institutions, ws.institutions);
    finish(owner);
}

#[wasm_bindgen_test]
fn nothing_stored_is_a_first_visit() {
    storage().clear().unwrap();
    assert_eq!(local::load(WORKSPACE_KEY), Loaded::Empty);
}

#[wasm_bindgen_test]
fn a_corrupt_document_is_reported_and_left_untouched() {
    storage().clear().unwrap();
    let corrupt = "{\"format\":\"ouderpartnerschap\",\"schemaVersion\":1,\"workspace\":{\"steps\":";
    storage().set_item(WORKSPACE_KEY, corrupt).unwrap();
    match local::load(WORKSPACE_KEY) {
        Loaded::Unreadable {
            text,
            error: DocumentError::NotJson(_),
        } => assert_eq!(text, corrupt),
        other => panic!("expected an unreadable document, got {other:?}"),
    }
    assert_eq!(raw(WORKSPACE_KEY).as_deref(), Some(corrupt));
}

#[wasm_bindgen_test]
fn a_document_from_a_newer_version_is_not_read() {
    storage().clear().unwrap();
    let future = r#"{"format":"ouderpartnerschap","schemaVersion":9,"workspace":{}}"#;
    storage().set_item(WORKSPACE_KEY, future).unwrap();
    assert!(matches!(
        local::load(WORKSPACE_KEY),
        Loaded::Unreadable {
            error: DocumentError::FromTheFuture(9),
            ..
        }
    ));
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_keeps_what_was_saved() {
    storage().clear().unwrap();
    let saved = encode(&sample(), NOW);
    local::write(WORKSPACE_KEY, &saved).unwrap();
    // More than any browser's per-origin localStorage quota (5–10 MB).
    let huge = "x".repeat(12 * 1024 * 1024);
    assert_eq!(local::write(WORKSPACE_KEY, &huge), Err(SaveError::Full));
    assert_eq!(raw(WORKSPACE_KEY), Some(saved));
    assert!(SaveError::Full.message().contains("vol"));
}

#[wasm_bindgen_test]
fn an_unreadable_document_can_be_set_aside() {
    storage().clear().unwrap();
    let key = local::set_aside("kapot", NOW).unwrap();
    assert_eq!(raw(&key).as_deref(), Some("kapot"));
    assert_eq!(local::set_aside_keys(), vec![key]);
}

#[wasm_bindgen_test]
async fn edits_are_saved_shortly_after_typing() {
    storage().clear().unwrap();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let state = owner.with(provide_app_state);
    sleep(50).await;
    for text in ["W", "We", "Wet", "Weth", "Wethouder"] {
        state
            .edit_step("stap-2", StepField::Notes(text.into()))
            .unwrap();
    }
    sleep(100).await;
    // Typing is not written key by key: the write waits for the save delay.
    assert_eq!(state.save_status.get_untracked(), SaveStatus::Pending);
    assert_eq!(raw(WORKSPACE_KEY), None);
    sleep(600).await;
    assert_eq!(state.save_status.get_untracked(), SaveStatus::Saved);
    assert_eq!(stored_workspace().step("stap-2").notes, "Wethouder");
    finish(owner);
}

#[wasm_bindgen_test]
async fn an_unreadable_document_is_never_overwritten_until_set_aside() {
    storage().clear().unwrap();
    storage().set_item(WORKSPACE_KEY, "niet-json").unwrap();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let state = owner.with(provide_app_state);
    assert!(state.unreadable.get_untracked().is_some());
    sleep(50).await;
    state
        .edit_step("stap-1", StepField::Owner("Toos".into()))
        .unwrap();
    sleep(700).await;
    assert_eq!(raw(WORKSPACE_KEY).as_deref(), Some("niet-json"));

    state.set_unreadable_aside().unwrap();
    let keys = local::set_aside_keys();
    assert_eq!(keys.len(), 1);
    assert_eq!(raw(&keys[0]).as_deref(), Some("niet-json"));
    assert_eq!(stored_workspace().step("stap-1").owner, "Toos");
    finish(owner);
}

// ---------------------------------------------------------------------------------------
// Backups, imports and other tabs

fn clean_start() -> (Owner, ouderpartnerschap::state::AppState) {
    storage().clear().unwrap();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let state = owner.with(provide_app_state);
    (owner, state)
}

#[wasm_bindgen_test]
async fn the_first_backup_of_the_day_and_the_newest_others_are_kept_and_each_can_be_deleted() {
    storage().clear().unwrap();
    backup::clear().await.unwrap();
    let total = backup::MAX_BACKUPS + 2;
    for n in 1..=total {
        let at = format!("2026-11-28T10:00:{n:02}.000Z");
        backup::keep(&format!("kopie {n}"), Reason::Import, &at)
            .await
            .unwrap();
    }
    let kept = backup::list().await.unwrap();
    assert_eq!(
        kept.len(),
        backup::MAX_BACKUPS + 1,
        "the newest ten and the day's first"
    );
    assert_eq!(
        kept[0].at,
        format!("2026-11-28T10:00:{total:02}.000Z"),
        "newest first"
    );
    let first = kept.last().unwrap();
    assert_eq!(first.at, "2026-11-28T10:00:01.000Z");
    assert!(first.first_of_day);
    assert_eq!(kept.iter().filter(|b| b.first_of_day).count(), 1);
    assert_eq!(
        backup::read(&first.key).await.unwrap().as_deref(),
        Some("kopie 1"),
        "the state from before the first import of the day is still there"
    );
    assert_eq!(
        backup::read(&kept[2].key).await.unwrap().as_deref(),
        Some(format!("kopie {}", total - 2).as_str())
    );
    assert_eq!(
        storage().length().unwrap(),
        0,
        "nothing of them in localStorage"
    );
    backup::delete(&kept[0].key).await.unwrap();
    let left = backup::list().await.unwrap();
    assert_eq!(left.len(), backup::MAX_BACKUPS);
    assert_eq!(left[0].key, kept[1].key);
    assert_eq!(backup::read(&kept[0].key).await.unwrap(), None);
    // The user may delete the day's first too; the next of that day then stays instead.
    backup::delete(&first.key).await.unwrap();
    let left = backup::list().await.unwrap();
    assert!(left.last().unwrap().first_of_day);
    assert_eq!(left.last().unwrap().at, "2026-11-28T10:00:03.000Z");
    backup::clear().await.unwrap();
}

#[wasm_bindgen_test]
async fn two_backups_kept_in_the_same_millisecond_are_both_kept_the_later_listed_first() {
    backup::clear().await.unwrap();
    backup::keep("eerste", Reason::Import, NOW).await.unwrap();
    backup::keep("tweede", Reason::Import, NOW).await.unwrap();
    let kept = backup::list().await.unwrap();
    assert_eq!(kept.len(), 2, "the second did not replace the first");
    assert!(
        kept.iter()
            .all(|b| b.at == NOW && b.reason == Reason::Import)
    );
    assert_eq!(
        backup::read(&kept[0].key).await.unwrap().as_deref(),
        Some("tweede")
    );
    assert_eq!(
        backup::read(&kept[1].key).await.unwrap().as_deref(),
        Some("eerste")
    );
    backup::clear().await.unwrap();
}

#[wasm_bindgen_test]
async fn four_imports_in_a_row_each_leave_a_labelled_backup_and_the_first_restores_the_state_before()
 {
    let (owner, state) = clean_start();
    backup::clear().await.unwrap();
    sleep(50).await;
    state
        .edit_step("stap-2", StepField::Notes("Vóór de imports".into()))
        .unwrap();
    sleep(600).await;
    let before = stored_workspace();
    let people = ["Ilse de Vries", "Ans", "", "Toos"];
    // Each file brings another step, so that every import changes something.
    let steps = ["stap-1", "stap-3", "stap-4", "stap-5"];
    for (n, (person, step)) in people.into_iter().zip(steps).enumerate() {
        let mut colleague = Workspace::default();
        colleague.library.name = "Bibliotheek Rivierenland".into();
        colleague
            .apply_step(step, StepField::Notes(format!("Import {n}")), NOW)
            .unwrap();
        let file = format!("collega-{n}.json");
        state
            .begin_import(&file, &encode_export(&colleague, NOW, person))
            .await;
        state.merge_import(Vec::new(), false).await.unwrap();
        sleep(20).await;
    }
    let backups = backup::list().await.unwrap();
    let labels: Vec<String> = backups.iter().map(|b| b.describe()).collect();
    assert_eq!(
        labels,
        [
            "van vóór de import van ‘collega-3.json’ van Toos (Bibliotheek Rivierenland)",
            "van vóór de import van ‘collega-2.json’ van Bibliotheek Rivierenland",
            "van vóór de import van ‘collega-1.json’ van Ans (Bibliotheek Rivierenland)",
            "van vóór de import van ‘collega-0.json’ van Ilse de Vries (Bibliotheek Rivierenland)",
        ]
    );
    let first = backups.last().unwrap();
    assert!(first.first_of_day);
    let text = backup::read(&first.key).await.unwrap().unwrap();
    assert_eq!(decode(&text), Ok(before.clone()));
    assert_eq!(stored_workspace().step("stap-5").notes, "Import 3");
    state.restore_backup(first.key.clone()).await.unwrap();
    assert_eq!(stored_workspace(), before);
    finish(owner);
}

/// A fresh app with some work of its own saved and no backups, and a colleague's export.
async fn own_work_and_a_colleagues_file() -> (Owner, ouderpartnerschap::state::AppState, String) {
    let (owner, state) = clean_start();
    backup::clear().await.unwrap();
    sleep(50).await;
    state
        .edit_step("stap-2", StepField::Notes("Eigen werk".into()))
        .unwrap();
    sleep(600).await;
    let mut colleague = Workspace::default();
    colleague
        .apply_step("stap-4", StepField::Notes("Van de collega".into()), NOW)
        .unwrap();
    (owner, state, encode_export(&colleague, NOW, "Ans"))
}

#[wasm_bindgen_test]
async fn the_backup_before_an_import_names_the_file_imported_not_one_only_previewed() {
    let (owner, state, file) = own_work_and_a_colleagues_file().await;
    // Looked at, then another file chosen instead: nothing changed meanwhile.
    state.begin_import("verkeerd.json", &file).await;
    sleep(300).await;
    state.begin_import("goed.json", &file).await;
    state.merge_import(Vec::new(), false).await.unwrap();
    sleep(100).await;
    let backups = backup::list().await.unwrap();
    // The one kept while ‘verkeerd.json’ was looked at went with it; this one is listed.
    assert_eq!(backups.len(), 1);
    assert_eq!(state.backups.get_untracked(), backups);
    assert_eq!(
        backups[0].describe(),
        "van vóór de import van ‘goed.json’ van Ans"
    );
    finish(owner);
}

#[wasm_bindgen_test]
async fn an_import_looked_at_and_not_done_leaves_no_backup_behind() {
    let (owner, state, file) = own_work_and_a_colleagues_file().await;

    // Read for a while: its backup is kept meanwhile, and goes when it is not imported.
    state.begin_import("bekeken.json", &file).await;
    for _ in 0..40 {
        if !backup::list().await.unwrap().is_empty() {
            break;
        }
        sleep(50).await;
    }
    assert_eq!(backup::list().await.unwrap().len(), 1);
    sleep(50).await;
    // Not listed: no import has followed it.
    assert_eq!(state.backups.get_untracked(), []);
    state.cancel_import();
    sleep(300).await;
    assert_eq!(backup::list().await.unwrap(), []);
    assert_eq!(state.backups.get_untracked(), []);

    // Turned away at once, while its backup is still being written: that one goes too.
    state.begin_import("bekeken.json", &file).await;
    state.cancel_import();
    sleep(500).await;
    assert_eq!(backup::list().await.unwrap(), []);
    assert!(matches!(
        state.import.get_untracked(),
        ImportState::Done(said) if said == "Niet geïmporteerd: er is niets gewijzigd."
    ));
    finish(owner);
}

#[wasm_bindgen_test]
async fn a_backup_never_takes_the_workspaces_room_and_a_large_one_is_kept() {
    storage().clear().unwrap();
    backup::clear().await.unwrap();
    // A workspace that fills most of localStorage, and backups of its size beside it.
    let big = "x".repeat(3_500_000);
    storage().set_item(WORKSPACE_KEY, &big).unwrap();
    for n in 1..=3 {
        let at = format!("2026-11-28T10:00:0{n}.000Z");
        backup::keep(&big, Reason::Import, &at).await.unwrap();
    }
    let kept = backup::list().await.unwrap();
    assert_eq!(kept.len(), 3);
    assert_eq!(kept[0].units, 3_500_000);
    // The workspace can still grow in localStorage: the backups are elsewhere.
    local::write(WORKSPACE_KEY, &"y".repeat(4_500_000)).unwrap();
    storage().clear().unwrap();
    backup::clear().await.unwrap();
}

#[wasm_bindgen_test]
async fn backups_an_earlier_version_kept_in_localstorage_move_to_indexeddb() {
    storage().clear().unwrap();
    backup::clear().await.unwrap();
    let old = "ouderpartnerschap.reservekopie.2026-11-20T09:00:00.000Z.import";
    storage().set_item(old, "oude kopie").unwrap();
    backup::move_from_local_storage().await;
    assert_eq!(raw(old), None, "its room in localStorage is free");
    let kept = backup::list().await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].at, "2026-11-20T09:00:00.000Z");
    assert_eq!(
        backup::read(&kept[0].key).await.unwrap().as_deref(),
        Some("oude kopie")
    );
    backup::clear().await.unwrap();
}

#[wasm_bindgen_test]
async fn a_record_replaced_by_an_import_is_stored_as_the_file_has_it() {
    let (owner, state) = clean_start();
    backup::clear().await.unwrap();
    sleep(50).await;
    let id = state
        .add_institution("De Regenboog", InstitutionKind::Basisschool)
        .unwrap();
    state
        .edit_institution(&id, InstitutionField::Notes, |i| {
            i.notes = "Op de tablet".into();
            Ok(())
        })
        .unwrap();
    sleep(600).await;
    let mut theirs = stored_workspace();
    theirs.institutions[0].notes = "Op kantoor".into();
    theirs.institutions[0].updated_at = "2099-01-01T00:00:00.000Z".into();
    state
        .begin_import("kantoor.json", &encode_export(&theirs, NOW, "Ans"))
        .await;
    state.replace_with_import(false).await.unwrap();
    let in_store = state
        .workspace
        .with_untracked(|w| w.institutions[0].notes.clone());
    assert_eq!(in_store, "Op kantoor", "in the app");
    assert_eq!(
        stored_workspace().institutions[0].notes,
        "Op kantoor",
        "in storage"
    );
    finish(owner);
}

#[wasm_bindgen_test]
/// A row of the store written through its key before anything read its list was written
/// nowhere, without a word (reactive_stores 0.4.4): the app makes the store know its keys
/// first. Here the store comes from storage and the first writes come from imports.
async fn a_record_kept_in_a_merge_and_then_replaced_is_stored_as_the_file_has_it() {
    storage().clear().unwrap();
    backup::clear().await.unwrap();
    let school = |notes: &str, at: &str| {
        let mut i = Institution::new(
            "a",
            "De Regenboog",
            InstitutionKind::Basisschool,
            "2026-10-01T10:00:00.000Z",
        )
        .unwrap();
        i.notes = notes.into();
        i.updated_at = at.into();
        i
    };
    let mine = Workspace {
        institutions: vec![school("Op de tablet", "2026-11-01T10:00:00.000Z")],
        ..Default::default()
    };
    storage()
        .set_item(WORKSPACE_KEY, &encode(&mine, NOW))
        .unwrap();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let state = owner.with(provide_app_state);
    sleep(700).await;
    let theirs = Workspace {
        institutions: vec![school("Op kantoor", "2026-11-20T10:00:00.000Z")],
        ..Default::default()
    };
    let file = encode_export(&theirs, "2026-11-20T10:00:00.000Z", "Ans");
    state.begin_import("kantoor.json", &file).await;
    state
        .merge_import(vec![ouderpartnerschap::state::Side::Ours], false)
        .await
        .unwrap();
    assert_eq!(stored_workspace().institutions[0].notes, "Op de tablet");
    state.begin_import("kantoor.json", &file).await;
    state.replace_with_import(false).await.unwrap();
    let in_store = state
        .workspace
        .with_untracked(|w| w.institutions[0].notes.clone());
    assert_eq!(in_store, "Op kantoor", "in the app");
    assert_eq!(
        stored_workspace().institutions[0].notes,
        "Op kantoor",
        "in storage"
    );
    finish(owner);
}

#[wasm_bindgen_test]
async fn an_import_is_merged_after_a_backup_and_can_be_undone() {
    let (owner, state) = clean_start();
    backup::clear().await.unwrap();
    sleep(50).await;
    state
        .edit_step("stap-2", StepField::Notes("Van dit apparaat".into()))
        .unwrap();
    sleep(600).await;
    let before = stored_workspace();

    let mut colleague = Workspace::default();
    colleague
        .apply_step("stap-4", StepField::Notes("Van de collega".into()), NOW)
        .unwrap();
    state
        .begin_import("collega.json", &encode_export(&colleague, NOW, "Toos"))
        .await;
    assert!(matches!(
        state.import.get_untracked(),
        ImportState::Ready(_)
    ));
    state.merge_import(Vec::new(), false).await.unwrap();

    // Written at once, with both sides' work, and the earlier document kept as a backup.
    let stored = stored_workspace();
    assert_eq!(stored.step("stap-2").notes, "Van dit apparaat");
    assert_eq!(stored.step("stap-4").notes, "Van de collega");
    let backups = backup::list().await.unwrap();
    assert_eq!(backups.len(), 1);
    let text = backup::read(&backups[0].key).await.unwrap().unwrap();
    assert_eq!(decode(&text), Ok(before));

    assert!(
        state.restore_backup(backups[0].key.clone()).await.unwrap(),
        "the merged state is kept first"
    );
    let restored = stored_workspace();
    assert_eq!(restored.step("stap-4").notes, "");
    assert_eq!(
        state
            .workspace
            .with_untracked(|w| w.step("stap-4").notes.clone()),
        ""
    );
    assert_eq!(
        backup::list().await.unwrap().len(),
        2,
        "the merged state is itself kept"
    );
    finish(owner);
}

#[wasm_bindgen_test]
async fn a_bad_file_changes_nothing() {
    let (owner, state) = clean_start();
    state
        .begin_import("kapot.json", "{\"format\":\"ouderpartnerschap\",")
        .await;
    match state.import.get_untracked() {
        ImportState::Refused(message) => {
            assert!(message.contains("geen leesbare JSON"), "{message}")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(storage().length().unwrap(), 0);
    finish(owner);
}

/// What another tab's save looks like to this one.
fn other_tab_saves(text: &str) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(WORKSPACE_KEY));
    init.set_new_value(Some(text));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn another_tabs_save_is_taken_over_when_nothing_waits_here() {
    let (owner, state) = clean_start();
    sleep(50).await;
    let mut theirs = Workspace::default();
    theirs
        .apply_step(
            "stap-5",
            StepField::Notes("In het andere tabblad".into()),
            NOW,
        )
        .unwrap();
    other_tab_saves(&encode(&theirs, NOW));
    assert_eq!(state.workspace.get_untracked(), theirs);
    assert!(state.notice.get_untracked().is_some());
    finish(owner);
}

#[wasm_bindgen_test]
async fn another_tabs_save_in_parts_is_read_from_its_parts() {
    let (owner, state) = clean_start();
    sleep(50).await;
    let theirs = with_records();
    let layout = fresh(&theirs);
    // A save whose parts a later save of that tab replaced already is passed over.
    let gone = main_of(&layout).replacen(&layout.parts[1].key, "ouderpartnerschap.deel.weg", 1);
    other_tab_saves(&gone);
    assert_eq!(state.workspace.get_untracked(), Workspace::default());
    assert_eq!(state.save_status.get_untracked(), SaveStatus::Saved);

    local::save(WORKSPACE_KEY, &layout, &[]).unwrap();
    other_tab_saves(&main_of(&layout));
    assert_eq!(state.workspace.get_untracked(), theirs);
    finish(owner);
}

#[wasm_bindgen_test]
async fn two_tabs_changing_at_once_are_merged_and_nothing_is_lost() {
    let (owner, state) = clean_start();
    sleep(50).await;
    // This tab has a change waiting to be saved when the other tab saves its own.
    state
        .edit_step("stap-2", StepField::Notes("Hier getypt".into()))
        .unwrap();
    sleep(20).await;
    assert_eq!(state.save_status.get_untracked(), SaveStatus::Pending);
    let mut theirs = Workspace::default();
    theirs
        .apply_step("stap-6", StepField::Notes("Daar getypt".into()), NOW)
        .unwrap();
    other_tab_saves(&encode(&theirs, NOW));

    let stored = stored_workspace();
    assert_eq!(stored.step("stap-2").notes, "Hier getypt");
    assert_eq!(stored.step("stap-6").notes, "Daar getypt");
    assert_eq!(state.workspace.get_untracked(), stored);
    let notice = state.notice.get_untracked().unwrap();
    assert!(notice.contains("samengevoegd"), "{notice}");
    finish(owner);
}

#[wasm_bindgen_test]
async fn the_same_record_changed_in_two_tabs_keeps_the_other_version_in_a_backup() {
    let (owner, state) = clean_start();
    backup::clear().await.unwrap();
    sleep(50).await;
    state
        .edit_step("stap-2", StepField::Notes("Eerst hier".into()))
        .unwrap();
    sleep(20).await;
    let mut theirs = Workspace::default();
    let later = "2999-01-01T00:00:00.000Z";
    theirs
        .apply_step("stap-2", StepField::Notes("Later daar".into()), later)
        .unwrap();
    other_tab_saves(&encode(&theirs, later));

    assert_eq!(
        state
            .workspace
            .with_untracked(|w| w.step("stap-2").notes.clone()),
        "Later daar"
    );
    sleep(300).await; // the backup is kept in IndexedDB after the merge is shown
    let backups = backup::list().await.unwrap();
    assert_eq!(backups.len(), 1);
    let kept = decode(&backup::read(&backups[0].key).await.unwrap().unwrap()).unwrap();
    assert_eq!(kept.step("stap-2").notes, "Eerst hier");
    finish(owner);
}

#[wasm_bindgen_test]
fn storage_use_is_counted_in_the_utf16_units_the_browser_counts() {
    storage().clear().unwrap();
    storage().set_item("ouderpartnerschap.x", "é€𝄞").unwrap();
    storage().set_item("andere-app", "niet meegeteld").unwrap();
    // 19 for the key; é and € one unit each, 𝄞 two.
    assert_eq!(local::usage(), 19 + 4);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn stored_text_reads_back_exactly_whatever_its_characters() {
    storage().clear().unwrap();
    let text = r#"{"naam":"Łódź · İlknur Yılmaz · Dvořák · IJsselmonde · 𝄞 👩🏽‍🏫","n":"é€"}"#;
    storage().set_item("ouderpartnerschap.x", text).unwrap();
    assert_eq!(
        local::read("ouderpartnerschap.x").unwrap().as_deref(),
        Some(text)
    );
    assert_eq!(local::read("ouderpartnerschap.leeg").unwrap(), None);

    // A lone surrogate, which only another program could have stored, reads as U+FFFD.
    let lone = js_sys::JsString::from_char_code1(0xD800).concat(&"!".into());
    let set_item: js_sys::Function = js_sys::Reflect::get(&storage(), &"setItem".into())
        .unwrap()
        .unchecked_into();
    set_item
        .call2(&storage(), &"ouderpartnerschap.y".into(), &lone)
        .unwrap();
    assert_eq!(
        local::read("ouderpartnerschap.y").unwrap().as_deref(),
        Some("\u{FFFD}!")
    );
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_document_missing_a_part_is_kept_and_downloads_with_the_parts_that_are_there() {
    let ws = with_records();
    let layout = stored_in_parts(&ws);
    let missing = layout.parts[1].key.clone();
    storage().remove_item(&missing).unwrap();
    let text = match local::load(WORKSPACE_KEY) {
        Loaded::Unreadable {
            text,
            error: DocumentError::MissingPart(key),
        } => {
            assert_eq!(key, missing);
            text
        }
        other => panic!("expected a missing part, got {other:?}"),
    };
    let download: serde_json::Value = serde_json::from_str(&local::with_parts(&text)).unwrap();
    assert_eq!(download[WORKSPACE_KEY], text.as_str());
    assert_eq!(download[&layout.parts[0].key], layout.text(0).as_str());
    assert!(download[&missing].is_null());
    // A text that is not JSON downloads as it is, byte for byte.
    assert_eq!(local::with_parts("niet-json"), "niet-json");
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn an_export_sealed_with_a_password_opens_with_it_only() {
    use ouderpartnerschap::browser::crypto::{open, seal};
    use ouderpartnerschap::storage::sealed::{WRONG_PASSWORD, read_sealed};
    let plain = encode_export(&sample(), "2026-12-07T10:00:00.000Z", "Toos");
    let text = seal(&plain, "Leesplezier-2026").await.expect("sealed");
    assert!(
        !text.contains("Almere") && !text.contains("Wethouder"),
        "nothing of the export is readable"
    );
    let sealed = read_sealed(&text).expect("its own envelope reads");
    assert_eq!(open(&sealed, "Leesplezier-2026").await, Ok(plain.clone()));
    assert_eq!(
        open(&sealed, "leesplezier-2026").await,
        Err(WRONG_PASSWORD.to_string())
    );
    // Each file has its own salt and IV.
    let again = read_sealed(&seal(&plain, "Leesplezier-2026").await.unwrap()).unwrap();
    assert_ne!(
        (again.salt, again.iv),
        (sealed.salt.clone(), sealed.iv.clone())
    );
    let mut changed = sealed;
    changed.ciphertext[0] ^= 1;
    assert_eq!(
        open(&changed, "Leesplezier-2026").await,
        Err(WRONG_PASSWORD.to_string())
    );
}

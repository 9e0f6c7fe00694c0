//! The storage layer against the real localStorage of a headless Chromium.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser_storage`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use ouderpartnerschap::model::{StepField, StepStatus, Workspace};
use ouderpartnerschap::state::{SaveStatus, provide_app_state};
use ouderpartnerschap::storage::local::{self, Loaded, SaveError, WORKSPACE_KEY};
use ouderpartnerschap::storage::{DocumentError, encode};
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

#[wasm_bindgen_test]
fn a_saved_workspace_loads_back() {
    storage().clear().unwrap();
    let ws = sample();
    local::write(WORKSPACE_KEY, &encode(&ws, NOW)).unwrap();
    assert_eq!(local::load(WORKSPACE_KEY), Loaded::Workspace(ws));
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
            .apply_step("stap-2", StepField::Notes(text.into()))
            .unwrap();
    }
    sleep(100).await;
    // Typing is not written key by key: the write waits for the save delay.
    assert_eq!(state.save_status.get_untracked(), SaveStatus::Pending);
    assert_eq!(raw(WORKSPACE_KEY), None);
    sleep(600).await;
    assert_eq!(state.save_status.get_untracked(), SaveStatus::Saved);
    match local::load(WORKSPACE_KEY) {
        Loaded::Workspace(ws) => assert_eq!(ws.step("stap-2").notes, "Wethouder"),
        other => panic!("expected the saved workspace, got {other:?}"),
    }
    owner.unset();
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
        .apply_step("stap-1", StepField::Owner("Toos".into()))
        .unwrap();
    sleep(700).await;
    assert_eq!(raw(WORKSPACE_KEY).as_deref(), Some("niet-json"));

    state.set_unreadable_aside().unwrap();
    let keys = local::set_aside_keys();
    assert_eq!(keys.len(), 1);
    assert_eq!(raw(&keys[0]).as_deref(), Some("niet-json"));
    match local::load(WORKSPACE_KEY) {
        Loaded::Workspace(ws) => assert_eq!(ws.step("stap-1").owner, "Toos"),
        other => panic!("expected the new workspace, got {other:?}"),
    }
    owner.unset();
}

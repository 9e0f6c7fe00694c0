//! What the browser on this device offers around the user's data: sharing a file, keeping
//! storage from being cleared, whether the app runs installed, and reading a chosen file.
//! Each call degrades to "not available" rather than failing.

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FilePropertyBag, ShareData};

use crate::storage::import::{MAX_IMPORT_BYTES, too_large};

fn json_file(file_name: &str, text: &str) -> Option<File> {
    let options = FilePropertyBag::new();
    options.set_type("application/json");
    let parts = Array::of1(&JsValue::from_str(text));
    File::new_with_str_sequence_and_options(&parts, file_name, &options).ok()
}

fn share_data(file: &File) -> ShareData {
    let data = ShareData::new();
    data.set_files(&Array::of1(file));
    data
}

/// The navigator, where it has the Web Share API (iPad, Android; not every desktop).
fn sharing_navigator() -> Option<web_sys::Navigator> {
    let navigator = web_sys::window()?.navigator();
    // Calling an absent `canShare` would throw; asked first.
    Reflect::has(&navigator, &"canShare".into())
        .unwrap_or(false)
        .then_some(navigator)
}

/// Whether this browser can share a file (iPad, Android); checked before offering "Delen".
pub fn can_share_files() -> bool {
    match (sharing_navigator(), json_file("test.json", "{}")) {
        (Some(navigator), Some(file)) => navigator.can_share_with_data(&share_data(&file)),
        _ => false,
    }
}

/// Opens the browser's share sheet with `text` as a file: `Ok(true)` when it was shared,
/// `Ok(false)` when the user closed the sheet (not an error). `Err` holds a Dutch message.
pub async fn share_file(file_name: &str, text: &str) -> Result<bool, String> {
    let failed = || "Delen lukt niet in deze browser. Gebruik ‘Downloaden’.".to_string();
    let file = json_file(file_name, text).ok_or_else(failed)?;
    let navigator = sharing_navigator().ok_or_else(failed)?;
    match JsFuture::from(navigator.share_with_data(&share_data(&file))).await {
        Ok(_) => Ok(true),
        Err(error) if error_name(&error) == "AbortError" => Ok(false),
        Err(_) => Err(failed()),
    }
}

fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers have no `navigator.storage`.
    Reflect::has(&navigator, &"storage".into())
        .unwrap_or(false)
        .then(|| navigator.storage())
}

async fn ask(promise: Option<Result<Promise, JsValue>>) -> Option<bool> {
    let promise = promise?.ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Whether the browser has promised not to clear this site's storage; `None` when unknown.
pub async fn persisted() -> Option<bool> {
    ask(storage_manager().map(|s| s.persisted())).await
}

/// Asks the browser to keep this site's storage; `Some(true)` when it agreed.
pub async fn request_persistence() -> Option<bool> {
    ask(storage_manager().map(|s| s.persist())).await
}

/// Whether the app runs installed (home screen, app window) rather than in a browser tab.
pub fn installed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    // Safari on iPad says so on `navigator.standalone` instead.
    let ios_home_screen = Reflect::get(&window.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    standalone || ios_home_screen
}

/// Whether this is an iPad (which presents itself as a Mac with a touch screen).
pub fn is_ipad() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    agent.contains("iPad") || (agent.contains("Macintosh") && navigator.max_touch_points() > 1)
}

/// Reads a chosen or dropped file as text, refusing one too large to import before reading.
///
/// Read as bytes and copied into the app once: read as a JavaScript string, a 5 MB file
/// would be decoded to UTF-16 by the browser and encoded back to UTF-8 on its way in.
pub async fn read_file(file: File) -> Result<String, String> {
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return Err(too_large(file.size() as usize));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "Dit bestand kon niet worden gelezen. Kies het opnieuw.".to_string())?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    // As the browser reads text: what is not UTF-8 becomes a replacement character.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned()))
}

//! The one place that reads and writes the browser's localStorage.
//!
//! Every call is guarded: storage can be disabled (private mode, policies), full, or hold a
//! document this version cannot read. Nothing here panics and nothing is overwritten
//! without the caller deciding so.

use wasm_bindgen::JsCast;
use web_sys::Storage;

use super::document::{DocumentError, decode};
use crate::model::Workspace;

/// What every key of this app starts with.
pub const APP_PREFIX: &str = "ouderpartnerschap.";
/// Where the workspace document lives.
pub const WORKSPACE_KEY: &str = "ouderpartnerschap.werkruimte";
/// When the whole workspace was last exported (ISO 8601).
pub const LAST_EXPORT_KEY: &str = "ouderpartnerschap.laatste-export";
/// Prefix of the keys under which unreadable documents are set aside.
pub const SET_ASIDE_PREFIX: &str = "ouderpartnerschap.onleesbaar.";

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage quota is used up.
    Full,
    /// Storage is switched off or failed otherwise.
    Unavailable(String),
}

impl SaveError {
    pub fn message(&self) -> String {
        match self {
            Self::Full => "De opslag van deze browser is vol. Uw laatste wijzigingen zijn niet \
                           opgeslagen, maar staan nog in het scherm. Download een kopie van uw \
                           gegevens en maak ruimte vrij."
                .into(),
            Self::Unavailable(detail) => format!(
                "Deze browser staat opslaan niet toe ({detail}). Uw wijzigingen blijven alleen \
                 bewaard zolang dit tabblad open is. Download een kopie van uw gegevens."
            ),
        }
    }
}

/// What was found in storage at start-up.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: a first visit.
    Empty,
    Workspace(Workspace),
    /// A document is stored but cannot be read; its text is kept untouched.
    Unreadable {
        text: String,
        error: DocumentError,
    },
    /// Storage itself cannot be used.
    Unavailable(String),
}

fn storage() -> Result<Storage, String> {
    let window = web_sys::window().ok_or("geen venster")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("geen localStorage".into()),
        Err(e) => Err(js_error_name(&e)),
    }
}

fn js_error_name(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.name()))
        })
        .unwrap_or_else(|| "onbekende fout".into())
}

/// Reads the text stored under `key`.
pub fn read(key: &str) -> Result<Option<String>, String> {
    storage()?.get_item(key).map_err(|e| js_error_name(&e))
}

/// Writes `text` under `key`, telling a full storage apart from other failures.
pub fn write(key: &str, text: &str) -> Result<(), SaveError> {
    let storage = storage().map_err(SaveError::Unavailable)?;
    storage
        .set_item(key, text)
        .map_err(|e| match js_error_name(&e).as_str() {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => SaveError::Full,
            other => SaveError::Unavailable(other.to_string()),
        })
}

/// Loads the workspace stored under `key`.
pub fn load(key: &str) -> Loaded {
    match read(key) {
        Err(reason) => Loaded::Unavailable(reason),
        Ok(None) => Loaded::Empty,
        Ok(Some(text)) => match decode(&text) {
            Ok(workspace) => Loaded::Workspace(workspace),
            Err(error) => Loaded::Unreadable { text, error },
        },
    }
}

/// Copies an unreadable document to a key of its own, so the workspace key can be used
/// again without losing it. Returns the new key.
pub fn set_aside(text: &str, stamp: &str) -> Result<String, SaveError> {
    let key = format!("{SET_ASIDE_PREFIX}{stamp}");
    write(&key, text)?;
    Ok(key)
}

/// Keys of documents set aside earlier, oldest first.
pub fn set_aside_keys() -> Vec<String> {
    keys_with_prefix(SET_ASIDE_PREFIX)
}

/// Every stored key that starts with `prefix`, sorted.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect();
    crate::model::sorted(keys, |k| (0, k.clone()))
}

/// Removes what is stored under `key`; nothing happens when it cannot.
pub fn remove(key: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// What this app keeps in storage, in the UTF-16 units the browser counts (keys and values).
pub fn usage() -> usize {
    keys_with_prefix(APP_PREFIX)
        .iter()
        .map(|key| {
            let value = read(key).ok().flatten().unwrap_or_default();
            key.encode_utf16().count() + value.encode_utf16().count()
        })
        .sum()
}

/// Removes everything this app keeps: the workspace, backups, set-aside documents.
pub fn wipe() {
    for key in keys_with_prefix(APP_PREFIX) {
        remove(&key);
    }
}

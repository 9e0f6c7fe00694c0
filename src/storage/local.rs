//! The one place that reads and writes the browser's localStorage, through gloo-storage.
//!
//! Every call is guarded: storage can be disabled (private mode, policies), full, or hold a
//! document this version cannot read. gloo-storage panics when there is no storage at all,
//! so one probe at start-up decides whether it is called; its errors tell a full storage
//! (`QuotaExceededError`) from other failures. Nothing here panics and nothing is
//! overwritten without the caller deciding so.

use std::sync::OnceLock;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde_json::value::RawValue;
use wasm_bindgen::JsCast;

use super::document::{
    DocumentError, MainDocument, Stored, decode_main, decode_stored, named_parts,
};
use super::layout::{Layout, PART_PREFIX, bundle};
use std::collections::BTreeSet;

/// What every key of this app starts with.
pub const APP_PREFIX: &str = "ouderpartnerschap.";
/// Where the workspace document lives.
pub const WORKSPACE_KEY: &str = "ouderpartnerschap.werkruimte";
/// When the whole workspace was last exported (ISO 8601).
pub const LAST_EXPORT_KEY: &str = "ouderpartnerschap.laatste-export";
/// The school year the user chose to work in on this device ("2026-2027"); none: the
/// one today is in.
pub const SCHOOL_YEAR_KEY: &str = "ouderpartnerschap.schooljaar";
/// Set when the user dismissed the reminder not to record children and parents ("ja"): a
/// preference of this device, not of the workspace.
pub const PRIVACY_NOTE_KEY: &str = "ouderpartnerschap.privacy-opmerking-gelezen";
/// When everything was last wiped (ISO 8601): written before anything is removed, so that
/// another open tab knows not to write its copy back.
pub const WIPED_KEY: &str = "ouderpartnerschap.gewist";
/// Prefix of the keys under which unreadable documents are set aside.
pub const SET_ASIDE_PREFIX: &str = "ouderpartnerschap.onleesbaar.";

/// StatusReason a write did not happen.
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
    Workspace(Box<Stored>),
    /// A main document whose records are in parts not read yet (`load_main`).
    Main(Box<MainDocument>),
    /// A document is stored but cannot be read; its text is kept untouched.
    Unreadable {
        text: String,
        error: DocumentError,
    },
    /// Storage itself cannot be used.
    Unavailable(String),
}

/// Whether localStorage can be used at all, asked once: gloo-storage is only called after.
fn available() -> Result<(), String> {
    static PROBE: OnceLock<Result<(), String>> = OnceLock::new();
    PROBE
        .get_or_init(|| {
            let window = web_sys::window().ok_or("geen venster")?;
            match window.local_storage() {
                Ok(Some(_)) => Ok(()),
                Ok(None) => Err("geen localStorage".into()),
                Err(e) => Err(js_error_name(&e)),
            }
        })
        .clone()
}

fn js_error_name(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_else(|| "onbekende fout".into())
}

/// Reads the text stored under `key`, exactly as it is stored. Through gloo's raw handle:
/// its typed `get` would parse every document once more only to check it is JSON, which
/// the reader does anyway, with a Dutch message where it is not.
pub fn read(key: &str) -> Result<Option<String>, String> {
    available()?;
    LocalStorage::raw()
        .get_item(key)
        .map_err(|e| js_error_name(&e))
}

/// Writes `text` under `key` as it is, telling a full storage apart from other failures.
/// A JSON document goes through gloo-storage; any other text (a damaged document set aside,
/// kept byte for byte) is written with its raw handle, since gloo's `set` would encode it as
/// a JSON string.
pub fn write(key: &str, text: &str) -> Result<(), SaveError> {
    available().map_err(SaveError::Unavailable)?;
    let result = match RawValue::from_string(text.to_string()) {
        Ok(document) => LocalStorage::set(key, document),
        Err(_) => LocalStorage::raw()
            .set_item(key, text)
            .map_err(|e| StorageError::JsError(js_sys::Error::from(e).into())),
    };
    result.map_err(|error| match error {
        StorageError::JsError(e) if is_quota(&e.name) => SaveError::Full,
        StorageError::JsError(e) => SaveError::Unavailable(e.name),
        other => SaveError::Unavailable(other.to_string()),
    })
}

fn is_quota(name: &str) -> bool {
    matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
}

/// Loads the workspace stored under `key`, with its parts.
pub fn load(key: &str) -> Loaded {
    match read(key) {
        Err(reason) => Loaded::Unavailable(reason),
        Ok(None) => Loaded::Empty,
        Ok(Some(text)) => match read_stored(&text) {
            Ok(stored) => Loaded::Workspace(Box::new(stored)),
            Err(error) => Loaded::Unreadable { text, error },
        },
    }
}

/// Loads the main document stored under `key` without reading its parts, when its records
/// are all in parts (`Loaded::Main`, a small read); anything else as `load` does.
pub fn load_main(key: &str) -> Loaded {
    match read(key) {
        Err(reason) => Loaded::Unavailable(reason),
        Ok(None) => Loaded::Empty,
        Ok(Some(text)) => match decode_main(&text) {
            Ok(main) if main.records_in_parts() => Loaded::Main(Box::new(main)),
            Ok(main) => match main.with_parts(&mut |key| read(key).ok().flatten()) {
                Ok(stored) => Loaded::Workspace(Box::new(stored)),
                Err(error) => Loaded::Unreadable { text, error },
            },
            Err(error) => Loaded::Unreadable { text, error },
        },
    }
}

/// Reads a stored main document, its parts from storage one at a time.
pub fn read_stored(text: &str) -> Result<Stored, DocumentError> {
    decode_stored(text, &mut |key| read(key).ok().flatten())
}

/// What to download of a stored document that cannot be read: its text, together with
/// the parts it names when it names any (see `layout::bundle`).
pub fn with_parts(text: &str) -> String {
    let keys = named_parts(text);
    if keys.is_empty() {
        return text.to_string();
    }
    let parts: Vec<_> = keys
        .into_iter()
        .map(|key| {
            let part = read(&key).ok().flatten();
            (key, part)
        })
        .collect();
    bundle(WORKSPACE_KEY, text, &parts)
}

/// What a save stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    /// How many of the layout's parts the main document in storage names (the records of
    /// the others are in the main document itself).
    pub named: usize,
    /// Bytes of text stored for the workspace (UTF-8, an upper bound of what the browser
    /// counts).
    pub bytes: usize,
}

/// Stores `layout` under `key`, `previous` being the parts the stored main document names.
///
/// First the parts not stored yet, then the main document, which switches to them in one
/// step, then the previous parts no longer named are removed. When the parts do not all
/// fit beside what is stored (a whole document of an older version moving into parts),
/// the main document names those that did and holds the rest itself, and the next round
/// moves more into the room set free. When no main document could be written, what was
/// stored stays as it was and the parts just written are removed again.
pub fn save(key: &str, layout: &Layout, previous: &[String]) -> Result<Saved, SaveError> {
    let mut previous = previous.to_vec();
    let mut saved = None;
    loop {
        let from = saved.map_or(0, |s: Saved| s.named);
        let (named, written) = match write_parts(layout, from) {
            Ok(done) => done,
            Err(error) => return saved.ok_or(error),
        };
        let main = layout.main(named);
        if let Err(error) = write(key, &main) {
            written.iter().for_each(|key| remove(key));
            return saved.ok_or(error);
        }
        let now: BTreeSet<&str> = layout.parts[..named]
            .iter()
            .map(|p| p.key.as_str())
            .collect();
        for old in previous.iter().filter(|old| !now.contains(old.as_str())) {
            remove(old);
        }
        let bytes = main.len() + layout.parts[..named].iter().map(|p| p.bytes).sum::<usize>();
        saved = Some(Saved { named, bytes });
        if named == layout.parts.len() || named == from {
            return Ok(Saved { named, bytes });
        }
        previous = layout.keys(named);
    }
}

/// Writes the parts from `from` on that are not stored yet, until one does not fit.
/// Returns how many parts are stored from the start, and the keys written.
fn write_parts(layout: &Layout, from: usize) -> Result<(usize, Vec<String>), SaveError> {
    // Looked up rather than remembered: another tab may have removed a part since.
    let stored = keys_with_prefix(PART_PREFIX);
    let mut written = Vec::new();
    for (index, part) in layout.parts.iter().enumerate().skip(from) {
        if stored.binary_search(&part.key).is_ok() {
            continue;
        }
        match write(&part.key, &layout.text(index)) {
            Ok(()) => written.push(part.key.clone()),
            Err(SaveError::Full) => return Ok((index, written)),
            Err(error) => {
                written.iter().for_each(|key| remove(key));
                return Err(error);
            }
        }
    }
    Ok((layout.parts.len(), written))
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
    if available().is_err() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect();
    keys.sort();
    keys
}

/// Removes what is stored under `key`; nothing happens when it cannot.
pub fn remove(key: &str) {
    if available().is_ok() {
        LocalStorage::delete(key);
    }
}

/// What this app keeps in storage, in the UTF-16 units the browser counts (keys and values).
pub fn usage() -> usize {
    if available().is_err() {
        return 0;
    }
    let storage = LocalStorage::raw();
    keys_with_prefix(APP_PREFIX)
        .iter()
        .map(|key| {
            // The item as a named property stays in JavaScript: measured without copying.
            let value = js_sys::Reflect::get(&storage, &key.as_str().into()).ok();
            let length = value.and_then(|v| v.dyn_into::<js_sys::JsString>().ok());
            key.encode_utf16().count() + length.map_or(0, |v| v.length() as usize)
        })
        .sum()
}

/// Removes everything this app keeps (the workspace and its parts, backups, set-aside
/// documents), leaving only the mark of when: written first, so that another tab that
/// hears of the removals already finds it and does not save its copy again.
pub fn wipe(at: &str) -> Result<(), SaveError> {
    write(WIPED_KEY, at)?;
    for key in keys_with_prefix(APP_PREFIX)
        .iter()
        .filter(|k| *k != WIPED_KEY)
    {
        remove(key);
    }
    Ok(())
}

/// When everything was last wiped, on any tab; `None` when it never was.
pub fn wiped_at() -> Option<String> {
    read(WIPED_KEY).ok().flatten()
}

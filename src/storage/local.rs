//! The one place that reads and writes the browser's localStorage.
//!
//! Every call is guarded: storage can be disabled (private mode, policies), full, or hold a
//! document this version cannot read. Nothing here panics and nothing is overwritten
//! without the caller deciding so.

use wasm_bindgen::JsCast;
use web_sys::Storage;

use super::document::{DocumentError, Stored, decode_stored, named_parts};
use super::layout::{Layout, PART_PREFIX, bundle};
use crate::model::SortedSet;

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
    Workspace(Box<Stored>),
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

/// Reads a stored main document, its parts from storage one at a time.
pub fn read_stored(text: &str) -> Result<Stored, DocumentError> {
    // Looked up once: asking the window for its storage per part cost more than the reads.
    let storage = storage().ok();
    decode_stored(text, &mut |key| {
        storage.as_ref()?.get_item(key).ok().flatten()
    })
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
        let now: SortedSet<&str> = layout.parts[..named]
            .iter()
            .map(|p| p.key.as_str())
            .collect();
        for old in previous.iter().filter(|old| !now.contains(old.as_str())) {
            remove(old);
        }
        let bytes = main.len()
            + layout.parts[..named]
                .iter()
                .map(|p| p.text.len())
                .sum::<usize>();
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
        match write(&part.key, &part.text) {
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
    let Ok(storage) = storage() else {
        return 0;
    };
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

/// Removes everything this app keeps: the workspace and its parts, backups, set-aside
/// documents.
pub fn wipe() {
    for key in keys_with_prefix(APP_PREFIX) {
        remove(&key);
    }
}

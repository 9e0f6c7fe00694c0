//! Automatic copies of the workspace, kept before an import, a replace, a restore and a
//! merge with another tab's changes, so that each can be undone in one step.
//!
//! They live in IndexedDB (through `rexie`), not in localStorage: browsers give IndexedDB
//! far more room than the ~5 MB of localStorage, so a backup never takes the room the
//! workspace needs, and a large workspace gets its backups too. The first backup of each
//! day is kept until the user deletes it, so that the state from before a round of imports
//! is always there; of the others the newest `MAX_BACKUPS` are kept. Each can be deleted. Backups an earlier version kept in localStorage are moved
//! here at start-up.

use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;

use super::local;

const DATABASE: &str = "ouderpartnerschap";
const DATABASE_VERSION: u32 = 1;
/// Key → the whole document.
const COPIES: &str = "reservekopieen";
/// Key → its size in UTF-16 units, so that listing and counting read no documents; for a
/// backup with a label, `[size, label]` (a plain number is a backup kept without one).
const SIZES: &str = "groottes";
/// Where an earlier version kept its backups, in localStorage.
const LOCAL_PREFIX: &str = "ouderpartnerschap.reservekopie.";
/// How many backups are kept at most, beside the first of each day.
pub const MAX_BACKUPS: usize = 10;

/// What was about to happen when a backup was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Import,
    Replace,
    Restore,
    OtherTab,
}

impl Reason {
    const ALL: [Reason; 4] = [
        Reason::Import,
        Reason::Replace,
        Reason::Restore,
        Reason::OtherTab,
    ];

    fn token(self) -> &'static str {
        match self {
            Reason::Import => "import",
            Reason::Replace => "vervangen",
            Reason::Restore => "herstel",
            Reason::OtherTab => "tabblad",
        }
    }

    /// StatusReason the copy exists, in Dutch.
    pub fn label(self) -> &'static str {
        match self {
            Reason::Import => "van vóór een import",
            Reason::Replace => "van vóór het vervangen door een bestand",
            Reason::Restore => "van vóór het terugzetten van een reservekopie",
            Reason::OtherTab => "van vóór het samenvoegen met een ander tabblad",
        }
    }
}

/// One kept backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub key: String,
    /// When it was kept (ISO 8601).
    pub at: String,
    pub reason: Reason,
    /// Its size in the UTF-16 units browsers count.
    pub units: usize,
    /// What it preceded, for an import the file and its sender ("‘collega.json’ van Ilse
    /// de Vries (Bibliotheek Rivierenland)"); empty when nothing more is known.
    pub label: String,
    /// The first kept on its (local) day: rotation leaves it until the user deletes it.
    pub first_of_day: bool,
}

impl Backup {
    /// Why the copy exists, in Dutch, with what it preceded where that is known.
    pub fn describe(&self) -> String {
        let label = self.label.trim();
        match (self.reason, label) {
            (_, "") => self.reason.label().to_string(),
            (Reason::Import, label) => format!("van vóór de import van {label}"),
            (Reason::Replace, label) => format!("van vóór het vervangen door {label}"),
            (reason, label) => format!("{} ({label})", reason.label()),
        }
    }
}

/// Marks in `backups` (newest first) the first of each day, as `day` gives an ISO moment's
/// day.
fn mark_first_of_day(backups: &mut [Backup], day: impl Fn(&str) -> String) {
    let mut seen = std::collections::HashSet::new();
    for backup in backups.iter_mut().rev() {
        backup.first_of_day = seen.insert(day(&backup.at));
    }
}

/// The keys rotation lets go, of `backups` newest first: all but the newest `MAX_BACKUPS`
/// that are not the first of their day.
fn rotated_out(backups: &[Backup]) -> Vec<&str> {
    backups
        .iter()
        .filter(|b| !b.first_of_day)
        .skip(MAX_BACKUPS)
        .map(|b| b.key.as_str())
        .collect()
}

/// The local calendar day of an ISO moment, as the user counts days.
fn local_day(at: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(at));
    format!(
        "{}-{}-{}",
        date.get_full_year(),
        date.get_month(),
        date.get_date()
    )
}

/// The key of a backup made at `at`: the moment and why, so that keys sort by time
/// ("2026-11-28T10:00:00.000Z.import"). When a backup of that same millisecond is among the
/// `taken` keys, a number one higher than theirs follows the moment
/// ("2026-11-28T10:00:00.000Z~002.import"), so that neither replaces the other and the later
/// still sorts after the earlier.
fn key_for(at: &str, reason: Reason, taken: &[String]) -> String {
    let last = taken
        .iter()
        .filter_map(|key| split_key(key))
        .filter(|(moment, _, _)| *moment == at)
        .map(|(_, number, _)| number)
        .max();
    match last {
        None => format!("{at}.{}", reason.token()),
        Some(number) => format!("{at}~{:03}.{}", number + 1, reason.token()),
    }
}

/// A key's moment, its number within that millisecond (1 for the first, whose key has
/// none, as every key of earlier versions) and its reason.
fn split_key(key: &str) -> Option<(&str, u32, Reason)> {
    let (rest, token) = key.rsplit_once('.')?;
    let reason = Reason::ALL.into_iter().find(|r| r.token() == token)?;
    let (at, number) = match rest.split_once('~') {
        Some((at, number)) => (at, number.parse().ok()?),
        None => (rest, 1),
    };
    Some((at, number, reason))
}

fn parse_key(key: &str, units: usize) -> Option<Backup> {
    let (at, _, reason) = split_key(key)?;
    Some(Backup {
        key: key.to_string(),
        at: at.to_string(),
        reason,
        units,
        label: String::new(),
        first_of_day: false,
    })
}

/// StatusReason IndexedDB could not be used, in Dutch.
fn unavailable(error: rexie::Error) -> String {
    web_sys::console::warn_1(&format!("IndexedDB: {error}").into());
    "De reservekopieën kunnen in deze browser niet worden bewaard (IndexedDB is niet \
     beschikbaar of vol)."
        .into()
}

async fn open() -> Result<Rexie, String> {
    Rexie::builder(DATABASE)
        .version(DATABASE_VERSION)
        .add_object_store(ObjectStore::new(COPIES))
        .add_object_store(ObjectStore::new(SIZES))
        .build()
        .await
        .map_err(unavailable)
}

/// Keeps `text` (a whole document) as a backup made at `at`, then lets the oldest beyond
/// `MAX_BACKUPS` go (never the first of a day).
pub async fn keep(text: &str, reason: Reason, at: &str) -> Result<(), String> {
    keep_labelled(text, reason, "", at).await.map(drop)
}

/// A backup just kept, and the backups kept now (newest first).
pub struct Kept {
    pub key: String,
    pub backups: Vec<Backup>,
}

/// `keep`, with what the backup preceded (see `Backup::label`).
pub async fn keep_labelled(
    text: &str,
    reason: Reason,
    label: &str,
    at: &str,
) -> Result<Kept, String> {
    // Its length in the UTF-16 units the browser counts, read off the string the browser
    // already has (counting them in Rust took longer than writing the backup).
    let text = js_sys::JsString::from(text);
    let units = text.length() as usize;
    let key = write(|taken| key_for(at, reason, taken), &text, units, label).await?;
    let mut backups = list().await?;
    let gone: Vec<String> = rotated_out(&backups)
        .into_iter()
        .map(String::from)
        .collect();
    for old in &gone {
        delete(old).await?;
    }
    backups.retain(|b| !gone.contains(&b.key));
    Ok(Kept { key, backups })
}

/// Writes a backup under the key `key` makes of the keys already taken, read in the same
/// transaction: two backups written at once cannot both find a key free. Returns that key.
async fn write(
    key: impl FnOnce(&[String]) -> String,
    text: &JsValue,
    units: usize,
    label: &str,
) -> Result<String, String> {
    let db = open().await?;
    let tx = db
        .transaction(&[COPIES, SIZES], TransactionMode::ReadWrite)
        .map_err(unavailable)?;
    let copies = tx.store(COPIES).map_err(unavailable)?;
    let sizes = tx.store(SIZES).map_err(unavailable)?;
    let taken: Vec<String> = sizes
        .get_all_keys(None, None)
        .await
        .map_err(unavailable)?
        .iter()
        .filter_map(JsValue::as_string)
        .collect();
    let name = key(&taken);
    let key = JsValue::from_str(&name);
    copies.put(text, Some(&key)).await.map_err(unavailable)?;
    let size = JsValue::from_f64(units as f64);
    let entry = match label {
        "" => size,
        label => js_sys::Array::of2(&size, &JsValue::from_str(label)).into(),
    };
    sizes.put(&entry, Some(&key)).await.map_err(unavailable)?;
    tx.done().await.map_err(unavailable)?;
    Ok(name)
}

/// The kept backups, newest first.
pub async fn list() -> Result<Vec<Backup>, String> {
    let db = open().await?;
    let tx = db
        .transaction(&[SIZES], TransactionMode::ReadOnly)
        .map_err(unavailable)?;
    let sizes = tx.store(SIZES).map_err(unavailable)?;
    let keys = sizes.get_all_keys(None, None).await.map_err(unavailable)?;
    let units = sizes.get_all(None, None).await.map_err(unavailable)?;
    let mut backups: Vec<Backup> = keys
        .iter()
        .zip(&units)
        .filter_map(|(key, entry)| {
            let (units, label) = match js_sys::Array::is_array(entry) {
                true => {
                    let entry = js_sys::Array::from(entry);
                    (entry.get(0), entry.get(1).as_string().unwrap_or_default())
                }
                false => (entry.clone(), String::new()),
            };
            let mut backup = parse_key(&key.as_string()?, units.as_f64().unwrap_or(0.0) as usize)?;
            backup.label = label;
            Some(backup)
        })
        .collect();
    backups.reverse();
    mark_first_of_day(&mut backups, local_day);
    Ok(backups)
}

/// The document kept under `key`.
pub async fn read(key: &str) -> Result<Option<String>, String> {
    let db = open().await?;
    let tx = db
        .transaction(&[COPIES], TransactionMode::ReadOnly)
        .map_err(unavailable)?;
    let copies = tx.store(COPIES).map_err(unavailable)?;
    let text = copies
        .get(JsValue::from_str(key))
        .await
        .map_err(unavailable)?;
    Ok(text.and_then(|t| t.as_string()))
}

/// Removes one backup.
pub async fn delete(key: &str) -> Result<(), String> {
    let db = open().await?;
    let tx = db
        .transaction(&[COPIES, SIZES], TransactionMode::ReadWrite)
        .map_err(unavailable)?;
    for store in [COPIES, SIZES] {
        let store = tx.store(store).map_err(unavailable)?;
        store
            .delete(JsValue::from_str(key))
            .await
            .map_err(unavailable)?;
    }
    tx.done().await.map_err(unavailable)?;
    Ok(())
}

/// Removes every backup (wiping everything).
pub async fn clear() -> Result<(), String> {
    for backup in list().await? {
        delete(&backup.key).await?;
    }
    Ok(())
}

/// Moves the backups an earlier version kept in localStorage into IndexedDB, where they no
/// longer take the workspace's room. One that cannot be moved stays where it is.
pub async fn move_from_local_storage() {
    for local_key in local::keys_with_prefix(LOCAL_PREFIX) {
        let Some(text) = local::read(&local_key).ok().flatten() else {
            continue;
        };
        let key = local_key.trim_start_matches(LOCAL_PREFIX);
        let units = text.encode_utf16().count();
        if parse_key(key, units).is_some()
            && write(|_| key.to_string(), &JsValue::from_str(&text), units, "")
                .await
                .is_ok()
        {
            local::remove(&local_key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_key_says_when_and_why() {
        let key = key_for("2026-11-28T10:00:00.000Z", Reason::Import, &[]);
        assert_eq!(key, "2026-11-28T10:00:00.000Z.import");
        let backup = parse_key(&key, 12).unwrap();
        assert_eq!(backup.at, "2026-11-28T10:00:00.000Z");
        assert_eq!(backup.reason, Reason::Import);
        assert_eq!(backup.units, 12);
        for reason in Reason::ALL {
            assert_eq!(
                parse_key(&key_for("t", reason, &[]), 0).unwrap().reason,
                reason
            );
        }
        assert_eq!(parse_key("werkruimte", 0), None);
        assert_eq!(parse_key("t.onbekend", 0), None);
    }

    #[test]
    fn backups_of_the_same_millisecond_each_get_a_key_and_keep_their_order() {
        const AT: &str = "2026-11-28T10:00:00.000Z";
        let mut keys: Vec<String> = Vec::new();
        for reason in [
            Reason::Import,
            Reason::Import,
            Reason::Restore,
            Reason::Import,
        ] {
            let key = key_for(AT, reason, &keys);
            assert!(!keys.contains(&key), "{key} taken twice");
            keys.push(key);
        }
        keys.push(key_for("2026-11-28T10:00:00.001Z", Reason::Import, &keys));
        assert_eq!(
            keys,
            [
                // The first of a millisecond as before: keys of earlier versions read the same.
                "2026-11-28T10:00:00.000Z.import",
                "2026-11-28T10:00:00.000Z~002.import",
                "2026-11-28T10:00:00.000Z~003.herstel",
                "2026-11-28T10:00:00.000Z~004.import",
                "2026-11-28T10:00:00.001Z.import",
            ]
        );
        // IndexedDB lists keys in this order: the order they were made in.
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(sorted, keys);
        for key in &keys[1..4] {
            assert_eq!(parse_key(key, 0).unwrap().at, AT);
        }
        assert_eq!(parse_key(&keys[2], 0).unwrap().reason, Reason::Restore);
        // A number after the tenth still sorts by number.
        let tenth = key_for(AT, Reason::Import, &[format!("{AT}~009.import")]);
        assert!(tenth > format!("{AT}~009.import"), "{tenth}");
        assert_eq!(parse_key(&format!("{AT}~x.import"), 0), None);
    }

    fn backup(at: &str, reason: Reason, label: &str) -> Backup {
        let mut backup = parse_key(&key_for(at, reason, &[]), 0).unwrap();
        backup.label = label.into();
        backup
    }

    #[test]
    fn the_first_backup_of_each_day_stays_and_the_others_rotate() {
        // Newest first, as `list` gives them: two days, many imports on the second.
        let mut backups: Vec<Backup> = (0..=MAX_BACKUPS + 2)
            .rev()
            .map(|n| backup(&format!("2026-12-01T19:{n:02}:00.000Z"), Reason::Import, ""))
            .chain([
                backup("2026-11-30T09:00:00.000Z", Reason::Import, ""),
                backup("2026-11-30T08:00:00.000Z", Reason::Restore, ""),
            ])
            .collect();
        mark_first_of_day(&mut backups, |at| at[..10].to_string());
        let firsts: Vec<&str> = backups
            .iter()
            .filter(|b| b.first_of_day)
            .map(|b| b.at.as_str())
            .collect();
        assert_eq!(
            firsts,
            ["2026-12-01T19:00:00.000Z", "2026-11-30T08:00:00.000Z"]
        );
        let gone = rotated_out(&backups);
        // Of the 13 others, the newest ten stay.
        assert_eq!(
            gone,
            [
                "2026-12-01T19:02:00.000Z.import",
                "2026-12-01T19:01:00.000Z.import",
                "2026-11-30T09:00:00.000Z.import",
            ]
        );
    }

    #[test]
    fn a_backup_says_what_it_preceded() {
        let sender = "‘collega.json’ van Ilse de Vries (Bibliotheek Rivierenland)";
        assert_eq!(
            backup("t", Reason::Import, sender).describe(),
            "van vóór de import van ‘collega.json’ van Ilse de Vries (Bibliotheek Rivierenland)"
        );
        assert_eq!(
            backup("t", Reason::Replace, "‘x.json’").describe(),
            "van vóór het vervangen door ‘x.json’"
        );
        assert_eq!(
            backup("t", Reason::Import, " ").describe(),
            "van vóór een import"
        );
    }
}

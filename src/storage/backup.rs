//! Automatic copies of the workspace, kept in localStorage before an import, a replace, a
//! restore and a merge with another tab's changes, so that each can be undone in one step.
//! Only the last few are kept; when storage is short, the oldest make room.

use super::local::{self, SaveError};

const BACKUP_PREFIX: &str = "ouderpartnerschap.reservekopie.";
/// How many backups are kept at most.
pub const MAX_BACKUPS: usize = 3;

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

    /// Why the copy exists, in Dutch.
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
}

fn key_for(at: &str, reason: Reason) -> String {
    format!("{BACKUP_PREFIX}{at}.{}", reason.token())
}

fn parse_key(key: &str) -> Option<Backup> {
    let rest = key.strip_prefix(BACKUP_PREFIX)?;
    let (at, token) = rest.rsplit_once('.')?;
    let reason = Reason::ALL.into_iter().find(|r| r.token() == token)?;
    Some(Backup {
        key: key.to_string(),
        at: at.to_string(),
        reason,
    })
}

/// The kept backups, newest first.
pub fn list() -> Vec<Backup> {
    let mut backups: Vec<Backup> = local::keys_with_prefix(BACKUP_PREFIX)
        .iter()
        .filter_map(|key| parse_key(key))
        .collect();
    backups.reverse();
    backups
}

/// Keeps `text` (a stored document) as a backup made at `at`. When storage is short the
/// oldest backups give way; `Err` only when even then there is no room.
pub fn keep(text: &str, reason: Reason, at: &str) -> Result<(), SaveError> {
    let key = key_for(at, reason);
    loop {
        match local::write(&key, text) {
            Ok(()) => break,
            Err(SaveError::Full) => match list().into_iter().rfind(|b| b.key != key) {
                Some(oldest) => local::remove(&oldest.key),
                None => return Err(SaveError::Full),
            },
            Err(other) => return Err(other),
        }
    }
    for old in list().into_iter().skip(MAX_BACKUPS) {
        local::remove(&old.key);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_key_says_when_and_why() {
        let key = key_for("2026-11-28T10:00:00.000Z", Reason::Import);
        assert_eq!(
            key,
            "ouderpartnerschap.reservekopie.2026-11-28T10:00:00.000Z.import"
        );
        let backup = parse_key(&key).unwrap();
        assert_eq!(backup.at, "2026-11-28T10:00:00.000Z");
        assert_eq!(backup.reason, Reason::Import);
        for reason in Reason::ALL {
            assert_eq!(parse_key(&key_for("t", reason)).unwrap().reason, reason);
        }
        assert_eq!(parse_key("ouderpartnerschap.werkruimte"), None);
        assert_eq!(parse_key("ouderpartnerschap.reservekopie.t.onbekend"), None);
    }
}

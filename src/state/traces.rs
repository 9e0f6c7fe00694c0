//! Deleting an institution leaves nothing of it in the workspace, but the automatic backups
//! made before still hold it: found here, so the user can remove them too.

use std::collections::HashSet;

use leptos::prelude::*;

use super::AppState;
use crate::model::Kind;
use crate::storage::backup;
use crate::storage::traces::institutions_in;

/// A backup that still holds institutions deleted since: its key, and their ids and names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Traces {
    pub key: String,
    pub institutions: Vec<(String, String)>,
}

impl Traces {
    /// The names of the deleted institutions it holds, for the list of backups.
    pub fn names(&self) -> String {
        let names: Vec<&str> = self.institutions.iter().map(|(_, n)| n.as_str()).collect();
        names.join(", ")
    }
}

impl AppState {
    /// The backups that hold institutions deleted from the workspace, newest first.
    pub async fn backups_with_deleted(self) -> Vec<Traces> {
        let gone: Vec<String> = self.workspace.with_untracked(|w| {
            w.deleted
                .iter()
                .filter(|d| d.kind == Kind::Institution)
                .map(|d| d.id.clone())
                .collect()
        });
        let gone: HashSet<&str> = gone.iter().map(String::as_str).collect();
        let mut found = Vec::new();
        if gone.is_empty() {
            return found;
        }
        // Listed here rather than taken from `backups`, which is read a while after start-up.
        let listed = backup::list().await.unwrap_or_default();
        for key in listed.into_iter().map(|b| b.key) {
            let Ok(Some(text)) = backup::read(&key).await else {
                continue;
            };
            let institutions = institutions_in(&text, &gone);
            if !institutions.is_empty() {
                found.push(Traces { key, institutions });
            }
        }
        found
    }

    /// Removes the backups under `keys` (those that still hold deleted institutions).
    pub async fn delete_backups(self, keys: Vec<String>) -> Result<(), String> {
        for key in keys {
            backup::delete(&key).await?;
        }
        self.refresh_backups().await;
        Ok(())
    }
}

//! Exports sealed with a password, and opening a sealed file for import.

use leptos::prelude::*;

use super::{AppState, ImportState};
use crate::browser::crypto;
use crate::storage::sealed::{Sealed, read_sealed, sealed_file_name};

/// A sealed file chosen for import, waiting for its password.
#[derive(Debug, Clone, PartialEq)]
pub struct LockedImport {
    pub file_name: String,
    pub sealed: Sealed,
}

impl AppState {
    /// The whole workspace, or one institution with all that belongs to it, as a file
    /// sealed with `password`: its name and text.
    pub async fn sealed_export(
        self,
        institution: Option<&str>,
        password: &str,
    ) -> Result<(String, String), String> {
        let (name, plain) = match institution {
            Some(id) => self.export_institution(id)?,
            None => self.export_all()?,
        };
        let text = crypto::seal(&plain, password).await?;
        Ok((sealed_file_name(&name), text))
    }

    /// A sealed file was chosen: ask for its password, or say why it cannot be opened.
    pub(super) fn lock_import(&self, file_name: &str, text: &str) {
        self.import.set(match read_sealed(text) {
            Ok(sealed) => ImportState::Locked(Box::new(LockedImport {
                file_name: file_name.to_string(),
                sealed,
            })),
            Err(message) => ImportState::Refused(message),
        });
    }

    /// Opens the sealed file waiting for its password and shows the usual preview; with a
    /// wrong password nothing changes and the Dutch reason is returned.
    pub async fn unlock_import(self, password: &str) -> Result<(), String> {
        let locked = self.import.with_untracked(|s| match s {
            ImportState::Locked(locked) => Some(locked.clone()),
            _ => None,
        });
        let Some(locked) = locked else {
            return Ok(());
        };
        let plain = crypto::open(&locked.sealed, password).await?;
        self.begin_import(&locked.file_name, &plain).await;
        Ok(())
    }
}

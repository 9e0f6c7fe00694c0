//! The reminder at the notes fields not to record children and parents: shown until the
//! user dismisses it, which this device remembers (not the workspace: a colleague's file
//! does not bring it back or take it away).

use leptos::prelude::*;

use super::AppState;
use crate::storage::local::{self, PRIVACY_NOTE_KEY};

impl AppState {
    /// Whether the reminder is still shown on this device.
    pub(super) fn read_privacy_note() -> bool {
        local::read(PRIVACY_NOTE_KEY).ok().flatten().is_none()
    }

    /// Hides the reminder for good on this device (for this visit when storage refuses).
    pub fn dismiss_privacy_note(&self) {
        if let Err(failed) = local::write(PRIVACY_NOTE_KEY, "ja") {
            self.notice.set(Some(format!(
                "De opmerking blijft weg tot de app sluit; onthouden lukte niet: {}",
                failed.message()
            )));
        }
        self.privacy_note.set(false);
    }
}

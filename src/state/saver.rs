//! The one persistence path: every change to the workspace is written to localStorage
//! within `SAVE_DELAY`, at most once per delay however fast the user types, and at once
//! when the page is hidden or closed.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use super::now;
use crate::model::Workspace;
use crate::storage::encode;
use crate::storage::local::{self, WORKSPACE_KEY};

const SAVE_DELAY: Duration = Duration::from_millis(400);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is in storage.
    Saved,
    /// A change waits for the next write.
    Pending,
    /// The last write failed; the Dutch reason.
    Failed(String),
}

#[derive(Clone, Copy)]
pub(super) struct Saver {
    workspace: RwSignal<Workspace>,
    status: RwSignal<SaveStatus>,
    timer: StoredValue<Option<TimeoutHandle>>,
    enabled: StoredValue<bool>,
}

impl Saver {
    pub(super) fn start(
        workspace: RwSignal<Workspace>,
        status: RwSignal<SaveStatus>,
        enabled: bool,
    ) -> Self {
        let saver = Saver {
            workspace,
            status,
            timer: StoredValue::new(None),
            enabled: StoredValue::new(enabled),
        };
        // Pushes changes out only; the first run is the load itself and saves nothing.
        Effect::new(move |first: Option<()>| {
            workspace.track();
            if first.is_some() {
                saver.schedule();
            }
        });
        window_event_listener(ev::pagehide, move |_| saver.flush());
        window_event_listener(ev::visibilitychange, move |_| saver.flush());
        saver
    }

    /// Allows writing again (after an unreadable document was set aside) and writes now.
    pub(super) fn enable(self) {
        self.enabled.set_value(true);
        self.status.set(SaveStatus::Pending);
        self.flush();
    }

    fn schedule(self) {
        self.status.set(SaveStatus::Pending);
        if self.timer.with_value(Option::is_some) {
            return;
        }
        let handle = set_timeout_with_handle(move || self.flush(), SAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    fn flush(self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
        let waiting = self.status.with_untracked(|s| *s == SaveStatus::Pending);
        if !waiting || !self.enabled.get_value() {
            return;
        }
        let text = self.workspace.with_untracked(|w| encode(w, &now()));
        let outcome = match local::write(WORKSPACE_KEY, &text) {
            Ok(()) => SaveStatus::Saved,
            Err(error) => SaveStatus::Failed(error.message()),
        };
        self.status.set(outcome);
    }
}

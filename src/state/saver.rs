//! The one persistence path: the workspace is written to localStorage when the user pauses
//! (`SAVE_QUIET` after the last change), at least every `SAVE_MAX_WAIT` while they keep
//! typing, and at once when the page is hidden or closed.
//!
//! StatusReason wait for a pause: a write encodes what changed (the records each change names, see
//! `storage::layout`) and stores it; done in a pause, it does not hold up the next
//! keystroke, and a burst of typing becomes one write.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use reactive_stores::Store;

use super::apply::apply;
use crate::browser::clock::now;
use crate::model::Workspace;
use crate::storage::backup::{self, Reason};
use crate::storage::import::{Difference, Side, merge, preview};
use crate::storage::layout::{Changed, Written, lay_out};
use crate::storage::local::{self, WIPED_KEY, WORKSPACE_KEY};
use crate::storage::{DocumentError, Stored, encode, nearly_full};

const SAVE_QUIET: Duration = Duration::from_millis(400);
const SAVE_MAX_WAIT_MS: f64 = 5000.0;

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
    workspace: Store<Workspace>,
    status: RwSignal<SaveStatus>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// Whether the user has been told that storage is nearly full.
    warned_full: StoredValue<bool>,
    /// When the oldest unsaved change was made (ms since the epoch).
    pending_since: StoredValue<Option<f64>>,
    enabled: StoredValue<bool>,
    /// Set while taking over another tab's save, so that it is not written back.
    adopting: StoredValue<bool>,
    /// The parts named by the main document in storage as this tab last wrote or read it:
    /// the next write removes those it no longer names.
    parts: StoredValue<Vec<String>>,
    /// What those parts hold, and what changed since: a write encodes only the records
    /// changed since the last one.
    written: StoredValue<Written>,
    changed: StoredValue<Changed>,
    /// Set while the only thing waiting is writing an older document again (`write_soon`).
    rewriting: StoredValue<bool>,
    /// Set while the records are read after start-up: the workspace is not complete yet,
    /// so nothing is written (`AppState::read_records`).
    waiting_for_records: StoredValue<bool>,
    /// How many times the workspace changed since start-up (an edit, or another version
    /// put in place): tells whether a backup made earlier still holds what is here.
    generation: StoredValue<u64>,
    /// The wipe this tab knows of (`local::WIPED_KEY`): another one means everything was
    /// wiped in another tab, and this tab's copy must not be written back.
    wiped: StoredValue<Option<String>>,
    /// A short Dutch message about what happened (shown once, then dismissed).
    notice: RwSignal<Option<String>>,
}

impl Saver {
    pub(super) fn start(
        workspace: Store<Workspace>,
        status: RwSignal<SaveStatus>,
        notice: RwSignal<Option<String>>,
        enabled: bool,
        parts: Vec<String>,
        written: Written,
    ) -> Self {
        let saver = Saver {
            workspace,
            status,
            timer: StoredValue::new(None),
            pending_since: StoredValue::new(None),
            warned_full: StoredValue::new(false),
            enabled: StoredValue::new(enabled),
            adopting: StoredValue::new(false),
            parts: StoredValue::new(parts),
            written: StoredValue::new(written),
            changed: StoredValue::new(Changed::default()),
            rewriting: StoredValue::new(false),
            waiting_for_records: StoredValue::new(false),
            generation: StoredValue::new(0),
            wiped: StoredValue::new(local::wiped_at()),
            notice,
        };
        // Every change goes through `state::edit`, which says what changed (`changed`). This
        // only pushes changes out, as a safety net: a change that did not say so is written
        // whole. The first run is the load itself and saves nothing, and neither does
        // taking over another tab's save.
        Effect::new(move |first: Option<()>| {
            workspace.track();
            let said = saver.status.with_untracked(|s| *s == SaveStatus::Pending);
            if first.is_some() && !saver.adopting.get_value() && !said {
                saver.changed(|c| *c = Changed::everything());
            }
            saver.adopting.set_value(false);
        });
        window_event_listener(ev::pagehide, move |_| saver.flush());
        window_event_listener(ev::visibilitychange, move |_| saver.flush());
        window_event_listener(ev::storage, move |event| match event.key().as_deref() {
            Some(WORKSPACE_KEY) => saver.other_tab_saved(event.new_value()),
            Some(WIPED_KEY) => {
                saver.wiped_elsewhere();
            }
            _ => {}
        });
        saver
    }

    /// Another tab of the app saved the workspace. Without unsaved changes here, take its
    /// version over; with them, merge the two record by record (the later version of a
    /// record changed in both wins, the other goes into a backup) and write the result, which
    /// the other tab then takes over. A document this version cannot read stops saving
    /// here, so it is never overwritten.
    fn other_tab_saved(self, text: Option<String>) {
        // While this tab reads its records it takes nothing over: it reads storage as the
        // other tab left it.
        if !self.enabled.get_value()
            || self.waiting_for_records.get_value()
            || self.wiped_elsewhere()
        {
            return;
        }
        // Writing an older document again in parts is not a change of the user's.
        let pending = self.status.with_untracked(|s| *s == SaveStatus::Pending)
            && !self.rewriting.get_value();
        match text.as_deref().map(local::read_stored) {
            Some(Ok(theirs)) if pending => self.merge_with_other_tab(theirs),
            Some(Ok(Stored {
                workspace,
                parts,
                written,
                ..
            })) => {
                self.parts.set_value(parts);
                self.written.set_value(written);
                self.adopting.set_value(true);
                self.generation.update_value(|g| *g += 1);
                // Stored as the other tab wrote it: nothing to write here.
                apply(self.workspace, workspace);
                self.notice.set(Some(
                    "Bijgewerkt met wat u in een ander tabblad hebt gewijzigd.".into(),
                ));
            }
            // A newer save of the other tab replaced those parts already; its own event follows.
            Some(Err(DocumentError::MissingPart(_))) => {}
            Some(Err(error)) => {
                self.clear_timer();
                self.enabled.set_value(false);
                self.status.set(SaveStatus::Failed(format!(
                    "Een ander tabblad heeft gegevens opgeslagen die dit tabblad niet kan lezen. {} \
                     Sluit dit tabblad of laad het opnieuw; hier wordt niets meer opgeslagen.",
                    error.message()
                )));
            }
            // Storage was cleared, but not by the app (a wipe leaves its mark, checked
            // above): keep what is on screen and save it again, if there is anything.
            None => {
                if self
                    .workspace
                    .with_untracked(|w| *w != Workspace::default())
                {
                    self.schedule();
                }
            }
        }
    }

    fn merge_with_other_tab(
        self,
        Stored {
            workspace: theirs,
            parts,
            written,
            ..
        }: Stored,
    ) {
        self.parts.set_value(parts);
        self.written.set_value(written);
        let mut message = String::from(
            "In een ander tabblad is tegelijk iets gewijzigd; beide wijzigingen zijn samengevoegd.",
        );
        let mut lost_version = None;
        let merged = self.workspace.with_untracked(|ours| {
            let changes = preview(ours, &theirs);
            if changes.changed.iter().any(|d| d.newer() == Side::Theirs) {
                message.push_str(
                    " Wat in beide tabbladen is gewijzigd, staat nu zoals het laatst is gewijzigd.",
                );
                lost_version = Some(encode(ours, &now()));
            }
            merge(ours, &theirs, Difference::newer)
        });
        // Written here at once, not scheduled again by the change.
        self.adopting.set_value(true);
        self.generation.update_value(|g| *g += 1);
        let replaced = apply(self.workspace, merged);
        self.changed
            .update_value(|changed| changed.add(replaced.records));
        self.flush();
        self.notice.set(Some(message.clone()));
        // The version that gave way goes into a backup; the message says so once it is there.
        if let Some(text) = lost_version {
            let notice = self.notice;
            leptos::task::spawn_local(async move {
                if backup::keep(&text, Reason::OtherTab, &now()).await.is_ok() {
                    message.push_str(" De andere versie staat in een reservekopie bij Gegevens.");
                    notice.try_set(Some(message));
                }
            });
        }
    }

    /// Remembers a wipe made in this tab, so that it is not taken for another tab's.
    pub(super) fn wiped_here(self, at: &str) {
        self.wiped.set_value(Some(at.to_string()));
        self.forget_parts();
        self.show_unsaved(Workspace::default());
    }

    /// Storage holds no parts of this tab's any more (wiped).
    fn forget_parts(self) {
        self.parts.set_value(Vec::new());
        self.written.set_value(Written::default());
    }

    /// Whether everything was wiped in another tab since this one last looked; if so, this
    /// tab drops its copy too (nothing of it is written back) and says why.
    fn wiped_elsewhere(self) -> bool {
        let marked = local::wiped_at();
        if marked.is_none() || self.wiped.with_value(|known| *known == marked) {
            return false;
        }
        self.wiped.set_value(marked);
        self.forget_parts();
        self.show_unsaved(Workspace::default());
        self.notice.set(Some(
            "Alle gegevens zijn in een ander tabblad gewist; ook hier is alles weggehaald.".into(),
        ));
        true
    }

    /// Whether this tab may write the workspace: not while an unreadable document waits for
    /// the user, nor once another tab's document or wipe took over (`false` when gone).
    pub(super) fn may_write(self) -> bool {
        self.enabled.try_get_value().unwrap_or(false)
            && !self.waiting_for_records.try_get_value().unwrap_or(true)
            && self
                .wiped
                .try_with_value(|known| *known == local::wiped_at())
                .unwrap_or(false)
    }

    /// Allows writing again (after an unreadable document was set aside) and writes now.
    pub(super) fn enable(self) {
        self.enabled.set_value(true);
        self.status.set(SaveStatus::Pending);
        self.flush();
    }

    /// Puts `next` in place of the workspace and writes it at once (an import, a restore);
    /// the same workspace again is not written.
    pub(super) fn replace_now(self, next: Workspace) {
        self.adopting.set_value(true);
        self.generation.update_value(|g| *g += 1);
        let replaced = apply(self.workspace, next);
        if !replaced.anything {
            // Nothing was told of a change, so the safety net below does not run to reset it.
            self.adopting.set_value(false);
            return;
        }
        self.changed
            .update_value(|changed| changed.add(replaced.records));
        self.status.set(SaveStatus::Pending);
        self.flush();
    }

    /// Shows `next` without writing it: storage was just wiped and stays empty until the
    /// user's next change.
    pub(super) fn show_unsaved(self, next: Workspace) {
        self.clear_timer();
        self.pending_since.set_value(None);
        self.adopting.set_value(true);
        self.generation.update_value(|g| *g += 1);
        apply(self.workspace, next);
        self.changed.set_value(Changed::everything());
        self.status.set(SaveStatus::Saved);
    }

    /// Stops writing: storage holds a document this tab cannot read, which waits for the
    /// user's decision (`enable`).
    pub(super) fn hold(self) {
        self.clear_timer();
        self.enabled.set_value(false);
    }

    /// Holds every write until the records are read (`records_read`).
    pub(super) fn wait_for_records(self) {
        self.waiting_for_records.set_value(true);
    }

    /// The records are read: `next` is the whole workspace, stored in `parts` as `written`.
    /// A change made meanwhile (`typed`) is written now; an older document in the first
    /// pause, as at any start.
    pub(super) fn records_read(
        self,
        next: Workspace,
        parts: Vec<String>,
        written: Written,
        current: bool,
        typed: bool,
    ) {
        self.waiting_for_records.set_value(false);
        self.parts.set_value(parts);
        self.written.set_value(written);
        self.adopting.set_value(true);
        self.generation.update_value(|g| *g += 1);
        apply(self.workspace, next);
        if typed {
            self.schedule();
        } else if !current {
            self.write_soon();
        }
    }

    /// Notes what a change changed (`record`, `list`, or nothing for the main document:
    /// the library, its steps and competences, which every write stores) and writes it in
    /// the next pause.
    pub(super) fn changed(self, what: impl FnOnce(&mut Changed)) {
        self.changed.update_value(what);
        self.generation.update_value(|g| *g += 1);
        self.schedule();
    }

    /// How many times the workspace changed since start-up.
    pub(super) fn generation(self) -> u64 {
        self.generation.get_value()
    }

    /// Writes the workspace in the next pause although nothing changed (a document of an
    /// older version, written again in the current layout).
    pub(super) fn write_soon(self) {
        self.schedule();
        self.rewriting.set_value(true);
    }

    /// (Re)starts the quiet timer, never later than the maximum wait for the oldest change.
    fn schedule(self) {
        self.rewriting.set_value(false);
        self.status.set(SaveStatus::Pending);
        let now = js_sys::Date::now();
        let since = self.pending_since.get_value().unwrap_or(now);
        self.pending_since.set_value(Some(since));
        let left = Duration::from_millis((since + SAVE_MAX_WAIT_MS - now).max(0.0) as u64);
        self.clear_timer();
        let handle = set_timeout_with_handle(move || self.flush(), SAVE_QUIET.min(left)).ok();
        self.timer.set_value(handle);
    }

    fn clear_timer(self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
    }

    fn flush(self) {
        self.clear_timer();
        self.pending_since.set_value(None);
        let waiting = self.status.with_untracked(|s| *s == SaveStatus::Pending);
        if !waiting
            || !self.enabled.get_value()
            || self.waiting_for_records.get_value()
            || self.wiped_elsewhere()
        {
            return;
        }
        let saved_at = now();
        let saved = self.workspace.with_untracked(|w| {
            let layout = self.written.with_value(|written| {
                self.changed
                    .with_value(|changed| lay_out(w, &saved_at, written, changed))
            });
            self.parts
                .with_value(|previous| local::save(WORKSPACE_KEY, &layout, previous))
                .map(|saved| {
                    let written = Written::from_layout(&layout, saved.named);
                    (layout.keys(saved.named), written, saved.bytes)
                })
        });
        match saved {
            Ok((parts, written, bytes)) => {
                self.parts.set_value(parts);
                self.written.set_value(written);
                self.changed.set_value(Changed::default());
                self.status.set(SaveStatus::Saved);
                self.warn_when_nearly_full(bytes);
            }
            // Rewriting an older document in parts may not fit beside it; it stays as it
            // is, complete, and the next change tries again.
            Err(_) if self.rewriting.get_value() => self.status.set(SaveStatus::Saved),
            Err(error) => self.status.set(SaveStatus::Failed(error.message())),
        }
        self.rewriting.set_value(false);
    }

    /// Says so once when storage passes three quarters, again after it dropped below.
    fn warn_when_nearly_full(self, bytes: usize) {
        let warning = nearly_full(bytes);
        if warning.is_some() != self.warned_full.get_value() {
            self.warned_full.set_value(warning.is_some());
            if warning.is_some() {
                self.notice.set(warning);
            }
        }
    }
}

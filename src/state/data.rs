//! The user's data as a whole: exports, an import from its preview to the merge, the
//! automatic backups and wiping everything.

use std::cell::Cell;
use std::collections::HashSet;

use leptos::prelude::*;

use super::AppState;
use crate::browser::clock::{after_paint, local_moment_seconds, now, pause, today};
use crate::browser::download::download_json;
use crate::model::{SchoolYear, Table, Workspace, planning_table};
use crate::storage::backup::{self, Reason};
use crate::storage::document::file_name;
use crate::storage::import::{
    Arrangement, ImportFile, LookAlike, Names, Preview, arrange, changes_nothing,
    default_arrangement, from_colleague, library_step_changes, look_alike_people, look_alikes,
    merge_named, only_here, preview, read_import,
};
use crate::storage::local::{self, LAST_EXPORT_KEY, SCHOOL_YEAR_KEY};
use crate::storage::sealed::is_sealed;
use crate::storage::{decode, encode, encode_export, export_file_name, export_whose};

/// A file read for import, waiting for the user's choice.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub file: ImportFile,
    /// The user's decisions on the file's look-alike schools and people and the library's
    /// steps.
    pub arrangement: Arrangement,
    /// The file's workspace arranged by them (`storage::import::arrange`): what the
    /// preview shows and the merge takes.
    pub arranged: Workspace,
    pub look_alikes: Vec<LookAlike>,
    /// The file's people who may be someone here under a shorter or longer name.
    pub look_alike_people: Vec<LookAlike>,
    /// The file's changes to the library's steps, taken over or not, and whether the file
    /// is a colleague's.
    pub library_steps: usize,
    pub from_colleague: bool,
    pub preview: Preview,
    /// Everything in the file is here already: merging it changes nothing, so no backup
    /// is kept for it.
    pub changes_nothing: bool,
    /// The saver's count of workspaces put in place (`Saver::generation`) when compared: a
    /// restore or another tab's save since makes the comparison old.
    pub compared_at: u64,
    /// What *Vervangen* would take out of the app (`storage::import::only_here`).
    pub only_here: String,
}

impl PendingImport {
    /// The file read, arranged as the user would expect without choosing, and compared.
    fn new(ours: &Workspace, file_name: &str, file: ImportFile, generation: u64) -> Self {
        let theirs = &file.workspace;
        let look_alikes = look_alikes(ours, theirs);
        let arrangement = default_arrangement(ours, theirs, &look_alikes);
        let arranged = arrange(ours, theirs, &look_alikes, &arrangement);
        let preview = preview(ours, &arranged);
        PendingImport {
            file_name: file_name.to_string(),
            look_alikes,
            look_alike_people: look_alike_people(ours, theirs),
            library_steps: library_step_changes(ours, theirs),
            from_colleague: from_colleague(ours, theirs),
            changes_nothing: changes_nothing(ours, &arranged, &preview),
            compared_at: generation,
            only_here: only_here(ours, theirs),
            preview,
            arranged,
            arrangement,
            file,
        }
    }
}

/// Where an import stands, for the Gegevens page (a file can be dropped on any page).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum ImportState {
    #[default]
    Idle,
    /// The file cannot be imported; the Dutch reason.
    Refused(String),
    Ready(Box<PendingImport>),
    /// A file sealed with a password, waiting for it.
    Locked(Box<super::LockedImport>),
    /// Done; what happened, in Dutch.
    Done(String),
}

/// StatusReason an export waits: the records of a large workspace are read just after start-up.
pub const STILL_LOADING: &str =
    "Uw gegevens worden nog ingelezen; probeer het over een ogenblik opnieuw.";

/// StatusReason keeping a backup before an import failed, and what the user can do.
pub const NO_ROOM_FOR_BACKUP: &str = "Er kon geen automatische reservekopie van uw huidige \
    gegevens worden gemaakt: deze browser staat het niet toe, of er is geen ruimte. Download \
    eerst zelf een kopie; kies daarna ‘Toch doorgaan’.";

/// A backup of the workspace made while the user reads an import's preview, so that the
/// merge need not wait for one; when done, with the saver's count of changes when it began,
/// its label (the file it was kept for) and its key (none for an empty workspace).
#[derive(Debug, Clone)]
pub enum BackupAhead {
    Running(u64, String),
    Done(u64, String, Result<Option<String>, String>),
}

/// While an import, a restore or a wipe runs (see `AppState::begin_work`).
struct Working(AppState);

impl Drop for Working {
    fn drop(&mut self) {
        self.0.working.try_set(false);
    }
}

/// What a summary says about the backup made before.
fn backup_said(kept: bool, without_backup: bool) -> &'static str {
    match (kept, without_backup) {
        (true, _) => " Een reservekopie van daarvoor staat bij Reservekopieën.",
        (false, true) => " Er is op uw verzoek geen reservekopie gemaakt.",
        (false, false) => {
            " Er stond nog niets op dit apparaat, dus een reservekopie was niet nodig."
        }
    }
}

impl AppState {
    /// The whole workspace as an export file: its name and text; refused (in Dutch) while
    /// the records are still being read.
    pub fn export_all(&self) -> Result<(String, String), String> {
        self.whole()?;
        Ok(self.workspace.with_untracked(|w| {
            (
                export_file_name(
                    &export_whose(&w.library.user_name, &w.library.name, None),
                    &today(),
                ),
                encode_export(w, &now(), &w.library.user_name),
            )
        }))
    }

    /// Whether the workspace is all there: not while its records are still being read.
    fn whole(&self) -> Result<(), String> {
        match self.loading.get_untracked() {
            true => Err(STILL_LOADING.into()),
            false => Ok(()),
        }
    }

    /// Remembers that the whole workspace was just downloaded or shared.
    pub fn mark_exported(&self) {
        let at = now();
        // Not remembering it only means an early reminder; nothing to tell the user.
        local::write(LAST_EXPORT_KEY, &at).ok();
        self.last_export.set(Some(at));
    }

    /// One institution with all that belongs to it, as an export file for a colleague.
    pub fn export_institution(&self, id: &str) -> Result<(String, String), String> {
        self.whole()?;
        self.workspace.with_untracked(|w| {
            let part = w
                .institution_part(id)
                .ok_or("Deze instelling bestaat niet (meer).")?;
            let whose = export_whose(
                &w.library.user_name,
                &w.library.name,
                Some(&part.institutions[0].name),
            );
            let name = export_file_name(&whose, &today());
            Ok((name, encode_export(&part, &now(), &w.library.user_name)))
        })
    }

    /// One institution's planning form as a table for a spreadsheet, and the name of its
    /// `.csv` file.
    pub fn planning_table(&self, id: &str, year: SchoolYear) -> (String, Table) {
        self.workspace.with_untracked(|w| {
            let name = w.institution(id).map_or("", |i| i.name.as_str());
            let what = format!("planningsformulier-{}", year.label());
            (
                file_name(&what, name, &today(), "csv"),
                planning_table(&w.plan_of(id, year)),
            )
        })
    }

    /// Reads a chosen file and shows what importing it would do. Changes nothing. (After
    /// the records are read: the preview compares the file with all of them.)
    pub async fn begin_import(self, file_name: &str, text: &str) {
        self.records_read().await;
        // While a merge waits for its backup, its preview must stay the one the user chose
        // from: a file dropped meanwhile is turned away, with a word.
        if self.working.get_untracked() {
            self.notice.set(Some(format!(
                "‘{file_name}’ is niet geopend: er loopt nog een import. Kies het bestand zo opnieuw."
            )));
            return;
        }
        let next = match read_import(text) {
            // A file sealed with a password is no workspace until it is opened; looked for
            // only in a file that is not one, so that a plain file is read once.
            Err(_) if is_sealed(text) => {
                self.lock_import(file_name, text);
                return;
            }
            Err(message) => ImportState::Refused(message),
            Ok(file) => {
                let generation = self.saver.generation();
                ImportState::Ready(Box::new(
                    self.workspace
                        .with_untracked(|w| PendingImport::new(w, file_name, file, generation)),
                ))
            }
        };
        let back_up = matches!(&next, ImportState::Ready(p) if !p.changes_nothing);
        self.import.set(next);
        // A file looked at before this one was not imported: its backup goes, unless it
        // serves this one (the same file again).
        match back_up {
            true => self.back_up_ahead(),
            false => self.drop_unused_backup(),
        }
    }

    /// Changes how the pending import is arranged (a look-alike school or person joined or
    /// kept apart, the library's steps taken over or not) and compares it again.
    pub fn arrange_import(&self, arrangement: Arrangement) {
        self.import.update(|import| {
            if let ImportState::Ready(pending) = import {
                self.workspace.with_untracked(|ours| {
                    pending.arranged = arrange(
                        ours,
                        &pending.file.workspace,
                        &pending.look_alikes,
                        &arrangement,
                    );
                    pending.preview = preview(ours, &pending.arranged);
                    pending.changes_nothing =
                        changes_nothing(ours, &pending.arranged, &pending.preview);
                    pending.compared_at = self.saver.generation();
                });
                pending.arrangement = arrangement;
            }
        });
    }

    /// Merges the pending import, keeping per record in its `preview.changed` the version
    /// in `choices`, after keeping a backup (unless the user chose to go on without one).
    /// A second tap while it runs does nothing.
    pub async fn merge_import(
        self,
        choices: Vec<Side>,
        without_backup: bool,
    ) -> Result<(), String> {
        self.records_read().await;
        let Some(_working) = self.begin_work() else {
            return Ok(());
        };
        let generation = self.saver.generation();
        let nothing = self.with_pending(|p| {
            (p.changes_nothing && p.compared_at == generation).then(|| p.file_name.clone())
        });
        match nothing {
            None => return Ok(()),
            Some(Some(file_name)) => {
                self.finish_import(format!(
                    "Er is niets gewijzigd: alles uit ‘{file_name}’ stond al op dit apparaat."
                ));
                return Ok(());
            }
            Some(None) => {}
        }
        let kept = match without_backup {
            true => false,
            false => self.backup_before_import(Reason::Import).await?,
        };
        // Merged after the backup, with whatever was typed meanwhile.
        let merged = self.with_pending(|pending| {
            let changed = &pending.preview.changed;
            let next = Cell::new(0);
            let merged = self.workspace.with_untracked(|ours| {
                let names = Names {
                    ours: &ours.library.user_name,
                    theirs: &pending.file.origin.by,
                    moment: local_moment_seconds,
                };
                merge_named(
                    ours,
                    &pending.arranged,
                    names_keep(&next, changed, &choices),
                    names,
                )
            });
            // The records the merge changes: those the file updates without a question,
            // and those where the file's side was chosen.
            let chosen = changed
                .iter()
                .zip(&choices)
                .filter(|(_, side)| **side != Side::Ours)
                .map(|(d, _)| d);
            let updated: HashSet<_> = pending
                .preview
                .taken
                .iter()
                .chain(chosen)
                .map(|d| (d.kind.label(), d.id.as_str()))
                .collect();
            (merged, pending.preview.added.len(), updated.len())
        });
        let Some((merged, added, updated)) = merged else {
            return Ok(());
        };
        let mut summary = format!("Samengevoegd: {added} toegevoegd, {updated} gewijzigd.");
        summary.push_str(backup_said(kept, without_backup));
        self.saver.replace_now(merged);
        self.finish_import(summary);
        Ok(())
    }

    /// Shows what the import did in place of its preview.
    fn finish_import(self, summary: String) {
        let finished = self
            .import
            .try_update(|import| std::mem::replace(import, ImportState::Done(summary)));
        // The file's workspaces, megabytes, are let go once the result is on screen.
        leptos::task::spawn_local(async move {
            after_paint().await;
            drop(finished);
        });
    }
}

impl AppState {
    /// Keeps a backup of the workspace while the preview is read, after it is drawn (one
    /// kept, or being kept, of the workspace as it is now for the same file will do: the
    /// same file chosen twice).
    fn back_up_ahead(self) {
        let generation = self.saver.generation();
        let label = self.pending_label();
        let same = {
            let label = label.clone();
            move |g: &u64, l: &String| *g == generation && *l == label
        };
        if matches!(self.backup_ahead.get_value(), Some(BackupAhead::Done(g, l, Ok(_)) | BackupAhead::Running(g, l)) if same(&g, &l))
        {
            return;
        }
        self.drop_unused_backup();
        self.backup_ahead
            .set_value(Some(BackupAhead::Running(generation, label.clone())));
        leptos::task::spawn_local(async move {
            after_paint().await;
            let kept = self
                .write_backup(Reason::Import, false)
                .await
                .map(|kept| kept.map(|kept| kept.key));
            let still_wanted = matches!(self.backup_ahead.get_value(), Some(BackupAhead::Running(g, l)) if same(&g, &l));
            match (still_wanted, kept) {
                (true, kept) => self
                    .backup_ahead
                    .set_value(Some(BackupAhead::Done(generation, label, kept))),
                // Its import was turned away while it was written.
                (false, Ok(Some(key))) => self.delete_unused_backup(key).await,
                (false, _) => {}
            }
        });
    }

    /// Drops the pending import without importing it, and the backup kept for it; says so.
    pub fn cancel_import(self) {
        self.drop_unused_backup();
        self.import.set(ImportState::Done(
            "Niet geïmporteerd: er is niets gewijzigd.".into(),
        ));
    }

    /// Deletes the backup kept while a preview was read whose import was not done: a
    /// backup named after an import that never happened would not be true. (One being
    /// written deletes itself when done, finding itself no longer wanted.)
    fn drop_unused_backup(self) {
        if let Some(BackupAhead::Done(_, _, Ok(Some(key)))) = self.backup_ahead.get_value() {
            leptos::task::spawn_local(self.delete_unused_backup(key));
        }
        self.backup_ahead.set_value(None);
    }

    async fn delete_unused_backup(self, key: String) {
        // Not deleted (storage refused), it stays in the list, where the user can delete
        // it; nothing of the workspace is at stake.
        if backup::delete(&key).await.is_ok() {
            self.refresh_backups().await;
        }
    }

    /// The backup from before an import: the one kept while the preview was read, when
    /// nothing changed since and it names this file; else one kept now.
    async fn backup_before_import(self, reason: Reason) -> Result<bool, String> {
        while matches!(
            self.backup_ahead.get_value(),
            Some(BackupAhead::Running(..))
        ) {
            pause(25).await;
        }
        match self.backup_ahead.get_value() {
            Some(BackupAhead::Done(generation, label, kept))
                if generation == self.saver.generation() && label == self.pending_label() =>
            {
                // Now this import's: no longer to be dropped with a preview, and listed.
                self.backup_ahead.set_value(None);
                if matches!(kept, Ok(Some(_))) {
                    self.refresh_backups().await;
                }
                kept.map(|key| key.is_some())
            }
            _ => {
                // Of the workspace before what was typed since, or of another file.
                self.drop_unused_backup();
                self.keep_backup(reason, false)
                    .await
                    .map(|key| key.is_some())
            }
        }
    }
}

/// The user's choice for each conflict, met in the preview's order: the next one is
/// checked first, so thousands of conflicts are not searched once per field.
fn names_keep<'a>(
    next: &'a Cell<usize>,
    changed: &'a [Difference],
    choices: &'a [Side],
) -> impl Fn(&Difference) -> Side + 'a {
    move |d| {
        let at = Some(next.get())
            .filter(|&i| changed.get(i) == Some(d))
            .or_else(|| changed.iter().position(|c| c == d));
        if let Some(i) = at {
            next.set(i + 1);
        }
        at.and_then(|i| choices.get(i).copied())
            .unwrap_or_else(|| d.newer())
    }
}

impl AppState {
    /// Replaces the whole workspace by the pending import, after keeping a backup.
    pub async fn replace_with_import(self, without_backup: bool) -> Result<(), String> {
        self.records_read().await;
        let Some(_working) = self.begin_work() else {
            return Ok(());
        };
        if self.with_pending(|_| ()).is_none() {
            return Ok(());
        }
        let kept = match without_backup {
            true => false,
            false => self.backup_before_import(Reason::Replace).await?,
        };
        let Some(mut theirs) = self.with_pending(|pending| pending.file.workspace.clone()) else {
            return Ok(());
        };
        // The file's user is whoever exported it; this device's user stays who it was.
        theirs.library.user_name = self
            .workspace
            .with_untracked(|w| w.library.user_name.clone());
        let mut summary = String::from("Uw gegevens zijn vervangen door die uit het bestand.");
        summary.push_str(backup_said(kept, without_backup));
        self.saver.replace_now(theirs);
        self.finish_import(summary);
        Ok(())
    }

    /// What a backup before the pending import is labelled with: the file and its sender,
    /// so that several imports in a row stay apart.
    fn pending_label(&self) -> String {
        self.with_pending(|p| match p.file.sender().as_str() {
            "" => format!("‘{}’", p.file_name),
            sender => format!("‘{}’ van {sender}", p.file_name),
        })
        .unwrap_or_default()
    }

    /// Runs `f` on the import waiting for the user's choice, if there is one (without
    /// copying the file's workspace).
    fn with_pending<T>(&self, f: impl FnOnce(&PendingImport) -> T) -> Option<T> {
        self.import.with_untracked(|state| match state {
            ImportState::Ready(pending) => Some(f(pending)),
            _ => None,
        })
    }

    /// Marks an import, a restore or a wipe as running until the guard is dropped; `None`
    /// while one runs already (a double tap).
    fn begin_work(self) -> Option<Working> {
        if self.working.get_untracked() {
            return None;
        }
        self.working.set(true);
        Some(Working(self))
    }

    /// Puts back a backup, keeping the current workspace as a backup first; `true` when it
    /// was (an empty workspace is not kept).
    pub async fn restore_backup(self, key: String) -> Result<bool, String> {
        self.records_read().await;
        let Some(_working) = self.begin_work() else {
            return Ok(false);
        };
        let text = backup::read(&key)
            .await?
            .ok_or("Deze reservekopie bestaat niet meer.")?;
        let workspace = decode(&text).map_err(|e| e.message())?;
        let kept = self.keep_backup(Reason::Restore, false).await?.is_some();
        self.saver.replace_now(workspace);
        Ok(kept)
    }

    /// Deletes one backup.
    pub async fn delete_backup(self, key: String) -> Result<(), String> {
        backup::delete(&key).await?;
        self.refresh_backups().await;
        Ok(())
    }

    /// Keeps the current workspace as a backup (unless it is empty, or the user chose to go
    /// on without one) and lists it; its key when one was kept.
    async fn keep_backup(
        self,
        reason: Reason,
        without_backup: bool,
    ) -> Result<Option<String>, String> {
        let kept = self.write_backup(reason, without_backup).await?;
        Ok(kept.map(|kept| {
            self.show_backups(kept.backups);
            kept.key
        }))
    }

    /// `keep_backup` without listing it: the backup kept while a preview is read is listed
    /// once its import is done.
    async fn write_backup(
        self,
        reason: Reason,
        without_backup: bool,
    ) -> Result<Option<backup::Kept>, String> {
        if self.unreadable.with_untracked(Option::is_some) {
            return Err(
                "Kies eerst bovenaan wat er met de onleesbare gegevens moet gebeuren.".into(),
            );
        }
        let current = self
            .workspace
            .with_untracked(|w| (!without_backup && !w.is_empty()).then(|| encode(w, &now())));
        let Some(text) = current else {
            return Ok(None);
        };
        let label = match reason {
            Reason::Import | Reason::Replace => self.pending_label(),
            Reason::Restore | Reason::OtherTab => String::new(),
        };
        backup::keep_labelled(&text, reason, &label, &now())
            .await
            .map(Some)
            .map_err(|_| NO_ROOM_FOR_BACKUP.to_string())
    }

    /// Reads the list of backups again (after one was kept or removed, and at start-up).
    pub async fn refresh_backups(self) {
        self.show_backups(backup::list().await.unwrap_or_default());
    }

    fn show_backups(self, list: Vec<Backup>) {
        // Not the one kept while a preview is read: no import has followed it yet.
        let unused = match self.backup_ahead.get_value() {
            Some(BackupAhead::Done(_, _, Ok(Some(key)))) => Some(key),
            _ => None,
        };
        let list: Vec<Backup> = list
            .into_iter()
            .filter(|b| Some(&b.key) != unused.as_ref())
            .collect();
        // Unchanged, the list is not drawn again: a confirmation open in it stays open.
        // (The app may have gone meanwhile: a test's owner, a closed page.)
        if self.backups.try_with_untracked(|b| *b != list) == Some(true) {
            self.backups.try_set(list);
        }
    }

    /// Removes everything this app keeps on the device, backups included; another open tab
    /// drops its copy too. Refused (and nothing removed) when storage cannot be written.
    pub async fn wipe(self) -> Result<(), String> {
        self.records_read().await;
        let Some(_working) = self.begin_work() else {
            return Ok(());
        };
        let at = now();
        local::wipe(&at).map_err(|e| e.message())?;
        self.last_export.set(None);
        self.import.set(ImportState::Idle);
        self.saver.wiped_here(&at);
        let cleared = backup::clear().await;
        self.refresh_backups().await;
        cleared.map_err(|reason| {
            format!("Uw gegevens zijn gewist, maar de reservekopieën niet: {reason}")
        })
    }

    /// When the whole workspace was last exported on this device.
    pub(super) fn read_last_export() -> Option<String> {
        local::read(LAST_EXPORT_KEY).ok().flatten()
    }

    /// The school year chosen on this device, if one was.
    pub(super) fn read_school_year() -> Option<SchoolYear> {
        let chosen = local::read(SCHOOL_YEAR_KEY).ok().flatten()?;
        SchoolYear::parse(&chosen).ok()
    }

    /// Works in `year` on this device from now on (`None`: the year today is in). Kept
    /// beside the workspace, not in it: a colleague's file does not change it.
    pub fn choose_school_year(&self, year: Option<SchoolYear>) {
        let kept = match year {
            Some(year) => local::write(SCHOOL_YEAR_KEY, &year.label()),
            None => {
                local::remove(SCHOOL_YEAR_KEY);
                Ok(())
            }
        };
        if let Err(failed) = kept {
            self.notice.set(Some(format!(
                "Het schooljaar geldt tot de app sluit; onthouden lukte niet: {}",
                failed.message()
            )));
        }
        self.school_year.set(year);
    }
}

pub use crate::storage::backup::{Backup, MAX_BACKUPS};
pub use crate::storage::document::STORAGE_LIMIT;
pub use crate::storage::import::{Difference, Side};
pub use crate::storage::versions::{FieldVersions, compare};

/// What the app keeps in this browser's localStorage (the workspace, its parts, set-aside
/// documents), in the UTF-16 units the browser counts; backups are counted apart.
pub fn storage_usage() -> usize {
    local::usage()
}

/// Keys of unreadable documents set aside earlier, oldest first.
pub fn set_aside_keys() -> Vec<String> {
    local::set_aside_keys()
}

/// When a set-aside document was set aside, from its key.
pub fn set_aside_stamp(key: &str) -> &str {
    key.trim_start_matches(local::SET_ASIDE_PREFIX)
}

/// Offers a set-aside document as a download.
pub fn download_set_aside(key: &str, stamp: &str) -> Result<(), String> {
    let text = local::read(key).ok().flatten().unwrap_or_default();
    download_unreadable(&text, stamp.get(..10).unwrap_or(stamp))
}

/// Offers a stored document that could not be read, with the parts it names, as
/// `ouderpartnerschap-onleesbaar-<day>.json`.
pub fn download_unreadable(text: &str, day: &str) -> Result<(), String> {
    let name = format!("ouderpartnerschap-onleesbaar-{day}.json");
    download_json(&name, &local::with_parts(text))
}

//! The app's reactive state: the workspace as a store, loaded from storage at start and
//! saved back as the user types, with the summaries many views read. Components reach it
//! through `use_app_state()` and `use_summaries()`.

mod apply;
mod crash;
mod data;
mod edit;
mod privacy_note;
mod saver;
mod sealed;
mod summaries;
mod team;
mod traces;
mod word;

use leptos::prelude::*;
use reactive_stores::Store;

use crate::browser::clock::now;
use crate::browser::mark;
use crate::model::{
    CatalogueFilter, InstitutionFilter, SchoolYear, Workspace, WorkspaceStoreFields,
};
use crate::storage::layout::Written;
use crate::storage::local::{self, Loaded, SaveError, WORKSPACE_KEY};
use saver::Saver;

#[cfg(feature = "test-hooks")]
pub use crash::TEST_PANIC_EVENT;
pub use crash::install as install_crash_hook;
pub use data::{
    Backup, Difference, FieldVersions, ImportState, MAX_BACKUPS, NO_ROOM_FOR_BACKUP, PendingImport,
    STORAGE_LIMIT, Side, compare, download_set_aside, download_unreadable, set_aside_keys,
    set_aside_stamp, storage_usage,
};
pub use saver::SaveStatus;
pub use sealed::LockedImport;
pub use summaries::{Summaries, provide_summaries, use_summaries};
pub use traces::Traces;

/// A stored document that could not be read, waiting for the user's decision.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub text: String,
    pub message: String,
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// Everything the user records. Views read it through its fields; changes go through
    /// the methods of `edit`, which keep the model's rules and tell the saver.
    pub workspace: Store<Workspace>,
    pub save_status: RwSignal<SaveStatus>,
    pub unreadable: RwSignal<Option<Unreadable>>,
    /// Set while the records of a workspace kept in parts are read, just after start-up:
    /// views that show records say so, and nothing is saved or exported meanwhile.
    pub loading: RwSignal<bool>,
    /// A passing Dutch message for the user (e.g. data updated from another tab).
    pub notice: RwSignal<Option<String>>,
    /// StatusReason the last edit was refused, until the next one is taken: no refusal is silent.
    pub refusal: RwSignal<Option<String>>,
    /// How the institution list is filtered; kept while the app is open.
    pub institution_filter: RwSignal<InstitutionFilter>,
    /// How the catalogue of Bijlage 8 is filtered; kept while the app is open.
    pub catalogue_filter: RwSignal<CatalogueFilter>,
    /// When the whole workspace was last exported (ISO 8601).
    pub last_export: RwSignal<Option<String>>,
    /// The school year chosen to work in on this device; `None`: the one today is in.
    pub school_year: RwSignal<Option<SchoolYear>>,
    /// Whether the reminder at the notes fields is still shown on this device.
    pub privacy_note: RwSignal<bool>,
    /// A file chosen or dropped for import, and what became of it.
    pub import: RwSignal<ImportState>,
    /// The automatic backups, newest first (read again when one is kept or removed).
    pub backups: RwSignal<Vec<Backup>>,
    /// Set while an import, a restore or a wipe runs: a second tap waits for it.
    pub working: RwSignal<bool>,
    /// The backup kept while an import's preview is read (`data::BackupAhead`).
    backup_ahead: StoredValue<Option<data::BackupAhead>>,
    saver: Saver,
}

impl AppState {
    /// Reads the whole workspace, and hears of a change to any of its parts: an edit
    /// notifies the list it changed, not the workspace as a whole, so a view that reads
    /// everything (the Overzicht, the Jaarplanning, a report) tracks each part.
    pub fn read_all<T>(&self, read: impl FnOnce(&Workspace) -> T) -> T {
        let w = self.workspace;
        w.library().track();
        w.steps().track();
        w.self_assessment().track();
        w.institutions().track();
        w.conversations().track();
        w.activities().track();
        w.assessments().track();
        w.moments().track();
        w.people().track();
        w.sessions().track();
        w.deleted().track();
        w.with_untracked(read)
    }

    /// Keeps the unreadable document under a key of its own and starts saving again.
    pub fn set_unreadable_aside(&self) -> Result<(), SaveError> {
        if let Some(found) = self.unreadable.get_untracked() {
            local::set_aside(&found.text, &now())?;
        }
        self.unreadable.set(None);
        self.saver.enable();
        Ok(())
    }

    /// The name to show for the library (tracked).
    pub fn library_name(&self) -> String {
        self.workspace
            .library()
            .with(|l| l.display_name().to_string())
    }
}

/// What start-up found in storage.
#[derive(Default)]
struct Found {
    workspace: Workspace,
    /// The stored parts, what they hold, and whether the document is in the current layout.
    parts: Vec<String>,
    written: Written,
    current: bool,
    unreadable: Option<Unreadable>,
    /// StatusReason storage cannot be used at all.
    failure: Option<String>,
    /// Its records are in parts still to be read (`AppState::read_records`).
    later: bool,
}

impl Found {
    fn from(loaded: Loaded) -> Found {
        match loaded {
            Loaded::Empty => Found {
                current: true,
                ..Found::default()
            },
            Loaded::Workspace(stored) => {
                let stored = *stored;
                let mut workspace = stored.workspace;
                // The store finds records by id: ids shared by mistake become distinct,
                // and are written so in the first pause.
                let current = stored.current && !workspace.separate_duplicate_ids();
                Found {
                    workspace,
                    parts: stored.parts,
                    written: stored.written,
                    current,
                    ..Found::default()
                }
            }
            Loaded::Main(main) => Found {
                workspace: main.without_records(),
                current: true,
                later: true,
                ..Found::default()
            },
            Loaded::Unreadable { text, error } => Found {
                unreadable: Some(Unreadable {
                    text,
                    message: error.message(),
                }),
                current: true,
                ..Found::default()
            },
            Loaded::Unavailable(reason) => Found {
                failure: Some(SaveError::Unavailable(reason).message()),
                current: true,
                ..Found::default()
            },
        }
    }
}

/// Loads the workspace, starts saving it, and provides the state to all components.
///
/// A large workspace is kept in parts (`storage::layout`): then only its main document is
/// read before the first page is drawn, and its records right after (`loading`), so that
/// the app shows itself at once. Until they are there, nothing is saved.
pub fn provide_app_state() -> AppState {
    mark("workspace-load-start");
    let found = Found::from(local::load_main(WORKSPACE_KEY));
    mark("workspace-load-end");
    let workspace = Store::new(found.workspace);
    edit::know_keys(workspace);
    let save_status = RwSignal::new(found.failure.map_or(SaveStatus::Saved, SaveStatus::Failed));
    let notice = RwSignal::new(None);
    // An unreadable document is never overwritten: saving waits for the user's decision.
    let saver = Saver::start(
        workspace,
        save_status,
        notice,
        found.unreadable.is_none(),
        found.parts,
        found.written,
    );
    // A document of an older version (or one mended on reading) is written again in the
    // current layout, in the first pause, so that the next start reads the faster way.
    if !found.current && !workspace.with_untracked(Workspace::is_empty) {
        saver.write_soon();
    }
    crash::remember(workspace, saver);
    let state = AppState {
        workspace,
        save_status,
        unreadable: RwSignal::new(found.unreadable),
        loading: RwSignal::new(found.later),
        notice,
        refusal: RwSignal::new(None),
        institution_filter: RwSignal::new(InstitutionFilter::default()),
        catalogue_filter: RwSignal::new(CatalogueFilter::default()),
        last_export: RwSignal::new(AppState::read_last_export()),
        school_year: RwSignal::new(AppState::read_school_year()),
        privacy_note: RwSignal::new(AppState::read_privacy_note()),
        import: RwSignal::new(ImportState::Idle),
        backups: RwSignal::new(Vec::new()),
        working: RwSignal::new(false),
        backup_ahead: StoredValue::new(None),
        saver,
    };
    provide_context(state);
    if found.later {
        saver.wait_for_records();
        // After the first page is painted: the frame's callback runs before the paint,
        // the task it sets after it.
        request_animation_frame(move || {
            set_timeout(move || state.read_records(), std::time::Duration::ZERO)
        });
    }
    // Backups an earlier version kept in localStorage move out of the workspace's room;
    // after start-up, so that opening IndexedDB does not hold up the first page.
    set_timeout(
        move || {
            leptos::task::spawn_local(async move {
                crate::storage::backup::move_from_local_storage().await;
                state.refresh_backups().await;
            })
        },
        std::time::Duration::from_secs(2),
    );
    state
}

impl AppState {
    /// Reads the records of a workspace kept in parts, after the first page: storage is
    /// read again as it is now (another tab may have saved, or wiped, meanwhile), and what
    /// the user changed meanwhile in the library's own part is kept.
    fn read_records(self) {
        if !self.loading.get_untracked() {
            return;
        }
        mark("records-load-start");
        let found = Found::from(local::load(WORKSPACE_KEY));
        mark("records-load-end");
        let typed_meanwhile = self
            .save_status
            .with_untracked(|s| *s == SaveStatus::Pending);
        let mut next = found.workspace;
        if typed_meanwhile {
            self.workspace.with_untracked(|mine| {
                next.library = mine.library.clone();
                next.steps = mine.steps.clone();
                next.self_assessment = mine.self_assessment.clone();
            });
        }
        if let Some(unreadable) = found.unreadable {
            self.saver.hold();
            self.unreadable.set(Some(unreadable));
        }
        self.saver.records_read(
            next,
            found.parts,
            found.written,
            found.current,
            typed_meanwhile,
        );
        self.loading.set(false);
        mark("records-shown");
    }

    /// Waits until the records are read (an import, a restore or a backup needs them all).
    pub async fn records_read(self) {
        while self.loading.get_untracked() {
            crate::browser::clock::pause(25).await;
        }
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

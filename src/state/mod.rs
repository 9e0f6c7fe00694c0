//! The app's reactive state: the workspace as a store, loaded from storage at start and
//! saved back as the user types, with the summaries many views read. Components reach it
//! through `use_app_state()` and `use_summaries()`.

mod apply;
mod crash;
mod data;
mod edit;
mod saver;
mod summaries;

use leptos::prelude::*;
use reactive_stores::Store;

use crate::browser::clock::now;
use crate::model::{CatalogueFilter, InstitutionFilter, Workspace, WorkspaceStoreFields};
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
pub use summaries::{Summaries, provide_summaries, use_summaries};

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
    /// A passing Dutch message for the user (e.g. data updated from another tab).
    pub notice: RwSignal<Option<String>>,
    /// Why the last edit was refused, until the next one is taken: no refusal is silent.
    pub refusal: RwSignal<Option<String>>,
    /// How the institution list is filtered; kept while the app is open.
    pub institution_filter: RwSignal<InstitutionFilter>,
    /// How the catalogue of Bijlage 8 is filtered; kept while the app is open.
    pub catalogue_filter: RwSignal<CatalogueFilter>,
    /// When the whole workspace was last exported (ISO 8601).
    pub last_export: RwSignal<Option<String>>,
    /// A file chosen or dropped for import, and what became of it.
    pub import: RwSignal<ImportState>,
    /// The automatic backups, newest first (read again when one is kept or removed).
    pub backups: RwSignal<Vec<Backup>>,
    /// Set while an import, a restore or a wipe runs: a second tap waits for it.
    pub working: RwSignal<bool>,
    saver: Saver,
}

impl AppState {
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

/// Loads the workspace, starts saving it, and provides the state to all components.
pub fn provide_app_state() -> AppState {
    mark("workspace-load-start");
    let loaded = local::load(WORKSPACE_KEY);
    mark("workspace-load-end");
    let mut stored = None;
    let (workspace, unreadable, failure) = match loaded {
        Loaded::Empty => (Workspace::default(), None, None),
        Loaded::Workspace(found) => {
            let found = *found;
            let mut workspace = found.workspace;
            // The store finds records by id: ids shared by mistake become distinct, and
            // are written so in the first pause.
            let current = found.current && !workspace.separate_duplicate_ids();
            stored = Some((found.parts, found.written, current));
            (workspace, None, None)
        }
        Loaded::Unreadable { text, error } => (
            Workspace::default(),
            Some(Unreadable {
                text,
                message: error.message(),
            }),
            None,
        ),
        Loaded::Unavailable(reason) => (
            Workspace::default(),
            None,
            Some(SaveError::Unavailable(reason).message()),
        ),
    };
    let workspace = Store::new(workspace);
    let save_status = RwSignal::new(failure.map_or(SaveStatus::Saved, SaveStatus::Failed));
    let notice = RwSignal::new(None);
    let (parts, written, current) = stored.unwrap_or_default();
    // An unreadable document is never overwritten: saving waits for the user's decision.
    let saver = Saver::start(
        workspace,
        save_status,
        notice,
        unreadable.is_none(),
        parts,
        written,
    );
    // A document of an older version (or one mended on reading) is written again in the
    // current layout, in the first pause, so that the next start reads the faster way.
    if !current && !workspace.with_untracked(Workspace::is_empty) {
        saver.write_soon();
    }
    crash::remember(workspace, saver);
    let state = AppState {
        workspace,
        save_status,
        unreadable: RwSignal::new(unreadable),
        notice,
        refusal: RwSignal::new(None),
        institution_filter: RwSignal::new(InstitutionFilter::default()),
        catalogue_filter: RwSignal::new(CatalogueFilter::default()),
        last_export: RwSignal::new(AppState::read_last_export()),
        import: RwSignal::new(ImportState::Idle),
        backups: RwSignal::new(Vec::new()),
        working: RwSignal::new(false),
        saver,
    };
    provide_context(state);
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

/// A mark on the page's performance timeline: the benchmark times reading the stored
/// workspace between two of them.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // A missing mark only leaves the benchmark without a figure.
        performance.mark(name).ok();
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

//! The app's reactive state: one workspace signal, loaded from storage at start and saved
//! back as the user types. Components reach it through `use_app_state()`.

mod crash;
mod data;
mod router;
mod saver;

use leptos::prelude::*;

use crate::content::CatalogueEntry;
use crate::model::{
    Activity, Assessment, CatalogueFilter, Conversation, ConversationKind, Institution,
    InstitutionFilter, InstitutionKind, InvalidInput, StepField, Workspace,
    activity_from_assessment,
};
use crate::storage::local::{self, Loaded, SaveError, WORKSPACE_KEY};
use saver::Saver;

pub use crash::{TEST_PANIC_EVENT, install as install_crash_hook};
pub use data::{
    Backup, Difference, FieldVersions, ImportState, MAX_BACKUPS, NO_ROOM_FOR_BACKUP, PendingImport,
    STORAGE_LIMIT, Side, compare, download_set_aside, download_unreadable, set_aside_keys,
    set_aside_stamp, storage_usage,
};
pub use router::{Navigator, provide_navigator, use_navigator};
pub use saver::SaveStatus;

/// A stored document that could not be read, waiting for the user's decision.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub text: String,
    pub message: String,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
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

/// The current time as ISO 8601 (UTC), from the browser's clock: for time stamps.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's date where the user is, `jjjj-mm-dd`: for dates shown, filed and compared with
/// the user's own dates (a UTC date is yesterday's in the Netherlands until 1 or 2 a.m.).
pub fn today() -> String {
    local_date(&js_sys::Date::new_0())
}

/// The date where the user is of a time stamp (ISO 8601), `jjjj-mm-dd`.
pub fn local_day(stamp: &str) -> String {
    let date = js_sys::Date::new(&stamp.into());
    if date.get_time().is_nan() {
        return stamp.chars().take(10).collect();
    }
    local_date(&date)
}

/// A time stamp (ISO 8601) as the user reads it where they are: `dd-mm-jjjj uu:mm`.
pub fn local_moment(stamp: &str) -> String {
    let date = js_sys::Date::new(&stamp.into());
    if date.get_time().is_nan() {
        return stamp.to_string();
    }
    format!(
        "{} {:02}:{:02}",
        crate::model::format_date(&local_date(&date)),
        date.get_hours(),
        date.get_minutes()
    )
}

/// `local_moment` with the seconds: `dd-mm-jjjj uu:mm:ss`.
pub fn local_moment_seconds(stamp: &str) -> String {
    let date = js_sys::Date::new(&stamp.into());
    if date.get_time().is_nan() {
        return stamp.to_string();
    }
    format!("{}:{:02}", local_moment(stamp), date.get_seconds())
}

fn local_date(date: &js_sys::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// A fresh unique id for a record: time plus randomness, so ids made on two devices differ.
pub fn new_id(prefix: &str) -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    format!("{prefix}-{time:x}-{random:x}")
}

impl AppState {
    /// Runs a model change with the current time; subscribers hear of it only when it is
    /// accepted, so a refused edit neither re-renders nor saves.
    pub fn change<T>(
        &self,
        change: impl FnOnce(&mut Workspace, &str) -> Result<T, InvalidInput>,
    ) -> Result<T, InvalidInput> {
        let now = now();
        let mut result = Err(InvalidInput(
            "De app is net opnieuw gestart; probeer het nog eens.".into(),
        ));
        self.workspace
            .update_untracked(|w| result = change(w, &now));
        if result.is_ok() {
            self.workspace.notify();
            if self.refusal.with_untracked(Option::is_some) {
                self.refusal.set(None);
            }
        }
        result
    }

    /// Shows a refusal where the caller has no place of its own to show it: in the banner
    /// at the bottom of the screen, so that no refusal is silent.
    pub fn tell<T>(&self, result: Result<T, InvalidInput>) {
        if let Err(refused) = result {
            self.refusal.set(Some(refused.0));
        }
    }

    /// Edits the library's progress on a step.
    pub fn apply_step(&self, step_id: &str, field: StepField) -> Result<(), InvalidInput> {
        self.change(|w, now| w.apply_step(step_id, field, now))
    }

    /// Edits an institution; the edit may refuse with a Dutch reason.
    pub fn update_institution(
        &self,
        id: &str,
        edit: impl FnOnce(&mut Institution) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.change(|w, now| w.update_institution(id, now, edit))
    }

    /// Edits an institution's progress on step 8–12.
    pub fn apply_institution_step(
        &self,
        id: &str,
        step_id: &str,
        field: StepField,
    ) -> Result<(), InvalidInput> {
        self.change(|w, now| w.update_institution(id, now, |i| i.apply_step(step_id, field, now)))
    }

    /// Adds an institution and returns its new id.
    pub fn add_institution(
        &self,
        name: &str,
        kind: InstitutionKind,
    ) -> Result<String, InvalidInput> {
        let id = new_id("instelling");
        self.change(|w, now| w.add_institution(Institution::new(&id, name, kind, now)?))?;
        Ok(id)
    }

    /// Starts a conversation (with an institution, or the library's own for steps 2 and 3)
    /// and returns its id.
    pub fn add_conversation(
        &self,
        kind: ConversationKind,
        institution_id: Option<&str>,
    ) -> Result<String, InvalidInput> {
        let id = new_id("gesprek");
        self.change(|w, now| {
            let mut conversation = Conversation::new(&id, kind, institution_id, now);
            conversation.date = today();
            conversation.held_by = w.library.user_name.trim().to_string();
            if let (true, Some(institution)) = (kind.uses_parties(), institution_id) {
                conversation.parties = w.parties_for(institution);
            }
            w.add_conversation(conversation)
        })?;
        Ok(id)
    }

    pub fn update_conversation(
        &self,
        id: &str,
        edit: impl FnOnce(&mut Conversation) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.change(|w, now| w.update_conversation(id, now, edit))
    }

    /// Adds the conversation's agreements to the planning form; returns how many rows.
    pub fn plan_agreements(&self, conversation_id: &str) -> Result<usize, InvalidInput> {
        self.change(|w, now| w.plan_agreements(conversation_id, || new_id("activiteit"), now))
    }

    /// Adds an empty row to an institution's planning form and returns its id.
    pub fn add_activity(&self, institution_id: &str) -> Result<String, InvalidInput> {
        let id = new_id("activiteit");
        self.change(|w, now| {
            w.add_activity(Activity {
                id: id.clone(),
                institution_id: institution_id.to_string(),
                created_at: now.to_string(),
                updated_at: now.to_string(),
                ..Default::default()
            })
        })?;
        Ok(id)
    }

    pub fn update_activity(
        &self,
        id: &str,
        edit: impl FnOnce(&mut Activity) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.change(|w, now| w.update_activity(id, now, edit))
    }

    /// Starts an assessment, empty or from a catalogue entry, and returns its id.
    pub fn add_assessment(
        &self,
        from: Option<&'static CatalogueEntry>,
    ) -> Result<String, InvalidInput> {
        let id = new_id("beoordeling");
        self.change(|w, now| {
            w.add_assessment(match from {
                Some(entry) => Assessment::from_catalogue(entry, &id, now),
                None => Assessment::new(&id, "Nieuw project", now),
            })
        })?;
        Ok(id)
    }

    pub fn update_assessment(
        &self,
        id: &str,
        edit: impl FnOnce(&mut Assessment) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.change(|w, now| w.update_assessment(id, now, edit))
    }

    /// Adds an assessed project to its institution's planning form; returns the row's id.
    pub fn plan_assessment(&self, assessment_id: &str) -> Result<String, InvalidInput> {
        let id = new_id("activiteit");
        self.change(|w, now| {
            let assessment = w
                .assessment(assessment_id)
                .ok_or_else(|| InvalidInput("Deze beoordeling bestaat niet (meer).".into()))?;
            let institution = assessment.institution_id.clone().ok_or_else(|| {
                InvalidInput("Koppel de beoordeling eerst aan een instelling.".into())
            })?;
            // A second tap (or a double click) must not plan the project twice.
            if w.activities_of(&institution)
                .iter()
                .any(|a| a.activity == assessment.name)
            {
                return Err(InvalidInput(
                    "Dit project staat al op het planningsformulier van deze instelling.".into(),
                ));
            }
            let activity = activity_from_assessment(assessment, id.clone(), &institution, now);
            w.add_activity(activity)
        })?;
        Ok(id)
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
}

/// Loads the workspace, starts saving it, and provides the state to all components.
pub fn provide_app_state() -> AppState {
    let mut stored_parts = Vec::new();
    let mut outdated = false;
    mark("workspace-load-start");
    let loaded = local::load(WORKSPACE_KEY);
    mark("workspace-load-end");
    let (workspace, unreadable, failure) = match loaded {
        Loaded::Empty => (Workspace::default(), None, None),
        Loaded::Workspace(stored) => {
            stored_parts = stored.parts;
            outdated = !stored.current;
            (stored.workspace, None, None)
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
    let workspace = RwSignal::new(workspace);
    let save_status = RwSignal::new(failure.map_or(SaveStatus::Saved, SaveStatus::Failed));
    // An unreadable document is never overwritten: saving waits for the user's decision.
    let notice = RwSignal::new(None);
    let saver = Saver::start(
        workspace,
        save_status,
        notice,
        unreadable.is_none(),
        stored_parts,
    );
    // A document of an older version is written again in the current layout, in the
    // first pause, so that the next start reads the faster way.
    if outdated {
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

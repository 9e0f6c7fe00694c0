//! Every change the user makes: applied to the store by the model's rules, so that only the
//! views of what changed hear of it, and told to the saver, so that only that is written.
//!
//! An edit of one record replaces that record in its keyed list; changes that add, remove
//! or move records change the lists as a whole. A refused change touches nothing and says
//! why; an accepted one clears the last refusal shown.

use leptos::prelude::*;
use reactive_stores::{KeyedSubfield, Store};

use crate::browser::clock::{new_id, now};
use crate::content::{CatalogueEntry, PLANNING_EXAMPLES, step_by_id};
use crate::model::{
    Activity, ActivityField, Assessment, AssessmentField, Conversation, ConversationField,
    ConversationKind, Institution, InstitutionField, InstitutionKind, InvalidInput, Kind, Library,
    Moment, MomentField, NewYearStarted, Person, Record, SchoolYear, Session, StepField, Workspace,
    WorkspaceStoreFields, activity_from_assessment, activity_from_example, edited, progress_of,
};

use super::AppState;

/// A kind of record with its keyed list in the store.
pub(super) trait StoredRecord: Record + Send + Sync {
    fn in_store(
        workspace: Store<Workspace>,
    ) -> KeyedSubfield<Store<Workspace>, Workspace, String, Vec<Self>>;
}

macro_rules! stored_record {
    ($type:ty, $list:ident) => {
        impl StoredRecord for $type {
            fn in_store(
                workspace: Store<Workspace>,
            ) -> KeyedSubfield<Store<Workspace>, Workspace, String, Vec<Self>> {
                workspace.$list()
            }
        }
    };
}

stored_record!(Institution, institutions);
stored_record!(Conversation, conversations);
stored_record!(Activity, activities);
stored_record!(Assessment, assessments);
stored_record!(Moment, moments);
stored_record!(Person, people);
stored_record!(Session, sessions);

/// Makes each record list of the store know its records' keys: a row written through its
/// key before that is written nowhere, without a word (reactive_stores 0.4.4).
pub(super) fn know_keys(workspace: Store<Workspace>) {
    Institution::in_store(workspace).update_keys();
    Conversation::in_store(workspace).update_keys();
    Activity::in_store(workspace).update_keys();
    Assessment::in_store(workspace).update_keys();
    Moment::in_store(workspace).update_keys();
    Person::in_store(workspace).update_keys();
    Session::in_store(workspace).update_keys();
}

impl AppState {
    /// Shows a refusal where the caller has no place of its own to show it: in the banner
    /// at the bottom of the screen, so that no refusal is silent.
    pub fn show_refusal<T>(&self, result: Result<T, InvalidInput>) {
        if let Err(refused) = result {
            self.refusal.set(Some(refused.0));
        }
    }

    /// After an accepted change, the last refusal no longer applies.
    fn accepted(&self) {
        if self.refusal.with_untracked(Option::is_some) {
            self.refusal.set(None);
        }
    }

    /// Changes one field of one record; only the views of that record and of its list hear
    /// of it.
    pub(super) fn edit_record<T: StoredRecord>(
        &self,
        id: &str,
        field: T::Field,
        change: impl FnOnce(&mut T, &str) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        let now = now();
        let row = T::in_store(self.workspace).at_key(id.to_string());
        let next = row
            .try_with_untracked(|record| edited(record, field, &now, |r| change(r, &now)))
            .ok_or_else(|| InvalidInput(T::MISSING.into()))??;
        if let Some(next) = next {
            row.set(next);
            self.saver.changed(|c| c.record::<T>(id));
            self.accepted();
        }
        Ok(())
    }

    pub fn edit_institution(
        &self,
        id: &str,
        field: InstitutionField,
        change: impl FnOnce(&mut Institution) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.edit_record(id, field, |i, _| change(i))
    }

    /// Edits an institution's progress on step 8–12.
    pub fn edit_institution_step(
        &self,
        id: &str,
        step_id: &str,
        field: StepField,
    ) -> Result<(), InvalidInput> {
        self.edit_record::<Institution>(id, InstitutionField::Steps, |i, now| {
            i.apply_step(step_id, field, now)
        })
    }

    pub fn edit_conversation(
        &self,
        id: &str,
        field: ConversationField,
        change: impl FnOnce(&mut Conversation) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.edit_record(id, field, |c, _| change(c))
    }

    pub fn edit_activity(
        &self,
        id: &str,
        field: ActivityField,
        change: impl FnOnce(&mut Activity) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.edit_record(id, field, |a, _| change(a))
    }

    pub fn edit_assessment(
        &self,
        id: &str,
        field: AssessmentField,
        change: impl FnOnce(&mut Assessment) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.edit_record(id, field, |a, _| change(a))
    }

    /// Edits the library's progress on a step. Unknown step ids are refused so that a
    /// typo cannot create a phantom step.
    pub fn edit_step(&self, step_id: &str, field: StepField) -> Result<(), InvalidInput> {
        if step_by_id(step_id).is_none() {
            return Err(InvalidInput(format!("Stap ‘{step_id}’ bestaat niet.")));
        }
        let steps = self.workspace.steps();
        let mut progress = steps.with_untracked(|s| progress_of(s, step_id));
        let before = progress.clone();
        progress.apply(field, &now())?;
        if progress != before {
            steps.update(|s| {
                s.insert(step_id.to_string(), progress);
            });
            self.saver.changed(|_| ());
            self.accepted();
        }
        Ok(())
    }

    /// Changes who is working: the library's name and the user's.
    pub fn edit_library(&self, change: impl FnOnce(&mut Library)) {
        let library = self.workspace.library();
        let mut next = library.get_untracked();
        change(&mut next);
        if library.with_untracked(|l| *l != next) {
            library.set(next);
            self.saver.changed(|_| ());
        }
    }

    /// Changes the record lists as a whole: adding, deleting or moving records, which may
    /// reach several lists (`lists`). Rarer than edits, so every view of those lists hears
    /// of it.
    pub(super) fn change_lists<T>(
        &self,
        lists: &[Kind],
        change: impl FnOnce(&mut Workspace, &str) -> Result<T, InvalidInput>,
    ) -> Result<T, InvalidInput> {
        if self.loading.get_untracked() {
            return Err(InvalidInput(super::data::STILL_LOADING.into()));
        }
        let now = now();
        let result = {
            let Some(mut workspace) = self.workspace.try_write_untracked() else {
                return Err(InvalidInput(
                    "De app is net opnieuw gestart; probeer het nog eens.".into(),
                ));
            };
            change(&mut workspace, &now)
        };
        if result.is_ok() {
            for kind in lists {
                self.notify_list(*kind);
            }
            self.workspace.deleted().notify();
            self.saver
                .changed(|c| lists.iter().for_each(|kind| c.kind(*kind)));
            self.accepted();
        }
        result
    }

    /// Tells the views of one record list that it changed as a whole.
    fn notify_list(&self, kind: Kind) {
        fn renew<T: StoredRecord>(workspace: Store<Workspace>) {
            let list = T::in_store(workspace);
            list.update_keys();
            list.notify();
        }
        match kind {
            Kind::Institution => renew::<Institution>(self.workspace),
            Kind::Conversation => renew::<Conversation>(self.workspace),
            Kind::Activity => renew::<Activity>(self.workspace),
            Kind::Assessment => renew::<Assessment>(self.workspace),
            Kind::Moment => renew::<Moment>(self.workspace),
            Kind::Person => renew::<Person>(self.workspace),
            Kind::Session => renew::<Session>(self.workspace),
            Kind::Step => self.workspace.steps().notify(),
        }
    }

    /// Adds an institution and returns its new id. Where the device's user is named, they
    /// are its leesconsulent until someone else is chosen.
    pub fn add_institution(
        &self,
        name: &str,
        kind: InstitutionKind,
    ) -> Result<String, InvalidInput> {
        let id = new_id("instelling");
        self.change_lists(&[Kind::Institution, Kind::Person], |w, now| {
            let mut institution = Institution::new(&id, name, kind, now)?;
            let user = w.library.user_name.clone();
            institution.consultant = w.person_for_name(&user, now).unwrap_or_default();
            w.add_institution(institution)
        })?;
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
        let today = crate::browser::clock::today();
        self.change_lists(&[Kind::Conversation], |w, now| {
            let mut conversation = Conversation::new(&id, kind, institution_id, now);
            conversation.date = today;
            conversation.held_by = w.library.user_name.trim().to_string();
            if let (true, Some(institution)) = (kind.uses_parties(), institution_id) {
                conversation.parties = w.parties_for(institution);
            }
            w.add_conversation(conversation)
        })?;
        Ok(id)
    }

    /// Takes away a conversation that nothing was typed into (`Conversation::is_untouched`):
    /// one tap started it, and leaving it unchanged leaves no empty record behind.
    pub fn discard_untouched_conversation(&self, id: &str) {
        let untouched = Conversation::in_store(self.workspace)
            .with_untracked(|all| all.iter().any(|c| c.id == id && c.is_untouched()));
        if untouched {
            let discarded = self.change_lists(&[Kind::Conversation], |w, _| {
                w.conversations.retain(|c| c.id != id);
                Ok(())
            });
            self.show_refusal(discarded);
        }
    }

    /// Adds the conversation's agreements to the planning form; returns how many rows.
    pub fn plan_agreements(&self, conversation_id: &str) -> Result<usize, InvalidInput> {
        self.change_lists(&[Kind::Activity], |w, now| {
            w.plan_agreements(conversation_id, || new_id("activiteit"), now)
        })
    }

    /// Adds an empty row to an institution's plan for `year` and returns its id.
    pub fn add_activity(
        &self,
        institution_id: &str,
        year: SchoolYear,
    ) -> Result<String, InvalidInput> {
        let id = new_id("activiteit");
        self.change_lists(&[Kind::Activity], |w, now| {
            w.add_activity(Activity {
                id: id.clone(),
                institution_id: institution_id.to_string(),
                school_year: year.label(),
                created_at: now.to_string(),
                updated_at: now.to_string(),
                ..Default::default()
            })
        })?;
        Ok(id)
    }

    /// Adds the guide's filled-in example (Bijlage 6) to an institution's plan for `year`.
    pub fn add_planning_examples(
        &self,
        institution_id: &str,
        year: SchoolYear,
    ) -> Result<(), InvalidInput> {
        self.change_lists(&[Kind::Activity], |w, now| {
            for example in PLANNING_EXAMPLES.iter() {
                let id = new_id("activiteit");
                let mut row = activity_from_example(example, id, institution_id, now);
                row.school_year = year.label();
                w.add_activity(row)?;
            }
            Ok(())
        })
    }

    /// Adds one of the consultant's own fixed moments and returns its id.
    pub fn add_moment(&self, name: &str, month: u8, day: u8) -> Result<String, InvalidInput> {
        let id = new_id("moment");
        self.change_lists(&[Kind::Moment], |w, now| {
            w.add_moment(Moment {
                id: id.clone(),
                name: name.trim().to_string(),
                month,
                day,
                created_at: now.to_string(),
                updated_at: now.to_string(),
                ..Default::default()
            })
        })?;
        Ok(id)
    }

    pub fn edit_moment(
        &self,
        id: &str,
        field: MomentField,
        change: impl FnOnce(&mut Moment) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.edit_record(id, field, |m, _| change(m))
    }

    pub fn delete_moment(&self, id: &str) {
        let deleted = self.change_lists(&[Kind::Moment], |w, now| {
            w.delete_moment(id, now);
            Ok(())
        });
        self.show_refusal(deleted);
    }

    /// *Nieuw schooljaar starten* for one institution, from its plan of `from`.
    pub fn start_new_year(
        &self,
        institution_id: &str,
        from: SchoolYear,
    ) -> Result<NewYearStarted, InvalidInput> {
        self.change_lists(&[Kind::Activity, Kind::Institution], |w, now| {
            w.start_new_year(institution_id, from, || new_id("activiteit"), now)
        })
    }

    /// *Nieuw schooljaar starten* for every institution in `from`.
    pub fn start_new_year_for_all(&self, from: SchoolYear) -> Result<NewYearStarted, InvalidInput> {
        self.change_lists(&[Kind::Activity, Kind::Institution], |w, now| {
            w.start_new_year_for_all(from, || new_id("activiteit"), now)
        })
    }

    /// Removes a planning row; returns it with its place so that it can be put back.
    pub fn delete_activity(&self, id: &str) -> Result<Option<(usize, Activity)>, InvalidInput> {
        self.change_lists(&[Kind::Activity], |w, now| Ok(w.delete_activity(id, now)))
    }

    /// Puts a deleted planning row back where it was.
    pub fn restore_activity(&self, index: usize, activity: Activity) {
        let restored = self.change_lists(&[Kind::Activity], |w, _| {
            w.restore_activity(index, activity);
            Ok(())
        });
        self.show_refusal(restored);
    }

    /// Moves a planning row one place up or down within its form.
    pub fn move_activity(&self, id: &str, up: bool) {
        let moved = self.change_lists(&[Kind::Activity], |w, _| {
            w.move_activity(id, up);
            Ok(())
        });
        self.show_refusal(moved);
    }

    /// Starts an assessment, empty or from a catalogue entry, and returns its id.
    pub fn add_assessment(
        &self,
        from: Option<&'static CatalogueEntry>,
    ) -> Result<String, InvalidInput> {
        let id = new_id("beoordeling");
        self.change_lists(&[Kind::Assessment], |w, now| {
            w.add_assessment(match from {
                Some(entry) => Assessment::from_catalogue(entry, &id, now),
                None => Assessment::new(&id, "Nieuw project", now),
            })
        })?;
        Ok(id)
    }

    /// Adds an assessed project to its institution's planning form; returns the row's id.
    pub fn plan_assessment(&self, assessment_id: &str) -> Result<String, InvalidInput> {
        let id = new_id("activiteit");
        self.change_lists(&[Kind::Activity], |w, now| {
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

    /// Deletes an institution with its conversations and planning form, and every link to it.
    pub fn delete_institution(&self, id: &str) {
        let all = [
            Kind::Institution,
            Kind::Conversation,
            Kind::Activity,
            Kind::Assessment,
        ];
        let deleted = self.change_lists(&all, |w, now| {
            w.delete_institution(id, now);
            Ok(())
        });
        self.show_refusal(deleted);
    }

    pub fn delete_conversation(&self, id: &str) {
        let deleted = self.change_lists(&[Kind::Conversation], |w, now| {
            w.delete_conversation(id, now);
            Ok(())
        });
        self.show_refusal(deleted);
    }

    pub fn delete_assessment(&self, id: &str) {
        let deleted = self.change_lists(&[Kind::Assessment], |w, now| {
            w.delete_assessment(id, now);
            Ok(())
        });
        self.show_refusal(deleted);
    }

    /// Links two institutions both ways (a *doorgaande lijn*).
    pub fn link(&self, a: &str, b: &str) -> Result<(), InvalidInput> {
        self.change_lists(&[Kind::Institution], |w, now| w.link(a, b, now))
    }

    pub fn unlink(&self, a: &str, b: &str) {
        let unlinked = self.change_lists(&[Kind::Institution], |w, now| {
            w.unlink(a, b, now);
            Ok(())
        });
        self.show_refusal(unlinked);
    }
}

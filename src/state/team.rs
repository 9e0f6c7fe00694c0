//! Changes to the team: its people, their self-assessments, the sessions of steps 4 and 5,
//! and joining two records of one school.

use leptos::prelude::*;

use crate::browser::clock::{new_id, today};
use crate::model::{
    InvalidInput, Kind, Person, PersonField, PersonRemoved, PersonRole, Session, SessionField,
    SessionKind, WorkspaceStoreFields, fold_for_search,
};

use super::AppState;

impl AppState {
    /// Everyone in the team as (id, name), by name as people read it: what every choice of
    /// a person offers.
    pub fn people_by_name(&self) -> Memo<Vec<(String, String)>> {
        let people = self.workspace.people();
        Memo::new(move |_| {
            people.with(|all| {
                let mut all: Vec<(String, String)> =
                    all.iter().map(|p| (p.id.clone(), p.name.clone())).collect();
                all.sort_by_key(|(_, name)| fold_for_search(name));
                all
            })
        })
    }

    /// Adds a person to the team and returns their id.
    pub fn add_person(&self, name: &str, role: PersonRole) -> Result<String, InvalidInput> {
        let id = new_id("persoon");
        self.change_lists(&[Kind::Person], |w, now| {
            w.add_person(Person::new(&id, name, role, now)?)
        })?;
        Ok(id)
    }

    /// Changes a person; a name someone else in the team has is refused.
    pub fn edit_person(
        &self,
        id: &str,
        field: PersonField,
        change: impl FnOnce(&mut Person) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.edit_record::<Person>(id, field, move |p, _| {
            change(p)?;
            let taken = self
                .workspace
                .with_untracked(|w| w.person_named(&p.name).is_some_and(|o| o.id != p.id));
            match taken {
                true => Err(InvalidInput(format!(
                    "Er is al iemand met de naam ‘{}’ in het team. Voeg iets toe om hen uit \
                     elkaar te houden, zoals een voorletter of de vestiging.",
                    p.name.trim()
                ))),
                false => Ok(()),
            }
        })
    }

    /// Records whether a person meets a competence of the profile (Bijlage 1), dated today.
    pub fn set_competence(
        &self,
        person_id: &str,
        competence: &str,
        met: bool,
    ) -> Result<(), InvalidInput> {
        let today = today();
        self.edit_record::<Person>(person_id, PersonField::Competences, |p, _| {
            p.set_competence(competence, met, &today)
        })
    }

    /// Deletes a person; their schools stay, without a leesconsulent.
    pub fn delete_person(&self, id: &str) -> Result<PersonRemoved, InvalidInput> {
        self.change_lists(
            &[Kind::Person, Kind::Institution, Kind::Session],
            |w, now| Ok(w.delete_person(id, now)),
        )
    }

    /// Adds a session to step 4 or 5 and returns its id.
    pub fn add_session(&self, kind: SessionKind) -> Result<String, InvalidInput> {
        let id = new_id("bijeenkomst");
        self.change_lists(&[Kind::Session], |w, now| {
            w.add_session(Session {
                id: id.clone(),
                kind,
                created_at: now.to_string(),
                updated_at: now.to_string(),
                ..Default::default()
            })
        })?;
        Ok(id)
    }

    pub fn edit_session(
        &self,
        id: &str,
        field: SessionField,
        change: impl FnOnce(&mut Session) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        self.edit_record(id, field, |s, _| change(s))
    }

    pub fn delete_session(&self, id: &str) {
        let deleted = self.change_lists(&[Kind::Session], |w, now| {
            w.delete_session(id, now);
            Ok(())
        });
        self.show_refusal(deleted);
    }

    /// Joins institution `from` into `into` (one school under two records); returns how
    /// many records moved.
    pub fn join_institution(&self, from: &str, into: &str) -> Result<usize, InvalidInput> {
        let lists = [
            Kind::Institution,
            Kind::Conversation,
            Kind::Activity,
            Kind::Assessment,
        ];
        self.change_lists(&lists, |w, now| w.join_institution(from, into, now))
    }
}

impl AppState {
    /// Joins person `from` into `into` (one person under two spellings).
    pub fn join_person(&self, from: &str, into: &str) -> Result<(), InvalidInput> {
        self.change_lists(
            &[Kind::Person, Kind::Institution, Kind::Session],
            |w, now| w.join_person(from, into, now),
        )
    }
}

impl AppState {
    /// Adds the device's user (the name typed at Gegevens) to the team in `role`, when not
    /// in it yet.
    pub fn add_user_to_team(&self, role: PersonRole) -> Result<(), InvalidInput> {
        self.change_lists(&[Kind::Person], |w, now| {
            // In it already (a second tap): nothing to add, and their role stays theirs.
            if w.user().is_some() {
                return Ok(());
            }
            let name = w.library.user_name.clone();
            let id = w
                .person_for_name(&name, now)
                .ok_or_else(|| InvalidInput("Vul eerst bij Gegevens uw naam in.".into()))?;
            // The role they are made with, not an edit of it.
            if let Some(made) = w.people.iter_mut().find(|p| p.id == id) {
                made.role = role;
            }
            Ok(())
        })
    }
}

//! The team in the workspace: its people, who supports which school, and the sessions of
//! steps 4 and 5.

use super::records::Record;
use super::{
    ConversationStatus, Institution, InstitutionField, InvalidInput, Person, PersonField,
    PersonRole, Session, SessionField, SessionKind, Workspace, edit, person_id_for, same_name,
};

/// What deleting a person changed: the schools that no longer have a leesconsulent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonRemoved {
    pub schools: Vec<String>,
}

/// Step 6 across the team in one line: how many of the `consultants` leesconsulenten meet
/// the competence profile, the verb agreeing with that number ("1 … voldoet", "2 … voldoen").
pub fn profile_verdict(consultants: usize, meeting: usize) -> String {
    match (consultants, meeting) {
        (0, _) => "Er staan nog geen leesconsulenten in het team. Voeg ze toe bij Team; dan ziet u hier per leesconsulent hoever de scholing is.".to_string(),
        (1, 1) => "De leesconsulent voldoet aan het competentieprofiel: volgens de handreiking is stap 6 klaar.".to_string(),
        (1, _) => "De leesconsulent voldoet nog niet aan het competentieprofiel. Stap 6 is klaar als die eraan voldoet.".to_string(),
        (n, m) if m == n => format!("Alle {n} leesconsulenten voldoen aan het competentieprofiel: volgens de handreiking is stap 6 klaar."),
        (n, m) => format!(
            "{m} van de {n} leesconsulenten {} aan het competentieprofiel. Stap 6 is klaar als iedereen eraan voldoet.",
            if m == 1 { "voldoet" } else { "voldoen" }
        ),
    }
}

impl Workspace {
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The person of that name, as people type names (`same_name`).
    pub fn person_named(&self, name: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.is_called(name))
    }

    /// The person using this device: the team member named as the library's user.
    pub fn user(&self) -> Option<&Person> {
        self.person_named(&self.library.user_name)
    }

    /// The name of an institution's leesconsulent; empty when it has none.
    pub fn consultant_name(&self, institution: &Institution) -> &str {
        match institution.consultant.as_str() {
            "" => "",
            id => self
                .person(id)
                .map_or("(niet meer in het team)", |p| &p.name),
        }
    }

    /// The institutions a person supports as leesconsulent, archived ones included.
    pub fn schools_of<'a>(&'a self, person_id: &'a str) -> impl Iterator<Item = &'a Institution> {
        self.institutions
            .iter()
            .filter(move |i| i.consultant == person_id)
    }

    /// The sessions of one step (4: trainings, 5: informing), by date; unplanned last.
    pub fn sessions_of(&self, kind: SessionKind) -> Vec<&Session> {
        let mut sessions: Vec<&Session> = self.sessions.iter().filter(|s| s.kind == kind).collect();
        sessions.sort_by(|a, b| (a.date.is_empty(), &a.date).cmp(&(b.date.is_empty(), &b.date)));
        sessions
    }

    /// The leesconsulenten, for step 6: each must meet the competence profile.
    pub fn consultants(&self) -> impl Iterator<Item = &Person> {
        self.people
            .iter()
            .filter(|p| p.role == PersonRole::Leesconsulent)
    }

    /// Step 6 as the guide ends it: there are leesconsulenten, and all meet the profile.
    pub fn team_meets_profile(&self) -> bool {
        let mut consultants = self.consultants().peekable();
        consultants.peek().is_some() && consultants.all(Person::meets_profile)
    }

    fn refuse_same_name(&self, name: &str, except: &str) -> Result<(), InvalidInput> {
        match self
            .people
            .iter()
            .find(|p| p.id != except && p.is_called(name))
        {
            Some(other) => Err(InvalidInput(format!(
                "Er is al iemand met de naam ‘{}’ in het team. Voeg iets toe om hen uit elkaar te \
                 houden, zoals een voorletter of de vestiging.",
                other.name
            ))),
            None => Ok(()),
        }
    }

    /// Adds a person; a second person of the same name is refused, so that a school's
    /// leesconsulent is never ambiguous.
    pub fn add_person(&mut self, person: Person) -> Result<(), InvalidInput> {
        person.validate()?;
        self.refuse_same_name(&person.name, &person.id)?;
        if self.person(&person.id).is_some() {
            return Err(InvalidInput("Deze persoon staat al in het team.".into()));
        }
        self.people.push(person);
        Ok(())
    }

    /// Changes a person; a name another person already has is refused.
    pub fn update_person(
        &mut self,
        id: &str,
        now: &str,
        field: PersonField,
        change: impl FnOnce(&mut Person) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        let index = self
            .people
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| InvalidInput(Person::MISSING.into()))?;
        let mut next = self.people[index].clone();
        edit(&mut next, field, now, change)?;
        self.refuse_same_name(&next.name, id)?;
        self.people[index] = next;
        Ok(())
    }

    /// Deletes a person. The schools they supported stay, without a leesconsulent, and
    /// the sessions they attended no longer name them.
    pub fn delete_person(&mut self, id: &str, now: &str) -> PersonRemoved {
        let Some(gone) = self.person(id).cloned() else {
            return PersonRemoved::default();
        };
        self.note_deleted(&gone, now);
        self.people.retain(|p| p.id != id);
        let mut removed = PersonRemoved::default();
        for institution in self.institutions.iter_mut().filter(|i| i.consultant == id) {
            removed.schools.push(institution.name.clone());
            let cleared = edit(institution, InstitutionField::Consultant, now, |i| {
                i.consultant.clear();
                Ok(())
            });
            debug_assert!(
                cleared.is_ok(),
                "clearing the leesconsulent is always valid"
            );
        }
        for session in self
            .sessions
            .iter_mut()
            .filter(|s| s.attendees.contains(id))
        {
            let left = edit(session, SessionField::Attendees, now, |s| {
                s.attendees.remove(id);
                Ok(())
            });
            debug_assert!(left.is_ok(), "taking someone off a session is always valid");
        }
        removed
    }

    /// The person called `name`, added as a leesconsulent when the team has no one of that
    /// name; `None` for a blank name. Used where a name is typed or read rather than chosen.
    pub fn person_for_name(&mut self, name: &str, now: &str) -> Option<String> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        if let Some(person) = self.person_named(name) {
            return Some(person.id.clone());
        }
        let mut id = person_id_for(name);
        let base = id.clone();
        let mut copy = 1;
        while self.person(&id).is_some() {
            copy += 1;
            id = format!("{base}~{copy}");
        }
        let person = Person::new(&id, name, PersonRole::Leesconsulent, now).ok()?;
        self.people.push(person);
        Some(id)
    }

    pub fn add_session(&mut self, session: Session) -> Result<(), InvalidInput> {
        session.validate()?;
        self.sessions.push(session);
        Ok(())
    }

    pub fn update_session(
        &mut self,
        id: &str,
        now: &str,
        field: SessionField,
        change: impl FnOnce(&mut Session) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        let Some(session) = self.sessions.iter_mut().find(|s| s.id == id) else {
            return Err(InvalidInput(Session::MISSING.into()));
        };
        edit(session, field, now, change).map(|_| ())
    }

    pub fn delete_session(&mut self, id: &str, now: &str) {
        if let Some(gone) = self.sessions.iter().find(|s| s.id == id).cloned() {
            self.note_deleted(&gone, now);
        }
        self.sessions.retain(|s| s.id != id);
    }

    /// The sessions a person attended, by date.
    pub fn sessions_attended<'a>(&'a self, person_id: &'a str) -> Vec<&'a Session> {
        let mut sessions: Vec<&Session> = self
            .sessions
            .iter()
            .filter(|s| s.attendees.contains(person_id))
            .collect();
        sessions.sort_by(|a, b| a.date.cmp(&b.date));
        sessions
    }

    /// Joins person `from` into `into` (one person under two spellings): their schools and
    /// sessions move to `into`, who keeps their own self-assessment and takes the marks of
    /// `from` only for competences they have not assessed; then `from` is deleted.
    pub fn join_person(&mut self, from: &str, into: &str, now: &str) -> Result<(), InvalidInput> {
        if from == into {
            return Err(InvalidInput(
                "Kies een andere persoon om mee samen te voegen.".into(),
            ));
        }
        let (Some(gone), Some(_)) = (self.person(from).cloned(), self.person(into)) else {
            return Err(InvalidInput(Person::MISSING.into()));
        };
        for institution in self
            .institutions
            .iter_mut()
            .filter(|i| i.consultant == from)
        {
            edit(institution, InstitutionField::Consultant, now, |i| {
                i.consultant = into.to_string();
                Ok(())
            })?;
        }
        for session in self
            .sessions
            .iter_mut()
            .filter(|s| s.attendees.contains(from))
        {
            edit(session, SessionField::Attendees, now, |s| {
                s.attendees.remove(from);
                s.attendees.insert(into.to_string());
                Ok(())
            })?;
        }
        self.update_person(into, now, PersonField::Competences, |p| {
            for (id, mark) in &gone.competences {
                p.competences
                    .entry(id.clone())
                    .or_insert_with(|| mark.clone());
            }
            Ok(())
        })?;
        self.update_person(into, now, PersonField::Email, |p| {
            if p.email.trim().is_empty() {
                p.email = gone.email.clone();
            }
            Ok(())
        })?;
        self.delete_person(from, now);
        Ok(())
    }

    /// The next thing planned with an institution from `today` (`jjjj-mm-dd`) on: an open
    /// planning row's month, an evaluation's next date or a prepared conversation; as
    /// (date or month, what).
    pub fn next_date_of(&self, institution_id: &str, today: &str) -> Option<(String, String)> {
        let month = today.get(..7).unwrap_or(today);
        let rows = self
            .activities
            .iter()
            .filter(|a| a.institution_id == institution_id && !a.done && a.month.as_str() >= month)
            .map(|a| (a.month.clone(), a.activity.trim().to_string()));
        let evaluations = self
            .institution(institution_id)
            .into_iter()
            .flat_map(|i| &i.evaluations)
            .filter(|e| e.next_date.as_str() >= today)
            .map(|e| (e.next_date.clone(), "Evaluatie".to_string()));
        let conversations = self
            .conversations
            .iter()
            .filter(|c| {
                c.institution_id.as_deref() == Some(institution_id)
                    && c.status == ConversationStatus::Prepared
                    && c.date.as_str() >= today
            })
            .map(|c| (c.date.clone(), c.kind.label().to_string()));
        rows.chain(evaluations)
            .chain(conversations)
            .filter(|(when, _)| !when.is_empty())
            .min()
    }

    /// Institutions that look like one school under two ids: the same name and place as
    /// people type them (`same_name`). Each pair once, the earlier added first.
    pub fn look_alike_institutions(&self) -> Vec<(&Institution, &Institution)> {
        let mut pairs = Vec::new();
        for (n, a) in self.institutions.iter().enumerate() {
            for b in &self.institutions[n + 1..] {
                if same_institution(a, b) {
                    pairs.push((a, b));
                }
            }
        }
        pairs
    }
}

/// Whether two institution records look like the same school: the same name and the same
/// place (or no place on either), ignoring capitals, diacritics and spaces.
pub fn same_institution(a: &Institution, b: &Institution) -> bool {
    let place = |i: &Institution| i.place.trim().is_empty();
    same_name(&a.name, &b.name) && (same_name(&a.place, &b.place) || (place(a) && place(b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::InstitutionKind;

    const NOW: &str = "2026-12-07T10:00:00.000Z";

    fn school(id: &str, name: &str, place: &str) -> Institution {
        let mut i = Institution::new(id, name, InstitutionKind::Basisschool, NOW).unwrap();
        i.place = place.into();
        i
    }

    #[test]
    fn two_people_of_one_name_are_refused() {
        let mut ws = Workspace::default();
        let ilse = Person::new("a", "Ilse Jansen", PersonRole::Leesconsulent, NOW).unwrap();
        ws.add_person(ilse).unwrap();
        let again = Person::new("b", "ilse  JANSEN", PersonRole::Other, NOW).unwrap();
        assert!(ws.add_person(again).unwrap_err().0.contains("al iemand"));
        let bram = Person::new("c", "Bram", PersonRole::Leesconsulent, NOW).unwrap();
        ws.add_person(bram).unwrap();
        let rename = ws.update_person("c", NOW, PersonField::Name, |p| {
            p.name = "Ílse Jansen".into();
            Ok(())
        });
        assert!(rename.is_err());
        assert_eq!(ws.person("c").unwrap().name, "Bram");
    }

    #[test]
    fn step_6_says_how_many_meet_the_profile_in_dutch_grammar() {
        assert_eq!(
            profile_verdict(4, 1),
            "1 van de 4 leesconsulenten voldoet aan het competentieprofiel. Stap 6 is klaar als iedereen eraan voldoet."
        );
        assert_eq!(
            profile_verdict(4, 2),
            "2 van de 4 leesconsulenten voldoen aan het competentieprofiel. Stap 6 is klaar als iedereen eraan voldoet."
        );
        assert!(profile_verdict(4, 0).starts_with("0 van de 4 leesconsulenten voldoen "));
        assert!(profile_verdict(3, 3).starts_with("Alle 3 leesconsulenten voldoen "));
        assert!(profile_verdict(1, 1).starts_with("De leesconsulent voldoet aan "));
        assert!(profile_verdict(1, 0).starts_with("De leesconsulent voldoet nog niet "));
        assert!(profile_verdict(0, 0).starts_with("Er staan nog geen leesconsulenten"));
    }

    #[test]
    fn a_removed_person_leaves_their_schools_without_a_consultant() {
        let mut ws = Workspace::default();
        let id = ws.person_for_name("Ilse Jansen", NOW).unwrap();
        assert_eq!(
            ws.person_for_name("ilse jansen", NOW).as_deref(),
            Some(id.as_str())
        );
        let mut a = school("a", "De Wegwijzer", "Tiel");
        a.consultant = id.clone();
        ws.institutions.push(a);
        ws.sessions.push(Session {
            id: "s".into(),
            attendees: [id.clone()].into(),
            ..Default::default()
        });
        assert_eq!(ws.schools_of(&id).count(), 1);
        let removed = ws.delete_person(&id, NOW);
        assert_eq!(removed.schools, vec!["De Wegwijzer".to_string()]);
        assert_eq!(ws.institutions.len(), 1, "the school stays");
        assert_eq!(ws.institutions[0].consultant, "");
        assert!(ws.sessions[0].attendees.is_empty());
        assert!(ws.deleted.iter().any(|d| d.id == id));
    }

    #[test]
    fn two_spellings_of_one_person_join_into_one() {
        let mut ws = Workspace::default();
        let ilse = ws.person_for_name("Ilse Jansen", NOW).unwrap();
        let other = ws.person_for_name("Ilse Janssen", NOW).unwrap();
        ws.update_person(&ilse, NOW, PersonField::Competences, |p| {
            p.set_competence("competentie-1", true, "2026-11-20")?;
            p.set_competence("competentie-1", false, "2026-12-01")
        })
        .unwrap();
        ws.update_person(&other, NOW, PersonField::Competences, |p| {
            p.set_competence("competentie-1", true, "2026-11-01")?;
            p.set_competence("competentie-2", true, "2026-11-01")
        })
        .unwrap();
        let mut a = school("a", "De Wegwijzer", "Tiel");
        a.consultant = other.clone();
        ws.institutions.push(a);
        ws.join_person(&other, &ilse, NOW).unwrap();
        assert_eq!(ws.people.len(), 1);
        assert_eq!(ws.institutions[0].consultant, ilse);
        let person = ws.person(&ilse).unwrap();
        assert!(!person.meets("competentie-1"), "their own mark stays");
        assert!(person.meets("competentie-2"), "a mark they lacked is taken");
    }

    #[test]
    fn look_alike_schools_have_one_name_and_place_as_typed() {
        let mut ws = Workspace::default();
        ws.institutions
            .push(school("a", "CBS De Wegwijzer", "Tiel"));
        ws.institutions
            .push(school("b", "CBS de  Wegwijzer", "tiel"));
        ws.institutions
            .push(school("c", "CBS De Wegwijzer", "Culemborg"));
        let pairs = ws.look_alike_institutions();
        assert_eq!(pairs.len(), 1);
        assert_eq!((pairs[0].0.id.as_str(), pairs[0].1.id.as_str()), ("a", "b"));
    }

    #[test]
    fn step_six_is_done_when_every_leesconsulent_meets_the_profile() {
        let mut ws = Workspace::default();
        assert!(!ws.team_meets_profile(), "no team, nothing done");
        let mut ilse = Person::new("a", "Ilse", PersonRole::Leesconsulent, NOW).unwrap();
        for c in &crate::content::COMPETENCES {
            ilse.set_competence(c.id, true, "2026-12-01").unwrap();
        }
        ws.add_person(ilse).unwrap();
        ws.add_person(Person::new("b", "Toos", PersonRole::Onderwijsspecialist, NOW).unwrap())
            .unwrap();
        assert!(ws.team_meets_profile());
        ws.add_person(Person::new("c", "Bram", PersonRole::Leesconsulent, NOW).unwrap())
            .unwrap();
        assert!(!ws.team_meets_profile());
    }
}

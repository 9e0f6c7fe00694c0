//! The library's team: the onderwijsspecialist who leads, the leesconsulenten who each
//! support schools, and others. A person is a record like a school, so a colleague's file
//! brings its people along, and each leesconsulent's self-assessment against the competence
//! profile (Bijlage 1, step 6) stays under that person.

use std::collections::BTreeMap;

use reactive_stores::{Patch, Store};
use serde::{Deserialize, Serialize};

use super::records::{Stamps, field_names};
use super::{InvalidInput, fold_for_search, validate_date};
use crate::content::{COMPETENCES, Question};

/// What a person does in the library's work on parent partnership.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonRole {
    Onderwijsspecialist,
    #[default]
    Leesconsulent,
    Other,
}

impl PersonRole {
    pub const ALL: [PersonRole; 3] = [Self::Onderwijsspecialist, Self::Leesconsulent, Self::Other];

    pub fn label(self) -> &'static str {
        match self {
            Self::Onderwijsspecialist => "Onderwijsspecialist",
            Self::Leesconsulent => "Leesconsulent",
            Self::Other => "Andere rol",
        }
    }

    pub fn token(self) -> &'static str {
        match self {
            Self::Onderwijsspecialist => "onderwijsspecialist",
            Self::Leesconsulent => "leesconsulent",
            Self::Other => "anders",
        }
    }

    pub fn from_token(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.token() == token)
    }
}

/// One competence of the profile as a person assessed it, and on which day.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CompetenceMark {
    pub met: bool,
    /// The day it was last changed (`jjjj-mm-dd`); empty when it came from an older file.
    pub date: String,
}

/// Someone of the library's team.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Person {
    pub id: String,
    pub name: String,
    #[patch(|this, new| *this = new)]
    pub role: PersonRole,
    pub email: String,
    /// Their self-assessment against the competence profile, by competence id.
    #[patch(|this, new| *this = new)]
    pub competences: BTreeMap<String, CompetenceMark>,
    pub created_at: String,
    pub updated_at: String,
    /// When each field got its value, for merging files field by field (`storage::import`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub stamps: Stamps,
}

field_names!(
    /// The fields of a person the user edits.
    PersonField {
        Name => "name",
        Role => "role",
        Email => "email",
        Competences => "competences",
    }
);

/// The name a person read without one gets, so that they can be found and renamed.
pub const UNNAMED_PERSON: &str = "Naam onbekend";

impl Person {
    pub fn new(id: &str, name: &str, role: PersonRole, now: &str) -> Result<Self, InvalidInput> {
        let person = Person {
            id: id.to_string(),
            name: name.trim().to_string(),
            role,
            created_at: now.to_string(),
            updated_at: now.to_string(),
            ..Default::default()
        };
        person.validate()?;
        Ok(person)
    }

    pub fn validate(&self) -> Result<(), InvalidInput> {
        if self.name.trim().is_empty() {
            return Err(InvalidInput("Vul de naam van de persoon in.".into()));
        }
        let email = self.email.trim();
        if !email.is_empty() && !looks_like_email(email) {
            return Err(InvalidInput(format!(
                "‘{email}’ is geen e-mailadres. Schrijf het als naam@bibliotheek.nl, of laat het leeg."
            )));
        }
        for mark in self.competences.values() {
            validate_date(&mark.date)?;
        }
        Ok(())
    }

    /// Mends what `validate` refuses in a person read from a file.
    pub fn repair(&mut self) {
        if self.name.trim().is_empty() {
            self.name = UNNAMED_PERSON.into();
        }
        if !looks_like_email(self.email.trim()) {
            self.email.clear();
        }
        for mark in self.competences.values_mut() {
            if validate_date(&mark.date).is_err() {
                mark.date.clear();
            }
        }
    }

    /// Whether this is the person called `name`, as people type a name: without regard to
    /// capitals, diacritics or spaces around it.
    pub fn is_called(&self, name: &str) -> bool {
        same_name(&self.name, name)
    }

    /// Whether they meet competence `id` by their own assessment.
    pub fn meets(&self, id: &str) -> bool {
        self.competences.get(id).is_some_and(|m| m.met)
    }

    /// How many competences of the profile they meet.
    pub fn competences_met(&self) -> usize {
        COMPETENCES.iter().filter(|c| self.meets(c.id)).count()
    }

    /// The competences of the profile they do not meet yet.
    pub fn competences_to_go(&self) -> impl Iterator<Item = &'static Question> + '_ {
        COMPETENCES.iter().filter(|c| !self.meets(c.id))
    }

    /// They meet the whole profile: for a leesconsulent, step 6 is done for them.
    pub fn meets_profile(&self) -> bool {
        self.competences_met() == COMPETENCES.len()
    }

    /// When their self-assessment last changed (`jjjj-mm-dd`), if it says.
    pub fn assessed_on(&self) -> Option<&str> {
        self.competences
            .values()
            .map(|m| m.date.as_str())
            .filter(|d| !d.is_empty())
            .max()
    }

    /// Marks competence `id` as met or not on `today`; an unknown competence is refused.
    pub fn set_competence(&mut self, id: &str, met: bool, today: &str) -> Result<(), InvalidInput> {
        if !COMPETENCES.iter().any(|c| c.id == id) {
            return Err(InvalidInput(format!("Competentie ‘{id}’ bestaat niet.")));
        }
        if self.meets(id) != met {
            self.competences.insert(
                id.to_string(),
                CompetenceMark {
                    met,
                    date: today.to_string(),
                },
            );
        }
        Ok(())
    }
}

/// A simple check, not the RFC: something before and after one `@`, a dot in the domain.
fn looks_like_email(email: &str) -> bool {
    email.is_empty()
        || email.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty()
                && domain.contains('.')
                && !domain.contains('@')
                && !email.contains(' ')
        })
}

/// Whether two names are the same as people type them: without regard to capitals,
/// diacritics ("Ilse Jansen", "ilse jansen", "Ílse  Jansen") or runs of spaces.
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (name_key(a), name_key(b));
    !a.is_empty() && a == b
}

/// What two names that are the same (`same_name`) have in common: folded, single spaces.
pub fn name_key(name: &str) -> String {
    fold_for_search(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The id a person gets when they are made from a name read in a file (an older file's
/// free-text leesconsulent or the device's user): the same name gives the same id on every
/// device, so that two colleagues' files that name the same person bring one person.
pub fn person_id_for(name: &str) -> String {
    let folded = fold_for_search(name);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    format!("persoon-{}", words.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_as_people_type_them() {
        assert!(same_name("Ilse Jansen", "ilse  jansen "));
        assert!(same_name("İlknur Yılmaz", "ilknur yilmaz"));
        assert!(!same_name("Ilse Jansen", "Ilse Janssen"));
        assert!(!same_name("", " "));
        assert_eq!(person_id_for("Ílse  Jansen"), "persoon-ilse-jansen");
        assert_eq!(person_id_for("ilse jansen"), person_id_for("Ilse Jansen"));
    }

    #[test]
    fn a_person_needs_a_name_and_a_real_email() {
        assert!(Person::new("p", " ", PersonRole::Leesconsulent, "t").is_err());
        let mut p = Person::new("p", "Ilse", PersonRole::Leesconsulent, "t").unwrap();
        p.email = "ilse-at-bieb".into();
        assert!(p.validate().unwrap_err().0.contains("geen e-mailadres"));
        p.email = "ilse@bieb.nl".into();
        assert!(p.validate().is_ok());
    }

    #[test]
    fn the_profile_counts_each_competence_once_with_its_date() {
        let mut p = Person::new("p", "Ilse", PersonRole::Leesconsulent, "t").unwrap();
        p.set_competence("competentie-1", true, "2026-12-01")
            .unwrap();
        p.set_competence("competentie-1", true, "2026-12-05")
            .unwrap();
        assert_eq!(p.competences["competentie-1"].date, "2026-12-01");
        assert!(
            p.set_competence("competentie-99", true, "2026-12-01")
                .is_err()
        );
        assert_eq!(p.competences_met(), 1);
        assert_eq!(p.competences_to_go().count(), COMPETENCES.len() - 1);
        for c in &COMPETENCES {
            p.set_competence(c.id, true, "2026-12-06").unwrap();
        }
        assert!(p.meets_profile());
        assert_eq!(p.assessed_on(), Some("2026-12-06"));
    }
}

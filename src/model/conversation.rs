//! Conversations held with the guide's question lists (Bijlage 5, steps 2, 3 and 10).

use std::collections::BTreeMap;

use reactive_stores::{Patch, Store};
use serde::{Deserialize, Serialize};

use super::records::{Stamps, field_names};
use super::{InvalidInput, validate_date};

/// Which of the guide's conversation guides a conversation follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversationKind {
    /// Bijlage 5, at step 9.
    #[default]
    Start,
    /// Bijlage 5, at step 10.
    Deepening,
    /// Step 2: with the library's management.
    Management,
    /// Step 3: with the municipality.
    Municipality,
    /// Step 10: the agreements (werkafspraken).
    WorkingAgreements,
    /// Step 10: the wishes and expectations of parents.
    ParentWishes,
}

impl ConversationKind {
    pub const ALL: [ConversationKind; 6] = [
        Self::Start,
        Self::Deepening,
        Self::Management,
        Self::Municipality,
        Self::WorkingAgreements,
        Self::ParentWishes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Start => "Startgesprek (bijlage 5)",
            Self::Deepening => "Verdiepend gesprek (bijlage 5)",
            Self::Management => "Gesprek met directie (stap 2)",
            Self::Municipality => "Gesprek met gemeente (stap 3)",
            Self::WorkingAgreements => "Werkafspraken (stap 10)",
            Self::ParentWishes => "Wensen en verwachtingen van ouders (stap 10)",
        }
    }

    pub fn token(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Deepening => "verdiepend",
            Self::Management => "directie",
            Self::Municipality => "gemeente",
            Self::WorkingAgreements => "werkafspraken",
            Self::ParentWishes => "ouders",
        }
    }

    pub fn from_token(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.token() == token)
    }

    /// Steps 2 and 3 are the library's own conversations; the others are with an institution.
    pub fn is_library(self) -> bool {
        matches!(self, Self::Management | Self::Municipality)
    }

    /// Bijlage 5 adapts to who is at the table.
    pub fn uses_parties(self) -> bool {
        matches!(self, Self::Start | Self::Deepening)
    }

    /// The step the conversation belongs to.
    pub fn step(self) -> u8 {
        match self {
            Self::Start => 9,
            Self::Deepening | Self::WorkingAgreements | Self::ParentWishes => 10,
            Self::Management => 2,
            Self::Municipality => 3,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversationStatus {
    #[default]
    Prepared,
    Held,
}

impl ConversationStatus {
    pub fn label(self) -> &'static str {
        match self {
            Self::Prepared => "Voorbereid",
            Self::Held => "Gehouden",
        }
    }
}

/// Who sits at the table for a Bijlage 5 conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Store, Patch)]
#[serde(default)]
pub struct Parties {
    pub school: bool,
    pub preschool: bool,
}

impl Default for Parties {
    fn default() -> Self {
        Parties {
            school: true,
            preschool: true,
        }
    }
}

/// The notes taken at one question, and whether it was discussed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    pub notes: String,
    pub discussed: bool,
}

/// One item of the preparation checklist: looked up or not, and what was found.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prepared {
    pub done: bool,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Conversation {
    pub id: String,
    #[patch(|this, new| *this = new)]
    pub kind: ConversationKind,
    /// The institution it was held with; `None` for the library's own (steps 2 and 3).
    pub institution_id: Option<String>,
    pub date: String,
    #[patch(|this, new| *this = new)]
    pub status: ConversationStatus,
    /// The consultant who holds it, for the report (the user's name when it is started).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub held_by: String,
    /// Who was present, one name (and role) each.
    pub present: Vec<String>,
    pub parties: Parties,
    /// The preparation checklist, by item id.
    #[patch(|this, new| *this = new)]
    pub preparation: BTreeMap<String, Prepared>,
    /// Notes per question, by question id.
    #[patch(|this, new| *this = new)]
    pub answers: BTreeMap<String, Answer>,
    /// What was agreed; each line can become an activity of the planning form.
    pub agreements: String,
    pub created_at: String,
    pub updated_at: String,
    /// When each field got its value, for merging files field by field (`storage::import`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub stamps: Stamps,
}

field_names!(
    /// The fields of a conversation the user edits.
    ConversationField {
        Kind => "kind",
        InstitutionId => "institutionId",
        Date => "date",
        Status => "status",
        HeldBy => "heldBy",
        Present => "present",
        Parties => "parties",
        Preparation => "preparation",
        Answers => "answers",
        Agreements => "agreements",
    }
);

impl Conversation {
    pub fn new(id: &str, kind: ConversationKind, institution_id: Option<&str>, now: &str) -> Self {
        Conversation {
            id: id.to_string(),
            kind,
            institution_id: institution_id.map(str::to_string),
            created_at: now.to_string(),
            updated_at: now.to_string(),
            ..Default::default()
        }
    }

    /// Nothing has been typed into it: it holds only what the app filled in when it was
    /// started (date, holder, who sits at the table). Such a conversation is not work: it
    /// moves no step, and the app removes it when the user leaves it.
    pub fn is_untouched(&self) -> bool {
        self.stamps.is_empty()
            && self.status == ConversationStatus::Prepared
            && self.agreements.trim().is_empty()
            && self.present.iter().all(|p| p.trim().is_empty())
            && self
                .answers
                .values()
                .all(|a| !a.discussed && a.notes.trim().is_empty())
            && self
                .preparation
                .values()
                .all(|p| !p.done && p.note.trim().is_empty())
    }

    pub fn answer(&self, question_id: &str) -> Answer {
        self.answers.get(question_id).cloned().unwrap_or_default()
    }

    /// How many of the given questions are marked as discussed.
    pub fn discussed(&self, question_ids: &[&str]) -> usize {
        question_ids
            .iter()
            .filter(|id| self.answer(id).discussed)
            .count()
    }

    pub fn validate(&self) -> Result<(), InvalidInput> {
        validate_date(&self.date)?;
        if self.kind.uses_parties() && !self.parties.school && !self.parties.preschool {
            return Err(InvalidInput(
                "Kies wie er aan tafel zit: de school, de voorschoolse instelling of allebei."
                    .into(),
            ));
        }
        if !self.kind.is_library() && self.institution_id.is_none() {
            return Err(InvalidInput("Dit gesprek hoort bij een instelling.".into()));
        }
        Ok(())
    }

    /// Mends what `validate` would refuse in a conversation read from a file: an impossible
    /// date is cleared, and a table with nobody at it gets both parties back.
    pub fn repair(&mut self) {
        if validate_date(&self.date).is_err() {
            self.date.clear();
        }
        if !self.parties.school && !self.parties.preschool {
            self.parties = Parties::default();
        }
    }

    /// The agreements as separate items: one per non-empty line, bullets stripped.
    pub fn agreement_items(&self) -> Vec<String> {
        self.agreements
            .lines()
            .map(|line| line.trim().trim_start_matches(['•', '-', '*']).trim())
            .filter(|line| !line.is_empty())
            .map(str::to_string)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-28T10:00:00Z";

    fn held() -> Conversation {
        Conversation::new("g1", ConversationKind::Start, Some("school"), NOW)
    }

    #[test]
    fn a_bijlage_5_conversation_needs_someone_at_the_table() {
        let mut c = held();
        c.parties = Parties {
            school: false,
            preschool: false,
        };
        assert!(c.validate().is_err());
        c.parties.preschool = true;
        assert!(c.validate().is_ok());
    }

    #[test]
    fn discussed_questions_are_counted() {
        let mut c = held();
        c.answers.insert(
            "q1".into(),
            Answer {
                notes: "x".into(),
                discussed: true,
            },
        );
        c.answers.insert(
            "q2".into(),
            Answer {
                notes: "y".into(),
                discussed: false,
            },
        );
        assert_eq!(c.discussed(&["q1", "q2", "q3"]), 1);
    }
}

//! Conversations held with the guide's question lists (Bijlage 5, steps 2, 3 and 10).

use std::collections::{BTreeMap, BTreeSet};

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

/// Who sits across the table in the library's own conversations: the management (step 2),
/// or the municipality's wethouder or beleidsmedewerker (step 3).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Counterpart {
    pub name: String,
    pub role: String,
    pub organisation: String,
}

impl Counterpart {
    pub fn is_empty(&self) -> bool {
        [&self.name, &self.role, &self.organisation]
            .iter()
            .all(|t| t.trim().is_empty())
    }

    /// "Jan Smit (wethouder onderwijs), Gemeente Rivierenland", leaving out what is empty.
    pub fn describe(&self) -> String {
        let person = match (self.name.trim(), self.role.trim()) {
            ("", role) => role.to_string(),
            (name, "") => name.to_string(),
            (name, role) => format!("{name} ({role})"),
        };
        [person.as_str(), self.organisation.trim()]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What the management decided in step 2: "Steunt een bibliotheekdirectie dit initiatief
/// niet […], dan is er geen vervolg mogelijk."
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    #[default]
    Open,
    Approved,
    Declined,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Self::Open, Self::Approved, Self::Declined];

    pub fn label(self) -> &'static str {
        match self {
            Self::Open => "Nog geen besluit",
            Self::Approved => "Groen licht: toestemming en opdracht voor een plan",
            Self::Declined => "Geen steun van de directie: geen vervolg",
        }
    }

    fn is_open(&self) -> bool {
        *self == Self::Open
    }
}

/// Step 3's financing: the municipal sources discussed (ids of `content::FUNDING_SOURCES`),
/// any other source, and the budget put forward ("een voorgestelde aanpak met begroting").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Funding {
    pub sources: BTreeSet<String>,
    pub other: String,
    pub budget: String,
}

impl Funding {
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty() && self.other.trim().is_empty() && self.budget.trim().is_empty()
    }
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
    /// Steps 2 and 3: who was across the table. New fields are left out of a file while
    /// empty, so older files and fixtures read and write as before.
    #[serde(skip_serializing_if = "Counterpart::is_empty")]
    #[patch(|this, new| *this = new)]
    pub counterpart: Counterpart,
    /// Step 2: the management's decision.
    #[serde(skip_serializing_if = "Decision::is_open")]
    #[patch(|this, new| *this = new)]
    pub decision: Decision,
    /// Step 2: the plan, by part (ids of `content::PLAN_PARTS`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub plan: BTreeMap<String, String>,
    /// Step 3: the financing.
    #[serde(skip_serializing_if = "Funding::is_empty")]
    #[patch(|this, new| *this = new)]
    pub funding: Funding,
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
        Counterpart => "counterpart",
        Decision => "decision",
        Plan => "plan",
        Funding => "funding",
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

    /// The text of one part of step 2's plan.
    pub fn plan_part(&self, part_id: &str) -> String {
        self.plan.get(part_id).cloned().unwrap_or_default()
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

    #[test]
    fn the_counterpart_is_named_with_what_was_typed() {
        let mut who = Counterpart {
            name: " Jan Smit ".into(),
            role: "wethouder onderwijs".into(),
            organisation: "Gemeente Rivierenland".into(),
        };
        assert_eq!(
            who.describe(),
            "Jan Smit (wethouder onderwijs), Gemeente Rivierenland"
        );
        who.name.clear();
        assert_eq!(who.describe(), "wethouder onderwijs, Gemeente Rivierenland");
        who.organisation.clear();
        who.name = "Jan".into();
        who.role.clear();
        assert_eq!(who.describe(), "Jan");
        assert!(Counterpart::default().is_empty());
    }

    #[test]
    fn step_results_are_left_out_of_a_file_while_empty_and_read_back() {
        let mut c = Conversation::new("g", ConversationKind::Municipality, None, NOW);
        let empty = serde_json::to_string(&c).unwrap();
        for name in ["counterpart", "decision", "plan", "funding"] {
            assert!(!empty.contains(name), "{name} in {empty}");
        }
        c.counterpart.role = "beleidsmedewerker".into();
        c.decision = Decision::Approved;
        c.plan.insert("stap-2-plan-kosten".into(), "€ 8.000".into());
        c.funding.sources.insert("stap-3-bron-oab".into());
        c.funding.budget = "€ 12.000 voor 2027".into();
        let text = serde_json::to_string(&c).unwrap();
        assert!(text.contains(r#""decision":"approved""#), "{text}");
        let back: Conversation = serde_json::from_str(&text).unwrap();
        assert_eq!(back, c);
    }
}

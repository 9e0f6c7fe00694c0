//! The team's sessions: the trainings of step 4's training plan and the informing and
//! inspiring sessions of step 5, each with its date, subject and who attended.

use std::collections::BTreeSet;

use reactive_stores::{Patch, Store};
use serde::{Deserialize, Serialize};

use super::records::{Stamps, field_names};
use super::{InvalidInput, validate_date};

/// Which step a session belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    /// Step 4: a training of the leesconsulenten (the training plan).
    #[default]
    Training,
    /// Step 5: informing and inspiring the library's staff.
    Informing,
}

impl SessionKind {
    /// The step whose page lists it.
    pub fn step(self) -> u8 {
        match self {
            Self::Training => 4,
            Self::Informing => 5,
        }
    }

    pub fn of_step(step: u8) -> Option<Self> {
        match step {
            4 => Some(Self::Training),
            5 => Some(Self::Informing),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Training => "Scholing",
            Self::Informing => "Informatiebijeenkomst",
        }
    }
}

/// One session, planned or held.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Session {
    pub id: String,
    #[patch(|this, new| *this = new)]
    pub kind: SessionKind,
    /// `jjjj-mm-dd`, or empty while not planned.
    pub date: String,
    pub subject: String,
    /// Ids of the people who attended (`Person`).
    #[patch(|this, new| *this = new)]
    pub attendees: BTreeSet<String>,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
    /// When each field got its value, for merging files field by field (`storage::import`).
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub stamps: Stamps,
}

field_names!(
    /// The fields of a session the user edits.
    SessionField {
        Date => "date",
        Subject => "subject",
        Attendees => "attendees",
        Notes => "notes",
    }
);

impl Session {
    pub fn validate(&self) -> Result<(), InvalidInput> {
        validate_date(&self.date)
    }

    /// Mends an impossible date read from a file: cleared, and kept in the notes.
    pub fn repair(&mut self) {
        if validate_date(&self.date).is_err() {
            let date = std::mem::take(&mut self.date);
            super::institution::add_line(
                &mut self.notes,
                &format!("Bij het inlezen weggehaald: datum ‘{date}’ bestaat niet."),
            );
        }
    }

    /// What the user recognises it by: its subject, or its kind.
    pub fn title(&self) -> String {
        match self.subject.trim() {
            "" => self.kind.label().to_string(),
            subject => subject.to_string(),
        }
    }
}

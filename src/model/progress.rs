//! A step's progress and the rules that summarise it.

use serde::{Deserialize, Serialize};

/// Where a step stands. Steps can be taken in any order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl StepStatus {
    pub const ALL: [StepStatus; 3] = [Self::NotStarted, Self::InProgress, Self::Done];

    /// The guide's Dutch word for this status.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotStarted => "Niet gestart",
            Self::InProgress => "Bezig",
            Self::Done => "Afgerond",
        }
    }

    /// A stable token for storage-independent use (CSS classes, form values).
    pub fn token(self) -> &'static str {
        match self {
            Self::NotStarted => "niet-gestart",
            Self::InProgress => "bezig",
            Self::Done => "afgerond",
        }
    }

    pub fn from_token(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.token() == token)
    }
}

/// What the library recorded for one step.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct StepProgress {
    pub status: StepStatus,
    /// Date of the step (planned or done), `jjjj-mm-dd`, or empty.
    pub date: String,
    /// Who carries the step out.
    pub owner: String,
    pub notes: String,
    /// When this record last changed (ISO 8601), empty if never.
    pub updated_at: String,
}

impl StepProgress {
    /// True when nothing has been recorded for the step.
    pub fn is_blank(&self) -> bool {
        self.status == StepStatus::NotStarted
            && self.date.is_empty()
            && self.owner.is_empty()
            && self.notes.is_empty()
    }
}

/// How many steps stand where, out of a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StepSummary {
    pub total: usize,
    pub done: usize,
    pub in_progress: usize,
}

impl StepSummary {
    pub fn not_started(&self) -> usize {
        self.total - self.done - self.in_progress
    }

    /// Share of steps done, 0–100, rounded down.
    pub fn percent_done(&self) -> usize {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }

    pub fn add(&mut self, status: StepStatus) {
        self.total += 1;
        match status {
            StepStatus::Done => self.done += 1,
            StepStatus::InProgress => self.in_progress += 1,
            StepStatus::NotStarted => {}
        }
    }
}

//! A step's progress and the rules that summarise it.

use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::{InvalidInput, validate_date};

/// Where a step stands. Steps can be taken in any order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
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

    /// A stable token for CSS classes and form values.
    pub fn token(self) -> &'static str {
        match self {
            Self::NotStarted => "niet-gestart",
            Self::InProgress => "bezig",
            Self::Done => "afgerond",
        }
    }
}

/// What was recorded for one step, by the library or for one institution.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct StepProgress {
    pub status: StepStatus,
    /// Date of the step (planned or done), `jjjj-mm-dd`, or empty.
    pub date: String,
    /// Who carries the step out.
    pub owner: String,
    pub notes: String,
    /// When the status last changed (ISO 8601), empty if never.
    pub status_since: String,
    /// When this record last changed (ISO 8601), empty if never.
    pub updated_at: String,
    /// The user set *Niet gestart* by hand over what the work says (`model::work`); any
    /// other recorded status is the user's anyway.
    #[serde(skip_serializing_if = "is_false")]
    pub by_hand: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl StepProgress {
    /// Mends an impossible date read from a file: cleared, and kept in the notes as written.
    /// Returns whether anything was mended.
    pub fn repair(&mut self) -> bool {
        if validate_date(&self.date).is_ok() {
            return false;
        }
        let date = std::mem::take(&mut self.date);
        super::institution::add_line(
            &mut self.notes,
            &format!("Bij het inlezen weggehaald: datum ‘{date}’ bestaat niet."),
        );
        true
    }
}

/// One change a user makes to a step's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepField {
    Status(StepStatus),
    Date(String),
    Owner(String),
    Notes(String),
    /// Forget the status set by hand: the step follows the work again.
    FollowWork,
}

impl StepProgress {
    /// Applies one change, stamping it with `now`; a refused change leaves the record as it was.
    pub fn apply(&mut self, field: StepField, now: &str) -> Result<(), InvalidInput> {
        let mut next = self.clone();
        match field {
            StepField::Status(status) => {
                next.status = status;
                next.by_hand = true;
            }
            StepField::FollowWork => {
                next.status = StepStatus::NotStarted;
                next.by_hand = false;
            }
            StepField::Date(date) => {
                validate_date(&date)?;
                next.date = date;
            }
            StepField::Owner(owner) => next.owner = owner,
            StepField::Notes(notes) => next.notes = notes,
        }
        if next != *self {
            if next.status != self.status {
                next.status_since = now.to_string();
            }
            next.updated_at = now.to_string();
            *self = next;
        }
        Ok(())
    }
}

/// Progress kept per step id (the library's, or one institution's); a step without a
/// record reads as blank.
pub type StepRecords = BTreeMap<String, StepProgress>;

/// The progress recorded for a step; a blank record when none is.
pub fn progress_of(steps: &StepRecords, step_id: &str) -> StepProgress {
    steps.get(step_id).cloned().unwrap_or_default()
}

/// Applies one change to a step's record; a refused change leaves the records as they were.
pub fn apply_to(
    steps: &mut StepRecords,
    step_id: &str,
    field: StepField,
    now: &str,
) -> Result<(), InvalidInput> {
    let mut progress = progress_of(steps, step_id);
    progress.apply(field, now)?;
    steps.insert(step_id.to_string(), progress);
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_change_records_since_when() {
        let mut p = StepProgress::default();
        p.apply(
            StepField::Status(StepStatus::InProgress),
            "2026-10-01T08:00:00Z",
        )
        .unwrap();
        p.apply(StepField::Notes("x".into()), "2026-10-05T08:00:00Z")
            .unwrap();
        assert_eq!(p.status_since, "2026-10-01T08:00:00Z");
        assert_eq!(p.updated_at, "2026-10-05T08:00:00Z");
    }

    #[test]
    fn a_refused_date_changes_nothing() {
        let mut p = StepProgress::default();
        assert!(p.apply(StepField::Date("2026-02-30".into()), "t").is_err());
        assert_eq!(p, StepProgress::default());
    }
}

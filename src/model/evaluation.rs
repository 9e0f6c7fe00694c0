//! Step 12's evaluation moments: twice a school year (tussentijds in the winter, at the end
//! in May or June) the leescoördinator and director look back with the library, and say of
//! each activity of the year's plan whether it was done.

use std::collections::BTreeMap;

use reactive_stores::{Patch, Store};
use serde::{Deserialize, Serialize};

use super::institution::labelled_enum;
use super::{Activity, Institution, SchoolYear, parse_date};

labelled_enum!(
    /// Which of the year's two evaluations it is.
    EvaluationKind {
        Interim => "Tussentijdse evaluatie",
        Final => "Eindevaluatie",
    }
);

labelled_enum!(
    /// What an evaluation says of one activity.
    Outcome {
        Open => "Niet beoordeeld",
        Done => "Gedaan",
        Partly => "Deels",
        NotDone => "Niet gedaan",
    }
);

/// An evaluation's word on one activity of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct ActivityResult {
    #[patch(|this, new| *this = new)]
    pub outcome: Outcome,
    pub note: String,
}

impl ActivityResult {
    pub fn is_empty(&self) -> bool {
        self.outcome == Outcome::Open && self.note.trim().is_empty()
    }
}

/// Step 12: one evaluation moment with the leescoördinator and director.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Evaluation {
    pub id: String,
    #[patch(|this, new| *this = new)]
    pub kind: EvaluationKind,
    pub date: String,
    pub went_well: String,
    pub changes: String,
    pub next_date: String,
    /// What it says of each activity of the year's plan, by the activity's id; an
    /// activity it has not judged has no entry.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub results: BTreeMap<String, ActivityResult>,
}

/// From May on, an evaluation looks back on the whole year.
const FINAL_FROM_MONTH: i8 = 5;

impl EvaluationKind {
    /// The kind an evaluation held on `date` most likely is: in May, June or July the end of
    /// the year, before that the interim one. Used for a new evaluation and for evaluations
    /// recorded before the app knew the two apart.
    pub fn likely_on(date: &str) -> Self {
        match parse_date(date) {
            Some(d) if (FINAL_FROM_MONTH..8).contains(&d.month()) => Self::Final,
            _ => Self::Interim,
        }
    }
}

impl Evaluation {
    /// The school year it belongs to: that of its date, else the institution's current one.
    pub fn year(&self, institution: &Institution, today: &str) -> SchoolYear {
        parse_date(&self.date)
            .map(SchoolYear::of)
            .unwrap_or_else(|| institution.current_year(today))
    }

    /// Sets what it says of one activity; an empty result is no entry.
    pub fn set_result(&mut self, activity_id: &str, result: ActivityResult) {
        if result.is_empty() {
            self.results.remove(activity_id);
        } else {
            self.results.insert(activity_id.to_string(), result);
        }
    }
}

/// What the year's evaluations say of an activity: the word of the latest evaluation that
/// judged it (by date; the end evaluation before an interim one on the same day), with that
/// evaluation's kind. `None` when no evaluation judged it.
pub fn latest_result<'a>(
    institution: &'a Institution,
    activity: &Activity,
) -> Option<(&'a ActivityResult, EvaluationKind)> {
    institution
        .evaluations
        .iter()
        .filter_map(|e| {
            let result = e.results.get(&activity.id)?;
            (result.outcome != Outcome::Open).then_some((e, result))
        })
        .max_by_key(|(e, _)| (e.date.as_str(), e.kind))
        .map(|(e, result)| (result, e.kind))
}

/// What a report says was done with an activity: the evaluations' word, else the plan's
/// own *Gedaan* mark, else nothing yet.
pub fn outcome_of(institution: &Institution, activity: &Activity) -> Outcome {
    match latest_result(institution, activity) {
        Some((result, _)) => result.outcome,
        None if activity.done => Outcome::Done,
        None => Outcome::Open,
    }
}

//! What needs the consultant's attention: the Overzicht's rules.

use std::cmp::Reverse;

use super::{
    Institution, SelectionDecision, StepProgress, StepRecords, StepStatus, WorkStates,
    days_between, progress_of,
};
use crate::content::STEPS;

/// An institution untouched this long is flagged as quiet (six weeks).
pub const QUIET_AFTER_DAYS: i64 = 42;

/// A step that is "Bezig", for the library or for an institution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InProgressStep {
    /// The institution, or `None` for the library's own step.
    pub institution_id: Option<String>,
    pub who: String,
    pub step: u8,
    /// Days since it was set to Bezig, when known.
    pub days: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attention<'a> {
    /// Next evaluation dates, soonest first, with days until (negative: overdue).
    pub evaluations: Vec<(&'a Institution, i64)>,
    /// Steps in progress, longest first.
    pub in_progress: Vec<InProgressStep>,
    /// Active institutions without any change for `QUIET_AFTER_DAYS`, quietest first.
    pub quiet: Vec<(&'a Institution, i64)>,
}

/// What the Overzicht reads to find what needs attention.
pub struct Records<'a> {
    /// The library's name as shown, for its own steps.
    pub library: &'a str,
    pub steps: &'a StepRecords,
    pub institutions: &'a [Institution],
    pub states: &'a WorkStates,
}

/// Gathers what needs attention on `today` (ISO date or time).
pub fn attention<'a>(records: &Records<'a>, today: &str) -> Attention<'a> {
    let active: Vec<&Institution> = records
        .institutions
        .iter()
        .filter(|i| !i.archived && i.selection.decision != SelectionDecision::NotChosen)
        .collect();

    let mut evaluations: Vec<(&Institution, i64)> = active
        .iter()
        .filter_map(|i| Some((*i, days_between(today, i.next_evaluation()?)?)))
        .collect();
    evaluations.sort_by_key(|(_, days)| *days);

    let mut in_progress: Vec<InProgressStep> = STEPS
        .iter()
        .filter_map(|step| {
            let p = progress_of(records.steps, step.id);
            (p.status == StepStatus::InProgress).then(|| InProgressStep {
                institution_id: None,
                who: records.library.to_string(),
                step: step.number,
                days: days_in_progress(&p, today),
            })
        })
        .collect();
    for i in active
        .iter()
        .filter(|i| i.selection.decision == SelectionDecision::Chosen)
    {
        let Some(state) = records.states.get(&i.id) else {
            continue;
        };
        for step in 8..=12 {
            if state.step(step).status == StepStatus::InProgress {
                in_progress.push(InProgressStep {
                    institution_id: Some(i.id.clone()),
                    who: i.name.clone(),
                    step,
                    days: days_in_progress(&i.step(&format!("stap-{step}")), today),
                });
            }
        }
    }
    // Longest first; unknown durations last.
    in_progress.sort_by_key(|s| (s.days.is_none(), Reverse(s.days)));

    // Work on an institution's conversations and plan is work on the institution.
    let last_change = |i: &Institution| {
        records
            .states
            .get(&i.id)
            .map_or(i.updated_at.clone(), |s| s.last_change.clone())
    };
    let mut quiet: Vec<(&Institution, i64)> = active
        .iter()
        .filter_map(|i| Some((*i, days_between(&last_change(i), today)?)))
        .filter(|(_, days)| *days >= QUIET_AFTER_DAYS)
        .collect();
    quiet.sort_by_key(|(_, days)| Reverse(*days));

    Attention {
        evaluations,
        in_progress,
        quiet,
    }
}

/// How long a step has been in progress: since the date the user gave the step, where it
/// has one that is not in the future; else since its status was set.
fn days_in_progress(p: &StepProgress, today: &str) -> Option<i64> {
    days_between(&p.date, today)
        .filter(|days| *days >= 0)
        .or_else(|| days_between(&p.status_since, today))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evaluation, InstitutionKind, StepField, Workspace};

    fn institution(id: &str, updated: &str) -> Institution {
        let mut i = Institution::new(
            id,
            &format!("School {id}"),
            InstitutionKind::Basisschool,
            updated,
        )
        .unwrap();
        i.updated_at = updated.into();
        i
    }

    fn records<'a>(ws: &'a Workspace, states: &'a WorkStates) -> Records<'a> {
        Records {
            library: ws.display_name(),
            steps: &ws.steps,
            institutions: &ws.institutions,
            states,
        }
    }

    #[test]
    fn evaluations_soonest_first_and_overdue_ones_negative() {
        let mut ws = Workspace::default();
        let mut a = institution("a", "2026-11-01");
        a.evaluations.push(Evaluation {
            next_date: "2027-03-01".into(),
            ..Default::default()
        });
        let mut b = institution("b", "2026-11-01");
        b.evaluations.push(Evaluation {
            next_date: "2026-11-20".into(),
            ..Default::default()
        });
        ws.institutions = vec![a, b, institution("c", "2026-11-01")];
        let states = ws.work_states();
        let found = attention(&records(&ws, &states), "2026-11-28");
        let dates: Vec<(&str, i64)> = found
            .evaluations
            .iter()
            .map(|(i, d)| (i.id.as_str(), *d))
            .collect();
        assert_eq!(dates, [("b", -8), ("a", 93)]);
    }

    #[test]
    fn steps_in_progress_longest_first_for_library_and_institutions() {
        let mut ws = Workspace::default();
        ws.apply_step(
            "stap-4",
            StepField::Status(StepStatus::InProgress),
            "2026-11-01T09:00:00Z",
        )
        .unwrap();
        let mut a = institution("a", "2026-11-01");
        a.selection.decision = SelectionDecision::Chosen;
        a.apply_step(
            "stap-9",
            StepField::Status(StepStatus::InProgress),
            "2026-09-01T09:00:00Z",
        )
        .unwrap();
        ws.institutions.push(a);
        let states = ws.work_states();
        let found = attention(&records(&ws, &states), "2026-11-28");
        let steps: Vec<(u8, Option<i64>)> =
            found.in_progress.iter().map(|s| (s.step, s.days)).collect();
        assert_eq!(steps, [(9, Some(88)), (4, Some(27))]);
        assert_eq!(found.in_progress[0].institution_id.as_deref(), Some("a"));

        // The step's own date, where the user gave one in the past, is when it began.
        ws.apply_step(
            "stap-4",
            StepField::Date("2025-11-10".into()),
            "2026-11-28T09:00:00Z",
        )
        .unwrap();
        ws.apply_step(
            "stap-1",
            StepField::Status(StepStatus::InProgress),
            "2026-11-28T09:00:00Z",
        )
        .unwrap();
        ws.apply_step(
            "stap-1",
            StepField::Date("2027-01-15".into()),
            "2026-11-28T09:00:00Z",
        )
        .unwrap();
        let states = ws.work_states();
        let found = attention(&records(&ws, &states), "2026-11-28");
        let steps: Vec<(u8, Option<i64>)> =
            found.in_progress.iter().map(|s| (s.step, s.days)).collect();
        assert_eq!(
            steps,
            [(4, Some(383)), (9, Some(88)), (1, Some(0))],
            "a planned date is not a start"
        );
    }

    #[test]
    fn quiet_institutions_exclude_archived_and_not_chosen() {
        let mut ws = Workspace::default();
        let mut archived = institution("x", "2026-01-01");
        archived.archived = true;
        let mut dropped = institution("y", "2026-01-01");
        dropped.selection.decision = SelectionDecision::NotChosen;
        ws.institutions = vec![
            institution("a", "2026-10-01"),
            institution("b", "2026-11-27"),
            archived,
            dropped,
        ];
        let states = ws.work_states();
        let found = attention(&records(&ws, &states), "2026-11-28");
        let quiet: Vec<(&str, i64)> = found
            .quiet
            .iter()
            .map(|(i, d)| (i.id.as_str(), *d))
            .collect();
        assert_eq!(quiet, [("a", 58)]);
    }

    #[test]
    fn work_on_a_schools_plan_and_conversations_is_work_on_the_school() {
        let mut ws = Workspace {
            institutions: vec![institution("a", "2026-12-03T10:00:00Z")],
            ..Default::default()
        };
        let states = ws.work_states();
        let may = "2027-05-25";
        let found = attention(&records(&ws, &states), may);
        assert_eq!(found.quiet.len(), 1, "untouched since December");

        ws.activities.push(crate::model::Activity {
            id: "r1".into(),
            institution_id: "a".into(),
            done: true,
            updated_at: "2027-05-24T15:00:00Z".into(),
            ..Default::default()
        });
        let states = ws.work_states();
        assert!(attention(&records(&ws, &states), may).quiet.is_empty());
        assert_eq!(states["a"].last_change, "2027-05-24T15:00:00Z");
    }
}

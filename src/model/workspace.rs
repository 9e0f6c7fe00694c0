//! The whole workspace of one library.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{InvalidInput, StepProgress, StepStatus, StepSummary, validate_date};
use crate::content::{STEPS, step_by_id};

/// Who is working: the library and the person using this device.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Library {
    pub name: String,
    pub user_name: String,
}

/// Everything the user records. Saved as a whole, versioned by the storage envelope.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Workspace {
    pub library: Library,
    /// The library's progress per step, keyed by the step's stable id ("stap-3").
    /// Ids the app does not know (from a newer guide text) are kept, not dropped.
    pub steps: BTreeMap<String, StepProgress>,
}

impl Workspace {
    /// The progress recorded for a step; a blank record when none is.
    pub fn step(&self, step_id: &str) -> StepProgress {
        self.steps.get(step_id).cloned().unwrap_or_default()
    }

    /// Changes a step's progress through `edit`, stamping the change with `now`.
    /// Unknown step ids are refused so that typos cannot create phantom steps.
    pub fn update_step(
        &mut self,
        step_id: &str,
        now: &str,
        edit: impl FnOnce(&mut StepProgress),
    ) -> Result<(), InvalidInput> {
        if step_by_id(step_id).is_none() {
            return Err(InvalidInput(format!("Stap ‘{step_id}’ bestaat niet.")));
        }
        let mut progress = self.step(step_id);
        edit(&mut progress);
        validate_date(&progress.date)?;
        if self.steps.get(step_id) != Some(&progress) {
            progress.updated_at = now.to_string();
            self.steps.insert(step_id.to_string(), progress);
        }
        Ok(())
    }

    pub fn set_step_status(&mut self, step_id: &str, status: StepStatus, now: &str) -> Result<(), InvalidInput> {
        self.update_step(step_id, now, |p| p.status = status)
    }

    /// How the library's twelve steps stand.
    pub fn step_summary(&self) -> StepSummary {
        let mut summary = StepSummary::default();
        for step in STEPS.iter() {
            summary.add(self.step(step.id).status);
        }
        summary
    }

    /// The name to show for the library, or a neutral fallback.
    pub fn display_name(&self) -> &str {
        match self.library.name.trim() {
            "" => "Mijn bibliotheek",
            name => name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-28T10:00:00.000Z";

    #[test]
    fn a_new_workspace_has_every_step_not_started() {
        let ws = Workspace::default();
        let summary = ws.step_summary();
        assert_eq!(summary.total, 12);
        assert_eq!(summary.not_started(), 12);
        assert_eq!(ws.step("stap-5").status, StepStatus::NotStarted);
    }

    #[test]
    fn steps_can_be_done_in_any_order() {
        let mut ws = Workspace::default();
        ws.set_step_status("stap-9", StepStatus::Done, NOW).unwrap();
        ws.set_step_status("stap-2", StepStatus::InProgress, NOW).unwrap();
        let summary = ws.step_summary();
        assert_eq!((summary.done, summary.in_progress, summary.not_started()), (1, 1, 10));
        assert_eq!(summary.percent_done(), 8);
    }

    #[test]
    fn an_edit_is_stamped_and_an_unchanged_edit_is_not() {
        let mut ws = Workspace::default();
        ws.update_step("stap-3", NOW, |p| p.notes = "Gesprek met wethouder".into()).unwrap();
        assert_eq!(ws.step("stap-3").updated_at, NOW);
        ws.update_step("stap-3", "2026-12-01T00:00:00Z", |p| p.notes = "Gesprek met wethouder".into())
            .unwrap();
        assert_eq!(ws.step("stap-3").updated_at, NOW);
    }

    #[test]
    fn unknown_steps_and_bad_dates_are_refused_without_change() {
        let mut ws = Workspace::default();
        assert!(ws.set_step_status("stap-13", StepStatus::Done, NOW).is_err());
        let err = ws.update_step("stap-1", NOW, |p| p.date = "31-12-2026".into()).unwrap_err();
        assert!(err.0.contains("geen geldige datum"));
        assert_eq!(ws, Workspace::default());
    }

    #[test]
    fn the_library_name_falls_back_when_empty() {
        let mut ws = Workspace::default();
        assert_eq!(ws.display_name(), "Mijn bibliotheek");
        ws.library.name = "  Bibliotheek Helmond-Peel ".into();
        assert_eq!(ws.display_name(), "Bibliotheek Helmond-Peel");
    }
}

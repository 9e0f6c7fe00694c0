//! The planning form (Bijlagen 6 and 7): an institution's activities, made from the
//! agreements of a conversation, from the guide's example or by hand.

use std::collections::BTreeMap;

use reactive_stores::{Patch, Store};
use serde::{Deserialize, Serialize};

use super::records::{Stamps, field_names};
use super::{Conversation, InvalidInput, SchoolYear, Table, parse_month};
use crate::content::{PLANNING_COLUMNS, PlanningExample};

/// One row of an institution's planning form (Bijlagen 6 and 7).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Activity {
    pub id: String,
    pub institution_id: String,
    pub activity: String,
    pub goal: String,
    pub action_points: String,
    /// When, as the school writes it ("September", "voor de kerst").
    pub planning: String,
    /// The month it falls in, `jjjj-mm`, for the Overzicht; empty if unknown.
    pub month: String,
    /// The school year whose plan it is in ("2026-2027"); a row with a month is in its
    /// month's year (`Activity::year`).
    pub school_year: String,
    pub who: String,
    pub organisation: String,
    pub evaluation: String,
    pub done: bool,
    /// The conversation whose agreements it came from, if any.
    pub conversation_id: Option<String>,
    /// The example of Bijlage 6 it was copied from, if any: its evaluation is shown as an
    /// example beside the row's own, never copied into it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example_id: Option<String>,
    /// The row of an earlier year's plan that *Nieuw schooljaar starten* copied it from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copied_from: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// When each field got its value, for merging files field by field (`storage::import`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub stamps: Stamps,
}

field_names!(
    /// The fields of a planning row the user edits.
    ActivityField {
        InstitutionId => "institutionId",
        Activity => "activity",
        Goal => "goal",
        ActionPoints => "actionPoints",
        Planning => "planning",
        Month => "month",
        Who => "who",
        Organisation => "organisation",
        Evaluation => "evaluation",
        Done => "done",
        ConversationId => "conversationId",
        ExampleId => "exampleId",
        SchoolYear => "schoolYear",
        CopiedFrom => "copiedFrom",
    }
);

impl Activity {
    /// A row of the guide's example (Bijlage 6) that the user has not changed: the guide's
    /// work, not the user's. It moves no step and is no activity of the school's year.
    pub fn is_untouched_example(&self) -> bool {
        self.example_id.is_some() && self.stamps.is_empty()
    }

    /// Nothing written in any of the guide's seven columns: a card added and left empty.
    pub fn is_blank(&self) -> bool {
        [
            &self.activity,
            &self.goal,
            &self.action_points,
            &self.planning,
            &self.who,
            &self.organisation,
            &self.evaluation,
        ]
        .iter()
        .all(|text| text.trim().is_empty())
    }

    /// The school year whose plan it is in: its month's, else the one it was put in.
    pub fn year(&self) -> Option<SchoolYear> {
        match parse_month(&self.month) {
            Some(month) => Some(SchoolYear::of(month)),
            None => SchoolYear::parse(&self.school_year).ok(),
        }
    }

    /// Sets the month it falls in, within the school year whose plan it is in: a month of
    /// another year is refused (the row would leave this year's plan without a word), and
    /// the row stays in its year when the month is cleared.
    pub fn set_month(&mut self, month: String) -> Result<(), InvalidInput> {
        let year = self.year();
        if let (Some(year), Some(new)) = (year, parse_month(&month))
            && !year.contains(new)
        {
            return Err(InvalidInput(format!(
                "{} valt niet in schooljaar {}, het plan van deze activiteit. Kies een maand van augustus {} tot en met juli {}.",
                super::format_month(&month),
                year.label(),
                year.first_day().map_or(0, |d| d.year()),
                year.first_day().map_or(0, |d| d.year() + 1),
            )));
        }
        self.month = month;
        if let Some(year) = year {
            self.school_year = year.label();
        }
        Ok(())
    }

    /// Mends a month that is not a month, read from a file: it is cleared and kept, as it
    /// was written, in the row's planning text.
    pub fn repair(&mut self) {
        if self.validate().is_err() {
            let month = std::mem::take(&mut self.month);
            super::institution::add_line(&mut self.planning, &format!("(maand: {month})"));
        }
    }

    pub fn validate(&self) -> Result<(), InvalidInput> {
        let valid_month = self.month.is_empty() || parse_month(&self.month).is_some();
        if valid_month {
            Ok(())
        } else {
            Err(InvalidInput(format!(
                "‘{}’ is geen geldige maand. Kies een maand of laat het veld leeg.",
                self.month
            )))
        }
    }
}

/// A planning form's rows in the order of the school year: by month, rows without a month
/// last; rows of one month keep the order the user gave them.
pub fn in_month_order<'a>(rows: impl IntoIterator<Item = &'a Activity>) -> Vec<&'a Activity> {
    let mut rows: Vec<_> = rows.into_iter().collect();
    // `jjjj-mm` sorts as the calendar does; the sort is stable, so the user's order stays.
    rows.sort_by_key(|a| (a.month.is_empty(), a.month.as_str()));
    rows
}

/// For rows in month order, whether each is the first and the last of its month: where
/// Omhoog and Omlaag stop.
pub fn month_ends(rows: &[&Activity]) -> Vec<(bool, bool)> {
    let same_month = |i: usize, j: Option<usize>| {
        j.and_then(|j| rows.get(j))
            .is_some_and(|other| other.month == rows[i].month)
    };
    (0..rows.len())
        .map(|i| {
            (
                !same_month(i, i.checked_sub(1)),
                !same_month(i, Some(i + 1)),
            )
        })
        .collect()
}

/// Where a row of one form moves with Omhoog (`up`) or Omlaag: the place in `all` of its
/// neighbour in month order, within the same month (the months themselves set the rest of
/// the order). `None` if it is first or last of its month.
pub fn neighbour_in_month(all: &[Activity], id: &str, up: bool) -> Option<usize> {
    let row = all.iter().find(|a| a.id == id)?;
    let month = in_month_order(
        all.iter()
            .filter(|a| a.institution_id == row.institution_id && a.month == row.month),
    );
    let at = month.iter().position(|a| a.id == id)?;
    let other = if up {
        month.get(at.checked_sub(1)?)
    } else {
        month.get(at + 1)
    }?;
    all.iter().position(|a| a.id == other.id)
}

/// New planning rows for the conversation's agreements that the form does not have yet.
pub fn activities_from_agreements(
    conversation: &Conversation,
    existing: &[Activity],
    mut new_id: impl FnMut() -> String,
    now: &str,
) -> Vec<Activity> {
    let Some(institution_id) = &conversation.institution_id else {
        return Vec::new();
    };
    conversation
        .agreement_items()
        .into_iter()
        .filter(|item| {
            !existing.iter().any(|a| {
                a.conversation_id.as_deref() == Some(conversation.id.as_str())
                    && a.activity == *item
            })
        })
        .map(|item| Activity {
            id: new_id(),
            institution_id: institution_id.clone(),
            activity: item,
            conversation_id: Some(conversation.id.clone()),
            created_at: now.to_string(),
            updated_at: now.to_string(),
            ..Default::default()
        })
        .collect()
}

/// The planning form as a table for a spreadsheet: the guide's seven columns, the month and
/// whether it is done.
pub fn planning_table(rows: &[&Activity]) -> Table {
    let header = PLANNING_COLUMNS
        .iter()
        .map(|c| c.title.to_string())
        .chain(["Maand".to_string(), "Gedaan".to_string()])
        .collect();
    let rows = rows
        .iter()
        .map(|row| {
            let done = if row.done { "ja" } else { "nee" };
            [
                &row.activity,
                &row.goal,
                &row.action_points,
                &row.planning,
                &row.who,
                &row.organisation,
                &row.evaluation,
            ]
            .into_iter()
            .cloned()
            // The month as words ("februari 2027"): Excel would read "2027-02" as a date.
            .chain([super::format_month(&row.month), done.to_string()])
            .collect()
        })
        .collect();
    Table { header, rows }
}

/// The guide's own evaluation of the example a row was copied from, to show as an example.
pub fn example_evaluation(row: &Activity) -> Option<&'static str> {
    let id = row.example_id.as_deref()?;
    crate::content::PLANNING_EXAMPLES
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.evaluation)
}

/// A new planning row from one of the guide's filled-in examples (Bijlage 6).
pub fn activity_from_example(
    example: &PlanningExample,
    id: String,
    institution_id: &str,
    now: &str,
) -> Activity {
    Activity {
        id,
        institution_id: institution_id.to_string(),
        activity: example.activity.to_string(),
        goal: example.goal.to_string(),
        action_points: example.action_points.to_string(),
        planning: example.planning.to_string(),
        who: example.who.to_string(),
        organisation: example.organisation.to_string(),
        // The guide's results are the guide's: this school's evaluation starts empty.
        example_id: Some(example.id.to_string()),
        created_at: now.to_string(),
        updated_at: now.to_string(),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_stays_within_the_rows_school_year() {
        let mut row = Activity {
            school_year: "2027-2028".into(),
            ..Default::default()
        };
        assert!(row.set_month("2028-07".into()).is_ok());
        let refused = row.set_month("2027-06".into()).unwrap_err();
        assert_eq!(
            refused.0,
            "juni 2027 valt niet in schooljaar 2027-2028, het plan van deze activiteit. Kies een maand van augustus 2027 tot en met juli 2028."
        );
        assert_eq!(row.month, "2028-07", "refused: nothing changed");
        row.set_month(String::new()).unwrap();
        assert_eq!(
            row.year().map(SchoolYear::label).as_deref(),
            Some("2027-2028")
        );
    }

    use crate::content::PLANNING_EXAMPLES;
    use crate::model::ConversationKind;

    const NOW: &str = "2026-11-28T10:00:00Z";

    fn held() -> Conversation {
        let mut c = Conversation::new("g1", ConversationKind::Start, Some("school"), NOW);
        c.agreements = "• Wensen- en verwachtingenavond in september\n\n- Voorleesactiviteit in de bibliotheek\n   \n".into();
        c
    }

    #[test]
    fn each_agreement_line_becomes_one_activity_linked_to_the_conversation() {
        let mut n = 0;
        let rows = activities_from_agreements(
            &held(),
            &[],
            || {
                n += 1;
                format!("a{n}")
            },
            NOW,
        );
        let names: Vec<&str> = rows.iter().map(|a| a.activity.as_str()).collect();
        assert_eq!(
            names,
            [
                "Wensen- en verwachtingenavond in september",
                "Voorleesactiviteit in de bibliotheek"
            ]
        );
        assert!(rows.iter().all(|a| a.conversation_id.as_deref() == Some("g1") && a.institution_id == "school"));
    }

    #[test]
    fn agreements_already_in_the_form_are_not_added_twice() {
        let mut n = 0;
        let first = activities_from_agreements(
            &held(),
            &[],
            || {
                n += 1;
                format!("a{n}")
            },
            NOW,
        );
        let again = activities_from_agreements(
            &held(),
            &first,
            || {
                n += 1;
                format!("a{n}")
            },
            NOW,
        );
        assert!(again.is_empty());
    }

    #[test]
    fn library_conversations_make_no_institution_activities() {
        let mut c = Conversation::new("g2", ConversationKind::Management, None, NOW);
        c.agreements = "Plan maken".into();
        assert!(activities_from_agreements(&c, &[], || "x".into(), NOW).is_empty());
        assert!(c.validate().is_ok());
    }

    #[test]
    fn a_month_must_be_a_real_month() {
        let mut a = Activity {
            month: "2026-09".into(),
            ..Default::default()
        };
        assert!(a.validate().is_ok());
        a.month = "2026-13".into();
        assert!(a.validate().is_err());
        a.month = "september".into();
        assert!(a.validate().is_err());
    }
    #[test]
    fn the_planning_table_has_the_guides_columns_and_every_field() {
        let row = Activity {
            activity: "Ouderavond \"lezen\"".into(),
            goal: "Regel 1\nRegel 2".into(),
            month: "2026-11".into(),
            done: true,
            ..Default::default()
        };
        let table = planning_table(&[&row]);
        let columns: Vec<&str> = PLANNING_COLUMNS.iter().map(|c| c.title).collect();
        assert_eq!(table.header[..7], columns[..], "the guide's seven columns");
        assert_eq!(table.header[7..], ["Maand", "Gedaan"]);
        assert_eq!(table.rows[0][0], "Ouderavond \"lezen\"");
        assert_eq!(table.rows[0][1], "Regel 1\nRegel 2");
        assert_eq!(table.rows[0][7..], ["november 2026", "ja"]);
    }

    #[test]
    fn the_guides_examples_become_editable_rows() {
        let rows: Vec<Activity> = PLANNING_EXAMPLES
            .iter()
            .enumerate()
            .map(|(n, e)| activity_from_example(e, format!("r{n}"), "school", "2026-11-28"))
            .collect();
        assert_eq!(rows.len(), 4);
        assert!(rows.iter().all(|r| !r.activity.is_empty()
            && r.institution_id == "school"
            && r.validate().is_ok()));
        // The plan is copied, the guide's results are not: they are the guide's, shown as an
        // example beside the row.
        assert!(PLANNING_EXAMPLES.iter().all(|e| !e.evaluation.is_empty()));
        for (row, example) in rows.iter().zip(PLANNING_EXAMPLES.iter()) {
            assert_eq!(row.evaluation, "");
            assert!(!row.done);
            assert_eq!(row.example_id.as_deref(), Some(example.id));
            assert_eq!(example_evaluation(row), Some(example.evaluation));
        }
    }
}

//! The school year as a unit of work: which year an institution is in, which year a
//! planning row belongs to, and *Nieuw schooljaar starten*, which carries a plan into the
//! next year without its results and leaves the old year as it was.

use std::collections::{BTreeMap, HashSet};

use super::{
    Activity, Conversation, Evaluation, EvaluationKind, Institution, InstitutionField,
    InvalidInput, SchoolYear, Workspace, date_text, parse_date, parse_month,
};

impl Institution {
    /// The school year it is being worked on: its *schooljaar*, else the one `today` is in.
    pub fn current_year(&self, today: &str) -> SchoolYear {
        SchoolYear::parse(&self.school_year)
            .ok()
            .or_else(|| parse_date(today).map(SchoolYear::of))
            .unwrap_or_else(|| SchoolYear::of(jiff::civil::date(2026, 8, 1)))
    }

    /// The year of its plan to show: the one asked for (`?jaar=`), else the one it is in.
    pub fn plan_year(&self, asked: Option<&str>, today: &str) -> SchoolYear {
        asked
            .and_then(|year| SchoolYear::parse(year).ok())
            .unwrap_or_else(|| self.current_year(today))
    }

    /// Whether `year` is an earlier year than the one it is in now: its plan is then kept as
    /// it was, and edited only when the user chooses to.
    pub fn is_past(&self, year: SchoolYear, today: &str) -> bool {
        year < self.current_year(today)
    }

    /// The step 10 agreements as they held in `year`: those kept when that year ended, else
    /// the agreements as they are now.
    pub fn agreements_in(&self, year: SchoolYear) -> &BTreeMap<String, String> {
        self.past_agreements
            .get(&year.label())
            .unwrap_or(&self.agreements)
    }

    /// The earlier school year whose agreements were carried into this one and are still to
    /// be looked at again with the school.
    pub fn agreements_to_review(&self) -> Option<&str> {
        let from = self.agreements_from.trim();
        let written = self.agreements.values().any(|a| !a.trim().is_empty());
        (written && !from.is_empty() && from != self.school_year.trim()).then_some(from)
    }
}

impl Conversation {
    /// The school year it belongs to: that of its date, else of the day it was started.
    pub fn year(&self) -> Option<SchoolYear> {
        let day = match self.date.as_str() {
            "" => self.created_at.as_str(),
            date => date,
        };
        parse_date(day).map(SchoolYear::of)
    }
}

/// What *Nieuw schooljaar starten* did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NewYearStarted {
    pub institutions: usize,
    pub activities: usize,
}

impl Workspace {
    /// Starts the year after `from` for one institution: its *schooljaar* becomes the next
    /// year, the step 10 agreements are kept as they were in `from` and carried over to be
    /// reviewed, and the rows of `from`'s plan are copied into the new year's plan with
    /// their months a year on, without results, done marks or evaluations. The old year and
    /// the steps stay as they are; a row copied once is not copied again.
    pub fn start_new_year(
        &mut self,
        institution_id: &str,
        from: SchoolYear,
        mut new_id: impl FnMut() -> String,
        now: &str,
    ) -> Result<NewYearStarted, InvalidInput> {
        if self.institution(institution_id).is_none() {
            return Err(InvalidInput("Deze instelling bestaat niet (meer).".into()));
        }
        may_start_after(from, now)?;
        let to = from.next();
        let copied: HashSet<&str> = self
            .activities
            .iter()
            .filter_map(|a| a.copied_from.as_deref())
            .collect();
        let copies: Vec<Activity> = self
            .activities
            .iter()
            .filter(|a| {
                a.institution_id == institution_id
                    && a.year() == Some(from)
                    && !a.is_untouched_example()
                    && !copied.contains(a.id.as_str())
            })
            .map(|a| copy_into(a, to, new_id(), now))
            .collect();
        let added = copies.len();
        self.activities.extend(copies);

        let institution = self.institution(institution_id).expect("checked above");
        let year_moves = institution.current_year(now) <= from
            || SchoolYear::parse(&institution.school_year).is_err();
        let agreements = institution.agreements.clone();
        let keep =
            !agreements.is_empty() && !institution.past_agreements.contains_key(&from.label());
        if keep {
            self.update_institution(institution_id, now, InstitutionField::PastAgreements, |i| {
                i.past_agreements.insert(from.label(), agreements);
                Ok(())
            })?;
            self.update_institution(institution_id, now, InstitutionField::AgreementsFrom, |i| {
                i.agreements_from = from.label();
                Ok(())
            })?;
        }
        if year_moves {
            self.update_institution(institution_id, now, InstitutionField::SchoolYear, |i| {
                i.school_year = to.label();
                Ok(())
            })?;
        }
        Ok(NewYearStarted {
            institutions: usize::from(year_moves || added > 0),
            activities: added,
        })
    }

    /// Starts the year after `from` for every institution that is in `from` now (not the
    /// archived ones, nor those already in a later year).
    pub fn start_new_year_for_all(
        &mut self,
        from: SchoolYear,
        mut new_id: impl FnMut() -> String,
        now: &str,
    ) -> Result<NewYearStarted, InvalidInput> {
        may_start_after(from, now)?;
        let ids: Vec<String> = self
            .institutions
            .iter()
            .filter(|i| !i.archived && i.current_year(now) == from)
            .map(|i| i.id.clone())
            .collect();
        let mut total = NewYearStarted::default();
        for id in ids {
            let started = self.start_new_year(&id, from, &mut new_id, now)?;
            total.institutions += started.institutions;
            total.activities += started.activities;
        }
        Ok(total)
    }

    /// Puts every planning row that has no school year in the one its month, its
    /// institution's *schooljaar* or the day it was made says, and tells the evaluations
    /// recorded before the app knew the two kinds apart by their date. For documents of
    /// schema version 3 and older (`storage::migrate`); returns whether anything changed.
    pub fn place_in_school_years(&mut self) -> bool {
        let years: BTreeMap<&str, SchoolYear> = self
            .institutions
            .iter()
            .filter_map(|i| Some((i.id.as_str(), SchoolYear::parse(&i.school_year).ok()?)))
            .collect();
        let mut placed = false;
        for activity in self
            .activities
            .iter_mut()
            .filter(|a| a.school_year.is_empty())
        {
            let year = parse_month(&activity.month)
                .map(SchoolYear::of)
                .or_else(|| years.get(activity.institution_id.as_str()).copied())
                .or_else(|| parse_date(&activity.created_at).map(SchoolYear::of));
            if let Some(year) = year {
                activity.school_year = year.label();
                placed = true;
            }
        }
        placed
    }
}

/// The month from which the next school year may be started: the plans for it are made in
/// the spring (the end evaluation is in May or June).
const NEXT_YEAR_FROM_MONTH: i8 = 4;

/// Whether the year after `from` may be started on `today`: from April of `from` on, or any
/// time once `from` is over; not earlier, so that a year is not closed before it has run.
pub fn may_start_after(from: SchoolYear, today: &str) -> Result<(), InvalidInput> {
    let Some(day) = parse_date(today) else {
        return Ok(());
    };
    let now = SchoolYear::of(day);
    let in_spring = (NEXT_YEAR_FROM_MONTH..8).contains(&day.month());
    if from < now || (from == now && in_spring) {
        return Ok(());
    }
    let end = from.next().first_day().map_or(0, |d| d.year());
    Err(InvalidInput(format!(
        "Schooljaar {} loopt nog. Het volgende schooljaar start u vanaf april {end}, als het plan daarvoor gemaakt wordt.",
        from.label()
    )))
}

/// Tells evaluations recorded before there were two kinds apart by their date.
pub fn tell_evaluation_kinds(evaluations: &mut [Evaluation]) {
    for evaluation in evaluations {
        evaluation.kind = EvaluationKind::likely_on(&evaluation.date);
    }
}

/// A row of last year's plan as a row of `year`'s: the plan itself, without what came of it.
fn copy_into(row: &Activity, year: SchoolYear, id: String, now: &str) -> Activity {
    let month = parse_month(&row.month)
        .and_then(|m| m.checked_add(jiff::Span::new().years(1)).ok())
        .map(|m| date_text(m)[..7].to_string())
        .unwrap_or_default();
    Activity {
        id,
        institution_id: row.institution_id.clone(),
        activity: row.activity.clone(),
        goal: row.goal.clone(),
        action_points: row.action_points.clone(),
        planning: row.planning.clone(),
        month,
        school_year: year.label(),
        who: row.who.clone(),
        organisation: row.organisation.clone(),
        conversation_id: row.conversation_id.clone(),
        copied_from: Some(row.id.clone()),
        created_at: now.to_string(),
        updated_at: now.to_string(),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActivityResult, InstitutionKind, Outcome, outcome_of};
    use jiff::civil::date;

    const JUNE: &str = "2027-06-20T10:00:00.000Z";

    fn year(y: i16) -> SchoolYear {
        SchoolYear::of(date(y, 9, 1))
    }

    /// A school in 2026-2027 with a plan of three rows (one done, one judged by the end
    /// evaluation, one without a month) and agreements.
    fn school_with_a_year() -> Workspace {
        let mut ws = Workspace::default();
        let mut school =
            Institution::new("s", "De Linde", InstitutionKind::Basisschool, JUNE).unwrap();
        school.school_year = "2026-2027".into();
        school
            .agreements
            .insert("stap-10-vraag-1".into(), "Elke maand een ouderavond".into());
        school.evaluations.push(Evaluation {
            id: "eind".into(),
            kind: EvaluationKind::Final,
            date: "2027-06-10".into(),
            went_well: "Veel ouders".into(),
            results: [(
                "a1".to_string(),
                ActivityResult {
                    outcome: Outcome::Partly,
                    note: "twee van de drie avonden".into(),
                },
            )]
            .into(),
            ..Default::default()
        });
        ws.institutions.push(school);
        let row = |id: &str, month: &str, done: bool| Activity {
            id: id.into(),
            institution_id: "s".into(),
            activity: format!("Activiteit {id}"),
            month: month.into(),
            school_year: "2026-2027".into(),
            evaluation: "Ging goed".into(),
            done,
            created_at: "2026-09-01T10:00:00.000Z".into(),
            updated_at: "2026-09-01T10:00:00.000Z".into(),
            ..Default::default()
        };
        ws.activities = vec![
            row("a1", "2026-10", false),
            row("a2", "2027-03", true),
            row("a3", "", false),
        ];
        ws
    }

    fn counter() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("nieuw-{n}")
        }
    }

    #[test]
    fn a_new_year_copies_the_plan_without_what_came_of_it() {
        let mut ws = school_with_a_year();
        let started = ws.start_new_year("s", year(2026), counter(), JUNE).unwrap();
        assert_eq!(
            started,
            NewYearStarted {
                institutions: 1,
                activities: 3
            }
        );
        let new: Vec<_> = ws
            .activities
            .iter()
            .filter(|a| a.year() == Some(year(2027)))
            .collect();
        assert_eq!(new.len(), 3);
        assert!(new.iter().all(|a| !a.done && a.evaluation.is_empty()));
        assert_eq!(new[0].month, "2027-10");
        assert_eq!(new[0].copied_from.as_deref(), Some("a1"));
        assert_eq!(new[2].month, "");
        assert_eq!(new[2].school_year, "2027-2028");
        // The old year is as it was, its results included.
        let old: Vec<_> = ws
            .activities
            .iter()
            .filter(|a| a.year() == Some(year(2026)))
            .collect();
        assert_eq!(old.len(), 3);
        assert!(old[1].done);
        let school = ws.institution("s").unwrap();
        assert_eq!(outcome_of(school, old[0]), Outcome::Partly);
        assert_eq!(outcome_of(school, new[0]), Outcome::Open);
        assert_eq!(school.evaluations.len(), 1);
        // The school is in the new year, its agreements kept for the old one and to review.
        assert_eq!(school.school_year, "2027-2028");
        assert!(school.is_past(year(2026), "2027-06-20"));
        assert_eq!(school.agreements_to_review(), Some("2026-2027"));
        assert_eq!(
            school.agreements_in(year(2026))["stap-10-vraag-1"],
            "Elke maand een ouderavond"
        );
        // The edits are stamped, so a colleague's file merges them field by field.
        assert!(school.stamps.contains_key("schoolYear"));
        assert!(school.stamps.contains_key("pastAgreements"));
    }

    #[test]
    fn starting_a_year_twice_copies_once() {
        let mut ws = school_with_a_year();
        ws.start_new_year("s", year(2026), counter(), JUNE).unwrap();
        let again = ws.start_new_year("s", year(2026), counter(), JUNE).unwrap();
        assert_eq!(again.activities, 0);
        assert_eq!(ws.activities.len(), 6);
        let all = ws
            .start_new_year_for_all(year(2026), counter(), JUNE)
            .unwrap();
        assert_eq!(
            all,
            NewYearStarted::default(),
            "the school is in 2027-2028 already"
        );
        assert_eq!(ws.institution("s").unwrap().school_year, "2027-2028");
    }

    #[test]
    fn a_new_year_for_all_leaves_archived_and_later_schools_alone() {
        let mut ws = school_with_a_year();
        for (id, year, archived) in [
            ("b", "2026-2027", true),
            ("c", "2027-2028", false),
            ("d", "", false),
        ] {
            let mut other = Institution::new(id, id, InstitutionKind::Basisschool, JUNE).unwrap();
            other.school_year = year.into();
            other.archived = archived;
            ws.institutions.push(other);
        }
        let all = ws
            .start_new_year_for_all(year(2026), counter(), JUNE)
            .unwrap();
        // "s", and "d", which has no school year and is in the one June 2027 is in.
        assert_eq!(
            all,
            NewYearStarted {
                institutions: 2,
                activities: 3
            }
        );
        assert_eq!(ws.institution("b").unwrap().school_year, "2026-2027");
        assert_eq!(ws.institution("c").unwrap().school_year, "2027-2028");
        assert_eq!(ws.institution("d").unwrap().school_year, "2027-2028");
    }

    #[test]
    fn a_year_is_not_closed_before_its_spring() {
        let mut ws = school_with_a_year();
        let refused = ws
            .start_new_year("s", year(2026), counter(), "2027-03-31T10:00:00.000Z")
            .unwrap_err();
        assert!(
            refused.0.contains("Schooljaar 2026-2027 loopt nog"),
            "{}",
            refused.0
        );
        assert!(refused.0.contains("vanaf april 2027"), "{}", refused.0);
        ws.start_new_year("s", year(2026), counter(), "2027-04-01T10:00:00.000Z")
            .unwrap();
        // Started in the spring, the next year cannot be started too.
        let again = ws
            .start_new_year("s", year(2027), counter(), JUNE)
            .unwrap_err();
        assert!(
            again.0.contains("Schooljaar 2027-2028 loopt nog"),
            "{}",
            again.0
        );
        assert!(
            ws.start_new_year_for_all(year(2027), counter(), JUNE)
                .is_err()
        );
        // A year long over may be closed any time.
        assert!(may_start_after(year(2025), "2026-10-01").is_ok());
    }

    #[test]
    fn an_unknown_institution_is_refused() {
        let mut ws = school_with_a_year();
        let refused = ws
            .start_new_year("weg", year(2026), counter(), JUNE)
            .unwrap_err();
        assert!(refused.0.contains("bestaat niet"));
    }

    #[test]
    fn rows_without_a_year_are_placed_by_month_school_year_or_making() {
        let mut ws = school_with_a_year();
        ws.institutions[0].school_year = "2025-2026".into();
        for a in &mut ws.activities {
            a.school_year.clear();
        }
        ws.activities.push(Activity {
            id: "zonder-instelling-jaar".into(),
            institution_id: "onbekend".into(),
            created_at: "2027-02-01T10:00:00.000Z".into(),
            ..Default::default()
        });
        assert!(ws.place_in_school_years());
        let years: Vec<_> = ws
            .activities
            .iter()
            .map(|a| a.school_year.as_str())
            .collect();
        assert_eq!(years, ["2026-2027", "2026-2027", "2025-2026", "2026-2027"]);
        assert!(
            !ws.place_in_school_years(),
            "placed rows stay where they are"
        );
    }

    #[test]
    fn evaluations_are_told_apart_by_their_month() {
        let mut evaluations = vec![
            Evaluation {
                date: "2027-01-20".into(),
                ..Default::default()
            },
            Evaluation {
                date: "2027-06-02".into(),
                ..Default::default()
            },
            Evaluation {
                date: "".into(),
                kind: EvaluationKind::Final,
                ..Default::default()
            },
        ];
        tell_evaluation_kinds(&mut evaluations);
        let kinds: Vec<_> = evaluations.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [
                EvaluationKind::Interim,
                EvaluationKind::Final,
                EvaluationKind::Interim
            ]
        );
    }
}

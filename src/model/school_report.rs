//! The Schoolrapportage: what a consultant hands a school's leescoördinator and director
//! for one school year — where the school stands in steps 7–12, the agreements, the plan
//! with what was done, the evaluations and the conversations.

use super::{
    Activity, Conversation, Evaluation, Institution, Outcome, SchoolYear, StatusReason, Workspace,
    in_month_order, latest_result, outcome_of, parse_date,
};
use crate::content::{STEPS, step_by_id};

/// One step of 7–12 as the report states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportStep {
    pub number: u8,
    pub title: &'static str,
    pub status: &'static str,
    /// Why, in words: "door het startgesprek van 24-09-2026"; empty when nothing says.
    pub why: String,
}

/// Everything the report shows, read from the records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolReport<'a> {
    pub institution: &'a Institution,
    /// The name of its leesconsulent; empty when it has none.
    pub consultant: &'a str,
    pub year: SchoolYear,
    pub steps: Vec<ReportStep>,
    /// The step 10 agreements that were written: (the guide's question, the answer).
    pub agreements: Vec<(&'static str, &'a str)>,
    /// The year's plan in month order.
    pub activities: Vec<&'a Activity>,
    pub evaluations: Vec<&'a Evaluation>,
    pub conversations: Vec<&'a Conversation>,
}

impl<'a> SchoolReport<'a> {
    /// The report of `institution_id` for `year`; `None` if there is no such institution.
    pub fn of(workspace: &'a Workspace, institution_id: &str, year: SchoolYear) -> Option<Self> {
        let institution = workspace.institution(institution_id)?;
        let work = workspace.work_of(institution).summary();
        let steps = STEPS
            .iter()
            .filter(|s| s.number >= 7)
            .map(|s| {
                let state = work.step(s.number);
                let why = match &state.why {
                    StatusReason::Work(why) => why.clone(),
                    StatusReason::ByHand => "vastgesteld door de bibliotheek".to_string(),
                    StatusReason::Nothing => String::new(),
                };
                ReportStep {
                    number: s.number,
                    title: s.title,
                    status: state.status.label(),
                    why,
                }
            })
            .collect();
        let questions = step_by_id("stap-10")
            .into_iter()
            .flat_map(|s| s.question_lists)
            .flat_map(|list| list.questions);
        let agreements = questions
            .filter_map(|q| {
                let answer = institution.agreements_in(year).get(q.id)?.trim();
                (!answer.is_empty()).then_some((q.text, answer))
            })
            .collect();
        let in_year = |date: &str| parse_date(date).is_some_and(|d| year.contains(d));
        let activities = in_month_order(workspace.activities.iter().filter(|a| {
            a.institution_id == institution.id
                && !a.is_untouched_example()
                && !a.is_blank()
                && a.year() == Some(year)
        }));
        let mut evaluations: Vec<_> = institution
            .evaluations
            .iter()
            // An evaluation without a date is of the year the institution is in.
            .filter(|e| match e.date.as_str() {
                "" => SchoolYear::parse(&institution.school_year) == Ok(year),
                date => in_year(date),
            })
            .collect();
        evaluations.sort_by_key(|e| e.date.as_str());
        let mut conversations: Vec<_> = workspace
            .conversations
            .iter()
            .filter(|c| c.institution_id.as_deref() == Some(institution.id.as_str()))
            .filter(|c| in_year(&c.date) && !c.is_untouched())
            .collect();
        conversations.sort_by_key(|c| c.date.as_str());
        Some(Self {
            institution,
            consultant: workspace.consultant_name(institution),
            year,
            steps,
            agreements,
            activities,
            evaluations,
            conversations,
        })
    }

    /// What came of an activity: the word of the year's latest evaluation that judged it,
    /// with its note, else the plan's own *Gedaan* mark.
    pub fn result_of(&self, activity: &Activity) -> (Outcome, &'a str) {
        match latest_result(self.institution, activity) {
            Some((result, _)) => (result.outcome, result.note.as_str()),
            None => (outcome_of(self.institution, activity), ""),
        }
    }

    /// How many of the plan's activities came out as `outcome`.
    pub fn count(&self, outcome: Outcome) -> usize {
        self.activities
            .iter()
            .filter(|a| self.result_of(a).0 == outcome)
            .count()
    }

    /// The year's conversations whose agreements were written, each with its agreements.
    pub fn conversation_agreements(&self) -> Vec<(&'a Conversation, Vec<String>)> {
        self.conversations
            .iter()
            .map(|c| (*c, c.agreement_items()))
            .filter(|(_, items)| !items.is_empty())
            .collect()
    }

    /// "4 van 6 gedaan": the plan's activities done, of all.
    pub fn done_count(&self) -> (usize, usize) {
        (self.count(Outcome::Done), self.activities.len())
    }

    /// "4 van 6 activiteiten gedaan, 1 deels.": the line over the plan, on screen and in Word.
    pub fn done_line(&self) -> String {
        let (done, planned) = self.done_count();
        match self.count(Outcome::Partly) {
            0 => format!("{done} van {planned} activiteiten gedaan."),
            partly => format!("{done} van {planned} activiteiten gedaan, {partly} deels."),
        }
    }

    /// An activity's cell under *Resultaat*: "Gedaan", "Deels: alleen groep 3", "Nog open".
    pub fn result_text(&self, activity: &Activity) -> String {
        let (outcome, note) = self.result_of(activity);
        let said = match outcome {
            Outcome::Open => "Nog open",
            outcome => outcome.label(),
        };
        match note.trim() {
            "" => said.to_string(),
            note => format!("{said}: {note}"),
        }
    }
}

/// An evaluation's heading in the report: "Eindevaluatie van 10-06-2027".
pub fn evaluation_heading(evaluation: &Evaluation) -> String {
    match evaluation.date.as_str() {
        "" => format!("{} (zonder datum)", evaluation.kind.label()),
        date => format!(
            "{} van {}",
            evaluation.kind.label(),
            super::format_date(date)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActivityResult, ConversationKind, ConversationStatus};
    use jiff::civil::date;

    #[test]
    fn the_report_holds_the_years_work_of_one_school() {
        let mut ws = Workspace::default();
        let mut school = Institution {
            id: "linde".into(),
            name: "Obs De Linde".into(),
            ..Default::default()
        };
        school.agreements.insert(
            "stap-10-afspraak-team".into(),
            "In de teamvergadering".into(),
        );
        school
            .agreements
            .insert("stap-10-afspraak-leesconsulent".into(), "  ".into());
        school.school_year = "2026-2027".into();
        for (id, day) in [
            ("e-old", "2026-06-01"),
            ("e2", "2027-06-10"),
            ("e1", "2027-02-02"),
            // Without a date: of the year the school is in.
            ("e-undated", ""),
        ] {
            school.evaluations.push(Evaluation {
                id: id.into(),
                date: day.into(),
                ..Default::default()
            });
        }
        ws.institutions.push(school);
        let mut held = Conversation::new("g1", ConversationKind::Start, Some("linde"), "x");
        held.date = "2026-09-24".into();
        held.status = ConversationStatus::Held;
        let mut untouched =
            Conversation::new("g2", ConversationKind::Deepening, Some("linde"), "x");
        untouched.date = "2026-10-01".into();
        ws.conversations = vec![held, untouched];
        ws.institutions[0].evaluations[1].results.insert(
            "mrt".into(),
            ActivityResult {
                outcome: Outcome::Partly,
                note: "alleen groep 3".into(),
            },
        );
        let row = |id: &str, month: &str, year: &str, done: bool| Activity {
            id: id.into(),
            institution_id: "linde".into(),
            activity: format!("Activiteit {id}"),
            month: month.into(),
            school_year: year.into(),
            done,
            ..Default::default()
        };
        ws.activities = vec![
            row("mrt", "2027-03", "", false),
            row("okt", "2026-10", "", true),
            row("vorig", "2026-05", "", true),
            row("open", "", "2026-2027", false),
            row("volgend-jaar", "", "2027-2028", false),
            // A card added and left empty is no activity of the plan.
            Activity {
                id: "leeg".into(),
                institution_id: "linde".into(),
                school_year: "2026-2027".into(),
                ..Default::default()
            },
        ];
        let report = SchoolReport::of(&ws, "linde", SchoolYear::of(date(2026, 9, 1))).unwrap();
        assert_eq!(report.steps.len(), 6);
        assert_eq!(report.steps[2].number, 9);
        assert_eq!(
            report.steps[2].status, "Bezig",
            "held, its outcome not yet chosen"
        );
        assert!(
            report.steps[2].why.contains("24-09-2026"),
            "{}",
            report.steps[2].why
        );
        assert_eq!(
            report.agreements,
            [(
                "Hoe wordt het leerkrachtenteam meegenomen in de ontwikkelingen?",
                "In de teamvergadering"
            )]
        );
        let ids = |rows: &[&Activity]| rows.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&report.activities), ["okt", "mrt", "open"]);
        assert_eq!(report.done_count(), (1, 3));
        assert_eq!(report.count(Outcome::Partly), 1);
        assert_eq!(
            report.result_of(report.activities[1]),
            (Outcome::Partly, "alleen groep 3")
        );
        let evaluations: Vec<_> = report.evaluations.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(evaluations, ["e-undated", "e1", "e2"]);
        assert_eq!(report.conversations.len(), 1, "not the untouched one");
        assert!(SchoolReport::of(&ws, "weg", report.year).is_none());
    }
}

//! Conversations held with the guide's question lists, and the planning form they feed.

use serde::{Deserialize, Serialize};

use super::records::Stamps;
use std::collections::BTreeMap;

use super::{InvalidInput, Table, parse_month, validate_date};
use crate::content::{
    Audience, BIJLAGE_5, GuideQuestion, PLANNING_COLUMNS, PlanningExample, Question, QuestionList,
    STAP_10_WENSEN_OUDERS, STEPS, step,
};

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Conversation {
    pub id: String,
    pub kind: ConversationKind,
    /// The institution it was held with; `None` for the library's own (steps 2 and 3).
    pub institution_id: Option<String>,
    pub date: String,
    pub status: ConversationStatus,
    /// The consultant who holds it, for the report (the user's name when it is started).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub held_by: String,
    /// Who was present, one name (and role) each.
    pub present: Vec<String>,
    pub parties: Parties,
    /// The preparation checklist, by item id.
    pub preparation: BTreeMap<String, Prepared>,
    /// Notes per question, by question id.
    pub answers: BTreeMap<String, Answer>,
    /// What was agreed; each line can become an activity of the planning form.
    pub agreements: String,
    pub created_at: String,
    pub updated_at: String,
    /// When each field got its value, for merging files field by field (`storage::merge`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub stamps: Stamps,
}

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

/// One row of an institution's planning form (Bijlagen 6 and 7).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
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
    pub created_at: String,
    pub updated_at: String,
    /// When each field got its value, for merging files field by field (`storage::merge`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub stamps: Stamps,
}

impl Activity {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}

/// A titled group of questions as a conversation screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideSection {
    pub id: &'static str,
    pub title: &'static str,
    pub questions: Vec<GuideQuestion>,
}

fn plain(question: &'static Question) -> GuideQuestion {
    GuideQuestion {
        id: question.id,
        marker: question.marker,
        text: question.text,
        sub_questions: &[],
        remark: &[],
        to_planning: false,
    }
}

fn from_list(title: &'static str, list: &'static QuestionList) -> GuideSection {
    GuideSection {
        id: list.id,
        title,
        questions: list.questions.iter().map(plain).collect(),
    }
}

fn step_list(number: u8, list_id: &str, title: &'static str) -> Vec<GuideSection> {
    step(number)
        .and_then(|s| s.question_lists.iter().find(|l| l.id == list_id))
        .map(|list| vec![from_list(title, list)])
        .unwrap_or_default()
}

/// The guide's words for a question of a step or conversation (a sub-question, a
/// preparation item, a step 7 indicator), by id: how the user recognises an answer outside
/// its page.
pub fn question_text(id: &str) -> Option<&'static str> {
    let everyone = Parties {
        school: true,
        preschool: true,
    };
    let in_question = |q: &GuideQuestion| {
        std::iter::once((q.id, q.text))
            .chain(q.sub_questions.iter().map(|s| (s.id, s.text)))
            .find_map(|(qid, text)| (qid == id).then_some(text))
    };
    BIJLAGE_5
        .preparation
        .iter()
        .find_map(|q| (q.id == id).then_some(q.text))
        .or_else(|| {
            ConversationKind::ALL
                .into_iter()
                .flat_map(|kind| guide_sections(kind, everyone))
                .find_map(|section| section.questions.iter().find_map(in_question))
        })
        .or_else(|| {
            STEPS
                .iter()
                .flat_map(|step| step.questions())
                .find_map(|q| (q.id == id).then_some(q.text))
        })
}

/// The questions of a conversation, adapted to who is at the table (Bijlage 5 may be
/// "used in adapted form" when the school or the pre-school is absent).
pub fn guide_sections(kind: ConversationKind, parties: Parties) -> Vec<GuideSection> {
    match kind {
        ConversationKind::Start | ConversationKind::Deepening => BIJLAGE_5
            .parts
            .iter()
            .filter(|part| match part.audience {
                Audience::All => true,
                Audience::School => parties.school,
                Audience::Preschool => parties.preschool,
            })
            .map(|part| GuideSection {
                id: part.id,
                title: part.title,
                questions: part.questions.to_vec(),
            })
            .collect(),
        ConversationKind::Management => {
            step_list(2, "stap-2-vragen-directie", "Vragen voor de directie")
        }
        ConversationKind::Municipality => {
            step_list(3, "stap-3-vragen-gemeente", "Vragen voor de gemeente")
        }
        ConversationKind::WorkingAgreements => step_list(10, "stap-10-afspraken", "Werkafspraken"),
        ConversationKind::ParentWishes => {
            vec![from_list(
                "Vragen voor een positief gesprek, vanuit het kind",
                &STAP_10_WENSEN_OUDERS,
            )]
        }
    }
}

/// The ids of all questions in the sections, in order.
pub fn question_ids(sections: &[GuideSection]) -> Vec<&'static str> {
    sections
        .iter()
        .flat_map(|s| s.questions.iter().map(|q| q.id))
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
                &row.month,
            ]
            .into_iter()
            .cloned()
            .chain([done.to_string()])
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
mod guide_tests {
    use super::*;
    use crate::content::PLANNING_EXAMPLES;

    #[test]
    fn bijlage_5_adapts_to_who_is_present() {
        let both = guide_sections(
            ConversationKind::Start,
            Parties {
                school: true,
                preschool: true,
            },
        );
        let school = guide_sections(
            ConversationKind::Start,
            Parties {
                school: true,
                preschool: false,
            },
        );
        let preschool = guide_sections(
            ConversationKind::Deepening,
            Parties {
                school: false,
                preschool: true,
            },
        );
        assert_eq!(question_ids(&both).len(), 1 + 7 + 8);
        assert_eq!(question_ids(&school).len(), 1 + 7);
        assert_eq!(question_ids(&preschool).len(), 1 + 8);
        assert!(question_ids(&preschool).contains(&"bijlage-5-voorschool-h"));
    }

    #[test]
    fn a_question_is_found_by_its_id_wherever_it_is() {
        assert!(
            question_text("bijlage-5-voorbereiding-1")
                .unwrap()
                .starts_with("Onderzoek via de website")
        );
        let first =
            guide_sections(ConversationKind::Management, Parties::default())[0].questions[0];
        assert_eq!(question_text(first.id), Some(first.text));
        assert!(
            question_text("stap-7-indicator-a").is_some(),
            "a step's own list"
        );
        assert_eq!(question_text("onbekend"), None);
    }

    #[test]
    fn the_step_conversations_use_the_steps_own_questions() {
        let all = Parties::default();
        assert_eq!(
            question_ids(&guide_sections(ConversationKind::Management, all)).len(),
            6
        );
        assert_eq!(
            question_ids(&guide_sections(ConversationKind::Municipality, all)).len(),
            3
        );
        assert_eq!(
            question_ids(&guide_sections(ConversationKind::WorkingAgreements, all)).len(),
            4
        );
        assert_eq!(
            question_ids(&guide_sections(ConversationKind::ParentWishes, all)).len(),
            5
        );
    }

    #[test]
    fn every_question_appears_once_across_all_guides() {
        let mut seen = std::collections::HashSet::new();
        for kind in [
            ConversationKind::Start,
            ConversationKind::Management,
            ConversationKind::Municipality,
            ConversationKind::WorkingAgreements,
            ConversationKind::ParentWishes,
        ] {
            for id in question_ids(&guide_sections(kind, Parties::default())) {
                assert!(seen.insert(id), "{id} twice");
            }
        }
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
        assert_eq!(table.rows[0][7..], ["2026-11", "ja"]);
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

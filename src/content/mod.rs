//! The guide *Ouderpartnerschap en lezen* as data.
//!
//! Every text the app shows from the guide lives in this module, once, with a stable id so
//! that saved progress and answers survive edits to the wording. Nothing here touches the
//! browser.

mod catalogue;
mod conversations;
mod planning;
mod reference;
pub mod references;
mod results;
mod steps;

pub use catalogue::{
    ASSESSMENT_INTRO, ASSESSMENT_QUESTIONS, CATALOGUE, CATALOGUE_INTRO, CATALOGUE_USE,
    CHARACTERISTICS, CHARACTERISTICS_NB, PARENT_GROUPS, PARENT_GROUPS_INTRO,
};
pub use conversations::BIJLAGE_5;
pub use planning::{PLANNING_COLUMNS, PLANNING_EXAMPLES, PLANNING_INTRO, PLANNING_TITLE};
pub use reference::{BIJLAGE_2, COMPETENCES, REFERENCE_PAGES};
pub use results::{FUNDING_SOURCES, PLAN_PARTS};
pub use steps::{INSTITUTION_TAB_NAMES, LIBRARY_TASK_STEPS, STAP_10_WENSEN_OUDERS, STEPS};

/// A piece of running guide text: a paragraph or a bulleted list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    Paragraph(&'static str),
    List(&'static [&'static str]),
    /// A list of questions with stable ids, shown where it stands in the text and also
    /// used as a conversation guide.
    Questions(&'static QuestionList),
}

/// Several blocks of guide text in reading order.
pub type Text = &'static [Block];

/// Whether a step concerns the library as a whole or is also taken per institution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Library,
    Institution,
}

/// One item of a question list or checklist (a question, an indicator, an agreement).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// Stable id, unique across the whole guide.
    pub id: &'static str,
    /// The guide's own marker ("a", "b", …), or "" for a plain bullet.
    pub marker: &'static str,
    pub text: &'static str,
}

/// A titled list of questions or indicators that belongs to a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionList {
    pub id: &'static str,
    /// The guide's sentence that introduces the list.
    pub title: &'static str,
    pub questions: &'static [Question],
}

/// A worked example from practice ("Voorbeeld Bibliotheek Den Bosch").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    pub id: &'static str,
    pub title: &'static str,
    pub body: Text,
}

/// One of the guide's twelve steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Stable id: "stap-1" … "stap-12".
    pub id: &'static str,
    pub number: u8,
    /// The step's heading on its own page.
    pub title: &'static str,
    /// The step's name in the guide's overview diagram.
    pub short_title: &'static str,
    pub scope: Scope,
    /// Who takes the step, as on the step's own page ("Door").
    pub door: &'static str,
    /// Who takes the step, as in the overview diagram.
    pub overview_door: &'static str,
    /// The result, as in the overview diagram.
    pub overview_result: &'static str,
    pub doel: Text,
    pub resultaat: Text,
    pub extra: Text,
    pub question_lists: &'static [QuestionList],
    pub examples: &'static [Example],
    /// Each tip ("TIP!") of the step.
    pub tips: &'static [Text],
    /// The step's footnotes, in the guide's order.
    pub footnotes: &'static [&'static str],
}

impl Step {
    /// All question lists' questions of this step, in order.
    pub fn questions(&self) -> impl Iterator<Item = &'static Question> + use<> {
        let lists: &'static [QuestionList] = self.question_lists;
        lists.iter().flat_map(|list| list.questions.iter())
    }
}

/// The step with this number (1–12), if any.
pub fn step(number: u8) -> Option<&'static Step> {
    STEPS.iter().find(|s| s.number == number)
}

/// The step with this stable id, if any.
pub fn step_by_id(id: &str) -> Option<&'static Step> {
    STEPS.iter().find(|s| s.id == id)
}

// ---------------------------------------------------------------------------------------
// Conversation guides (Bijlage 5) and the planning form (Bijlagen 6 and 7).

/// Who a part of a conversation guide is meant for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Everyone at the table.
    All,
    /// The school (primary education).
    School,
    /// The pre-school institution.
    Preschool,
}

/// A question of a conversation guide, with the guide's sub-questions and remarks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuideQuestion {
    /// Stable id, unique across the whole guide.
    pub id: &'static str,
    /// The guide's own marker ("a", "b", …), or "".
    pub marker: &'static str,
    pub text: &'static str,
    /// Sub-questions (the guide's a., b. under a question), each with a stable id.
    pub sub_questions: &'static [Question],
    /// The guide's suggestion or remark that goes with the question, if any.
    pub remark: Text,
    /// The guide says "(Invullen in planningsformulier)": answers become activities.
    pub to_planning: bool,
}

/// A titled group of questions within a conversation guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuidePart {
    pub id: &'static str,
    pub title: &'static str,
    pub audience: Audience,
    pub questions: &'static [GuideQuestion],
}

/// A titled piece of explanation ("Waarom het gesprek?").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Explanation {
    pub id: &'static str,
    pub title: &'static str,
    pub body: Text,
}

/// Bijlage 5: the guide for the conversation with a pre-school and/or school.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConversationGuide {
    pub id: &'static str,
    pub title: &'static str,
    /// The guide's opening words (who should be present, when it can be used).
    pub intro: Text,
    /// "Voorbereiding op het gesprek": things to look up before the visit.
    pub preparation: &'static [Question],
    /// "Toelichting op het gesprek".
    pub explanation: &'static [Explanation],
    pub parts: &'static [GuidePart],
}

/// One filled-in row of the planning form (Bijlage 6). Multi-line cells use "\n" between
/// lines and start bulleted lines with "• ", as the guide lays them out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanningExample {
    pub id: &'static str,
    pub activity: &'static str,
    pub goal: &'static str,
    pub action_points: &'static str,
    pub planning: &'static str,
    pub who: &'static str,
    pub organisation: &'static str,
    pub evaluation: &'static str,
}

/// A column of the planning form (Bijlage 7): its heading and the guide's prompt under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanningColumn {
    pub id: &'static str,
    pub title: &'static str,
    pub prompt: &'static str,
}

// ---------------------------------------------------------------------------------------
// The activity overview (Bijlage 8): parent groups, characteristics, catalogue, questions.

/// One of the guide's three parent groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParentGroup {
    /// "oudergroep-1" … "oudergroep-3".
    pub id: &'static str,
    pub number: u8,
    /// "De leesouders".
    pub name: &'static str,
    pub description: &'static str,
}

/// One of the seven characteristics a–g of a successful approach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Characteristic {
    /// "kenmerk-a" … "kenmerk-g".
    pub id: &'static str,
    pub marker: &'static str,
    pub text: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogueKind {
    /// WERKVORM
    FormOfWork,
    /// PROJECT
    Project,
}

impl CatalogueKind {
    /// The guide's column heading for the kind: WERKVORM or PROJECT.
    pub fn label(self) -> &'static str {
        match self {
            Self::FormOfWork => "Werkvorm",
            Self::Project => "Project",
        }
    }
}

/// A catalogue entry of Bijlage 8 by its stable id.
pub fn catalogue_entry(id: &str) -> Option<&'static CatalogueEntry> {
    CATALOGUE.iter().find(|e| e.id == id)
}

/// A characteristic the catalogue ticks for an entry, with the guide's remark beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharacteristicMark {
    /// "a" … "g".
    pub marker: &'static str,
    /// The guide's words in the Kenmerken column for it ("niet verplichtend"), or "".
    pub remark: &'static str,
}

/// A form of work or project of Bijlage 8, with every column of its table row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueEntry {
    pub id: &'static str,
    pub kind: CatalogueKind,
    pub name: &'static str,
    /// The Doelgroep column as the guide writes it ("0-12 jaar").
    pub target_group: &'static str,
    /// The same age range in whole years, inclusive, for filtering.
    pub age_from: u8,
    pub age_to: u8,
    pub goal: Text,
    pub description: Text,
    /// Wijze van overdracht.
    pub transfer: Text,
    /// Uitgevoerd door.
    pub carried_out_by: &'static str,
    /// Kansrijk voor oudergroep: the group numbers 1–3.
    pub parent_groups: &'static [u8],
    /// The guide's condition for a group, where it gives one (group 2 of the tips: "indien
    /// goed geïntroduceerd en nagevraagd").
    pub group_conditions: &'static [(u8, &'static str)],
    /// Kenmerken: the characteristics a–g the guide marks.
    pub characteristics: &'static [CharacteristicMark],
    /// Any further remarks in the row, and the NB notes, in the guide's order.
    pub notes: Text,
}

/// One of the ten questions of "Zelf projecten beoordelen".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssessmentQuestion {
    /// "beoordeling-1" … "beoordeling-10".
    pub id: &'static str,
    pub number: u8,
    pub text: &'static str,
}

// ---------------------------------------------------------------------------------------
// Reference pages (Naslag): the introduction and Bijlagen 1–4.

/// A titled section of a reference page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferenceSection {
    pub id: &'static str,
    pub title: &'static str,
    pub body: Text,
}

/// A reference page: the introduction, or one of Bijlagen 1–4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferencePage {
    /// "inleiding", "bijlage-1" … "bijlage-4".
    pub id: &'static str,
    pub title: &'static str,
    pub sections: &'static [ReferenceSection],
}

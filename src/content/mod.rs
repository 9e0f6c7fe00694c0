//! The guide *Ouderpartnerschap en lezen* as data.
//!
//! Every text the app shows from the guide lives in this module, once, with a stable id so
//! that saved progress and answers survive edits to the wording. Nothing here touches the
//! browser.

mod steps;

pub use steps::STEPS;

/// A piece of running guide text: a paragraph or a bulleted list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    Paragraph(&'static str),
    List(&'static [&'static str]),
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

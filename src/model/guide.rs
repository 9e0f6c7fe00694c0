//! The guide's question lists as a conversation screen shows them, adapted to who is at
//! the table, and the guide's words for a question by its id.

use super::{ConversationKind, Parties};
use crate::content::{
    Audience, BIJLAGE_5, GuideQuestion, Question, QuestionList, STAP_10_WENSEN_OUDERS, STEPS, step,
};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}

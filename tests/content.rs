//! The guide's content as data: complete, uniquely identified, and spelled correctly.

use std::collections::HashSet;

use ouderpartnerschap::content::{Block, STEPS, Scope, Step, Text, step, step_by_id};

/// Words as the PDF extraction left them, without their diacritics.
const LOST_CHARACTER_GAPS: &[&str] = &[
    "cordinator", "cordineren", "financile", "creren", "initiren", "differentiren",
    "benvloeden", "genteresseerd", "gentroduceerd", "genformeerd", "Orinteer", "ideen",
    " n ", " d ", "programma's", "dia's",
];

fn texts_of(text: Text) -> Vec<&'static str> {
    text.iter()
        .flat_map(|block| match block {
            Block::Paragraph(p) => vec![*p],
            Block::List(items) => items.to_vec(),
        })
        .collect()
}

fn all_texts(step: &Step) -> Vec<&'static str> {
    let mut texts = vec![step.title, step.short_title, step.door, step.overview_door, step.overview_result];
    for text in [step.doel, step.resultaat, step.extra] {
        texts.extend(texts_of(text));
    }
    for list in step.question_lists {
        texts.push(list.title);
        texts.extend(list.questions.iter().map(|q| q.text));
    }
    for example in step.examples {
        texts.push(example.title);
        texts.extend(texts_of(example.body));
    }
    for tip in step.tips {
        texts.extend(texts_of(tip));
    }
    texts.extend(step.footnotes.iter().copied());
    texts
}

#[test]
fn there_are_twelve_steps_numbered_in_order() {
    assert_eq!(STEPS.len(), 12);
    for (i, s) in STEPS.iter().enumerate() {
        assert_eq!(usize::from(s.number), i + 1);
        assert_eq!(s.id, format!("stap-{}", i + 1));
        assert_eq!(step(s.number), Some(s));
        assert_eq!(step_by_id(s.id), Some(s));
    }
    assert_eq!(step(13), None);
}

#[test]
fn steps_one_to_six_are_the_librarys_and_seven_to_twelve_also_per_institution() {
    for s in STEPS.iter() {
        let expected = if s.number <= 6 { Scope::Library } else { Scope::Institution };
        assert_eq!(s.scope, expected, "stap {}", s.number);
    }
}

#[test]
fn every_id_is_unique_across_the_guide() {
    let mut seen = HashSet::new();
    for s in STEPS.iter() {
        let ids = std::iter::once(s.id)
            .chain(s.question_lists.iter().map(|l| l.id))
            .chain(s.questions().map(|q| q.id))
            .chain(s.examples.iter().map(|e| e.id));
        for id in ids {
            assert!(!id.is_empty());
            assert!(seen.insert(id), "duplicate id {id}");
        }
    }
}

#[test]
fn every_step_has_who_goal_and_result() {
    for s in STEPS.iter() {
        assert!(!s.door.is_empty() && !s.overview_door.is_empty(), "stap {}", s.number);
        assert!(!s.doel.is_empty() && !s.resultaat.is_empty(), "stap {}", s.number);
        assert!(!s.overview_result.is_empty(), "stap {}", s.number);
    }
}

#[test]
fn the_question_lists_of_steps_2_3_7_and_10_are_complete() {
    let count = |n: u8| step(n).map(|s| s.questions().count());
    assert_eq!(count(2), Some(6), "questions for the director");
    assert_eq!(count(3), Some(3), "questions for the municipality");
    assert_eq!(count(7), Some(5), "indicators a–e");
    assert_eq!(count(10), Some(4), "agreement questions");
    let markers: Vec<&str> = step(7).unwrap().questions().map(|q| q.marker).collect();
    assert_eq!(markers, ["a", "b", "c", "d", "e"]);
}

#[test]
fn the_examples_of_the_guide_are_present() {
    let examples: Vec<&str> = STEPS.iter().flat_map(|s| s.examples.iter().map(|e| e.id)).collect();
    assert_eq!(examples, ["voorbeeld-helmond-peel", "voorbeeld-den-bosch", "voorbeeld-almere"]);
}

#[test]
fn no_text_keeps_the_extractions_lost_characters() {
    for s in STEPS.iter() {
        for text in all_texts(s) {
            for gap in LOST_CHARACTER_GAPS {
                assert!(!text.contains(gap), "stap {}: ‘{gap}’ in ‘{text}’", s.number);
            }
            assert_eq!(text, text.trim(), "stap {}: stray white space", s.number);
            assert!(!text.contains("  "), "stap {}: double space in ‘{text}’", s.number);
        }
    }
}

#[test]
fn restored_words_are_spelled_with_their_diacritics() {
    let all: String = STEPS.iter().flat_map(all_texts).collect::<Vec<_>>().join("\n");
    for word in ["leescoördinator", "financiële", "creëren", "ideeën", "beïnvloeden", "initiëren"] {
        assert!(all.contains(word), "{word} missing");
    }
}

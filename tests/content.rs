//! The guide's content as data: complete, uniquely identified, and spelled correctly.

use std::collections::HashSet;

use ouderpartnerschap::content::{
    ASSESSMENT_INTRO, ASSESSMENT_QUESTIONS, Audience, BIJLAGE_5, Block, CATALOGUE, CATALOGUE_INTRO,
    CATALOGUE_USE, CHARACTERISTICS, CHARACTERISTICS_NB, COMPETENCES, CatalogueKind, PARENT_GROUPS,
    PARENT_GROUPS_INTRO, PLANNING_COLUMNS, PLANNING_EXAMPLES, PLANNING_INTRO, REFERENCE_PAGES,
    STAP_10_WENSEN_OUDERS, STEPS, Scope, Step, Text, step, step_by_id,
};

/// Words as the PDF extraction left them, without their diacritics.
const LOST_CHARACTER_GAPS: &[&str] = &[
    "cordinator",
    "cordineren",
    "financile",
    "creren",
    "initiren",
    "differentiren",
    "benvloeden",
    "genteresseerd",
    "gentroduceerd",
    "genformeerd",
    "Orinteer",
    "ideen",
    " n ",
    " d ",
    "programma's",
    "dia's",
];

fn texts_of(text: Text) -> Vec<&'static str> {
    text.iter()
        .flat_map(|block| match block {
            Block::Paragraph(p) => vec![*p],
            Block::List(items) => items.to_vec(),
            Block::Questions(list) => list.questions.iter().map(|q| q.text).collect(),
        })
        .collect()
}

fn all_texts(step: &Step) -> Vec<&'static str> {
    let mut texts = vec![
        step.title,
        step.short_title,
        step.door,
        step.overview_door,
        step.overview_result,
    ];
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
        let expected = if s.number <= 6 {
            Scope::Library
        } else {
            Scope::Institution
        };
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
        assert!(
            !s.door.is_empty() && !s.overview_door.is_empty(),
            "stap {}",
            s.number
        );
        assert!(
            !s.doel.is_empty() && !s.resultaat.is_empty(),
            "stap {}",
            s.number
        );
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
    let examples: Vec<&str> = STEPS
        .iter()
        .flat_map(|s| s.examples.iter().map(|e| e.id))
        .collect();
    assert_eq!(
        examples,
        [
            "voorbeeld-helmond-peel",
            "voorbeeld-den-bosch",
            "voorbeeld-almere"
        ]
    );
}

#[test]
fn no_text_keeps_the_extractions_lost_characters() {
    for s in STEPS.iter() {
        for text in all_texts(s) {
            for gap in LOST_CHARACTER_GAPS {
                assert!(
                    !text.contains(gap),
                    "stap {}: ‘{gap}’ in ‘{text}’",
                    s.number
                );
            }
            assert_eq!(text, text.trim(), "stap {}: stray white space", s.number);
            assert!(
                !text.contains("  "),
                "stap {}: double space in ‘{text}’",
                s.number
            );
        }
    }
}

/// Every text of every kind of content beyond the steps.
fn appendix_texts() -> Vec<&'static str> {
    let mut texts = vec![BIJLAGE_5.title, PARENT_GROUPS_INTRO, CHARACTERISTICS_NB];
    texts.extend(texts_of(BIJLAGE_5.intro));
    texts.extend(BIJLAGE_5.preparation.iter().map(|q| q.text));
    for e in BIJLAGE_5.explanation {
        texts.push(e.title);
        texts.extend(texts_of(e.body));
    }
    for part in BIJLAGE_5.parts {
        texts.push(part.title);
        for q in part.questions {
            texts.push(q.text);
            texts.extend(q.sub_questions.iter().map(|s| s.text));
            texts.extend(texts_of(q.remark));
        }
    }
    texts.extend(texts_of(PLANNING_INTRO));
    for c in PLANNING_COLUMNS.iter() {
        texts.extend([c.title, c.prompt]);
    }
    for e in PLANNING_EXAMPLES.iter() {
        texts.extend([
            e.activity,
            e.goal,
            e.action_points,
            e.planning,
            e.who,
            e.organisation,
            e.evaluation,
        ]);
    }
    for text in [CATALOGUE_INTRO, CATALOGUE_USE, ASSESSMENT_INTRO] {
        texts.extend(texts_of(text));
    }
    texts.extend(PARENT_GROUPS.iter().flat_map(|g| [g.name, g.description]));
    texts.extend(CHARACTERISTICS.iter().map(|c| c.text));
    for e in CATALOGUE.iter() {
        texts.extend([e.name, e.target_group, e.carried_out_by]);
        for text in [e.goal, e.description, e.transfer, e.notes] {
            texts.extend(texts_of(text));
        }
        texts.extend(
            e.characteristics
                .iter()
                .map(|c| c.remark)
                .filter(|r| !r.is_empty()),
        );
    }
    texts.extend(ASSESSMENT_QUESTIONS.iter().map(|q| q.text));
    for page in REFERENCE_PAGES.iter() {
        texts.push(page.title);
        for section in page.sections {
            texts.push(section.title);
            texts.extend(texts_of(section.body));
        }
    }
    texts.extend(COMPETENCES.iter().map(|c| c.text));
    texts
}

/// Every stable id outside the steps.
fn appendix_ids() -> Vec<&'static str> {
    let mut ids = vec![BIJLAGE_5.id, STAP_10_WENSEN_OUDERS.id];
    ids.extend(STAP_10_WENSEN_OUDERS.questions.iter().map(|q| q.id));
    ids.extend(BIJLAGE_5.preparation.iter().map(|q| q.id));
    ids.extend(BIJLAGE_5.explanation.iter().map(|e| e.id));
    for part in BIJLAGE_5.parts {
        ids.push(part.id);
        for q in part.questions {
            ids.push(q.id);
            ids.extend(q.sub_questions.iter().map(|s| s.id));
        }
    }
    ids.extend(PLANNING_COLUMNS.iter().map(|c| c.id));
    ids.extend(PLANNING_EXAMPLES.iter().map(|e| e.id));
    ids.extend(PARENT_GROUPS.iter().map(|g| g.id));
    ids.extend(CHARACTERISTICS.iter().map(|c| c.id));
    ids.extend(CATALOGUE.iter().map(|e| e.id));
    ids.extend(ASSESSMENT_QUESTIONS.iter().map(|q| q.id));
    for page in REFERENCE_PAGES.iter() {
        ids.push(page.id);
        ids.extend(page.sections.iter().map(|s| s.id));
    }
    ids.extend(COMPETENCES.iter().map(|c| c.id));
    ids
}

#[test]
fn appendix_ids_are_unique_and_distinct_from_step_ids() {
    let mut seen: HashSet<&str> = STEPS
        .iter()
        .flat_map(|s| {
            std::iter::once(s.id)
                .chain(s.questions().map(|q| q.id))
                .chain(s.examples.iter().map(|e| e.id))
        })
        .collect();
    for id in appendix_ids() {
        assert!(!id.is_empty());
        assert!(seen.insert(id), "duplicate id {id}");
    }
}

#[test]
fn no_appendix_text_keeps_the_extractions_lost_characters() {
    for text in appendix_texts() {
        for gap in LOST_CHARACTER_GAPS {
            assert!(!text.contains(gap), "‘{gap}’ in ‘{text}’");
        }
        assert!(!text.contains('\''), "straight quote in ‘{text}’");
    }
}

#[test]
fn bijlage_5_has_its_checklist_and_all_questions() {
    assert_eq!(BIJLAGE_5.preparation.len(), 8);
    assert_eq!(BIJLAGE_5.explanation.len(), 3);
    let part = |audience| {
        BIJLAGE_5
            .parts
            .iter()
            .find(|p| p.audience == audience)
            .unwrap()
    };
    let markers = |audience| {
        part(audience)
            .questions
            .iter()
            .map(|q| q.marker)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        markers(Audience::School),
        ["a", "b", "c", "d", "e", "f", "g"]
    );
    assert_eq!(
        markers(Audience::Preschool),
        ["a", "b", "c", "d", "e", "f", "g", "h"]
    );
    let to_planning: Vec<&str> = BIJLAGE_5
        .parts
        .iter()
        .flat_map(|p| p.questions)
        .filter(|q| q.to_planning)
        .map(|q| q.id)
        .collect();
    assert_eq!(
        to_planning,
        ["bijlage-5-school-g", "bijlage-5-voorschool-h"]
    );
}

#[test]
fn the_planning_form_has_seven_columns_and_four_examples() {
    let titles: Vec<&str> = PLANNING_COLUMNS.iter().map(|c| c.title).collect();
    assert_eq!(
        titles,
        [
            "Activiteit",
            "Doel",
            "Actiepunten",
            "Planning",
            "Wie",
            "Organisatie",
            "Evaluatie"
        ]
    );
    assert_eq!(PLANNING_EXAMPLES.len(), 4);
    for e in PLANNING_EXAMPLES.iter() {
        for cell in [e.activity, e.goal, e.action_points, e.planning, e.who] {
            assert!(!cell.is_empty(), "{}: empty cell", e.id);
        }
    }
}

#[test]
fn the_catalogue_has_all_nine_entries_with_every_column() {
    assert_eq!(
        CATALOGUE
            .iter()
            .filter(|e| e.kind == CatalogueKind::FormOfWork)
            .count(),
        3
    );
    assert_eq!(
        CATALOGUE
            .iter()
            .filter(|e| e.kind == CatalogueKind::Project)
            .count(),
        6
    );
    for e in CATALOGUE.iter() {
        assert!(
            !e.name.is_empty() && !e.target_group.is_empty() && !e.carried_out_by.is_empty(),
            "{}",
            e.id
        );
        assert!(
            !e.goal.is_empty() && !e.description.is_empty() && !e.transfer.is_empty(),
            "{}",
            e.id
        );
        assert!(e.age_from <= e.age_to && e.age_to <= 12, "{}", e.id);
        assert!(
            !e.parent_groups.is_empty() && e.parent_groups.iter().all(|g| (1..=3).contains(g)),
            "{}",
            e.id
        );
        assert!(
            e.characteristics
                .iter()
                .all(|c| ["a", "b", "c", "d", "e", "f", "g"].contains(&c.marker)),
            "{}",
            e.id
        );
    }
    assert_eq!(PARENT_GROUPS.len(), 3);
    assert_eq!(CHARACTERISTICS.len(), 7);
    assert_eq!(
        ASSESSMENT_QUESTIONS
            .iter()
            .map(|q| q.number)
            .collect::<Vec<_>>(),
        (1..=10).collect::<Vec<_>>()
    );
}

#[test]
fn the_reference_pages_are_the_introduction_and_bijlagen_1_to_4() {
    let ids: Vec<&str> = REFERENCE_PAGES.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [
            "inleiding",
            "bijlage-1",
            "bijlage-2",
            "bijlage-3",
            "bijlage-4"
        ]
    );
    assert_eq!(REFERENCE_PAGES[2].sections.len(), 5, "five conditions");
    assert_eq!(COMPETENCES.len(), 9);
}

#[test]
fn restored_words_are_spelled_with_their_diacritics() {
    let all: String = STEPS
        .iter()
        .flat_map(all_texts)
        .collect::<Vec<_>>()
        .join("\n");
    for word in [
        "leescoördinator",
        "financiële",
        "creëren",
        "ideeën",
        "beïnvloeden",
        "initiëren",
    ] {
        assert!(all.contains(word), "{word} missing");
    }
}

//! Properties of the file format and the merge, over generated workspaces: an export read
//! back is the same workspace, so is a stored one read back from its parts, and merging a
//! workspace with itself changes nothing.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use ouderpartnerschap::model::{
    Activity, Answer, Assessment, Contact, ContactRole, Conversation, ConversationKind,
    Institution, InstitutionKind, StepProgress, StepStatus, Transfer, Workspace, YesNo,
};
use ouderpartnerschap::storage::layout::lay_out;
use ouderpartnerschap::storage::merge::{Side, merge, preview, read_import};
use ouderpartnerschap::storage::{decode, decode_stored, encode, encode_export};
use proptest::prelude::*;

/// Any text a user might type or paste: accents, quotes, new lines, control characters,
/// emoji, and markup that must stay text.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Zéëïöüàç ’“”\"\\\\<>/\n\t]{0,24}",
        any::<String>().prop_map(|s| s.chars().take(24).collect()),
        Just("<script>alert(1)</script><img src=x onerror=alert(2)>".to_string()),
    ]
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    (0..all.len()).prop_map(move |i| all[i])
}

fn step() -> impl Strategy<Value = StepProgress> {
    (pick(&StepStatus::ALL), text(), text()).prop_map(|(status, owner, notes)| StepProgress {
        status,
        owner,
        notes,
        updated_at: "2026-11-28T10:00:00.000Z".into(),
        ..StepProgress::default()
    })
}

fn institution(index: usize) -> impl Strategy<Value = Institution> {
    (
        text(),
        pick(InstitutionKind::ALL),
        text(),
        proptest::collection::vec((pick(ContactRole::ALL), text()), 0..3),
        proptest::collection::btree_map("stap-(8|9|10|11|12)", step(), 0..3),
        any::<bool>(),
    )
        .prop_map(
            move |(name, kind, notes, contacts, steps, archived)| Institution {
                id: format!("instelling-{index}"),
                name,
                kind,
                notes,
                archived,
                contacts: contacts
                    .into_iter()
                    .enumerate()
                    .map(|(n, (role, name))| Contact {
                        id: format!("contact-{index}-{n}"),
                        role,
                        name,
                        ..Contact::default()
                    })
                    .collect(),
                steps: steps.into_iter().collect(),
                ..Institution::default()
            },
        )
}

fn conversation(index: usize) -> impl Strategy<Value = Conversation> {
    (
        pick(&ConversationKind::ALL),
        proptest::collection::btree_map("bijlage-5-school-[a-g]", (text(), any::<bool>()), 0..4),
        text(),
    )
        .prop_map(move |(kind, answers, agreements)| Conversation {
            id: format!("gesprek-{index}"),
            kind,
            institution_id: (!kind.is_library()).then(|| "instelling-0".to_string()),
            answers: answers
                .into_iter()
                .map(|(id, (notes, discussed))| (id, Answer { notes, discussed }))
                .collect(),
            agreements,
            ..Conversation::default()
        })
}

fn activity(index: usize) -> impl Strategy<Value = Activity> {
    (text(), text(), any::<bool>()).prop_map(move |(activity, goal, done)| Activity {
        id: format!("activiteit-{index}"),
        institution_id: "instelling-0".into(),
        activity,
        goal,
        done,
        ..Activity::default()
    })
}

fn assessment(index: usize) -> impl Strategy<Value = Assessment> {
    (
        text(),
        pick(&YesNo::ALL),
        proptest::option::of(0u8..=18),
        proptest::collection::btree_set(pick(&Transfer::ALL), 0..3),
        proptest::collection::btree_set("[a-g]", 0..7),
        proptest::collection::btree_set(1u8..=3, 0..3),
    )
        .prop_map(
            move |(name, home_reading, age_from, transfers, characteristics, parent_groups)| {
                Assessment {
                    id: format!("beoordeling-{index}"),
                    // A blank name is repaired on reading; generate only what the app keeps.
                    name: format!("Project {name}"),
                    home_reading,
                    age_from,
                    transfers: transfers.into_iter().collect(),
                    characteristics: characteristics.into_iter().collect(),
                    parent_groups: parent_groups.into_iter().collect(),
                    ..Assessment::default()
                }
            },
        )
}

fn workspace() -> impl Strategy<Value = Workspace> {
    (
        text(),
        proptest::collection::btree_map("stap-([1-9]|1[0-2])", step(), 0..4),
        (1usize..4).prop_flat_map(|n| (0..n).map(institution).collect::<Vec<_>>()),
        (0usize..3).prop_flat_map(|n| (0..n).map(conversation).collect::<Vec<_>>()),
        (0usize..3).prop_flat_map(|n| (0..n).map(activity).collect::<Vec<_>>()),
        (0usize..3).prop_flat_map(|n| (0..n).map(assessment).collect::<Vec<_>>()),
        proptest::collection::btree_map("competentie-[1-9]", any::<bool>(), 0..3),
    )
        .prop_map(
            |(
                name,
                steps,
                institutions,
                conversations,
                activities,
                assessments,
                self_assessment,
            )| {
                let mut ws = Workspace {
                    steps: steps.into_iter().collect(),
                    institutions,
                    conversations,
                    activities,
                    assessments,
                    self_assessment: self_assessment.into_iter().collect(),
                    ..Workspace::default()
                };
                ws.library.name = name;
                ws
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn an_export_read_back_is_the_same_workspace(ws in workspace()) {
        let file = encode_export(&ws, "2026-11-28T10:00:00.000Z", "Toos");
        prop_assert_eq!(&read_import(&file).unwrap().workspace, &ws);
        prop_assert_eq!(&decode(&encode(&ws, "2026-11-28T10:00:00.000Z")).unwrap(), &ws);
    }

    #[test]
    fn a_stored_workspace_read_back_from_its_parts_is_the_same(ws in workspace()) {
        let layout = lay_out(&ws, "2026-11-28T10:00:00.000Z");
        let all = layout.parts.len();
        let read = decode_stored(&layout.main(all), &mut |key| {
            layout.parts.iter().find(|p| p.key == key).map(|p| p.text.clone())
        })
        .unwrap();
        prop_assert_eq!(&read.workspace, &ws);
        prop_assert_eq!(read.parts, layout.keys(all));
    }

    #[test]
    fn merging_a_workspace_with_itself_changes_nothing(ws in workspace()) {
        let found = preview(&ws, &ws);
        prop_assert!(found.added.is_empty() && found.changed.is_empty());
        prop_assert_eq!(&merge(&ws, &ws, |_| Side::Theirs), &ws);
    }

    #[test]
    fn a_merge_keeps_every_record_of_both_sides(ours in workspace(), theirs in workspace()) {
        let merged = merge(&ours, &theirs, |d| d.newer());
        let ids = |ws: &Workspace| -> BTreeSet<String> {
            ws.institutions.iter().map(|i| i.id.clone())
                .chain(ws.conversations.iter().map(|c| c.id.clone()))
                .chain(ws.activities.iter().map(|a| a.id.clone()))
                .chain(ws.assessments.iter().map(|a| a.id.clone()))
                .collect()
        };
        let expected: BTreeSet<String> = ids(&ours).union(&ids(&theirs)).cloned().collect();
        prop_assert_eq!(ids(&merged), expected);
        // Merging the result again with the same file changes nothing more.
        let again = preview(&merged, &theirs);
        prop_assert!(again.added.is_empty());
    }
}

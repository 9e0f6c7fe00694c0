//! Properties of the file format and the merge, over generated workspaces in which every
//! field of every record kind is generated: an export read back is the same workspace, so is a stored one read back from its parts, and merging a
//! workspace with itself changes nothing.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use ouderpartnerschap::model::{
    Activity, ActivityResult, Answer, Assessment, CompetenceMark, Contact, ContactRole,
    Conversation, ConversationKind, ConversationStatus, Counterpart, Decision, Deletion,
    Evaluation, EvaluationKind, FieldStamp, Funding, Institution, InstitutionKind, Kind, Library,
    Moment, Outcome, Parties, Person, PersonRole, Prepared, Programme, Selection,
    SelectionDecision, Session, SessionKind, Stamps, StartOutcome, StepProgress, StepStatus,
    Transfer, Workspace, YesNo,
};
use ouderpartnerschap::storage::import::{Side, merge, preview, read_import};
use ouderpartnerschap::storage::layout::{Changed, Written, lay_out};
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

/// `n` texts at once: records have more fields than a proptest tuple takes.
fn texts(n: usize) -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(text(), n..=n)
}

fn flags(n: usize) -> impl Strategy<Value = Vec<bool>> {
    proptest::collection::vec(any::<bool>(), n..=n)
}

/// A calendar date as the app stores it, or none.
fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "2026-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])"
    ]
}

fn month() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "202[6-8]-(0[1-9]|1[0-2])"]
}

/// Field stamps as a merge leaves them: any field name, any two times.
fn stamps() -> impl Strategy<Value = Stamps> {
    proptest::collection::btree_map("[a-zA-Z]{0,10}", (text(), text()), 0..3).prop_map(|m| {
        m.into_iter()
            .map(|(name, (at, base))| (name, FieldStamp { at, base }))
            .collect()
    })
}

fn set(pattern: &'static str) -> impl Strategy<Value = BTreeSet<String>> {
    proptest::collection::btree_set(pattern, 0..3).prop_map(|s| s.into_iter().collect())
}

fn step() -> impl Strategy<Value = StepProgress> {
    (pick(&StepStatus::ALL), date(), texts(4), any::<bool>()).prop_map(
        |(status, date, t, by_hand)| StepProgress {
            status,
            date,
            owner: t[0].clone(),
            notes: t[1].clone(),
            status_since: t[2].clone(),
            updated_at: t[3].clone(),
            by_hand,
        },
    )
}

fn contact(index: usize) -> impl Strategy<Value = Contact> {
    (pick(ContactRole::ALL), texts(3)).prop_map(move |(role, t)| Contact {
        id: format!("contact-{index}"),
        role,
        name: t[0].clone(),
        email: t[1].clone(),
        phone: t[2].clone(),
    })
}

fn evaluation(index: usize) -> impl Strategy<Value = Evaluation> {
    let results = proptest::collection::btree_map(
        "activiteit-[0-9]",
        (pick(Outcome::ALL), text()).prop_map(|(outcome, note)| ActivityResult { outcome, note }),
        0..3,
    );
    (date(), date(), texts(2), pick(EvaluationKind::ALL), results).prop_map(
        move |(date, next_date, t, kind, results)| Evaluation {
            id: format!("evaluatie-{index}"),
            kind,
            date,
            went_well: t[0].clone(),
            changes: t[1].clone(),
            next_date,
            results,
        },
    )
}

fn institution(index: usize) -> impl Strategy<Value = Institution> {
    let kinds = (
        pick(InstitutionKind::ALL),
        pick(Programme::ALL),
        pick(SelectionDecision::ALL),
        pick(StartOutcome::ALL),
    );
    let records = (
        proptest::collection::vec(contact(index), 0..3),
        proptest::collection::btree_map("stap-(8|9|10|11|12)", step(), 0..3),
        proptest::collection::btree_map("stap-10-afspraak-[a-z]{1,8}", text(), 0..3),
        proptest::collection::vec(evaluation(index), 0..2),
        proptest::collection::btree_map(
            "20(2[0-9])-20(2[0-9])",
            proptest::collection::btree_map("stap-10-afspraak-[a-z]{1,8}", text(), 0..2),
            0..2,
        ),
    );
    let sets = (
        set("instelling-[0-9]"),
        set("stap-7-indicator-[a-e]"),
        proptest::collection::btree_map("instelling-[0-9]", text(), 0..2),
    );
    (texts(9), flags(1), kinds, records, sets, stamps()).prop_map(
        move |(
            t,
            f,
            (kind, programme, decision, start_outcome),
            r,
            (links, indicators, linked_names),
            stamps,
        )| {
            Institution {
                id: format!("instelling-{index}"),
                // A blank name is repaired on reading; generate only what the app keeps.
                name: format!("School {}", t[0]),
                kind,
                programme,
                place: t[1].clone(),
                // What is no school year is repaired on reading; generate only what the app keeps.
                school_year: ["", "2025-2026", "2026-2027"][index % 3].to_string(),
                contacts: r.0,
                consultant: t[3].clone(),
                notes: t[4].clone(),
                archived: f[0],
                links,
                linked_names,
                selection: Selection {
                    indicators,
                    note: t[5].clone(),
                    decision,
                    reason: t[6].clone(),
                },
                steps: r.1.into_iter().collect(),
                start_outcome,
                agreements: r.2.into_iter().collect(),
                evaluations: r.3,
                agreements_from: t[2].clone(),
                past_agreements: r.4,
                created_at: t[7].clone(),
                updated_at: t[8].clone(),
                stamps,
            }
        },
    )
}

fn conversation(index: usize) -> impl Strategy<Value = Conversation> {
    let maps = (
        proptest::collection::btree_map(
            "bijlage-5-voorbereiding-[1-8]",
            (text(), any::<bool>()),
            0..3,
        ),
        proptest::collection::btree_map("bijlage-5-school-[a-g]", (text(), any::<bool>()), 0..4),
    );
    (
        pick(&ConversationKind::ALL),
        pick(&[ConversationStatus::Prepared, ConversationStatus::Held]),
        date(),
        texts(5),
        flags(2),
        proptest::collection::vec(text(), 0..3),
        maps,
        stamps(),
        (
            texts(5),
            pick(&Decision::ALL),
            proptest::collection::btree_set("stap-3-bron-(oab|cultuur)", 0..3),
            proptest::collection::btree_map("stap-2-plan-(doelen|kosten)", text(), 0..3),
        ),
    )
        .prop_map(
            move |(kind, status, date, t, f, present, (preparation, answers), stamps, results)| {
                let (r, decision, sources, plan) = results;
                Conversation {
                    id: format!("gesprek-{index}"),
                    kind,
                    institution_id: (!kind.is_library()).then(|| "instelling-0".to_string()),
                    date,
                    status,
                    held_by: t[4].clone(),
                    present,
                    // Who is at the table: at least one party, as the app requires.
                    parties: Parties {
                        school: f[0] || !f[1],
                        preschool: f[1],
                    },
                    preparation: preparation
                        .into_iter()
                        .map(|(id, (note, done))| (id, Prepared { done, note }))
                        .collect(),
                    answers: answers
                        .into_iter()
                        .map(|(id, (notes, discussed))| (id, Answer { notes, discussed }))
                        .collect(),
                    agreements: t[0].clone(),
                    counterpart: Counterpart {
                        name: r[0].clone(),
                        role: r[1].clone(),
                        organisation: r[2].clone(),
                    },
                    decision,
                    plan,
                    funding: Funding {
                        sources,
                        other: r[3].clone(),
                        budget: r[4].clone(),
                    },
                    created_at: t[1].clone(),
                    updated_at: t[2].clone(),
                    stamps,
                }
            },
        )
}

fn activity(index: usize) -> impl Strategy<Value = Activity> {
    (texts(10), month(), flags(2), stamps()).prop_map(move |(t, month, f, stamps)| Activity {
        id: format!("activiteit-{index}"),
        institution_id: "instelling-0".into(),
        activity: t[0].clone(),
        goal: t[1].clone(),
        action_points: t[2].clone(),
        planning: t[3].clone(),
        // A row is always in a school year: a file's row without one is placed on reading.
        school_year: format!("20{}-20{}", 20 + index % 9, 21 + index % 9),
        month,
        who: t[4].clone(),
        organisation: t[5].clone(),
        evaluation: t[6].clone(),
        done: f[0],
        conversation_id: f[1].then(|| t[7].clone()),
        example_id: f[0].then(|| t[6].clone()),
        copied_from: f[1].then(|| t[8].clone()),
        created_at: t[8].clone(),
        updated_at: t[9].clone(),
        stamps,
    })
}

fn assessment(index: usize) -> impl Strategy<Value = Assessment> {
    let answers = (
        pick(&YesNo::ALL),
        pick(&YesNo::ALL),
        pick(&YesNo::ALL),
        pick(&YesNo::ALL),
    );
    let ages = (
        proptest::option::of(0u8..=18),
        proptest::option::of(0u8..=18),
    );
    let sets = (
        proptest::collection::btree_set(pick(&Transfer::ALL), 0..3),
        proptest::collection::btree_set("[a-g]", 0..7),
        proptest::collection::btree_set(1u8..=3, 0..3),
    );
    (texts(10), flags(2), answers, ages, sets, stamps()).prop_map(
        move |(
            t,
            f,
            (home_reading, via_institution, fits_goals, has_costs),
            (age_from, age_to),
            s,
            stamps,
        )| {
            Assessment {
                id: format!("beoordeling-{index}"),
                // A blank name is repaired on reading; generate only what the app keeps.
                name: format!("Project {}", t[0]),
                catalogue_id: f[0].then(|| t[1].clone()),
                institution_id: f[1].then(|| "instelling-0".to_string()),
                home_reading,
                via_institution,
                age_from,
                age_to,
                target_group: t[2].clone(),
                goal: t[3].clone(),
                transfers: s.0.into_iter().collect(),
                transfer_other: t[4].clone(),
                characteristics: s.1.into_iter().collect(),
                parent_groups: s.2.into_iter().collect(),
                fits_goals,
                fits_note: t[5].clone(),
                has_costs,
                costs: t[6].clone(),
                notes: t[7].clone(),
                created_at: t[8].clone(),
                updated_at: t[9].clone(),
                stamps,
            }
        },
    )
}

/// A fixed moment on a day every year has (the app refuses others).
fn moment(index: usize) -> impl Strategy<Value = Moment> {
    (1u8..=12, 0u8..=28, texts(4), stamps()).prop_map(move |(month, day, t, stamps)| Moment {
        id: format!("moment-{index}"),
        // A blank name is repaired on reading; generate only what the app keeps.
        name: format!("Moment {}", t[0]),
        month,
        day,
        note: t[1].clone(),
        created_at: t[2].clone(),
        updated_at: t[3].clone(),
        stamps,
    })
}

fn person(index: usize) -> impl Strategy<Value = Person> {
    (
        texts(3),
        proptest::collection::btree_map("competentie-[1-9]", any::<bool>(), 0..3),
        stamps(),
    )
        .prop_map(move |(t, competences, stamps)| Person {
            id: format!("persoon-{index}"),
            name: format!("Persoon {}", t[0]),
            role: [PersonRole::Leesconsulent, PersonRole::Onderwijsspecialist][index % 2],
            competences: competences
                .into_iter()
                .map(|(id, met)| {
                    let date = "2026-12-01".to_string();
                    (id, CompetenceMark { met, date })
                })
                .collect(),
            created_at: t[1].clone(),
            updated_at: t[2].clone(),
            stamps,
            ..Default::default()
        })
}

fn session(index: usize) -> impl Strategy<Value = Session> {
    (texts(4), stamps()).prop_map(move |(t, stamps)| Session {
        id: format!("bijeenkomst-{index}"),
        kind: [SessionKind::Training, SessionKind::Informing][index % 2],
        date: "2026-11-12".into(),
        subject: t[0].clone(),
        attendees: [format!("persoon-{index}")].into(),
        notes: t[1].clone(),
        created_at: t[2].clone(),
        updated_at: t[3].clone(),
        stamps,
    })
}

/// A deletion of a record neither side has (ids `weg-…`), so merges keep every record.
fn deletion() -> impl Strategy<Value = Deletion> {
    (
        pick(&[
            Kind::Institution,
            Kind::Conversation,
            Kind::Activity,
            Kind::Assessment,
            Kind::Moment,
        ]),
        0u8..50,
        texts(3),
    )
        .prop_map(|(kind, n, t)| Deletion {
            kind,
            id: format!("weg-{n}"),
            at: t[1].clone(),
            by: t[2].clone(),
        })
}

fn workspace() -> impl Strategy<Value = Workspace> {
    (
        texts(2),
        proptest::collection::btree_map("stap-([1-9]|1[0-2])", step(), 0..4),
        (1usize..4).prop_flat_map(|n| (0..n).map(institution).collect::<Vec<_>>()),
        (0usize..3).prop_flat_map(|n| (0..n).map(conversation).collect::<Vec<_>>()),
        (0usize..3).prop_flat_map(|n| (0..n).map(activity).collect::<Vec<_>>()),
        (0usize..3).prop_flat_map(|n| (0..n).map(assessment).collect::<Vec<_>>()),
        (
            (0usize..3).prop_flat_map(|n| (0..n).map(person).collect::<Vec<_>>()),
            (0usize..3).prop_flat_map(|n| (0..n).map(session).collect::<Vec<_>>()),
            proptest::collection::vec(deletion(), 0..3),
            (0usize..3).prop_flat_map(|n| (0..n).map(moment).collect::<Vec<_>>()),
        ),
    )
        .prop_map(
            |(
                names,
                steps,
                institutions,
                conversations,
                activities,
                assessments,
                (people, sessions, deleted, moments),
            )| {
                Workspace {
                    library: Library {
                        name: names[0].clone(),
                        user_name: names[1].clone(),
                    },
                    steps: steps.into_iter().collect(),
                    self_assessment: Default::default(),
                    institutions,
                    conversations,
                    activities,
                    assessments,
                    moments,
                    people,
                    sessions,
                    deleted,
                }
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
        let layout = lay_out(&ws, "2026-11-28T10:00:00.000Z", &Written::default(), &Changed::default());
        let all = layout.parts.len();
        let read = decode_stored(&layout.main(all), &mut |key| {
            layout.parts.iter().position(|p| p.key == key).map(|index| layout.text(index))
        })
        .unwrap();
        prop_assert_eq!(&read.workspace, &ws);
        prop_assert_eq!(&read.parts, &layout.keys(all));
        // What reading found is what the next save keeps: nothing is encoded again.
        let kept = lay_out(&ws, "2026-11-28T10:00:00.000Z", &read.written, &Changed::default());
        prop_assert!(kept.parts.iter().all(|p| p.text.is_none()));
        prop_assert_eq!(kept.keys(all), layout.keys(all));
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

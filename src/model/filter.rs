//! Searching, filtering and sorting the list of institutions.

use std::cmp::Reverse;

use super::{
    Collation, Institution, InstitutionKind, InstitutionWork, Programme, StepStatus, WorkStates,
    Workspace, fold_for_search,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    #[default]
    Name,
    Place,
    CurrentStep,
    /// Most recently changed first.
    LastActivity,
}

impl SortOrder {
    pub const ALL: [SortOrder; 4] = [
        Self::Name,
        Self::Place,
        Self::CurrentStep,
        Self::LastActivity,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Name => "Naam",
            Self::Place => "Plaats",
            Self::CurrentStep => "Huidige stap",
            Self::LastActivity => "Laatst gewijzigd",
        }
    }

    pub fn token(self) -> &'static str {
        match self {
            Self::Name => "naam",
            Self::Place => "plaats",
            Self::CurrentStep => "stap",
            Self::LastActivity => "gewijzigd",
        }
    }

    pub fn from_token(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.token() == token)
    }
}

/// What the user asked the list to show. Empty fields filter nothing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InstitutionFilter {
    pub query: String,
    pub kind: Option<InstitutionKind>,
    pub programme: Option<Programme>,
    pub step: Option<u8>,
    pub status: Option<StepStatus>,
    pub show_archived: bool,
    pub sort: SortOrder,
    /// Only the schools of this leesconsulent (a person's id); `Some("")`: those without.
    pub consultant: Option<String>,
}

impl InstitutionFilter {
    /// The institutions that match, in the chosen order (names in `order`), with each
    /// institution's standing from `states`.
    pub fn apply<'a>(
        &self,
        workspace: &'a Workspace,
        states: &WorkStates,
        order: &impl Collation,
    ) -> Vec<&'a Institution> {
        let query = fold_for_search(self.query.trim());
        let standing = |i: &Institution| states.get(&i.id);
        let mut found: Vec<&Institution> = workspace
            .institutions
            .iter()
            .filter(|i| self.matches(i, standing(i), &query, workspace.consultant_name(i)))
            .collect();
        let ranks = |text: fn(&Institution) -> &str, found: &[&Institution]| {
            order.ranks(&found.iter().map(|i| text(i)).collect::<Vec<_>>())
        };
        match self.sort {
            SortOrder::Name => {
                let names = ranks(|i| &i.name, &found);
                sorted_by(found, |n, _| names[n])
            }
            SortOrder::Place => {
                let (places, names) = (ranks(|i| &i.place, &found), ranks(|i| &i.name, &found));
                sorted_by(found, |n, _| (places[n], names[n]))
            }
            SortOrder::CurrentStep => {
                let names = ranks(|i| &i.name, &found);
                sorted_by(found, |n, i| {
                    let phase = standing(i).map(|s| (s.phase.step, s.phase.status));
                    (phase, names[n])
                })
            }
            // Most recent work first; ISO times order as text.
            SortOrder::LastActivity => {
                found.sort_by_key(|i| {
                    Reverse(standing(i).map_or(i.updated_at.as_str(), |s| s.last_change.as_str()))
                });
                found
            }
        }
    }

    fn matches(
        &self,
        i: &Institution,
        standing: Option<&InstitutionWork>,
        folded_query: &str,
        consultant: &str,
    ) -> bool {
        let phase = standing.map(|s| s.phase);
        let people = i.contacts.iter().map(|c| c.name.as_str());
        (self.show_archived || !i.archived)
            && self.kind.is_none_or(|k| i.kind == k)
            && self.programme.is_none_or(|p| i.programme == p)
            && self.consultant.as_ref().is_none_or(|c| i.consultant == *c)
            && self.step.is_none_or(|s| phase.is_some_and(|p| p.step == s))
            && self
                .status
                .is_none_or(|s| phase.is_some_and(|p| p.status == s && !p.not_chosen))
            && (folded_query.is_empty()
                || [i.name.as_str(), &i.place, consultant]
                    .into_iter()
                    .chain(people)
                    .any(|field| fold_for_search(field).contains(folded_query)))
    }
}

/// `found` in the order of each one's key (`n`: its place in `found`); equal keys keep
/// their order.
fn sorted_by<K: Ord>(
    found: Vec<&Institution>,
    key: impl Fn(usize, &Institution) -> K,
) -> Vec<&Institution> {
    let mut keyed: Vec<(K, &Institution)> = found
        .into_iter()
        .enumerate()
        .map(|(n, i)| (key(n, i), i))
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, FoldedOrder, SelectionDecision, StepField, Workspace};

    const NOW: &str = "2026-11-28T10:00:00Z";

    fn institution(
        id: &str,
        name: &str,
        kind: InstitutionKind,
        place: &str,
        updated: &str,
    ) -> Institution {
        let mut i = Institution::new(id, name, kind, NOW).unwrap();
        i.place = place.into();
        i.updated_at = updated.into();
        i
    }

    fn sample() -> Workspace {
        let mut a = institution(
            "a",
            "Obs De Linde",
            InstitutionKind::Basisschool,
            "Zwolle",
            "2026-11-01",
        );
        a.programme = Programme::BibliotheekOpSchool;
        a.selection.decision = SelectionDecision::Chosen;
        a.apply_step("stap-8", StepField::Status(StepStatus::Done), NOW)
            .unwrap();
        a.apply_step("stap-9", StepField::Status(StepStatus::InProgress), NOW)
            .unwrap();
        let b = institution(
            "b",
            "Kinderopvang Één Twee Drie",
            InstitutionKind::Kinderdagverblijf,
            "Almere",
            "2026-11-20",
        );
        let mut c = institution(
            "c",
            "Peuteropvang Ukkie",
            InstitutionKind::Peuteropvang,
            "Almere",
            "2026-10-01",
        );
        c.archived = true;
        Workspace {
            institutions: vec![a, b, c],
            ..Default::default()
        }
    }

    fn ids(found: Vec<&Institution>) -> Vec<&str> {
        found.into_iter().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn archived_institutions_are_hidden_unless_asked_for() {
        let list = sample();
        assert_eq!(
            ids(InstitutionFilter::default().apply(&list, &list.work_states(), &FoldedOrder)),
            ["b", "a"]
        );
        let all = InstitutionFilter {
            show_archived: true,
            ..Default::default()
        };
        assert_eq!(
            ids(all.apply(&list, &list.work_states(), &FoldedOrder)),
            ["b", "a", "c"]
        );
    }

    #[test]
    fn search_ignores_case_and_diacritics_and_looks_at_place_too() {
        let list = sample();
        let by_name = InstitutionFilter {
            query: "een twee".into(),
            ..Default::default()
        };
        assert_eq!(
            ids(by_name.apply(&list, &list.work_states(), &FoldedOrder)),
            ["b"]
        );
        let by_place = InstitutionFilter {
            query: "ZWOLLE".into(),
            ..Default::default()
        };
        assert_eq!(
            ids(by_place.apply(&list, &list.work_states(), &FoldedOrder)),
            ["a"]
        );
    }

    #[test]
    fn search_finds_consultants_and_contacts_as_users_type_their_names() {
        let mut list = sample();
        let lukasz = list.person_for_name("Łukasz Wiśniewski", NOW).unwrap();
        list.institutions[0].consultant = lukasz.clone();
        list.institutions[1].contacts.push(Contact {
            name: "İlknur Yılmaz".into(),
            ..Default::default()
        });
        list.institutions[1].place = "Ĳsselmonde".into();
        let found = |query: &str| {
            ids(InstitutionFilter {
                query: query.into(),
                ..Default::default()
            }
            .apply(&list, &list.work_states(), &FoldedOrder))
        };
        assert_eq!(found("lukasz"), ["a"]);
        assert_eq!(found("wisniewski"), ["a"]);
        assert_eq!(found("yilmaz"), ["b"]);
        assert_eq!(found("ILKNUR"), ["b"]);
        assert_eq!(found("ijsselmonde"), ["b"]);
        assert!(found("dvorak").is_empty());
        let of = |consultant: &str| {
            ids(InstitutionFilter {
                consultant: Some(consultant.into()),
                show_archived: true,
                ..Default::default()
            }
            .apply(&list, &list.work_states(), &FoldedOrder))
        };
        assert_eq!(of(&lukasz), ["a"]);
        assert!(!of("").contains(&"a"));
        assert_eq!(of("").len(), list.institutions.len() - 1);
    }

    #[test]
    fn names_with_letters_beyond_latin_1_sort_among_their_letters() {
        let mut list = sample();
        list.institutions[0].name = "Łodzkaschool".into();
        list.institutions[1].name = "Zonnebloem".into();
        list.institutions[2].archived = false;
        list.institutions[2].name = "Kameleon".into();
        let by_name = InstitutionFilter::default().apply(&list, &list.work_states(), &FoldedOrder);
        let names: Vec<&str> = by_name.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["Kameleon", "Łodzkaschool", "Zonnebloem"]);
    }

    #[test]
    fn filters_combine() {
        let list = sample();
        let schools = InstitutionFilter {
            kind: Some(InstitutionKind::Basisschool),
            ..Default::default()
        };
        assert_eq!(
            ids(schools.apply(&list, &list.work_states(), &FoldedOrder)),
            ["a"]
        );
        let at_step_9 = InstitutionFilter {
            step: Some(9),
            status: Some(StepStatus::InProgress),
            ..Default::default()
        };
        assert_eq!(
            ids(at_step_9.apply(&list, &list.work_states(), &FoldedOrder)),
            ["a"]
        );
        let bos = InstitutionFilter {
            programme: Some(Programme::BoekStartKinderopvang),
            ..Default::default()
        };
        assert!(
            bos.apply(&list, &list.work_states(), &FoldedOrder)
                .is_empty()
        );
    }

    #[test]
    fn sorting_by_place_step_and_activity() {
        let list = sample();
        let sorted = |sort| {
            ids(InstitutionFilter {
                sort,
                show_archived: true,
                ..Default::default()
            }
            .apply(&list, &list.work_states(), &FoldedOrder))
        };
        assert_eq!(sorted(SortOrder::Place), ["b", "c", "a"]);
        assert_eq!(sorted(SortOrder::CurrentStep), ["b", "c", "a"]);
        assert_eq!(sorted(SortOrder::LastActivity), ["b", "a", "c"]);
    }

    #[test]
    fn two_hundred_institutions_filter_in_order() {
        let institutions = (0..200)
            .map(|n| {
                institution(
                    &n.to_string(),
                    &format!("School {n:03}"),
                    InstitutionKind::Basisschool,
                    "Almere",
                    NOW,
                )
            })
            .collect();
        let list = Workspace {
            institutions,
            ..Default::default()
        };
        let found = InstitutionFilter {
            query: "school 1".into(),
            ..Default::default()
        }
        .apply(&list, &list.work_states(), &FoldedOrder);
        assert_eq!(found.len(), 100);
        assert_eq!(found[0].name, "School 100");
    }
}

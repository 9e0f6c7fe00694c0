//! Searching, filtering and sorting the list of institutions.

use super::{Institution, InstitutionKind, Programme, StepStatus, Workspace, sorted};

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
}

impl InstitutionFilter {
    /// The institutions that match, in the chosen order.
    pub fn apply<'a>(&self, ws: &'a Workspace) -> Vec<&'a Institution> {
        let query = fold_for_search(self.query.trim());
        let found: Vec<&Institution> = ws
            .institutions
            .iter()
            .filter(|i| self.matches(ws, i, &query))
            .collect();
        let name = |i: &Institution| fold_for_search(&i.name);
        match self.sort {
            SortOrder::Name => sorted(found, |i| (0, name(i))),
            SortOrder::Place => sorted(found, |i| {
                (0, format!("{}\u{0}{}", fold_for_search(&i.place), name(i)))
            }),
            SortOrder::CurrentStep => sorted(found, |i| {
                let phase = ws.phase_of(i);
                (i64::from(phase.step) * 10 + phase.status as i64, name(i))
            }),
            // Most recent first: ISO times sort as text, so sort ascending and turn around.
            SortOrder::LastActivity => {
                let mut found = sorted(found, |i| (0, i.updated_at.clone()));
                found.reverse();
                found
            }
        }
    }

    fn matches(&self, ws: &Workspace, i: &Institution, folded_query: &str) -> bool {
        let phase = ws.phase_of(i);
        (self.show_archived || !i.archived)
            && self.kind.is_none_or(|k| i.kind == k)
            && self.programme.is_none_or(|p| i.programme == p)
            && self.step.is_none_or(|s| phase.step == s)
            && self
                .status
                .is_none_or(|s| phase.status == s && !phase.not_chosen)
            && (folded_query.is_empty()
                || [&i.name, &i.place, &i.consultant]
                    .iter()
                    .any(|field| fold_for_search(field).contains(folded_query)))
    }
}

/// `c` in lower case, for the Latin letters Dutch text uses (ASCII and Latin-1, such as
/// "Ë"). The standard library's full Unicode case tables would add kilobytes to the wasm.
pub fn lower(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
        other => other,
    }
}

/// `text` in lower case (see `lower`).
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

/// Lower case without diacritics, so "coordinator" finds "coördinator".
pub fn fold_for_search(text: &str) -> String {
    text.chars()
        .map(lower)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ÿ' => 'y',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SelectionDecision, StepField};

    #[test]
    fn dutch_letters_are_lowered_and_folded() {
        assert_eq!(
            lowercase("Coördinator ÉÉN Ödön Ñ × 7"),
            "coördinator één ödön ñ × 7"
        );
        assert_eq!(fold_for_search("Coördinator ÉÉN"), "coordinator een");
    }

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
        assert_eq!(ids(InstitutionFilter::default().apply(&list)), ["b", "a"]);
        let all = InstitutionFilter {
            show_archived: true,
            ..Default::default()
        };
        assert_eq!(ids(all.apply(&list)), ["b", "a", "c"]);
    }

    #[test]
    fn search_ignores_case_and_diacritics_and_looks_at_place_too() {
        let list = sample();
        let by_name = InstitutionFilter {
            query: "een twee".into(),
            ..Default::default()
        };
        assert_eq!(ids(by_name.apply(&list)), ["b"]);
        let by_place = InstitutionFilter {
            query: "ZWOLLE".into(),
            ..Default::default()
        };
        assert_eq!(ids(by_place.apply(&list)), ["a"]);
    }

    #[test]
    fn filters_combine() {
        let list = sample();
        let schools = InstitutionFilter {
            kind: Some(InstitutionKind::Basisschool),
            ..Default::default()
        };
        assert_eq!(ids(schools.apply(&list)), ["a"]);
        let at_step_9 = InstitutionFilter {
            step: Some(9),
            status: Some(StepStatus::InProgress),
            ..Default::default()
        };
        assert_eq!(ids(at_step_9.apply(&list)), ["a"]);
        let bos = InstitutionFilter {
            programme: Some(Programme::BoekStartKinderopvang),
            ..Default::default()
        };
        assert!(bos.apply(&list).is_empty());
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
            .apply(&list))
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
        .apply(&list);
        assert_eq!(found.len(), 100);
        assert_eq!(found[0].name, "School 100");
    }
}

//! The Jaaroverzicht: the figures of one school year for the library's management and the
//! municipality, optionally for one place — every figure counted from the records.

use std::collections::BTreeMap;

use super::{
    AcrossInstitutions, ConversationStatus, Institution, InstitutionKind, Outcome, Programme,
    SchoolYear, StepStatus, Table, WorkStates, Workspace, outcome_of, parse_date, parse_month,
    progress_of,
};
use crate::content::STEPS;

/// One month of the plans: activities planned in it, and how many of those are done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthFigures {
    pub month: jiff::civil::Date,
    pub planned: usize,
    pub done: usize,
    /// Done in part, as the year's evaluations say.
    pub partly: usize,
}

/// The year's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearOverview {
    pub year: SchoolYear,
    /// The place counted, if one was chosen.
    pub place: Option<String>,
    /// The leesconsulent whose institutions were counted, by name, if one was chosen.
    pub consultant: Option<String>,
    pub institutions: usize,
    pub by_kind: Vec<(&'static str, usize)>,
    pub by_programme: Vec<(&'static str, usize)>,
    /// Steps 7–12 across the institutions counted (as the Stappenplan counts them now).
    pub steps: Vec<(u8, &'static str, AcrossInstitutions)>,
    /// Conversations held in the year with the institutions counted.
    pub conversations_held: usize,
    pub evaluations_held: usize,
    pub months: Vec<MonthFigures>,
    /// Activities of the year's plans without a month: counted apart.
    pub without_month: usize,
    /// The library's own steps 1–6 as recorded.
    pub library_steps: Vec<(u8, &'static str, StepStatus)>,
}

impl YearOverview {
    pub fn planned(&self) -> usize {
        self.months.iter().map(|m| m.planned).sum()
    }

    pub fn done(&self) -> usize {
        self.months.iter().map(|m| m.done).sum()
    }

    pub fn partly(&self) -> usize {
        self.months.iter().map(|m| m.partly).sum()
    }

    /// The figures as a table for a spreadsheet: what, and how many.
    pub fn figures_table(&self) -> Table {
        let mut rows = vec![
            row("Schooljaar", self.year.label()),
            row(
                "Plaats",
                self.place.clone().unwrap_or_else(|| "alle".into()),
            ),
            row(
                "Leesconsulent",
                self.consultant.clone().unwrap_or_else(|| "alle".into()),
            ),
            row("Instellingen", self.institutions),
        ];
        rows.extend(
            self.by_kind
                .iter()
                .map(|(k, n)| row(&format!("Soort: {k}"), n)),
        );
        rows.extend(
            self.by_programme
                .iter()
                .map(|(p, n)| row(&format!("Programma: {p}"), n)),
        );
        for (number, title, across) in &self.steps {
            let step = format!("Stap {number}. {title}");
            rows.push(row(&format!("{step}: afgerond"), across.done));
            rows.push(row(&format!("{step}: bezig"), across.in_progress));
            rows.push(row(&format!("{step}: van"), across.total));
        }
        rows.push(row("Gesprekken gehouden", self.conversations_held));
        rows.push(row("Evaluaties gehouden", self.evaluations_held));
        rows.push(row("Activiteiten gepland", self.planned()));
        rows.push(row("Activiteiten gedaan", self.done()));
        rows.push(row("Activiteiten deels gedaan", self.partly()));
        rows.push(row("Activiteiten zonder maand", self.without_month));
        rows.extend(
            self.library_steps
                .iter()
                .map(|(n, t, s)| row(&format!("Bibliotheek, stap {n}. {t}"), s.label())),
        );
        Table {
            header: vec!["Onderdeel".into(), "Aantal of stand".into()],
            rows,
        }
    }
}

fn row(what: &str, value: impl ToString) -> Vec<String> {
    vec![what.to_string(), value.to_string()]
}

/// Which institutions a Jaaroverzicht counts: all, or those of one place, of one
/// leesconsulent (a person's id), or both.
#[derive(Debug, Clone, Copy, Default)]
pub struct Among<'a> {
    pub place: Option<&'a str>,
    pub consultant: Option<&'a str>,
}

impl Among<'_> {
    /// Places are written by hand, so " tiel " is Tiel.
    fn holds(&self, institution: &Institution) -> bool {
        self.place.is_none_or(|p| same_place(&institution.place, p))
            && self.consultant.is_none_or(|c| institution.consultant == c)
    }
}

fn same_place(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The active institutions the library had by the end of `year`, among those chosen.
fn counted<'a>(
    workspace: &'a Workspace,
    year: SchoolYear,
    among: Among<'a>,
) -> impl Iterator<Item = &'a Institution> {
    let end = year.next().first_day();
    workspace.institutions.iter().filter(move |i| {
        // Added after the year ended, it was no part of that year.
        let added = parse_date(&i.created_at);
        !i.archived && among.holds(i) && added.zip(end).is_none_or(|(a, e)| a < e)
    })
}

/// The year's figures over the active institutions the library had by the end of the year
/// (among those chosen: a place, a leesconsulent). Steps 7–12 are where they stand now: the guide's steps do not
/// restart each year.
pub fn year_overview(
    workspace: &Workspace,
    states: &WorkStates,
    year: SchoolYear,
    among: Among,
) -> YearOverview {
    let counted: Vec<Institution> = counted(workspace, year, among).cloned().collect();
    let count_by = |label: &dyn Fn(&Institution) -> &'static str, all: Vec<&'static str>| {
        all.into_iter()
            .map(|l| (l, counted.iter().filter(|i| label(i) == l).count()))
            .filter(|(_, n)| *n > 0)
            .collect::<Vec<_>>()
    };
    let by_kind = count_by(
        &|i| i.kind.label(),
        InstitutionKind::ALL.iter().map(|k| k.label()).collect(),
    );
    let by_programme = count_by(
        &|i| i.programme.label(),
        Programme::ALL.iter().map(|p| p.label()).collect(),
    );
    let steps = STEPS
        .iter()
        .filter(|s| s.number >= 7)
        .map(|s| {
            let across = AcrossInstitutions::of(&counted, states, s.number).unwrap_or_default();
            (s.number, s.title, across)
        })
        .collect();
    let ours = |id: Option<&str>| id.is_some_and(|id| counted.iter().any(|i| i.id == id));
    let in_year = |date: &str| parse_date(date).is_some_and(|d| year.contains(d));
    let conversations_held = workspace
        .conversations
        .iter()
        .filter(|c| c.status == ConversationStatus::Held && in_year(&c.date))
        .filter(|c| ours(c.institution_id.as_deref()))
        .count();
    let evaluations_held = counted
        .iter()
        .flat_map(|i| &i.evaluations)
        .filter(|e| in_year(&e.date))
        .count();
    let mut months: BTreeMap<_, MonthFigures> = year
        .months()
        .into_iter()
        .map(|month| {
            let figures = MonthFigures {
                month,
                planned: 0,
                done: 0,
                partly: 0,
            };
            (month, figures)
        })
        .collect();
    let mut without_month = 0;
    for activity in &workspace.activities {
        let Some(institution) = counted.iter().find(|i| i.id == activity.institution_id) else {
            continue;
        };
        if activity.is_untouched_example() || activity.year() != Some(year) {
            continue;
        }
        without_month += usize::from(activity.month.is_empty());
        if let Some(figures) = parse_month(&activity.month).and_then(|m| months.get_mut(&m)) {
            let outcome = outcome_of(institution, activity);
            figures.planned += 1;
            figures.done += usize::from(outcome == Outcome::Done);
            figures.partly += usize::from(outcome == Outcome::Partly);
        }
    }
    let library_steps = STEPS
        .iter()
        .filter(|s| s.number <= 6)
        .map(|s| {
            (
                s.number,
                s.title,
                progress_of(&workspace.steps, s.id).status,
            )
        })
        .collect();
    YearOverview {
        year,
        place: among.place.map(str::to_string),
        consultant: among
            .consultant
            .and_then(|id| workspace.person(id))
            .map(|p| p.name.clone()),
        institutions: counted.len(),
        by_kind,
        by_programme,
        steps,
        conversations_held,
        evaluations_held,
        months: months.into_values().collect(),
        without_month,
        library_steps,
    }
}

/// The institutions counted, as a table for a spreadsheet: one row each, with where it
/// stands now.
pub fn institutions_table(
    workspace: &Workspace,
    states: &WorkStates,
    year: SchoolYear,
    among: Among,
) -> Table {
    let header = [
        "Instelling",
        "Soort",
        "Plaats",
        "Programma",
        "Leesconsulent",
        "Nu",
    ];
    let rows = counted(workspace, year, among)
        .map(|i| {
            let now = states
                .get(&i.id)
                .map(|s| s.phase.label())
                .unwrap_or_default();
            vec![
                i.name.trim().to_string(),
                i.kind.label().to_string(),
                i.place.trim().to_string(),
                i.programme.label().to_string(),
                workspace.consultant_name(i).to_string(),
                now,
            ]
        })
        .collect();
    Table {
        header: header.map(String::from).to_vec(),
        rows,
    }
}

/// The places of the active institutions, in order, for choosing one.
pub fn places(workspace: &Workspace) -> Vec<String> {
    let mut places: Vec<String> = workspace
        .institutions
        .iter()
        .filter(|i| !i.archived && !i.place.trim().is_empty())
        .map(|i| i.place.trim().to_string())
        .collect();
    places.sort_by_key(|p| p.to_lowercase());
    places.dedup_by(|a, b| same_place(a, b));
    places
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Activity, Conversation, ConversationKind, Evaluation, SelectionDecision, StartOutcome,
    };
    use jiff::civil::date;

    /// Three schools, counted by hand: two in Tiel (one chosen and under way), one in Culemborg.
    fn workspace() -> Workspace {
        let school = |id: &str, place: &str, kind| Institution {
            id: id.into(),
            name: id.into(),
            place: place.into(),
            kind,
            ..Default::default()
        };
        let mut linde = school("linde", "Tiel", InstitutionKind::Basisschool);
        linde.programme = Programme::BibliotheekOpSchool;
        linde.selection.decision = SelectionDecision::Chosen;
        linde.start_outcome = StartOutcome::GoesAhead;
        linde.evaluations = vec![
            Evaluation {
                date: "2027-02-02".into(),
                // Of October's two activities, the open one was done in part.
                results: [(
                    "b".to_string(),
                    crate::model::ActivityResult {
                        outcome: Outcome::Partly,
                        note: String::new(),
                    },
                )]
                .into(),
                ..Default::default()
            },
            Evaluation {
                date: "2026-06-01".into(),
                ..Default::default()
            },
        ];
        let dap = school("dap", " tiel ", InstitutionKind::Peuteropvang);
        let eik = school("eik", "Culemborg", InstitutionKind::Basisschool);
        let mut gone = school("weg", "Tiel", InstitutionKind::Basisschool);
        gone.archived = true;
        let mut later = school("later", "Tiel", InstitutionKind::Basisschool);
        later.created_at = "2027-08-01T09:00:00Z".into();
        let institutions = vec![linde, dap, eik, gone, later];
        let mut held = Conversation::new("g1", ConversationKind::Start, Some("linde"), "x");
        held.date = "2026-09-24".into();
        held.status = ConversationStatus::Held;
        let mut last_year = held.clone();
        last_year.id = "g0".into();
        last_year.date = "2026-06-24".into();
        let mut prepared = Conversation::new("g2", ConversationKind::Start, Some("eik"), "x");
        prepared.date = "2026-10-01".into();
        prepared.agreements = "x".into();
        let conversations = vec![held, last_year, prepared];
        let row = |id: &str, inst: &str, month: &str, done: bool| Activity {
            id: id.into(),
            institution_id: inst.into(),
            month: month.into(),
            school_year: "2026-2027".into(),
            done,
            ..Default::default()
        };
        let activities = vec![
            row("a", "linde", "2026-10", true),
            row("b", "linde", "2026-10", false),
            row("c", "linde", "2027-03", true),
            row("d", "eik", "2027-03", false),
            row("e", "linde", "2027-09", false),
            row("f", "linde", "", false),
        ];
        Workspace {
            institutions,
            conversations,
            activities,
            ..Default::default()
        }
    }

    #[test]
    fn the_years_figures_are_counted_from_the_records() {
        let ws = workspace();
        let states = ws.work_states();
        let all = year_overview(
            &ws,
            &states,
            SchoolYear::of(date(2026, 9, 1)),
            Among::default(),
        );
        assert_eq!(
            all.institutions, 3,
            "not the archived one, not one added after the year"
        );
        let next = year_overview(&ws, &states, all.year.next(), Among::default());
        assert_eq!(next.institutions, 4);
        assert_eq!(
            all.by_kind,
            [("Basisschool", 2), ("Peuterspeelzaal / peuteropvang", 1)]
        );
        assert_eq!(
            all.by_programme,
            [("Nog geen", 2), ("de Bibliotheek op school", 1)]
        );
        let (number, _, step_9) = all.steps[2];
        assert_eq!(number, 9);
        assert_eq!(
            (step_9.done, step_9.total),
            (1, 1),
            "only the chosen school takes it"
        );
        assert_eq!(all.conversations_held, 1, "held this year");
        assert_eq!(all.evaluations_held, 1);
        assert_eq!((all.planned(), all.done(), all.partly()), (4, 2, 1));
        assert_eq!(all.without_month, 1);
        assert_eq!(all.months.len(), 12);
        assert_eq!(
            (all.months[2].planned, all.months[2].done),
            (2, 1),
            "October"
        );
        assert_eq!(all.library_steps.len(), 6);

        let tiel = year_overview(
            &ws,
            &states,
            all.year,
            Among {
                place: Some("Tiel"),
                ..Default::default()
            },
        );
        assert_eq!(tiel.institutions, 2, "Tiel however it is written");
        let mut ws = ws;
        let ilse = ws.person_for_name("Ilse Jansen", "2026-09-01").unwrap();
        ws.institutions[0].consultant = ilse.clone();
        let of_ilse = year_overview(
            &ws,
            &states,
            all.year,
            Among {
                consultant: Some(&ilse),
                ..Default::default()
            },
        );
        assert_eq!(of_ilse.institutions, 1);
        assert_eq!(of_ilse.consultant.as_deref(), Some("Ilse Jansen"));
        assert_eq!((tiel.planned(), tiel.done()), (3, 2));
        let table = tiel.figures_table();
        assert_eq!(table.header, ["Onderdeel", "Aantal of stand"]);
        assert!(
            table
                .rows
                .contains(&vec!["Plaats".to_string(), "Tiel".to_string()])
        );
        assert!(
            table
                .rows
                .contains(&vec!["Activiteiten gedaan".to_string(), "2".to_string()])
        );
        assert_eq!(places(&ws), ["Culemborg", "Tiel"]);
        let list = institutions_table(
            &ws,
            &states,
            all.year,
            Among {
                place: Some("TIEL"),
                ..Default::default()
            },
        );
        assert_eq!(list.rows.len(), 2);
        assert_eq!(
            list.rows[0][..4],
            ["linde", "Basisschool", "Tiel", "de Bibliotheek op school"]
        );
    }
}

//! A school or pre-school institution and its own journey through steps 7–12.

use std::collections::{BTreeMap, BTreeSet};

use reactive_stores::{Patch, Store};
use serde::{Deserialize, Serialize};

use super::records::{Stamps, field_names};

use super::{
    Evaluation, InvalidInput, SchoolYear, StepField, StepProgress, StepRecords, StepStatus,
    apply_to, progress_of, validate_date,
};

/// The steps an institution takes after being selected, by stable id.
pub const INSTITUTION_STEP_IDS: [&str; 5] = ["stap-8", "stap-9", "stap-10", "stap-11", "stap-12"];

macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            #[default]
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The Dutch label shown to the user.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// A stable token for form values.
            pub fn token(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant)),+ }
            }

            pub fn from_token(token: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.token() == token)
            }
        }
    };
}
pub(crate) use labelled_enum;

labelled_enum!(
    /// What kind of institution it is.
    InstitutionKind {
        Basisschool => "Basisschool",
        Kinderdagverblijf => "Kinderdagverblijf",
        Peuteropvang => "Peuterspeelzaal / peuteropvang",
        OtherPreschool => "Andere voorschoolse instelling",
    }
);

labelled_enum!(
    /// The reading programme the institution takes part in.
    Programme {
        NoneYet => "Nog geen",
        BibliotheekOpSchool => "de Bibliotheek op school",
        BoekStartKinderopvang => "BoekStart in de kinderopvang",
    }
);

labelled_enum!(
    /// A contact person's role at the institution.
    ContactRole {
        Director => "Directeur / manager",
        ReadingCoordinator => "Leescoördinator / voorleescoördinator",
        VveCoordinator => "VVE-coördinator",
        Teacher => "Leerkracht / pedagogisch medewerker",
        Parent => "Ouder",
        Other => "Anders",
    }
);

labelled_enum!(
    /// The outcome of step 7 for this institution.
    SelectionDecision {
        Candidate => "Kandidaat",
        Chosen => "Gekozen",
        NotChosen => "Niet gekozen",
    }
);

labelled_enum!(
    /// The outcome of the start conversation (step 9).
    StartOutcome {
        Open => "Nog niet bekend",
        GoesAhead => "Gaat aan de slag",
        NoAgreement => "Geen overeenstemming",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Contact {
    pub id: String,
    #[patch(|this, new| *this = new)]
    pub role: ContactRole,
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// Step 7: which of the guide's indicators a–e hold, and the decision.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Selection {
    /// Ids of the indicators that hold ("stap-7-indicator-a" …).
    #[patch(|this, new| *this = new)]
    pub indicators: BTreeSet<String>,
    pub note: String,
    #[patch(|this, new| *this = new)]
    pub decision: SelectionDecision,
    pub reason: String,
}

/// A school or pre-school the library works with.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Institution {
    pub id: String,
    pub name: String,
    #[patch(|this, new| *this = new)]
    pub kind: InstitutionKind,
    #[patch(|this, new| *this = new)]
    pub programme: Programme,
    pub place: String,
    /// The school year it is being worked on, e.g. "2026-2027".
    pub school_year: String,
    pub contacts: Vec<Contact>,
    /// The id of the leesconsulent who supports it (`Person`); empty when none is chosen.
    /// Files before version 5 hold a name here, which the migration makes a person.
    pub consultant: String,
    pub notes: String,
    pub archived: bool,
    /// Ids of institutions it forms a *doorgaande lijn* with.
    #[patch(|this, new| *this = new)]
    pub links: BTreeSet<String>,
    /// The names of linked institutions that were not in the same file, by id: written by
    /// the export of one institution, so that the device that imports it can name a link
    /// whose other end it does not have. Bookkeeping: never merged, never compared.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub linked_names: BTreeMap<String, String>,
    pub selection: Selection,
    /// Progress on steps 8–12, keyed by step id.
    #[patch(|this, new| *this = new)]
    pub steps: StepRecords,
    #[patch(|this, new| *this = new)]
    pub start_outcome: StartOutcome,
    /// Answers to step 10's agreement questions, keyed by question id.
    #[patch(|this, new| *this = new)]
    pub agreements: BTreeMap<String, String>,
    /// The school year the agreements were made for, when *Nieuw schooljaar starten* carried
    /// them into a later year to be reviewed; empty once they hold for the current year.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub agreements_from: String,
    /// The agreements as they were in earlier school years, by year ("2026-2027"): kept by
    /// *Nieuw schooljaar starten* so that an earlier year's report states its own.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub past_agreements: BTreeMap<String, BTreeMap<String, String>>,
    pub evaluations: Vec<Evaluation>,
    pub created_at: String,
    pub updated_at: String,
    /// When each field got its value, for merging files field by field (`storage::import`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub stamps: Stamps,
}

field_names!(
    /// The fields of an institution the user edits.
    InstitutionField {
        Name => "name",
        Kind => "kind",
        Programme => "programme",
        Place => "place",
        SchoolYear => "schoolYear",
        Contacts => "contacts",
        Consultant => "consultant",
        Notes => "notes",
        Archived => "archived",
        Links => "links",
        Selection => "selection",
        Steps => "steps",
        StartOutcome => "startOutcome",
        Agreements => "agreements",
        AgreementsFrom => "agreementsFrom",
        PastAgreements => "pastAgreements",
        Evaluations => "evaluations",
    }
);

/// Where an institution stands: its current step and that step's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Phase {
    pub step: u8,
    pub status: StepStatus,
    /// Step 7 ended with "niet gekozen".
    pub not_chosen: bool,
}

impl Phase {
    /// "Stap 9 · Bezig", "Stap 7 · Niet gekozen".
    pub fn label(&self) -> String {
        let status = if self.not_chosen {
            SelectionDecision::NotChosen.label()
        } else {
            self.status.label()
        };
        format!("Stap {} · {status}", self.step)
    }
}

impl Institution {
    pub fn new(
        id: &str,
        name: &str,
        kind: InstitutionKind,
        now: &str,
    ) -> Result<Self, InvalidInput> {
        let name = required_name(name)?;
        Ok(Institution {
            id: id.to_string(),
            name,
            kind,
            created_at: now.to_string(),
            updated_at: now.to_string(),
            ..Default::default()
        })
    }

    /// The progress recorded for step 8–12; a blank record when none is.
    pub fn step(&self, step_id: &str) -> StepProgress {
        progress_of(&self.steps, step_id)
    }

    /// Applies a change to step 8–12.
    pub fn apply_step(
        &mut self,
        step_id: &str,
        field: StepField,
        now: &str,
    ) -> Result<(), InvalidInput> {
        if !INSTITUTION_STEP_IDS.contains(&step_id) {
            return Err(InvalidInput(format!(
                "Stap ‘{step_id}’ wordt niet per instelling bijgehouden."
            )));
        }
        apply_to(&mut self.steps, step_id, field, now)
    }

    /// How many of step 7's five indicators hold.
    pub fn indicator_count(&self) -> usize {
        self.selection.indicators.len()
    }

    /// The status of step 7, derived from the selection.
    pub fn selection_status(&self) -> StepStatus {
        let s = &self.selection;
        match s.decision {
            SelectionDecision::Chosen | SelectionDecision::NotChosen => StepStatus::Done,
            SelectionDecision::Candidate if s.indicators.is_empty() && s.note.is_empty() => {
                StepStatus::NotStarted
            }
            SelectionDecision::Candidate => StepStatus::InProgress,
        }
    }

    /// After "geen overeenstemming" in step 9: the institution is not chosen after all, and
    /// the library picks another at step 7. Nothing recorded is deleted.
    pub fn return_to_selection(&mut self, reason: &str) {
        self.selection.decision = SelectionDecision::NotChosen;
        self.selection.reason = reason.to_string();
    }

    /// The latest "next evaluation" date planned and not yet held: an evaluation recorded
    /// on or after that date is the one that was planned.
    pub fn next_evaluation(&self) -> Option<&str> {
        let last_held = self
            .evaluations
            .iter()
            .map(|e| e.date.as_str())
            .filter(|d| !d.is_empty())
            .max()
            .unwrap_or_default();
        self.evaluations
            .iter()
            .map(|e| e.next_date.as_str())
            .filter(|d| !d.is_empty() && *d > last_held)
            .max()
    }

    /// Checks what the user may not leave wrong: a name, and real dates.
    pub fn validate(&self) -> Result<(), InvalidInput> {
        required_name(&self.name)?;
        if !self.school_year.trim().is_empty() {
            // Which plan is the current one follows from it (`Institution::current_year`).
            SchoolYear::parse(&self.school_year)?;
        }
        for evaluation in &self.evaluations {
            validate_date(&evaluation.date)?;
            validate_date(&evaluation.next_date)?;
        }
        Ok(())
    }
}

/// The name an institution read without one gets, so that it can be found and renamed.
pub const UNNAMED_INSTITUTION: &str = "Instelling zonder naam";

impl Institution {
    /// Mends what `validate` would refuse, so that an institution read from a file accepts
    /// every later edit: a blank name gets a placeholder, an impossible evaluation date is
    /// cleared and kept, as it was written, in the institution's notes.
    pub fn repair(&mut self) {
        if self.name.trim().is_empty() {
            self.name = UNNAMED_INSTITUTION.into();
        }
        if SchoolYear::parse(&self.school_year).is_err() && !self.school_year.trim().is_empty() {
            let year = std::mem::take(&mut self.school_year);
            add_line(
                &mut self.notes,
                &format!(
                    "Bij het inlezen weggehaald: ‘{year}’ is geen schooljaar (zoals 2026-2027)."
                ),
            );
        }
        let mut kept = Vec::new();
        for evaluation in &mut self.evaluations {
            for date in [&mut evaluation.date, &mut evaluation.next_date] {
                if validate_date(date).is_err() {
                    kept.push(std::mem::take(date));
                }
            }
        }
        for date in kept {
            add_line(
                &mut self.notes,
                &format!("Bij het inlezen weggehaald: evaluatiedatum ‘{date}’ bestaat niet."),
            );
        }
    }
}

/// Adds `line` to a text on a line of its own.
pub(super) fn add_line(text: &mut String, line: &str) {
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(line);
}

fn required_name(name: &str) -> Result<String, InvalidInput> {
    match name.trim() {
        "" => Err(InvalidInput("Vul de naam van de instelling in.".into())),
        name => Ok(name.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-28T10:00:00Z";

    fn school() -> Institution {
        Institution::new("a", "Obs De Linde", InstitutionKind::Basisschool, NOW).unwrap()
    }

    /// The phase from the institution's own records (no conversations or planning rows).
    fn phase(i: &Institution) -> Phase {
        crate::model::Workspace::default().work_of(i).phase()
    }

    #[test]
    fn a_new_institution_stands_at_step_7_not_started() {
        assert_eq!(
            phase(&school()),
            Phase {
                step: 7,
                status: StepStatus::NotStarted,
                not_chosen: false
            }
        );
        assert_eq!(phase(&school()).label(), "Stap 7 · Niet gestart");
    }

    #[test]
    fn ticking_indicators_puts_step_7_in_progress_and_counts_them() {
        let mut i = school();
        i.selection.indicators.extend([
            "stap-7-indicator-a".into(),
            "stap-7-indicator-c".into(),
            "stap-7-indicator-e".into(),
        ]);
        assert_eq!(i.indicator_count(), 3);
        assert_eq!(phase(&i).status, StepStatus::InProgress);
    }

    #[test]
    fn once_chosen_the_current_step_is_the_first_of_8_to_12_not_done() {
        let mut i = school();
        i.selection.decision = SelectionDecision::Chosen;
        assert_eq!(
            phase(&i),
            Phase {
                step: 8,
                status: StepStatus::NotStarted,
                not_chosen: false
            }
        );
        i.apply_step("stap-8", StepField::Status(StepStatus::Done), NOW)
            .unwrap();
        i.apply_step("stap-10", StepField::Status(StepStatus::Done), NOW)
            .unwrap();
        i.apply_step("stap-9", StepField::Status(StepStatus::InProgress), NOW)
            .unwrap();
        assert_eq!(
            phase(&i),
            Phase {
                step: 9,
                status: StepStatus::InProgress,
                not_chosen: false
            }
        );
        for id in INSTITUTION_STEP_IDS {
            i.apply_step(id, StepField::Status(StepStatus::Done), NOW)
                .unwrap();
        }
        assert_eq!(
            phase(&i),
            Phase {
                step: 12,
                status: StepStatus::Done,
                not_chosen: false
            }
        );
    }

    #[test]
    fn no_agreement_returns_to_step_7_and_keeps_everything() {
        let mut i = school();
        i.selection.indicators.insert("stap-7-indicator-b".into());
        i.selection.decision = SelectionDecision::Chosen;
        i.apply_step("stap-9", StepField::Notes("Directie twijfelt".into()), NOW)
            .unwrap();
        i.start_outcome = StartOutcome::NoAgreement;
        i.return_to_selection("Geen overeenstemming in het startgesprek");
        assert_eq!(phase(&i).label(), "Stap 7 · Niet gekozen");
        assert_eq!(i.indicator_count(), 1);
        assert_eq!(i.step("stap-9").notes, "Directie twijfelt");
        assert_eq!(i.start_outcome, StartOutcome::NoAgreement);
    }

    #[test]
    fn only_steps_8_to_12_are_kept_per_institution() {
        let mut i = school();
        assert!(
            i.apply_step("stap-3", StepField::Status(StepStatus::Done), NOW)
                .is_err()
        );
        assert!(
            i.apply_step("stap-7", StepField::Status(StepStatus::Done), NOW)
                .is_err()
        );
    }

    #[test]
    fn evaluations_need_real_dates_and_the_latest_next_date_counts() {
        let mut i = school();
        i.evaluations.push(Evaluation {
            date: "2026-10-01".into(),
            next_date: "2027-03-01".into(),
            ..Default::default()
        });
        i.evaluations.push(Evaluation {
            date: "2026-04-01".into(),
            next_date: "2026-10-01".into(),
            ..Default::default()
        });
        assert_eq!(i.next_evaluation(), Some("2027-03-01"));
        // Held on the planned date, the planned evaluation is no longer coming.
        i.evaluations.push(Evaluation {
            date: "2027-03-01".into(),
            ..Default::default()
        });
        assert_eq!(i.next_evaluation(), None);
        i.evaluations[0].next_date = "2027-06-10".into();
        assert_eq!(i.next_evaluation(), Some("2027-06-10"), "planned again");
        i.evaluations[0].date = "1-10-2026".into();
        assert!(i.validate().is_err());
    }

    #[test]
    fn labels_and_tokens_round_trip() {
        for kind in InstitutionKind::ALL {
            assert_eq!(InstitutionKind::from_token(kind.token()), Some(*kind));
        }
        assert_eq!(
            ContactRole::ReadingCoordinator.label(),
            "Leescoördinator / voorleescoördinator"
        );
        assert_eq!(Programme::ALL.len(), 3);
    }
}

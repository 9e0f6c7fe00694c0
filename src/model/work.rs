//! Steps 7–12 follow the work: what the user recorded (conversations, the start outcome,
//! agreements, planning rows, evaluations) moves an institution's step, unless the user set
//! the step's status by hand, which is then kept. The library's steps 7–12 are read across
//! its institutions.
//!
//! The rule, per step (the first that holds):
//! - 8: a startgesprek is recorded (prepared or held) → Afgerond: the appointment is made.
//! - 9: outcome *gaat aan de slag* → Afgerond; *geen overeenstemming*, or a startgesprek
//!   prepared or held → Bezig.
//! - 10: a held verdiepend gesprek (or werkafspraken) with its agreements written down →
//!   Afgerond; any step-10 conversation or agreement answer → Bezig.
//! - 11: planning rows → Bezig; when every row is done the step is ready to close, by hand.
//! - 12: an evaluation moment recorded → Bezig.
//! - any of 8–12 that nothing above moves: its own fields (date, who, notes) filled in →
//!   Bezig.
//!
//! Work is what the user did: a conversation started with one tap and left untouched, or a
//! row of the guide's example the user has not changed, is not (`Conversation::is_untouched`,
//! `Activity::is_untouched_example`).

use std::collections::HashMap;

use super::{
    Activity, Conversation, ConversationKind, ConversationStatus, Institution, Phase,
    SelectionDecision, StartOutcome, StepProgress, StepRecords, StepStatus, StepSummary, Workspace,
    dutch_list, format_date, progress_of,
};
use crate::content::{LIBRARY_TASK_STEPS, STEPS, Scope, Step};

/// Where one of an institution's steps stands, and why.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StepState {
    pub status: StepStatus,
    pub why: StatusReason,
    /// What the work alone says, shown beside a status set by hand.
    pub work: (StepStatus, StatusReason),
    /// Step 11: every planning row is done, so the user may close the step.
    pub ready_to_close: bool,
}

impl StepState {
    /// The status picked by hand where there is one, else what the work says.
    fn of(recorded: &StepProgress, work: (StepStatus, StatusReason), ready_to_close: bool) -> Self {
        let (status, why) = if recorded.is_by_hand() {
            (recorded.status, StatusReason::ByHand)
        } else {
            work.clone()
        };
        StepState {
            status,
            why,
            work,
            ready_to_close: ready_to_close && status != StepStatus::Done,
        }
    }

    /// The status in words, as the step's page shows it under the status picker.
    pub fn explain(&self) -> String {
        let status = self.status.label();
        match (&self.why, &self.work) {
            (StatusReason::Work(why), _) => {
                format!("{status}, {why}. Kiest u zelf een status, dan houdt de app die aan.")
            }
            (StatusReason::ByHand, (work, StatusReason::Work(why))) => format!(
                "Zelf gekozen: {status}. Volgens wat er is vastgelegd: {}, {why}.",
                work.label()
            ),
            (StatusReason::ByHand, _) => {
                format!("Zelf gekozen: {status}. Er is nog niets vastgelegd dat de status bepaalt.")
            }
            (StatusReason::Nothing, _) => {
                "De status volgt vanzelf wat u vastlegt (gesprekken, uitkomst, \
                planning, evaluaties). U kunt hem ook zelf kiezen."
                    .to_string()
            }
        }
    }

    /// What the user may do next, or nothing.
    pub fn advice(&self) -> &'static str {
        if self.ready_to_close {
            "Alle activiteiten zijn uitgevoerd. Is het programma klaar, zet de stap dan op Afgerond."
        } else {
            ""
        }
    }
}

/// What decided a step's status.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StatusReason {
    /// Nothing recorded yet.
    #[default]
    Nothing,
    /// The user set it; the app keeps it.
    ByHand,
    /// What the user did, in words: "door het startgesprek van 24-11-2026".
    Work(String),
}

/// An institution with everything recorded for it elsewhere in the workspace.
pub struct Work<'a> {
    pub institution: &'a Institution,
    conversations: Vec<&'a Conversation>,
    activities: Vec<&'a Activity>,
}

/// The conversations and planning rows of every institution, found in one pass over the
/// workspace rather than one pass per institution.
pub struct WorkIndex<'a> {
    conversations: HashMap<&'a str, Vec<&'a Conversation>>,
    activities: HashMap<&'a str, Vec<&'a Activity>>,
}

impl<'a> WorkIndex<'a> {
    pub fn new(conversations: &'a [Conversation], activities: &'a [Activity]) -> Self {
        let mut index = WorkIndex {
            conversations: HashMap::new(),
            activities: HashMap::new(),
        };
        for c in conversations.iter().filter(|c| !c.is_untouched()) {
            if let Some(id) = c.institution_id.as_deref() {
                index.conversations.entry(id).or_default().push(c);
            }
        }
        for a in activities.iter().filter(|a| !a.is_untouched_example()) {
            let rows = index
                .activities
                .entry(a.institution_id.as_str())
                .or_default();
            rows.push(a);
        }
        index
    }

    /// The institution together with its conversations and planning rows.
    pub fn work_of(&self, institution: &'a Institution) -> Work<'a> {
        let id = institution.id.as_str();
        Work {
            institution,
            conversations: self.conversations.get(id).cloned().unwrap_or_default(),
            activities: self.activities.get(id).cloned().unwrap_or_default(),
        }
    }
}

/// Where one institution stands, as every view that shows it reads it: worked out once per
/// change of the records, for all institutions at once (`work_states`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionWork {
    pub phase: Phase,
    /// Steps 7–12, in order.
    pub steps: [StepState; 6],
    /// When anything recorded for it last changed: the institution itself, its
    /// conversations or its planning rows (ISO 8601).
    pub last_change: String,
}

impl InstitutionWork {
    /// Step 7–12.
    pub fn step(&self, number: u8) -> &StepState {
        &self.steps[usize::from(number.clamp(7, 12) - 7)]
    }
}

impl Work<'_> {
    /// The institution's standing, for every view at once.
    pub fn summary(&self) -> InstitutionWork {
        let steps = [7, 8, 9, 10, 11, 12].map(|n| self.step(n));
        let times = self
            .conversations
            .iter()
            .map(|c| c.updated_at.as_str())
            .chain(self.activities.iter().map(|a| a.updated_at.as_str()));
        InstitutionWork {
            phase: self.phase_from(&steps),
            last_change: times
                .chain([self.institution.updated_at.as_str()])
                .max()
                .unwrap_or_default()
                .to_string(),
            steps,
        }
    }
}

/// Every institution's standing, by id.
pub type WorkStates = HashMap<String, InstitutionWork>;

/// Works out every institution's standing in one pass over the records.
pub fn work_states(
    institutions: &[Institution],
    conversations: &[Conversation],
    activities: &[Activity],
) -> WorkStates {
    let index = WorkIndex::new(conversations, activities);
    institutions
        .iter()
        .map(|i| (i.id.clone(), index.work_of(i).summary()))
        .collect()
}

impl Workspace {
    /// The institution together with its conversations and planning rows.
    pub fn work_of<'a>(&'a self, institution: &'a Institution) -> Work<'a> {
        WorkIndex::new(&self.conversations, &self.activities).work_of(institution)
    }

    /// The current step of the institution, by the rule above.
    pub fn phase_of(&self, institution: &Institution) -> Phase {
        self.work_of(institution).phase()
    }

    /// Every institution's standing, by id.
    pub fn work_states(&self) -> WorkStates {
        work_states(&self.institutions, &self.conversations, &self.activities)
    }
}

impl StepProgress {
    /// Whether the user chose this status: a status other than *Niet gestart* was always set
    /// by hand (the app never stores what it derives).
    pub fn is_by_hand(&self) -> bool {
        self.by_hand || self.status != StepStatus::NotStarted
    }
}

impl Work<'_> {
    /// Where step 7–12 stands: by hand where the user set it, else as the work says.
    pub fn step(&self, number: u8) -> StepState {
        if number == 7 {
            let status = self.institution.selection_status();
            return StepState {
                status,
                why: StatusReason::Nothing,
                work: (status, StatusReason::Nothing),
                ready_to_close: false,
            };
        }
        let recorded = self.institution.step(&format!("stap-{number}"));
        let work = self.derived(number, &recorded);
        let ready_to_close =
            number == 11 && !self.activities.is_empty() && self.activities.iter().all(|a| a.done);
        StepState::of(&recorded, work, ready_to_close)
    }

    /// What the work alone says about a step, ignoring a status set by hand: the records
    /// the step follows, else what was filled in at the step itself.
    fn derived(&self, number: u8, recorded: &StepProgress) -> (StepStatus, StatusReason) {
        let found = match number {
            8 => self.step_8(),
            9 => self.step_9(),
            10 => self.step_10(),
            11 => self.step_11(),
            12 => self.step_12(),
            _ => None,
        };
        found
            .or_else(|| own_fields(recorded))
            .unwrap_or((StepStatus::NotStarted, StatusReason::Nothing))
    }

    /// The current step: 7 until chosen, then the first of 8–12 not yet done.
    pub fn phase(&self) -> Phase {
        self.phase_from(&[7, 8, 9, 10, 11, 12].map(|n| self.step(n)))
    }

    /// The current step, from the states of steps 7–12.
    fn phase_from(&self, steps: &[StepState; 6]) -> Phase {
        let (step, status) = match self.institution.selection.decision {
            SelectionDecision::Chosen => (8u8..=12)
                .zip(&steps[1..])
                .map(|(n, state)| (n, state.status))
                .find(|(_, s)| *s != StepStatus::Done)
                .unwrap_or((12, StepStatus::Done)),
            _ => (7, steps[0].status),
        };
        Phase {
            step,
            status,
            not_chosen: self.institution.selection.decision == SelectionDecision::NotChosen,
        }
    }

    fn of_kinds(&self, kinds: &[ConversationKind]) -> impl Iterator<Item = &Conversation> {
        self.conversations
            .iter()
            .copied()
            .filter(move |c| kinds.contains(&c.kind))
    }

    /// The latest held conversation of these kinds, or else the latest prepared one.
    fn latest(&self, kinds: &[ConversationKind]) -> Option<&Conversation> {
        self.of_kinds(kinds)
            .max_by_key(|c| (c.status == ConversationStatus::Held, c.date.clone()))
    }

    fn step_8(&self) -> Option<(StepStatus, StatusReason)> {
        let start = self.latest(&[ConversationKind::Start])?;
        Some((StepStatus::Done, by_conversation(start)))
    }

    fn step_9(&self) -> Option<(StepStatus, StatusReason)> {
        let start = self.latest(&[ConversationKind::Start]);
        let outcome = self.institution.start_outcome;
        // "door de uitkomst ‘Gaat aan de slag’ van het startgesprek van 24-11-2026"
        let why = |outcome: StartOutcome| {
            let of = match start.map(|c| (c.status, by_conversation(c))) {
                Some((ConversationStatus::Held, StatusReason::Work(text))) => {
                    format!(" van {}", text.trim_start_matches("door "))
                }
                _ => String::new(),
            };
            StatusReason::Work(format!("door de uitkomst ‘{}’{of}", outcome.label()))
        };
        match outcome {
            StartOutcome::GoesAhead => Some((StepStatus::Done, why(outcome))),
            StartOutcome::NoAgreement => Some((StepStatus::InProgress, why(outcome))),
            StartOutcome::Open => Some((StepStatus::InProgress, by_conversation(start?))),
        }
    }

    fn step_10(&self) -> Option<(StepStatus, StatusReason)> {
        let agreed = self
            .of_kinds(&[
                ConversationKind::Deepening,
                ConversationKind::WorkingAgreements,
            ])
            .filter(|c| c.status == ConversationStatus::Held && self.has_agreements(c))
            .max_by_key(|c| c.date.clone());
        if let Some(c) = agreed {
            return Some((StepStatus::Done, by_conversation(c)));
        }
        let kinds = [
            ConversationKind::Deepening,
            ConversationKind::WorkingAgreements,
            ConversationKind::ParentWishes,
        ];
        if let Some(c) = self.latest(&kinds) {
            return Some((StepStatus::InProgress, by_conversation(c)));
        }
        let answered = self
            .institution
            .agreements
            .values()
            .any(|a| !a.trim().is_empty());
        answered.then(|| {
            let why = StatusReason::Work("door de vastgelegde werkafspraken".into());
            (StepStatus::InProgress, why)
        })
    }

    /// A conversation's agreements: written in it, or as the institution's step-10 answers.
    fn has_agreements(&self, c: &Conversation) -> bool {
        !c.agreements.trim().is_empty()
            || self
                .institution
                .agreements
                .values()
                .any(|a| !a.trim().is_empty())
    }

    fn step_11(&self) -> Option<(StepStatus, StatusReason)> {
        let rows = self.activities.len();
        if rows == 0 {
            return None;
        }
        let done = self.activities.iter().filter(|a| a.done).count();
        let why = match (rows, done) {
            (1, 1) => "door de activiteit in de planning, die is uitgevoerd".to_string(),
            (1, _) => "door de activiteit in de planning".to_string(),
            _ if done == rows => {
                format!("door de {rows} activiteiten in de planning, die alle zijn uitgevoerd")
            }
            _ => format!("door de {rows} activiteiten in de planning ({done} uitgevoerd)"),
        };
        Some((StepStatus::InProgress, StatusReason::Work(why)))
    }

    fn step_12(&self) -> Option<(StepStatus, StatusReason)> {
        let recorded = self.institution.evaluations.iter().filter(|e| {
            !(e.date.is_empty() && e.went_well.trim().is_empty() && e.changes.trim().is_empty())
        });
        let latest = recorded.max_by_key(|e| e.date.clone())?;
        let why = if latest.date.is_empty() {
            "door een evaluatiemoment".to_string()
        } else {
            format!("door het evaluatiemoment van {}", format_date(&latest.date))
        };
        Some((StepStatus::InProgress, StatusReason::Work(why)))
    }
}

/// Where one of the library's own steps 1–6 stands: by hand where the user set it, else as
/// its work says — a conversation of the library held for the step (steps 2 and 3), else
/// the step's own date, *wie* and notes — as an institution's steps do.
pub fn library_step_state(
    progress: &StepProgress,
    conversations: &[Conversation],
    number: u8,
) -> StepState {
    library_step_state_by(progress, library_conversation_work(conversations, number))
}

/// What the library's own conversations for step `number` (2 and 3) say of it: the
/// latest held one, else the latest with something in it.
pub fn library_conversation_work(
    conversations: &[Conversation],
    number: u8,
) -> Option<(StepStatus, StatusReason)> {
    conversations
        .iter()
        .filter(|c| c.institution_id.is_none() && c.kind.step() == number && !c.is_untouched())
        .max_by_key(|c| (c.status == ConversationStatus::Held, c.date.as_str()))
        .map(|c| (StepStatus::InProgress, by_conversation(c)))
}

/// `library_step_state` with the step's conversations read already
/// (`library_conversation_work`), so that typing in the step's notes does not read them
/// again.
pub fn library_step_state_by(
    progress: &StepProgress,
    by_conversation: Option<(StepStatus, StatusReason)>,
) -> StepState {
    let work = by_conversation
        .or_else(|| own_fields(progress))
        .unwrap_or((StepStatus::NotStarted, StatusReason::Nothing));
    StepState::of(progress, work, false)
}

/// A step's own fields are recorded work: "door de datum en de notities bij deze stap".
fn own_fields(p: &StepProgress) -> Option<(StepStatus, StatusReason)> {
    let filled: Vec<&str> = [
        (!p.date.is_empty(), "de datum"),
        (!p.owner.trim().is_empty(), "wie de stap uitvoert"),
        (!p.notes.trim().is_empty(), "de notities"),
    ]
    .into_iter()
    .filter_map(|(filled, what)| filled.then_some(what))
    .collect();
    if filled.is_empty() {
        return None;
    }
    let why = StatusReason::Work(format!("door {} bij deze stap", dutch_list(&filled)));
    Some((StepStatus::InProgress, why))
}

/// "door het startgesprek van 24-11-2026", or "door het voorbereide startgesprek".
fn by_conversation(c: &Conversation) -> StatusReason {
    let name = match c.kind {
        ConversationKind::Start => "startgesprek",
        ConversationKind::Deepening => "verdiepende gesprek",
        ConversationKind::WorkingAgreements => "gesprek over werkafspraken",
        ConversationKind::ParentWishes => "gesprek over de wensen van ouders",
        ConversationKind::Management => "gesprek met de directie",
        ConversationKind::Municipality => "gesprek met de gemeente",
    };
    let prepared = match c.status {
        ConversationStatus::Prepared => "voorbereide ",
        ConversationStatus::Held => "",
    };
    StatusReason::Work(match c.date.as_str() {
        "" => format!("door het {prepared}{name}"),
        date => format!("door het {prepared}{name} van {}", format_date(date)),
    })
}

/// How an institution-scope step stands across the institutions that take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AcrossInstitutions {
    pub total: usize,
    pub done: usize,
    pub in_progress: usize,
    /// Counted over the chosen institutions (steps 8–12), not every active one (step 7).
    pub chosen_only: bool,
}

impl AcrossInstitutions {
    /// All done → Afgerond; anything begun → Bezig; else Niet gestart.
    pub fn status(&self) -> StepStatus {
        if self.total > 0 && self.done == self.total {
            StepStatus::Done
        } else if self.done + self.in_progress > 0 {
            StepStatus::InProgress
        } else {
            StepStatus::NotStarted
        }
    }

    /// "2 van 3 instellingen afgerond, 1 bezig"; at steps 8–12 "gekozen instellingen",
    /// since only those take them.
    pub fn label(&self) -> String {
        let noun = match (self.chosen_only, self.total) {
            (false, 1) => "instelling",
            (false, _) => "instellingen",
            (true, 1) => "gekozen instelling",
            (true, _) => "gekozen instellingen",
        };
        let mut text = format!("{} van {} {noun} afgerond", self.done, self.total);
        if self.in_progress > 0 {
            text.push_str(&format!(", {} bezig", self.in_progress));
        }
        text
    }
}

impl AcrossInstitutions {
    /// Step 7–12 across the active institutions: step 7 over every candidate, steps 8–12
    /// over those chosen. `None` when no institution takes the step yet.
    pub fn of(
        institutions: &[Institution],
        states: &WorkStates,
        number: u8,
    ) -> Option<AcrossInstitutions> {
        let mut across = AcrossInstitutions {
            chosen_only: number != 7,
            ..Default::default()
        };
        for i in institutions.iter().filter(|i| !i.archived) {
            let status = match (number, i.selection.decision, states.get(&i.id)) {
                (7, _, _) => i.selection_status(),
                (8..=12, SelectionDecision::Chosen, Some(state)) => state.step(number).status,
                _ => continue,
            };
            across.total += 1;
            match status {
                StepStatus::Done => across.done += 1,
                StepStatus::InProgress => across.in_progress += 1,
                StepStatus::NotStarted => {}
            }
        }
        (across.total > 0).then_some(across)
    }
}

/// How one of the library's twelve steps stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LibraryStep {
    /// Steps 1–6: the library's record. Steps 7–12: across its institutions, and *Niet
    /// gestart* while it follows none: no step claims more than the institutions below it.
    pub status: StepStatus,
    pub across: Option<AcrossInstitutions>,
    /// The library's own record at 7–12, where the guide gives it a task of its own or the
    /// user recorded a status for the library as a whole.
    pub own: Option<StepStatus>,
}

impl LibraryStep {
    /// "2 van 3 instellingen afgerond, 1 bezig · bibliotheek zelf: bezig"; empty for 1–6.
    pub fn describe(&self) -> String {
        let own = self
            .own
            .map(|own| format!("bibliotheek zelf: {}", own.label().to_lowercase()));
        let parts: Vec<String> = self
            .across
            .map(|a| a.label())
            .into_iter()
            .chain(own)
            .collect();
        parts.join(" · ")
    }
}

impl LibraryStep {
    /// How `step` stands for the library: its own record, read across its institutions at
    /// steps 7–12.
    pub fn of(
        step: &Step,
        steps: &StepRecords,
        conversations: &[Conversation],
        institutions: &[Institution],
        states: &WorkStates,
    ) -> LibraryStep {
        let progress = progress_of(steps, step.id);
        let recorded = progress.status;
        match step.scope {
            Scope::Library => LibraryStep {
                status: library_step_state(&progress, conversations, step.number).status,
                across: None,
                own: None,
            },
            Scope::Institution => {
                let across = AcrossInstitutions::of(institutions, states, step.number);
                let own =
                    LIBRARY_TASK_STEPS.contains(&step.number) || recorded != StepStatus::NotStarted;
                LibraryStep {
                    status: across.map_or(StepStatus::NotStarted, |a| a.status()),
                    across,
                    own: own.then_some(recorded),
                }
            }
        }
    }

    /// The headline of the library's progress: its own steps 1–6. Steps 7–12 are progress
    /// across institutions, shown per step ("2 van 4 gekozen instellingen afgerond"), so
    /// that no figure falls because the library took on another school.
    pub fn headline(steps: &[LibraryStep]) -> StepSummary {
        let mut summary = StepSummary::default();
        STEPS
            .iter()
            .zip(steps)
            .filter(|(step, _)| step.scope == Scope::Library)
            .for_each(|(_, s)| summary.add(s.status));
        summary
    }
}

impl Workspace {
    /// Step 7–12 across the active institutions (see `AcrossInstitutions::of`).
    pub fn across(&self, number: u8) -> Option<AcrossInstitutions> {
        AcrossInstitutions::of(&self.institutions, &self.work_states(), number)
    }

    pub fn library_step(&self, step: &Step) -> LibraryStep {
        LibraryStep::of(
            step,
            &self.steps,
            &self.conversations,
            &self.institutions,
            &self.work_states(),
        )
    }

    /// The headline of the library's progress (`LibraryStep::headline`).
    pub fn step_summary(&self) -> StepSummary {
        let states = self.work_states();
        let steps: Vec<LibraryStep> = STEPS
            .iter()
            .map(|step| {
                LibraryStep::of(
                    step,
                    &self.steps,
                    &self.conversations,
                    &self.institutions,
                    &states,
                )
            })
            .collect();
        LibraryStep::headline(&steps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evaluation, InstitutionKind, StepField};

    const NOW: &str = "2026-11-24T10:00:00Z";

    fn workspace() -> Workspace {
        let mut ws = Workspace::default();
        let mut school =
            Institution::new("s", "Obs De Linde", InstitutionKind::Basisschool, NOW).unwrap();
        school.selection.decision = SelectionDecision::Chosen;
        ws.institutions.push(school);
        ws
    }

    fn conversation(
        kind: ConversationKind,
        status: ConversationStatus,
        date: &str,
    ) -> Conversation {
        let mut c = Conversation::new(&format!("g-{date}"), kind, Some("s"), NOW);
        c.status = status;
        c.date = date.into();
        // Something typed into it: one tap alone is no work (see the tests below).
        c.present = vec!["Directeur".into()];
        c
    }

    fn step(ws: &Workspace, number: u8) -> StepState {
        ws.work_of(&ws.institutions[0]).step(number)
    }

    fn why(text: &str) -> StatusReason {
        StatusReason::Work(text.into())
    }

    #[test]
    fn nothing_recorded_leaves_every_step_not_started() {
        let ws = workspace();
        for n in 8..=12 {
            assert_eq!(step(&ws, n).status, StepStatus::NotStarted, "step {n}");
            assert_eq!(step(&ws, n).why, StatusReason::Nothing);
        }
        assert_eq!(ws.phase_of(&ws.institutions[0]).step, 8);
    }

    #[test]
    fn a_prepared_start_conversation_closes_step_8_and_starts_step_9() {
        let mut ws = workspace();
        let c = conversation(
            ConversationKind::Start,
            ConversationStatus::Prepared,
            "2026-11-24",
        );
        ws.conversations.push(c);
        assert_eq!(step(&ws, 8).status, StepStatus::Done);
        assert_eq!(step(&ws, 9).status, StepStatus::InProgress);
        assert_eq!(
            step(&ws, 9).why,
            why("door het voorbereide startgesprek van 24-11-2026")
        );
        assert_eq!(ws.phase_of(&ws.institutions[0]).step, 9);
    }

    #[test]
    fn a_held_start_conversation_that_goes_ahead_closes_step_9() {
        let mut ws = workspace();
        let c = conversation(
            ConversationKind::Start,
            ConversationStatus::Held,
            "2026-11-24",
        );
        ws.conversations.push(c);
        assert_eq!(step(&ws, 9).status, StepStatus::InProgress);
        ws.institutions[0].start_outcome = StartOutcome::GoesAhead;
        assert_eq!(step(&ws, 9).status, StepStatus::Done);
        assert_eq!(
            step(&ws, 9).why,
            why("door de uitkomst ‘Gaat aan de slag’ van het startgesprek van 24-11-2026")
        );
        let phase = ws.phase_of(&ws.institutions[0]);
        assert_eq!((phase.step, phase.status), (10, StepStatus::NotStarted));
    }

    #[test]
    fn no_agreement_keeps_step_9_open() {
        let mut ws = workspace();
        ws.institutions[0].start_outcome = StartOutcome::NoAgreement;
        assert_eq!(step(&ws, 9).status, StepStatus::InProgress);
        assert_eq!(
            step(&ws, 9).why,
            why("door de uitkomst ‘Geen overeenstemming’")
        );
    }

    #[test]
    fn a_status_set_by_hand_is_kept_whatever_the_work_says() {
        let mut ws = workspace();
        ws.institutions[0].start_outcome = StartOutcome::GoesAhead;
        ws.institutions[0]
            .apply_step("stap-9", StepField::Status(StepStatus::NotStarted), NOW)
            .unwrap();
        assert_eq!(step(&ws, 9).status, StepStatus::NotStarted);
        assert_eq!(step(&ws, 9).why, StatusReason::ByHand);
        ws.institutions[0]
            .apply_step("stap-9", StepField::FollowWork, NOW)
            .unwrap();
        assert_eq!(step(&ws, 9).status, StepStatus::Done);
        assert!(matches!(step(&ws, 9).why, StatusReason::Work(_)));
    }

    #[test]
    fn a_status_recorded_before_the_rule_counts_as_set_by_hand() {
        let mut ws = workspace();
        ws.institutions[0].steps.insert(
            "stap-10".into(),
            StepProgress {
                status: StepStatus::InProgress,
                ..Default::default()
            },
        );
        assert_eq!(step(&ws, 10).why, StatusReason::ByHand);
    }

    #[test]
    fn a_held_deepening_conversation_with_agreements_closes_step_10() {
        let mut ws = workspace();
        let mut c = conversation(
            ConversationKind::Deepening,
            ConversationStatus::Prepared,
            "2027-01-12",
        );
        c.agreements = "Voorleesontbijt in groep 3".into();
        ws.conversations.push(c);
        assert_eq!(step(&ws, 10).status, StepStatus::InProgress);
        ws.conversations[0].status = ConversationStatus::Held;
        assert_eq!(step(&ws, 10).status, StepStatus::Done);
        assert_eq!(
            step(&ws, 10).why,
            why("door het verdiepende gesprek van 12-01-2027")
        );
        ws.conversations[0].agreements.clear();
        assert_eq!(
            step(&ws, 10).status,
            StepStatus::InProgress,
            "held, nothing agreed"
        );
    }

    #[test]
    fn planning_rows_start_step_11_and_all_done_make_it_ready_to_close() {
        let mut ws = workspace();
        for id in ["a", "b"] {
            ws.activities.push(Activity {
                id: id.into(),
                institution_id: "s".into(),
                ..Default::default()
            });
        }
        assert_eq!(step(&ws, 11).status, StepStatus::InProgress);
        assert!(!step(&ws, 11).ready_to_close);
        ws.activities.iter_mut().for_each(|a| a.done = true);
        assert_eq!(step(&ws, 11).status, StepStatus::InProgress);
        assert!(step(&ws, 11).ready_to_close);
        ws.institutions[0]
            .apply_step("stap-11", StepField::Status(StepStatus::Done), NOW)
            .unwrap();
        assert!(!step(&ws, 11).ready_to_close, "closed");
    }

    #[test]
    fn an_evaluation_starts_step_12_but_a_blank_one_does_not() {
        let mut ws = workspace();
        ws.institutions[0].evaluations.push(Evaluation {
            id: "e".into(),
            ..Default::default()
        });
        assert_eq!(step(&ws, 12).status, StepStatus::NotStarted);
        ws.institutions[0].evaluations[0].date = "2027-03-01".into();
        assert_eq!(step(&ws, 12).status, StepStatus::InProgress);
        assert_eq!(
            step(&ws, 12).why,
            why("door het evaluatiemoment van 01-03-2027")
        );
    }

    #[test]
    fn the_library_reads_steps_7_to_12_across_its_institutions() {
        let mut ws = workspace();
        let mut other =
            Institution::new("t", "Kdv Hummel", InstitutionKind::Kinderdagverblijf, NOW).unwrap();
        other.selection.decision = SelectionDecision::Chosen;
        other.start_outcome = StartOutcome::GoesAhead;
        ws.institutions.push(other);
        let mut candidate =
            Institution::new("u", "Obs Noord", InstitutionKind::Basisschool, NOW).unwrap();
        candidate.selection.note = "Sterk team".into();
        ws.institutions.push(candidate);
        ws.conversations.push(conversation(
            ConversationKind::Start,
            ConversationStatus::Held,
            "2026-11-24",
        ));
        let step_9 = ws.across(9).unwrap();
        assert_eq!((step_9.total, step_9.done, step_9.in_progress), (2, 1, 1));
        assert_eq!(
            step_9.label(),
            "1 van 2 gekozen instellingen afgerond, 1 bezig"
        );
        assert_eq!(step_9.status(), StepStatus::InProgress);
        let step_7 = ws.across(7).unwrap();
        assert_eq!(step_7.label(), "2 van 3 instellingen afgerond, 1 bezig");
        assert_eq!(ws.across(12).unwrap().status(), StepStatus::NotStarted);
        assert_eq!(Workspace::default().across(9), None);

        let library = |n: u8| ws.library_step(&STEPS[usize::from(n) - 1]);
        assert_eq!(library(9).status, StepStatus::InProgress);
        assert_eq!(library(9).own, None, "no task of its own at step 9");
        assert_eq!(library(7).own, Some(StepStatus::NotStarted));
        assert_eq!(library(1).across, None);
        assert_eq!(library(1).describe(), "");
        assert_eq!(
            library(7).describe(),
            "2 van 3 instellingen afgerond, 1 bezig · bibliotheek zelf: niet gestart"
        );
        assert_eq!(
            ws.step_summary().total,
            6,
            "the headline is the library's own 1–6"
        );
        assert_eq!(ws.step_summary().in_progress, 0);
    }

    #[test]
    fn without_institutions_a_step_7_to_12_claims_nothing_and_keeps_the_librarys_record() {
        let mut ws = Workspace::default();
        ws.apply_step("stap-9", StepField::Status(StepStatus::Done), NOW)
            .unwrap();
        let step_9 = ws.library_step(&STEPS[8]);
        assert_eq!(step_9.status, StepStatus::NotStarted);
        assert_eq!(step_9.own, Some(StepStatus::Done));
        assert_eq!(step_9.describe(), "bibliotheek zelf: afgerond");
        assert_eq!(ws.step_summary().done, 0);
    }

    #[test]
    fn the_headline_does_not_fall_when_the_library_takes_on_another_school() {
        let mut ws = workspace();
        for n in 1..=3 {
            ws.apply_step(
                &format!("stap-{n}"),
                StepField::Status(StepStatus::Done),
                NOW,
            )
            .unwrap();
        }
        ws.institutions[0].start_outcome = StartOutcome::GoesAhead;
        let before = ws.step_summary();
        assert_eq!((before.done, before.total), (3, 6));
        assert_eq!(
            ws.across(9).unwrap().label(),
            "1 van 1 gekozen instelling afgerond"
        );

        let mut second =
            Institution::new("t", "Cbs De Wegwijzer", InstitutionKind::Basisschool, NOW).unwrap();
        second.selection.decision = SelectionDecision::Chosen;
        ws.institutions.push(second);
        assert_eq!(ws.step_summary(), before);
        assert_eq!(
            ws.across(9).unwrap().label(),
            "1 van 2 gekozen instellingen afgerond"
        );
        assert_eq!(
            ws.library_step(&STEPS[8]).status,
            StepStatus::InProgress,
            "step 9 is not done for every school"
        );
    }

    #[test]
    fn a_steps_own_fields_are_recorded_work() {
        let mut ws = workspace();
        let institution = &mut ws.institutions[0];
        institution
            .apply_step("stap-8", StepField::Date("2027-02-10".into()), NOW)
            .unwrap();
        institution
            .apply_step("stap-8", StepField::Owner("Ilse".into()), NOW)
            .unwrap();
        assert_eq!(step(&ws, 8).status, StepStatus::InProgress);
        assert_eq!(
            step(&ws, 8).why,
            why("door de datum en wie de stap uitvoert bij deze stap")
        );
        ws.institutions[0]
            .apply_step("stap-8", StepField::Status(StepStatus::Done), NOW)
            .unwrap();
        let state = step(&ws, 8);
        assert_eq!(state.status, StepStatus::Done);
        assert_eq!(
            state.explain(),
            "Zelf gekozen: Afgerond. Volgens wat er is vastgelegd: Bezig, door de datum en \
             wie de stap uitvoert bij deze stap."
        );
    }

    #[test]
    fn the_librarys_own_steps_follow_their_work_as_an_institutions_do() {
        let mut ws = workspace();
        let library = |ws: &Workspace, n: u8| ws.library_step(&STEPS[usize::from(n) - 1]);
        ws.apply_step("stap-3", StepField::Date("2026-10-05".into()), NOW)
            .unwrap();
        assert_eq!(library(&ws, 3).status, StepStatus::InProgress);
        let state = library_step_state(&ws.step("stap-3"), &ws.conversations, 3);
        assert_eq!(state.why, why("door de datum bij deze stap"));
        assert_eq!(ws.step_summary().in_progress, 1, "the headline counts it");
        // Step 2: the library's own conversation with its management, once something is in it.
        let mut management = Conversation::new("d", ConversationKind::Management, None, NOW);
        management.date = "2026-10-01".into();
        ws.conversations.push(management.clone());
        assert_eq!(library(&ws, 2).status, StepStatus::NotStarted, "untouched");
        management.agreements = "Plan in november".into();
        ws.conversations = vec![management];
        assert_eq!(library(&ws, 2).status, StepStatus::InProgress);
        // A status chosen by hand is kept.
        ws.apply_step("stap-3", StepField::Status(StepStatus::Done), NOW)
            .unwrap();
        assert_eq!(library(&ws, 3).status, StepStatus::Done);
    }

    #[test]
    fn a_conversation_started_with_one_tap_and_left_untouched_moves_no_step() {
        let mut ws = workspace();
        let mut tapped = Conversation::new("g", ConversationKind::Start, Some("s"), NOW);
        tapped.date = "2026-12-03".into();
        tapped.held_by = "Ilse".into();
        assert!(tapped.is_untouched());
        ws.conversations.push(tapped);
        assert_eq!(step(&ws, 8).status, StepStatus::NotStarted);
        assert_eq!(step(&ws, 9).status, StepStatus::NotStarted);

        ws.conversations[0].answers.insert(
            "vraag".into(),
            crate::model::Answer {
                notes: "Directie wil meedoen".into(),
                discussed: false,
            },
        );
        assert!(!ws.conversations[0].is_untouched());
        assert_eq!(step(&ws, 9).status, StepStatus::InProgress);
    }

    #[test]
    fn the_guides_example_rows_move_no_step_until_the_user_changes_them() {
        let mut ws = workspace();
        let example = &crate::content::PLANNING_EXAMPLES[0];
        let row = crate::model::activity_from_example(example, "a1".into(), "s", NOW);
        ws.activities.push(row);
        assert_eq!(step(&ws, 11).status, StepStatus::NotStarted);
        assert_eq!(ws.work_states()["s"].last_change, NOW);

        let row = &ws.activities[0];
        let changed = crate::model::edited(
            row,
            crate::model::ActivityField::Month,
            "2027-01-05T09:00:00Z",
            |a| {
                a.month = "2027-02".into();
                Ok(())
            },
        )
        .unwrap()
        .unwrap();
        ws.activities[0] = changed;
        assert_eq!(step(&ws, 11).status, StepStatus::InProgress);
        assert_eq!(ws.work_states()["s"].last_change, "2027-01-05T09:00:00Z");
    }
}

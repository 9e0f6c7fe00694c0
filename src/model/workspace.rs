//! The whole workspace of one library.

use std::collections::{BTreeMap, HashMap, HashSet};

use reactive_stores::{Patch, Store};
use serde::{Deserialize, Serialize};

use super::records::{Deletion, EachKind, Kind, Timed, each_kind, edit};
use super::{
    Activity, ActivityField, Assessment, AssessmentField, Conversation, ConversationField,
    Institution, InstitutionField, InstitutionKind, InvalidInput, Moment, MomentField, Outcome,
    Parties, Person, Record, SchoolYear, Session, StepField, StepProgress, StepRecords,
    activities_from_agreements, apply_to, days_between, dutch_list, in_month_order,
    neighbour_in_month, outcome_of, parse_date, progress_of,
};
use crate::content::step_by_id;

/// After how many days without a full export (and with changes since) the app reminds.
pub const EXPORT_REMINDER_DAYS: i64 = 7;

/// Who is working: the library and the person using this device.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Library {
    pub name: String,
    pub user_name: String,
}

impl Library {
    /// The name to show for the library, or a neutral fallback.
    pub fn display_name(&self) -> &str {
        match self.name.trim() {
            "" => "Mijn bibliotheek",
            name => name,
        }
    }
}

/// The open activities the Overzicht lists (`Workspace::coming_activities`).
#[derive(Debug, Default)]
pub struct ComingActivities<'a> {
    /// Not done while their month has passed (*achterstallig*), oldest first.
    pub overdue: Vec<(&'a Institution, &'a Activity)>,
    /// From this month on, by month (`jjjj-mm`).
    pub by_month: BTreeMap<String, Vec<(&'a Institution, &'a Activity)>>,
}

impl ComingActivities<'_> {
    pub fn is_empty(&self) -> bool {
        self.overdue.is_empty() && self.by_month.is_empty()
    }
}

/// What belongs to one institution and goes when it is deleted (`Workspace::belongings`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Belongings {
    pub conversations: usize,
    pub activities: usize,
    pub assessments: usize,
}

impl Belongings {
    /// What goes along, in Dutch ("2 gesprekken, 1 planningsregel en 3 beoordelingen"); empty
    /// when nothing does.
    pub fn said(&self) -> String {
        let parts: Vec<String> = [
            (Kind::Conversation, self.conversations),
            (Kind::Activity, self.activities),
            (Kind::Assessment, self.assessments),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| kind.counted(n))
        .collect();
        dutch_list(&parts)
    }
}

/// Everything the user records. Saved as a whole, versioned by the storage envelope.
///
/// As a store (`state`), each record list is keyed by the records' ids, so that an edit of
/// one record reaches the views of that record and of its list, not every view.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Workspace {
    pub library: Library,
    /// The library's progress per step, keyed by the step's stable id ("stap-3").
    /// Ids the app does not know (from a newer guide text) are kept, not dropped.
    #[patch(|this, new| *this = new)]
    pub steps: StepRecords,
    /// Read from files before version 5 only: the device user's self-assessment, which
    /// the migration moves to their `Person`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub self_assessment: BTreeMap<String, bool>,
    /// The schools and pre-schools, in the order they were added.
    #[store(key: String = |record| record.id.clone())]
    pub institutions: Vec<Institution>,
    /// Conversations held with institutions (and, for steps 2 and 3, by the library).
    #[store(key: String = |record| record.id.clone())]
    pub conversations: Vec<Conversation>,
    /// The rows of every institution's planning form, in each form's order.
    #[store(key: String = |record| record.id.clone())]
    pub activities: Vec<Activity>,
    /// Projects judged with the questionnaire of Bijlage 8.
    #[store(key: String = |record| record.id.clone())]
    pub assessments: Vec<Assessment>,
    /// The consultant's own moments that come back every school year.
    #[store(key: String = |record| record.id.clone())]
    pub moments: Vec<Moment>,
    /// The library's team: the onderwijsspecialist, the leesconsulenten, others.
    #[store(key: String = |record| record.id.clone())]
    pub people: Vec<Person>,
    /// The trainings (step 4) and informing sessions (step 5) of the team.
    #[store(key: String = |record| record.id.clone())]
    pub sessions: Vec<Session>,
    /// Records deleted here or on a device whose file was imported.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[patch(|this, new| *this = new)]
    pub deleted: Vec<Deletion>,
}

impl Workspace {
    /// The progress recorded for a step; a blank record when none is.
    pub fn step(&self, step_id: &str) -> StepProgress {
        progress_of(&self.steps, step_id)
    }

    /// Changes the library's progress on a step. Unknown step ids are refused so that a
    /// typo cannot create a phantom step.
    pub fn apply_step(
        &mut self,
        step_id: &str,
        field: StepField,
        now: &str,
    ) -> Result<(), InvalidInput> {
        if step_by_id(step_id).is_none() {
            return Err(InvalidInput(format!("Stap ‘{step_id}’ bestaat niet.")));
        }
        apply_to(&mut self.steps, step_id, field, now)
    }

    /// Whether any list holds a record, of any kind.
    pub fn has_records(&self) -> bool {
        struct Any<'a>(&'a Workspace, bool);
        impl EachKind for Any<'_> {
            fn kind<T: Record>(&mut self) {
                self.1 |= !T::list(self.0).is_empty();
            }
        }
        let mut any = Any(self, false);
        each_kind(&mut any);
        any.1
    }

    /// Whether nothing at all has been recorded (a first visit, or just wiped).
    pub fn is_empty(&self) -> bool {
        !self.has_records()
            && self.deleted.is_empty()
            && self.steps.is_empty()
            && self.self_assessment.is_empty()
            && self.library == Library::default()
    }

    /// Makes what was read from a file editable: mends what `validate` would refuse, so
    /// that no record read refuses every later edit. Returns whether anything was mended.
    pub fn repair(&mut self) -> bool {
        let mut mended = false;
        let steps = self.steps.values_mut();
        let institution_steps = self
            .institutions
            .iter_mut()
            .flat_map(|i| i.steps.values_mut());
        for progress in steps.chain(institution_steps) {
            mended |= progress.repair();
        }
        struct Mend<'a>(&'a mut Workspace, bool);
        impl EachKind for Mend<'_> {
            fn kind<T: Record>(&mut self) {
                for record in T::list_mut(self.0)
                    .iter_mut()
                    .filter(|r| r.validate().is_err())
                {
                    record.repair();
                    self.1 = true;
                }
            }
        }
        let mut mend = Mend(self, mended);
        each_kind(&mut mend);
        let mended = mend.1;
        // A row read from a file without its school year goes where its dates say.
        self.place_in_school_years() || mended
    }

    /// Gives a record whose id an earlier record of its kind already has an id of its own
    /// (`<id>~2`), so that every record can be found by its id. An import with such ids is
    /// refused (`storage::import`); this mends what storage holds. Returns whether any changed.
    pub fn separate_duplicate_ids(&mut self) -> bool {
        struct Separate<'a>(&'a mut Workspace, bool);
        impl EachKind for Separate<'_> {
            fn kind<T: Record>(&mut self) {
                let mut seen = HashSet::new();
                for record in T::list_mut(self.0) {
                    let mut id = record.id().to_string();
                    let mut copy = 1;
                    while !seen.insert(id.clone()) {
                        copy += 1;
                        id = format!("{}~{copy}", record.id());
                    }
                    if id != record.id() {
                        record.set_id(id);
                        self.1 = true;
                    }
                }
            }
        }
        let mut separate = Separate(self, false);
        each_kind(&mut separate);
        separate.1
    }

    /// The name to show for the library, or a neutral fallback.
    pub fn display_name(&self) -> &str {
        self.library.display_name()
    }

    /// When anything in the workspace last changed (ISO 8601); empty for an untouched one.
    /// Compared with the last export to remind the user of a copy.
    pub fn last_change(&self) -> &str {
        let steps = self.steps.values().map(|p| p.updated_at.as_str());
        steps.chain(self.record_times(updated)).max().unwrap_or("")
    }

    /// When the oldest record still here was made (ISO 8601); empty for an untouched one.
    fn first_change(&self) -> &str {
        let steps = self.steps.values().map(|p| p.updated_at.as_str());
        steps
            .chain(self.record_times(created))
            .filter(|at| !at.is_empty())
            .min()
            .unwrap_or("")
    }

    /// One time of every record, of every kind.
    #[allow(clippy::type_complexity)]
    fn record_times(&self, time: fn(&dyn Timed) -> &str) -> impl Iterator<Item = &str> {
        struct Times<'a>(&'a Workspace, Vec<&'a str>, fn(&dyn Timed) -> &str);
        impl<'a> EachKind for Times<'a> {
            fn kind<T: Record>(&mut self) {
                let time = self.2;
                self.1.extend(T::list(self.0).iter().map(|r| time(r)));
            }
        }
        let mut times = Times(self, Vec::new(), time);
        each_kind(&mut times);
        times.1.into_iter()
    }

    /// Whether to remind the user to export: something changed since the last full export,
    /// which is more than `EXPORT_REMINDER_DAYS` old; without any export, once the work is
    /// that old (not on the first day of use).
    pub fn export_overdue(&self, last_export: Option<&str>, today: &str) -> bool {
        let changed = self.last_change();
        let week_old = |at: &str| days_between(at, today).is_some_and(|d| d > EXPORT_REMINDER_DAYS);
        match last_export {
            _ if changed.is_empty() => false,
            None => week_old(self.first_change()),
            Some(at) => changed > at && week_old(at),
        }
    }

    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.institutions.iter().find(|i| i.id == id)
    }

    /// Adds a new institution; only its name is required.
    pub fn add_institution(&mut self, institution: Institution) -> Result<(), InvalidInput> {
        institution.validate()?;
        if self.institution(&institution.id).is_some() {
            return Err(InvalidInput("Deze instelling bestaat al.".into()));
        }
        self.institutions.push(institution);
        Ok(())
    }

    /// Changes an institution through `edit`; a change that leaves it invalid is refused
    /// and undone. A real change is stamped with `now`.
    pub fn update_institution(
        &mut self,
        id: &str,
        now: &str,
        field: InstitutionField,
        change: impl FnOnce(&mut Institution) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        update_record(&mut self.institutions, id, now, field, change)
    }

    /// Remembers that `record` was deleted now, by this device's user.
    pub(super) fn note_deleted<T: Record>(&mut self, record: &T, now: &str) {
        self.forget_deletion(T::KIND, record.id());
        self.deleted.push(Deletion {
            kind: T::KIND,
            id: record.id().to_string(),
            at: now.to_string(),
            by: self.library.user_name.clone(),
        });
    }

    /// Forgets a deletion (the record is back).
    pub fn forget_deletion(&mut self, kind: Kind, id: &str) {
        self.deleted.retain(|d| !(d.kind == kind && d.id == id));
    }

    /// What deleting an institution takes with it: its conversations, planning rows and
    /// assessments, counted (said before the user confirms).
    pub fn belongings(&self, id: &str) -> Belongings {
        Belongings {
            conversations: self
                .conversations
                .iter()
                .filter(|c| c.institution_id.as_deref() == Some(id))
                .count(),
            activities: self
                .activities
                .iter()
                .filter(|a| a.institution_id == id)
                .count(),
            assessments: self
                .assessments
                .iter()
                .filter(|a| a.institution_id.as_deref() == Some(id))
                .count(),
        }
    }

    /// Deletes an institution with its conversations, planning form and assessments, and
    /// every link to it: deleted means deleted, nothing of it stays behind (AVG).
    pub fn delete_institution(&mut self, id: &str, now: &str) {
        let institutions: Vec<Institution> = self
            .institutions
            .iter()
            .filter(|i| i.id == id)
            .cloned()
            .collect();
        let conversations: Vec<Conversation> = self
            .conversations
            .iter()
            .filter(|c| c.institution_id.as_deref() == Some(id))
            .cloned()
            .collect();
        let activities: Vec<Activity> = self
            .activities
            .iter()
            .filter(|a| a.institution_id == id)
            .cloned()
            .collect();
        let assessments: Vec<Assessment> = self
            .assessments
            .iter()
            .filter(|a| a.institution_id.as_deref() == Some(id))
            .cloned()
            .collect();
        institutions.iter().for_each(|r| self.note_deleted(r, now));
        conversations.iter().for_each(|r| self.note_deleted(r, now));
        activities.iter().for_each(|r| self.note_deleted(r, now));
        assessments.iter().for_each(|r| self.note_deleted(r, now));
        self.institutions.retain(|i| i.id != id);
        self.conversations
            .retain(|c| c.institution_id.as_deref() != Some(id));
        self.activities.retain(|a| a.institution_id != id);
        self.assessments
            .retain(|a| a.institution_id.as_deref() != Some(id));
        for other in self.institutions.iter_mut() {
            let unlinked = edit(other, InstitutionField::Links, now, |i| {
                i.links.remove(id);
                // A name kept for a link from a colleague's file goes with it.
                i.linked_names.remove(id);
                Ok(())
            });
            debug_assert!(unlinked.is_ok(), "removing a link is always valid");
        }
    }

    /// One institution with everything that belongs to it: its conversations, planning form,
    /// assessments and its leesconsulent (so the file names them), for handing it over to a colleague. `None` when there is no such institution.
    pub fn institution_part(&self, id: &str) -> Option<Workspace> {
        let institution = self.institution(id)?.clone();
        let mut part = Workspace {
            library: self.library.clone(),
            ..Workspace::default()
        };
        // Links to institutions outside the file are kept, with the other institution's name,
        // so that the colleague's device can name the link until that institution arrives
        // too. The names are bookkeeping: merging the record back shows no false change.
        let mut institution = institution;
        for other in &institution.links {
            if let Some(linked) = self.institution(other) {
                institution
                    .linked_names
                    .insert(other.clone(), linked.name.clone());
            }
        }
        part.institutions.push(institution);
        part.conversations = self
            .conversations
            .iter()
            .filter(|c| c.institution_id.as_deref() == Some(id))
            .cloned()
            .collect();
        part.activities = self.activities_of(id).into_iter().cloned().collect();
        part.assessments = self
            .assessments
            .iter()
            .filter(|a| a.institution_id.as_deref() == Some(id))
            .cloned()
            .collect();
        part.people = self
            .person(&part.institutions[0].consultant)
            .into_iter()
            .cloned()
            .collect();
        Some(part)
    }

    /// Links two institutions both ways (a school and a pre-school in one *doorgaande lijn*).
    pub fn link(&mut self, a: &str, b: &str, now: &str) -> Result<(), InvalidInput> {
        if a == b || self.institution(a).is_none() || self.institution(b).is_none() {
            return Err(InvalidInput(
                "Kies een andere, bestaande instelling om te koppelen.".into(),
            ));
        }
        self.set_link(a, b, true, now);
        Ok(())
    }

    pub fn unlink(&mut self, a: &str, b: &str, now: &str) {
        self.set_link(a, b, false, now);
    }

    fn set_link(&mut self, a: &str, b: &str, linked: bool, now: &str) {
        for (this, other) in [(a, b), (b, a)] {
            if let Some(institution) = self.institutions.iter_mut().find(|i| i.id == this) {
                let set = edit(institution, InstitutionField::Links, now, |i| {
                    if linked {
                        i.links.insert(other.to_string());
                    } else {
                        i.links.remove(other);
                    }
                    Ok(())
                });
                debug_assert!(set.is_ok(), "a link never makes an institution invalid");
            }
        }
    }
}

impl Workspace {
    pub fn conversation(&self, id: &str) -> Option<&Conversation> {
        self.conversations.iter().find(|c| c.id == id)
    }

    /// Who sits at the table for a Bijlage 5 conversation with an institution, to start
    /// with: the institution itself, and the other side of its *doorgaande lijn* where it is
    /// linked to one (a kinderdagverblijf: the pre-school, not a school it has no link with).
    pub fn parties_for(&self, institution_id: &str) -> Parties {
        let Some(institution) = self.institution(institution_id) else {
            return Parties::default();
        };
        let is_school = |i: &Institution| i.kind == InstitutionKind::Basisschool;
        let linked = |school: bool| {
            institution
                .links
                .iter()
                .filter_map(|id| self.institution(id))
                .any(|other| is_school(other) == school)
        };
        if is_school(institution) {
            Parties {
                school: true,
                preschool: linked(false),
            }
        } else {
            Parties {
                school: linked(true),
                preschool: true,
            }
        }
    }

    pub fn add_conversation(&mut self, conversation: Conversation) -> Result<(), InvalidInput> {
        conversation.validate()?;
        if let Some(id) = &conversation.institution_id
            && self.institution(id).is_none()
        {
            return Err(InvalidInput("Deze instelling bestaat niet (meer).".into()));
        }
        self.conversations.push(conversation);
        Ok(())
    }

    /// Changes a conversation; a change that leaves it invalid is refused and undone.
    pub fn update_conversation(
        &mut self,
        id: &str,
        now: &str,
        field: ConversationField,
        change: impl FnOnce(&mut Conversation) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        update_record(&mut self.conversations, id, now, field, change)
    }

    pub fn delete_conversation(&mut self, id: &str, now: &str) {
        if let Some(gone) = self.conversation(id).cloned() {
            self.note_deleted(&gone, now);
        }
        self.conversations.retain(|c| c.id != id);
    }

    /// The rows of one institution's planning form, in month order.
    pub fn activities_of(&self, institution_id: &str) -> Vec<&Activity> {
        in_month_order(
            self.activities
                .iter()
                .filter(|a| a.institution_id == institution_id),
        )
    }

    /// The rows of one institution's plan for `year`, in month order.
    pub fn plan_of(&self, institution_id: &str, year: SchoolYear) -> Vec<&Activity> {
        in_month_order(
            self.activities
                .iter()
                .filter(|a| a.institution_id == institution_id && a.year() == Some(year)),
        )
    }

    /// Adds a planning row; one not put in a school year goes into the plan of the year its
    /// institution is in.
    pub fn add_activity(&mut self, mut activity: Activity) -> Result<(), InvalidInput> {
        activity.validate()?;
        let Some(institution) = self.institution(&activity.institution_id) else {
            return Err(InvalidInput("Deze instelling bestaat niet (meer).".into()));
        };
        if activity.year().is_none() {
            activity.school_year = institution.current_year(&activity.created_at).label();
        }
        self.activities.push(activity);
        Ok(())
    }

    /// Changes a planning row; a change that leaves it invalid is refused and undone.
    pub fn update_activity(
        &mut self,
        id: &str,
        now: &str,
        field: ActivityField,
        change: impl FnOnce(&mut Activity) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        update_record(&mut self.activities, id, now, field, change)
    }

    pub fn assessment(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    pub fn add_assessment(&mut self, assessment: Assessment) -> Result<(), InvalidInput> {
        assessment.validate()?;
        self.assessments.push(assessment);
        Ok(())
    }

    /// Changes an assessment; a change that leaves it invalid is refused and undone.
    pub fn update_assessment(
        &mut self,
        id: &str,
        now: &str,
        field: AssessmentField,
        change: impl FnOnce(&mut Assessment) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        update_record(&mut self.assessments, id, now, field, change)
    }

    pub fn delete_assessment(&mut self, id: &str, now: &str) {
        if let Some(gone) = self.assessment(id).cloned() {
            self.note_deleted(&gone, now);
        }
        self.assessments.retain(|a| a.id != id);
    }

    /// Removes an activity; returns it with its place so that it can be put back (undo).
    pub fn delete_activity(&mut self, id: &str, now: &str) -> Option<(usize, Activity)> {
        let index = self.activities.iter().position(|a| a.id == id)?;
        let gone = self.activities.remove(index);
        self.note_deleted(&gone, now);
        Some((index, gone))
    }

    /// Puts a deleted activity back where it was.
    pub fn restore_activity(&mut self, index: usize, activity: Activity) {
        if self.activities.iter().all(|a| a.id != activity.id) {
            self.forget_deletion(Kind::Activity, &activity.id);
            self.activities
                .insert(index.min(self.activities.len()), activity);
        }
    }

    /// Moves an activity one place up or down among its form's rows of the same month.
    pub fn move_activity(&mut self, id: &str, up: bool) {
        let from = self.activities.iter().position(|a| a.id == id);
        if let (Some(from), Some(to)) = (from, neighbour_in_month(&self.activities, id, up)) {
            self.activities.swap(from, to);
        }
    }

    /// Adds the conversation's agreements to its institution's planning form; returns how
    /// many rows were added (agreements already there are skipped).
    pub fn plan_agreements(
        &mut self,
        conversation_id: &str,
        new_id: impl FnMut() -> String,
        now: &str,
    ) -> Result<usize, InvalidInput> {
        let conversation = self
            .conversation(conversation_id)
            .ok_or_else(|| InvalidInput("Dit gesprek bestaat niet (meer).".into()))?;
        if conversation.institution_id.is_none() {
            return Err(InvalidInput(
                "Alleen gesprekken met een instelling vullen een planningsformulier.".into(),
            ));
        }
        if conversation.agreement_items().is_empty() {
            return Err(InvalidInput(
                "Schrijf eerst de afspraken op, één per regel.".into(),
            ));
        }
        let mut rows = activities_from_agreements(conversation, &self.activities, new_id, now);
        // The rows go into the plan of the year the conversation was held in.
        let year = parse_date(&conversation.date)
            .map(SchoolYear::of)
            .or_else(|| {
                let institution = self.institution(conversation.institution_id.as_deref()?)?;
                Some(institution.current_year(now))
            });
        for row in &mut rows {
            row.school_year = year.map(SchoolYear::label).unwrap_or_default();
        }
        let added = rows.len();
        self.activities.extend(rows);
        Ok(added)
    }

    /// Adds one of the consultant's own fixed moments.
    pub fn add_moment(&mut self, moment: Moment) -> Result<(), InvalidInput> {
        moment.validate()?;
        self.moments.push(moment);
        Ok(())
    }

    /// Changes a fixed moment; a change that leaves it invalid is refused and undone.
    pub fn update_moment(
        &mut self,
        id: &str,
        now: &str,
        field: MomentField,
        change: impl FnOnce(&mut Moment) -> Result<(), InvalidInput>,
    ) -> Result<(), InvalidInput> {
        update_record(&mut self.moments, id, now, field, change)
    }

    pub fn delete_moment(&mut self, id: &str, now: &str) {
        if let Some(gone) = self.moments.iter().find(|m| m.id == id).cloned() {
            self.note_deleted(&gone, now);
        }
        self.moments.retain(|m| m.id != id);
    }

    /// The open activities of every active institution's planning form that have a month:
    /// those whose month has passed (overdue, oldest first) and those from `month` (`jjjj-mm`)
    /// on, by month. Done is what the plan's mark or the year's evaluations say; an open row
    /// of a closed year's plan (*Nieuw schooljaar starten*) is no longer overdue.
    pub fn coming_activities(&self, month: &str) -> ComingActivities<'_> {
        let mut coming = ComingActivities::default();
        let today = format!("{month}-01");
        let institutions: HashMap<&str, &Institution> = self
            .institutions
            .iter()
            .map(|i| (i.id.as_str(), i))
            .collect();
        let open = self
            .activities
            .iter()
            .filter(|a| !a.done && !a.month.is_empty() && !a.is_untouched_example());
        for activity in open {
            let Some(&institution) = institutions
                .get(activity.institution_id.as_str())
                .filter(|i| !i.archived)
            else {
                continue;
            };
            // An open row of a closed plan: no longer waited on once its year is over, or,
            // in a year closed early (its plan carried into the next), once its month passed.
            let closed = activity.year().is_some_and(|year| {
                let over = parse_date(&today).is_some_and(|day| year < SchoolYear::of(day));
                over || (institution.is_past(year, &today) && activity.month.as_str() < month)
            });
            if closed || outcome_of(institution, activity) == Outcome::Done {
                continue;
            }
            if activity.month.as_str() < month {
                coming.overdue.push((institution, activity));
            } else {
                coming
                    .by_month
                    .entry(activity.month.clone())
                    .or_default()
                    .push((institution, activity));
            }
        }
        coming
            .overdue
            .sort_by(|(_, a), (_, b)| a.month.cmp(&b.month));
        coming
    }
}

fn updated(record: &dyn Timed) -> &str {
    record.updated_at()
}

fn created(record: &dyn Timed) -> &str {
    record.created_at()
}

/// Edits one field of the record with `id` (see `records::edit`).
fn update_record<T: Record>(
    records: &mut [T],
    id: &str,
    now: &str,
    field: T::Field,
    change: impl FnOnce(&mut T) -> Result<(), InvalidInput>,
) -> Result<(), InvalidInput> {
    let Some(record) = records.iter_mut().find(|r| r.id() == id) else {
        return Err(InvalidInput(T::MISSING.into()));
    };
    edit(record, field, now, change).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ConversationKind, InstitutionKind, StepStatus};

    const NOW: &str = "2026-11-28T10:00:00.000Z";

    fn with_two() -> Workspace {
        let mut ws = Workspace::default();
        let school =
            Institution::new("a", "De Regenboog", InstitutionKind::Basisschool, NOW).unwrap();
        let kdv = Institution::new(
            "b",
            "Kdv Olifantje",
            InstitutionKind::Kinderdagverblijf,
            NOW,
        )
        .unwrap();
        ws.add_institution(school).unwrap();
        ws.add_institution(kdv).unwrap();
        ws
    }

    #[test]
    fn the_last_change_is_the_latest_time_of_any_record() {
        assert_eq!(Workspace::default().last_change(), "");
        let mut ws = with_two();
        assert_eq!(ws.last_change(), NOW);
        let later = "2026-12-01T09:00:00.000Z";
        ws.apply_step("stap-5", StepField::Status(StepStatus::Done), later)
            .unwrap();
        assert_eq!(ws.last_change(), later);
    }

    #[test]
    fn an_export_is_overdue_after_a_week_with_changes_since() {
        let ws = with_two(); // made and changed on 2026-11-28
        assert!(!Workspace::default().export_overdue(None, "2026-12-30"));
        assert!(
            !ws.export_overdue(None, "2026-11-30"),
            "never exported, but only just begun"
        );
        assert!(
            ws.export_overdue(None, "2026-12-06"),
            "never exported, a week of work"
        );
        let before = Some("2026-11-20T09:00:00.000Z");
        assert!(ws.export_overdue(before, "2026-11-28"));
        assert!(!ws.export_overdue(before, "2026-11-27"), "not yet a week");
        let after = Some("2026-11-28T11:00:00.000Z");
        assert!(
            !ws.export_overdue(after, "2027-01-15"),
            "nothing changed since"
        );
    }

    #[test]
    fn a_new_workspace_has_every_step_not_started() {
        let ws = Workspace::default();
        let summary = ws.step_summary();
        assert_eq!(summary.total, 6, "the library's own steps 1–6");
        assert_eq!(summary.not_started(), 6);
        assert_eq!(ws.step("stap-5").status, StepStatus::NotStarted);
    }

    #[test]
    fn steps_can_be_done_in_any_order() {
        let mut ws = Workspace::default();
        ws.apply_step("stap-9", StepField::Status(StepStatus::Done), NOW)
            .unwrap();
        ws.apply_step("stap-2", StepField::Status(StepStatus::InProgress), NOW)
            .unwrap();
        let summary = ws.step_summary();
        assert_eq!(
            (summary.done, summary.in_progress, summary.not_started()),
            (0, 1, 5),
            "step 9 is counted across institutions, not in the library's own six"
        );
        ws.apply_step("stap-5", StepField::Status(StepStatus::Done), NOW)
            .unwrap();
        assert_eq!(ws.step_summary().percent_done(), 16);
    }

    #[test]
    fn an_edit_is_stamped_and_an_unchanged_edit_is_not() {
        let mut ws = Workspace::default();
        ws.apply_step(
            "stap-3",
            StepField::Notes("Gesprek met wethouder".into()),
            NOW,
        )
        .unwrap();
        assert_eq!(ws.step("stap-3").updated_at, NOW);
        ws.apply_step(
            "stap-3",
            StepField::Notes("Gesprek met wethouder".into()),
            "2026-12-01T00:00:00Z",
        )
        .unwrap();
        assert_eq!(ws.step("stap-3").updated_at, NOW);
    }

    #[test]
    fn unknown_steps_and_bad_dates_are_refused_without_change() {
        let mut ws = Workspace::default();
        assert!(
            ws.apply_step("stap-13", StepField::Status(StepStatus::Done), NOW)
                .is_err()
        );
        let err = ws
            .apply_step("stap-1", StepField::Date("31-12-2026".into()), NOW)
            .unwrap_err();
        assert!(err.0.contains("geen geldige datum"));
        assert_eq!(ws, Workspace::default());
    }

    #[test]
    fn the_library_name_falls_back_when_empty() {
        let mut ws = Workspace::default();
        assert_eq!(ws.display_name(), "Mijn bibliotheek");
        ws.library.name = "  Bibliotheek Helmond-Peel ".into();
        assert_eq!(ws.display_name(), "Bibliotheek Helmond-Peel");
    }

    #[test]
    fn an_institution_needs_a_name_and_a_unique_id() {
        let mut ws = with_two();
        assert!(Institution::new("c", "   ", InstitutionKind::Basisschool, NOW).is_err());
        let again = Institution::new("a", "Dubbel", InstitutionKind::Basisschool, NOW).unwrap();
        assert!(ws.add_institution(again).is_err());
        let err = ws.update_institution("a", NOW, InstitutionField::Name, |i| {
            i.name = " ".into();
            Ok(())
        });
        assert!(err.is_err());
        assert_eq!(ws.institution("a").unwrap().name, "De Regenboog");
    }

    #[test]
    fn the_table_starts_with_the_parties_that_fit_the_institution() {
        let mut ws = with_two(); // a: basisschool, b: kinderdagverblijf
        let only = |school, preschool| Parties { school, preschool };
        assert_eq!(ws.parties_for("a"), only(true, false));
        assert_eq!(ws.parties_for("b"), only(false, true));
        ws.link("a", "b", NOW).unwrap();
        assert_eq!(
            ws.parties_for("a"),
            only(true, true),
            "a doorgaande lijn brings both"
        );
        assert_eq!(ws.parties_for("b"), only(true, true));
    }

    #[test]
    fn links_go_both_ways_and_disappear_with_a_deleted_institution() {
        let mut ws = with_two();
        ws.link("a", "b", NOW).unwrap();
        assert!(ws.institution("a").unwrap().links.contains("b"));
        assert!(ws.institution("b").unwrap().links.contains("a"));
        assert!(ws.link("a", "a", NOW).is_err());
        assert!(ws.link("a", "zzz", NOW).is_err());
        ws.unlink("b", "a", NOW);
        assert!(ws.institution("a").unwrap().links.is_empty());
        ws.link("a", "b", NOW).unwrap();
        ws.delete_institution("b", NOW);
        assert_eq!(ws.institutions.len(), 1);
        assert!(ws.institution("a").unwrap().links.is_empty());
    }

    /// The ids of institution "a"'s planning form, in the order it reads.
    fn form_order(ws: &Workspace) -> Vec<String> {
        ws.activities_of("a").iter().map(|r| r.id.clone()).collect()
    }

    #[test]
    fn planning_rows_can_be_moved_deleted_and_restored_within_one_form() {
        let mut ws = with_two();
        for (id, inst) in [("r1", "a"), ("r2", "b"), ("r3", "a"), ("r4", "a")] {
            ws.add_activity(Activity {
                id: id.into(),
                institution_id: inst.into(),
                ..Default::default()
            })
            .unwrap();
        }
        ws.move_activity("r3", true);
        assert_eq!(form_order(&ws), ["r3", "r1", "r4"]);
        ws.move_activity("r3", true);
        assert_eq!(form_order(&ws), ["r3", "r1", "r4"]);
        ws.move_activity("r1", false);
        assert_eq!(form_order(&ws), ["r3", "r4", "r1"]);
        let (index, removed) = ws.delete_activity("r4", NOW).unwrap();
        assert_eq!(ws.deleted.len(), 1, "the deletion is remembered");
        assert_eq!(form_order(&ws), ["r3", "r1"]);
        ws.restore_activity(index, removed);
        assert!(ws.deleted.is_empty(), "and forgotten when it is undone");
        assert_eq!(form_order(&ws), ["r3", "r4", "r1"]);
        assert_eq!(ws.activities_of("b").len(), 1);
    }

    #[test]
    fn a_planning_form_reads_in_the_months_of_the_school_year() {
        let mut ws = with_two();
        // Added as a school adds them: December fifth, one without a month in between.
        let rows = [
            ("sep", "2026-09"),
            ("open", ""),
            ("mrt", "2027-03"),
            ("okt", "2026-10"),
            ("dec", "2026-12"),
            ("sep-2", "2026-09"),
        ];
        for (id, month) in rows {
            ws.add_activity(Activity {
                id: id.into(),
                institution_id: "a".into(),
                month: month.into(),
                ..Default::default()
            })
            .unwrap();
        }
        assert_eq!(
            form_order(&ws),
            ["sep", "sep-2", "okt", "dec", "mrt", "open"]
        );
        let ends = crate::model::month_ends(&ws.activities_of("a"));
        assert_eq!(
            ends[..2],
            [(true, false), (false, true)],
            "two in September"
        );
        assert!(ends[2..].iter().all(|e| *e == (true, true)));
        assert_eq!(
            crate::model::planning_table(&ws.activities_of("a")).rows[3][7],
            "december 2026",
            "the spreadsheet has the same order"
        );
        // Omhoog and Omlaag order the rows of one month; they do not cross months.
        ws.move_activity("sep-2", true);
        assert_eq!(
            form_order(&ws),
            ["sep-2", "sep", "okt", "dec", "mrt", "open"]
        );
        ws.move_activity("sep-2", true);
        ws.move_activity("okt", true);
        ws.move_activity("dec", false);
        assert_eq!(
            form_order(&ws),
            ["sep-2", "sep", "okt", "dec", "mrt", "open"]
        );
        assert_eq!(neighbour_in_month(&ws.activities, "sep", true), Some(0));
        assert_eq!(neighbour_in_month(&ws.activities, "sep", false), None);
        assert_eq!(neighbour_in_month(&ws.activities, "mrt", false), None);
    }

    #[test]
    fn agreements_become_planning_rows_once() {
        let mut ws = with_two();
        let mut c = Conversation::new("g", ConversationKind::Start, Some("a"), NOW);
        c.agreements = "Ouderavond\nVoorleesactiviteit".into();
        ws.add_conversation(c).unwrap();
        let mut n = 0;
        assert_eq!(
            ws.plan_agreements(
                "g",
                || {
                    n += 1;
                    format!("r{n}")
                },
                NOW
            ),
            Ok(2)
        );
        assert_eq!(
            ws.plan_agreements(
                "g",
                || {
                    n += 1;
                    format!("r{n}")
                },
                NOW
            ),
            Ok(0)
        );
        assert_eq!(ws.activities_of("a").len(), 2);
        ws.delete_institution("a", NOW);
        assert!(ws.activities.is_empty() && ws.conversations.is_empty());
    }

    #[test]
    fn deleting_an_institution_takes_its_assessments_and_says_what_goes() {
        let mut ws = with_two();
        let assessment = |id: &str, of: Option<&str>| Assessment {
            id: id.into(),
            institution_id: of.map(str::to_string),
            ..Default::default()
        };
        ws.assessments = vec![
            assessment("b1", Some("a")),
            assessment("b2", Some("a")),
            assessment("b3", None),
        ];
        // A name kept for a link from a colleague's file.
        ws.institutions[1]
            .linked_names
            .insert("a".into(), "De Regenboog".into());
        let before = ws.belongings("a");
        assert_eq!(before.assessments, 2);
        assert_eq!(before.said(), "2 beoordelingen");
        ws.delete_institution("a", NOW);
        let left: Vec<&str> = ws.assessments.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(left, ["b3"], "an assessment of no institution stays");
        assert_eq!(ws.belongings("a"), Belongings::default());
        assert!(
            ws.deleted
                .iter()
                .any(|d| d.kind == Kind::Assessment && d.id == "b1")
        );
        assert!(ws.institutions.iter().all(|i| i.linked_names.is_empty()));
        let three = Belongings {
            conversations: 2,
            activities: 1,
            assessments: 3,
        };
        assert_eq!(
            three.said(),
            "2 gesprekken, 1 planningsregel en 3 beoordelingen"
        );
    }

    #[test]
    fn coming_activities_are_grouped_by_month_from_now_on() {
        let mut ws = with_two();
        for (id, month, done) in [
            ("r1", "2026-12", false),
            ("r2", "2026-10", false),
            ("r3", "2027-01", true),
            ("r4", "2027-01", false),
            ("r5", "", false),
        ] {
            let row = Activity {
                id: id.into(),
                institution_id: "a".into(),
                month: month.into(),
                done,
                ..Default::default()
            };
            ws.add_activity(row).unwrap();
        }
        let coming = ws.coming_activities("2026-11");
        let months: Vec<(&str, usize)> = coming
            .by_month
            .iter()
            .map(|(m, rows)| (m.as_str(), rows.len()))
            .collect();
        assert_eq!(months, [("2026-12", 1), ("2027-01", 1)]);
        let overdue: Vec<&str> = coming.overdue.iter().map(|(_, a)| a.id.as_str()).collect();
        assert_eq!(
            overdue,
            ["r2"],
            "October's open activity stays in view, as overdue"
        );
    }

    #[test]
    fn open_activities_whose_month_has_passed_stay_in_view_as_overdue_oldest_first() {
        let mut ws = with_two();
        for (id, month, done) in [
            ("december", "2026-12", false),
            ("april", "2027-04", false),
            ("january", "2027-01", false),
            ("march-done", "2027-03", true),
            ("june", "2027-06", false),
        ] {
            let row = Activity {
                id: id.into(),
                institution_id: "a".into(),
                month: month.into(),
                done,
                ..Default::default()
            };
            ws.add_activity(row).unwrap();
        }
        let in_may = ws.coming_activities("2027-05");
        let overdue: Vec<&str> = in_may.overdue.iter().map(|(_, a)| a.id.as_str()).collect();
        assert_eq!(overdue, ["december", "january", "april"]);
        assert_eq!(in_may.by_month.keys().collect::<Vec<_>>(), ["2027-06"]);
        assert!(!in_may.is_empty());
    }

    #[test]
    fn a_closed_years_plan_and_what_an_evaluation_says_is_done_are_not_overdue() {
        let mut ws = with_two();
        for (id, month) in [
            ("maart", "2027-03"),
            ("april", "2027-04"),
            ("juli", "2027-07"),
        ] {
            let row = Activity {
                id: id.into(),
                institution_id: "a".into(),
                month: month.into(),
                ..Default::default()
            };
            ws.add_activity(row).unwrap();
        }
        ws.institutions[0]
            .evaluations
            .push(crate::model::Evaluation {
                date: "2027-05-20".into(),
                results: [(
                    "april".to_string(),
                    crate::model::ActivityResult {
                        outcome: Outcome::Done,
                        note: String::new(),
                    },
                )]
                .into(),
                ..Default::default()
            });
        let overdue = |ws: &Workspace, month: &str| -> Vec<String> {
            let coming = ws.coming_activities(month);
            coming.overdue.iter().map(|(_, a)| a.id.clone()).collect()
        };
        assert_eq!(
            overdue(&ws, "2027-06"),
            ["maart"],
            "April was done, says the evaluation"
        );
        let june = SchoolYear::of(jiff::civil::date(2026, 9, 1));
        ws.start_new_year("a", june, || "kopie".into(), "2027-06-20T10:00:00.000Z")
            .unwrap();
        assert!(
            overdue(&ws, "2027-06").is_empty(),
            "2026-2027 is closed; March is in next year's plan, in March 2028"
        );
        let coming = ws.coming_activities("2027-06");
        let july: Vec<&str> = coming.by_month["2027-07"]
            .iter()
            .map(|(_, a)| a.id.as_str())
            .collect();
        assert_eq!(
            july,
            ["juli"],
            "closed early, the year still has July to come"
        );
        assert!(
            !ws.coming_activities("2027-09")
                .by_month
                .contains_key("2027-07")
                && overdue(&ws, "2027-09").is_empty(),
            "once 2026-2027 is over, its open rows are not waited on"
        );
    }

    #[test]
    fn records_sharing_an_id_get_ids_of_their_own_and_nothing_is_lost() {
        let mut ws = with_two();
        let mut twin = ws.institutions[0].clone();
        twin.name = "De Regenboog (tweede)".into();
        ws.institutions.push(twin.clone());
        ws.institutions.push(twin);
        assert!(ws.separate_duplicate_ids());
        let ids: Vec<&str> = ws.institutions.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "a~2", "a~3"]);
        assert!(!ws.separate_duplicate_ids(), "once is enough");
    }

    #[test]
    fn an_update_is_stamped_only_when_something_changed() {
        let mut ws = with_two();
        ws.update_institution("a", "2026-12-01T00:00:00Z", InstitutionField::Place, |i| {
            i.place = "Almere".into();
            Ok(())
        })
        .unwrap();
        assert_eq!(
            ws.institution("a").unwrap().updated_at,
            "2026-12-01T00:00:00Z"
        );
        ws.update_institution("a", "2026-12-02T00:00:00Z", InstitutionField::Place, |i| {
            i.place = "Almere".into();
            Ok(())
        })
        .unwrap();
        assert_eq!(
            ws.institution("a").unwrap().updated_at,
            "2026-12-01T00:00:00Z"
        );
    }
}

//! Joining two records of one school: the same school added twice, or under two ids by two
//! colleagues. Everything recorded under the one moves to the other; nothing is lost.

use super::institution::add_line;
use super::{
    ActivityField, AssessmentField, ConversationField, InstitutionField, InvalidInput, Workspace,
    edit,
};

impl Workspace {
    /// Joins institution `from` into `into`: its conversations, planning rows and
    /// assessments move to `into`; what `into` leaves blank is taken from `from` (contacts
    /// and links are added, notes kept below its own); then `from` is deleted. Returns how
    /// many records moved.
    pub fn join_institution(
        &mut self,
        from: &str,
        into: &str,
        now: &str,
    ) -> Result<usize, InvalidInput> {
        if from == into {
            return Err(InvalidInput(
                "Kies een andere instelling om mee samen te voegen.".into(),
            ));
        }
        let (Some(gone), Some(_)) = (self.institution(from).cloned(), self.institution(into))
        else {
            return Err(InvalidInput("Deze instelling bestaat niet (meer).".into()));
        };
        let mut moved = 0;
        for c in self
            .conversations
            .iter_mut()
            .filter(|c| c.institution_id.as_deref() == Some(from))
        {
            edit(c, ConversationField::InstitutionId, now, |c| {
                c.institution_id = Some(into.to_string());
                Ok(())
            })?;
            moved += 1;
        }
        for a in self
            .activities
            .iter_mut()
            .filter(|a| a.institution_id == from)
        {
            edit(a, ActivityField::InstitutionId, now, |a| {
                a.institution_id = into.to_string();
                Ok(())
            })?;
            moved += 1;
        }
        for a in self
            .assessments
            .iter_mut()
            .filter(|a| a.institution_id.as_deref() == Some(from))
        {
            edit(a, AssessmentField::InstitutionId, now, |a| {
                a.institution_id = Some(into.to_string());
                Ok(())
            })?;
            moved += 1;
        }
        let target = self
            .institutions
            .iter_mut()
            .find(|i| i.id == into)
            .expect("checked above");
        let fill = |mine: &mut String, theirs: &str| {
            if mine.trim().is_empty() {
                *mine = theirs.to_string();
            }
        };
        edit(target, InstitutionField::Place, now, |i| {
            fill(&mut i.place, &gone.place);
            Ok(())
        })?;
        edit(target, InstitutionField::Consultant, now, |i| {
            fill(&mut i.consultant, &gone.consultant);
            Ok(())
        })?;
        edit(target, InstitutionField::SchoolYear, now, |i| {
            fill(&mut i.school_year, &gone.school_year);
            Ok(())
        })?;
        edit(target, InstitutionField::Contacts, now, |i| {
            for contact in &gone.contacts {
                let known = i
                    .contacts
                    .iter()
                    .any(|c| super::same_name(&c.name, &contact.name) && c.role == contact.role);
                if !known {
                    i.contacts.push(contact.clone());
                }
            }
            Ok(())
        })?;
        edit(target, InstitutionField::Steps, now, |i| {
            for (step, progress) in &gone.steps {
                i.steps
                    .entry(step.clone())
                    .or_insert_with(|| progress.clone());
            }
            Ok(())
        })?;
        edit(target, InstitutionField::Evaluations, now, |i| {
            i.evaluations.extend(gone.evaluations.iter().cloned());
            Ok(())
        })?;
        edit(target, InstitutionField::Notes, now, |i| {
            if !gone.notes.trim().is_empty() {
                add_line(
                    &mut i.notes,
                    &format!("Van ‘{}’: {}", gone.name, gone.notes.trim()),
                );
            }
            Ok(())
        })?;
        for link in gone.links.iter().filter(|l| *l != into) {
            self.link(into, link, now)?;
        }
        self.delete_institution(from, now);
        Ok(moved)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::*;

    const NOW: &str = "2026-12-07T10:00:00.000Z";

    #[test]
    fn joining_moves_every_record_and_fills_what_was_blank() {
        let mut ws = Workspace::default();
        let mut a =
            Institution::new("a", "CBS De Wegwijzer", InstitutionKind::Basisschool, NOW).unwrap();
        a.notes = "Eigen notitie".into();
        let mut b =
            Institution::new("b", "CBS de Wegwijzer", InstitutionKind::Basisschool, NOW).unwrap();
        b.place = "Tiel".into();
        b.notes = "Van collega".into();
        ws.institutions.extend([a, b]);
        ws.conversations.push(Conversation {
            id: "g".into(),
            institution_id: Some("b".into()),
            ..Default::default()
        });
        ws.activities.push(Activity {
            id: "r".into(),
            institution_id: "b".into(),
            ..Default::default()
        });
        let moved = ws.join_institution("b", "a", NOW).unwrap();
        assert_eq!(moved, 2);
        assert_eq!(ws.institutions.len(), 1);
        let a = &ws.institutions[0];
        assert_eq!(a.place, "Tiel");
        assert!(a.notes.starts_with("Eigen notitie") && a.notes.contains("Van collega"));
        assert_eq!(ws.conversations[0].institution_id.as_deref(), Some("a"));
        assert_eq!(ws.activities[0].institution_id, "a");
        assert!(ws.join_institution("a", "a", NOW).is_err());
    }
}

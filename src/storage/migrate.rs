//! Upgrades of workspaces read from older schema versions.
//!
//! Every version is read into the current `Workspace` (a field added since takes its
//! default); `MIGRATIONS[n]` then turns what was a version `n + 1` workspace into version
//! `n + 2`, for what a default cannot express. Add one entry, with a fixture file of the old
//! version in `tests/fixtures/`, whenever the shape changes.

use std::collections::HashMap;

use crate::model::{UNNAMED_PERSON, Workspace, tell_evaluation_kinds};

type Migration = fn(&mut Workspace);

const MIGRATIONS: [Migration; 4] = [add_assessments, parts_in_storage, school_years, team];

/// The newest schema version this app reads: one more than the migrations that lead to it.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32 + 1;

/// Brings a workspace written as version `from` up to the current schema version.
pub fn migrate(workspace: &mut Workspace, from: u32) {
    for step in MIGRATIONS.iter().skip(from.saturating_sub(1) as usize) {
        step(workspace);
    }
}

/// Version 2 added project assessments, which a version 1 document reads as none. The
/// version was raised so that an older app, which does not know them, refuses such a
/// document instead of dropping them on save.
fn add_assessments(_: &mut Workspace) {}

/// Version 3 moved the stored workspace's record lists into parts of their own; the
/// workspace itself keeps its shape (`document::decode_stored` reads the parts back).
fn parts_in_storage(_: &mut Workspace) {}

/// Version 4 put the planning rows in school years and told the two evaluations of a year
/// (tussentijds, eind) apart, each with a result per activity. Rows are placed in the year
/// their month, their institution's *schooljaar* or the day they were made says; an
/// evaluation held in May, June or July is the end one. Raised so that an older app refuses
/// such a document instead of dropping the years and results on save.
fn school_years(workspace: &mut Workspace) {
    workspace.place_in_school_years();
    for institution in &mut workspace.institutions {
        tell_evaluation_kinds(&mut institution.evaluations);
    }
}

/// Version 5 made the team records: an institution's leesconsulent, a name typed on each
/// institution until then, becomes a person (one per name as people type it, so "Ilse
/// Jansen" and "ilse jansen" are one), and so does the device's user, who takes the
/// self-assessment the workspace held. A person made from a name gets an id made from it,
/// so that colleagues' older files that name the same person bring one person. Raised so
/// that an older app refuses such a document instead of showing ids as names.
fn team(workspace: &mut Workspace) {
    // A few names typed on hundreds of institutions: each looked up once.
    let mut found: HashMap<String, String> = HashMap::new();
    for n in 0..workspace.institutions.len() {
        let name = std::mem::take(&mut workspace.institutions[n].consultant);
        let id = match found.get(&name) {
            Some(id) => id.clone(),
            None => {
                let since = workspace.institutions[n].created_at.clone();
                let id = workspace.person_for_name(&name, &since).unwrap_or_default();
                found.insert(name, id.clone());
                id
            }
        };
        workspace.institutions[n].consultant = id;
    }
    let user = workspace.library.user_name.clone();
    let assessed = std::mem::take(&mut workspace.self_assessment);
    let user = match user.trim() {
        "" if assessed.is_empty() => return,
        "" => UNNAMED_PERSON,
        name => name,
    };
    let Some(id) = workspace.person_for_name(user, "") else {
        return;
    };
    if let Some(person) = workspace.people.iter_mut().find(|p| p.id == id) {
        for (competence, met) in assessed {
            person.competences.entry(competence).or_default().met = met;
        }
    }
}

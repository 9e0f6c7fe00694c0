//! A colleague's file arranged before it is compared with this workspace: its people
//! matched with the team here by name (or, where the user says so, a person named shorter
//! or longer here), the schools the user joins with one already here,
//! and the library's steps left out unless the user takes them over. Each colleague's
//! self-assessment lives under their own person, so nothing of one person is ever
//! combined with another's.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::Value;

use crate::model::{
    BOOKKEEPING, FieldStamp, Institution, Person, Record, StepProgress, Workspace, fields_of,
    from_fields, name_key, same_institution, same_name,
};

/// A school in the file that looks like one here under another id (same name and place),
/// or a person who may be one here under a shorter or longer name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookAlike {
    pub theirs: String,
    pub ours: String,
    /// How the user recognises each: name, and place where there is one.
    pub theirs_label: String,
    pub ours_label: String,
}

/// What the user decides before the file's records are compared.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Arrangement {
    /// The file's look-alike schools to join with the one here (by the file's id); the
    /// others are kept apart.
    pub join: BTreeSet<String>,
    /// The file's people the user says are someone here: the file's id to the id here.
    pub same_people: BTreeMap<String, String>,
    /// Take the file's steps 1–6 of the library (compared as usual); else they are left out.
    pub library_steps: bool,
}

fn label(name: &str, place: &str) -> String {
    match place.trim() {
        "" => name.trim().to_string(),
        place => format!("{} ({place})", name.trim()),
    }
}

/// The file's schools that look like one here under another id, each matched once.
///
/// Found through this workspace's schools by the key of their name, so that a file of
/// hundreds of schools is not compared with every school here.
pub fn look_alikes(ours: &Workspace, theirs: &Workspace) -> Vec<LookAlike> {
    let ids = |ws: &'_ Workspace| -> HashSet<String> {
        ws.institutions.iter().map(|i| i.id.clone()).collect()
    };
    let (ours_ids, theirs_ids) = (ids(ours), ids(theirs));
    let mut by_name: HashMap<String, Vec<&Institution>> = HashMap::new();
    for o in ours
        .institutions
        .iter()
        .filter(|o| !theirs_ids.contains(&o.id))
    {
        by_name.entry(name_key(&o.name)).or_default().push(o);
    }
    let mut taken = HashSet::new();
    let mut found = Vec::new();
    for t in theirs
        .institutions
        .iter()
        .filter(|t| !ours_ids.contains(&t.id))
    {
        let here = by_name.get(&name_key(&t.name)).and_then(|candidates| {
            candidates
                .iter()
                .find(|o| same_institution(o, t) && !taken.contains(&o.id))
        });
        if let Some(o) = here {
            taken.insert(o.id.clone());
            found.push(LookAlike {
                theirs: t.id.clone(),
                ours: o.id.clone(),
                theirs_label: label(&t.name, &t.place),
                ours_label: label(&o.name, &o.place),
            });
        }
    }
    found
}

/// The file's people who may be someone here under a shorter or longer name ("Ilse" and
/// "Ilse de Vries": the words of one name begin the other), where exactly one person here
/// fits and neither is known on the other side. Asked, never assumed: a first name alone
/// is too little to be sure. Each person here is offered once.
pub fn look_alike_people(ours: &Workspace, theirs: &Workspace) -> Vec<LookAlike> {
    let words = |name: &str| -> Vec<String> {
        name_key(name)
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    let begins = |short: &[String], long: &[String]| {
        !short.is_empty() && short.len() < long.len() && long.starts_with(short)
    };
    let unknown_in = |ws: &Workspace, p: &Person| {
        ws.person(&p.id).is_none() && ws.person_named(&p.name).is_none()
    };
    let mut taken = HashSet::new();
    let mut found = Vec::new();
    for t in theirs.people.iter().filter(|t| unknown_in(ours, t)) {
        let there = words(&t.name);
        let fits: Vec<&Person> = ours
            .people
            .iter()
            .filter(|o| unknown_in(theirs, o) && !taken.contains(&o.id))
            .filter(|o| {
                let here = words(&o.name);
                begins(&here, &there) || begins(&there, &here)
            })
            .collect();
        if let [o] = fits[..] {
            taken.insert(o.id.clone());
            found.push(LookAlike {
                theirs: t.id.clone(),
                ours: o.id.clone(),
                theirs_label: t.name.trim().to_string(),
                ours_label: o.name.trim().to_string(),
            });
        }
    }
    found
}

/// Whether the file comes from someone else than this device's user: its user is named
/// otherwise (or not at all, where this device names one).
pub fn from_colleague(ours: &Workspace, theirs: &Workspace) -> bool {
    let mine = ours.library.user_name.trim();
    !mine.is_empty() && !same_name(mine, &theirs.library.user_name)
}

/// How many of the library's steps the file would add or change.
pub fn library_step_changes(ours: &Workspace, theirs: &Workspace) -> usize {
    theirs
        .steps
        .iter()
        .filter(|(id, progress)| match ours.steps.get(*id) {
            None => **progress != StepProgress::default(),
            Some(o) => o != *progress,
        })
        .count()
}

/// What a user expects without choosing: every look-alike school joined, every look-alike
/// person kept apart (see `look_alike_people`); the library's steps
/// taken from one's own file (another device), or where this workspace has none yet.
pub fn default_arrangement(
    ours: &Workspace,
    theirs: &Workspace,
    look_alikes: &[LookAlike],
) -> Arrangement {
    Arrangement {
        join: look_alikes.iter().map(|l| l.theirs.clone()).collect(),
        same_people: BTreeMap::new(),
        library_steps: !from_colleague(ours, theirs) || ours.steps.is_empty(),
    }
}

/// The file's workspace as it will be compared and merged: people known here by name, or
/// said to be someone here, under their id here; the joined schools under the id here
/// (with their records); and the library's steps only when taken over. `look_alikes` are the file's (`look_alikes`).
pub fn arrange(
    ours: &Workspace,
    theirs: &Workspace,
    look_alikes: &[LookAlike],
    arrangement: &Arrangement,
) -> Workspace {
    let mut arranged = theirs.clone();
    for n in 0..arranged.people.len() {
        let (id, name) = (
            arranged.people[n].id.clone(),
            arranged.people[n].name.clone(),
        );
        if ours.person(&id).is_some() {
            continue;
        }
        let known = ours
            .person_named(&name)
            .or_else(|| {
                let said = arrangement.same_people.get(&id)?;
                ours.person(said)
            })
            .filter(|o| arranged.person(&o.id).is_none());
        if let Some(known) = known {
            rename_person(&mut arranged, &id, &known.id);
        }
    }
    for person in arranged.people.iter_mut() {
        if let Some(here) = ours.person(&person.id) {
            adopt(here, person);
        }
    }
    for alike in look_alikes {
        if arrangement.join.contains(&alike.theirs) {
            rename_institution(&mut arranged, &alike.theirs, &alike.ours);
            let here = ours.institution(&alike.ours).expect("found above");
            if let Some(there) = arranged
                .institutions
                .iter_mut()
                .find(|i| i.id == alike.ours)
            {
                adopt(here, there);
            }
        }
    }
    if !arrangement.library_steps {
        arranged.steps.clear();
    }
    arranged
}

fn rename_person(ws: &mut Workspace, from: &str, to: &str) {
    for person in ws.people.iter_mut().filter(|p| p.id == from) {
        person.id = to.to_string();
    }
    for institution in ws.institutions.iter_mut().filter(|i| i.consultant == from) {
        institution.consultant = to.to_string();
    }
    for session in ws.sessions.iter_mut() {
        if session.attendees.remove(from) {
            session.attendees.insert(to.to_string());
        }
    }
}

fn rename_institution(ws: &mut Workspace, from: &str, to: &str) {
    let to_owned = || Some(to.to_string());
    for institution in ws.institutions.iter_mut() {
        if institution.id == from {
            institution.id = to.to_string();
        }
        if institution.links.remove(from) {
            institution.links.insert(to.to_string());
        }
    }
    for c in ws.conversations.iter_mut() {
        if c.institution_id.as_deref() == Some(from) {
            c.institution_id = to_owned();
        }
    }
    for a in ws
        .activities
        .iter_mut()
        .filter(|a| a.institution_id == from)
    {
        a.institution_id = to.to_string();
    }
    for a in ws.assessments.iter_mut() {
        if a.institution_id.as_deref() == Some(from) {
            a.institution_id = to_owned();
        }
    }
}

/// Nothing written: no text, no list, no map.
fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// Makes a record of the file that the same thing here has no history in common with
/// (one person or school under two ids) merge as the user expects: what only one side
/// wrote is kept from that side without a question; what both wrote differently is a
/// conflict for the user.
fn adopt<T: Record>(here: &T, there: &mut T) {
    let (Some(ours), Some(mut theirs)) = (fields_of(here), fields_of(there)) else {
        return;
    };
    let mut stamps = there.stamps().clone();
    for (name, value) in theirs.iter_mut() {
        let Some(mine) = ours.get(name) else { continue };
        if BOOKKEEPING.contains(&name.as_str()) || mine == value {
            continue;
        }
        if is_blank(value) {
            *value = mine.clone();
            stamps.insert(name.clone(), here.stamp_of(name));
        } else {
            // Written only there: taken. Written on both sides: never built on each other,
            // so the user chooses.
            let base = match is_blank(mine) {
                true => here.stamp_of(name).at,
                false => String::new(),
            };
            let at = there.stamp_of(name).at;
            stamps.insert(name.clone(), FieldStamp { at, base });
        }
    }
    if let Some(mut next) = from_fields::<T>(theirs) {
        *next.stamps_mut() = stamps;
        *there = next;
    }
}

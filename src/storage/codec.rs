//! How each record of the workspace is written to and read from JSON: the field names of
//! the file format (camelCase, documented in the README) live here and nowhere else.

use super::json::{Fields, Token, Writer};
use super::merge::Kind;
use crate::model::{
    Activity, Answer, Assessment, Contact, ContactRole, Conversation, ConversationKind,
    ConversationStatus, Evaluation, Institution, InstitutionKind, Library, Parties, Prepared,
    Programme, Record, Selection, SelectionDecision, StartOutcome, StepProgress, StepStatus,
    Transfer, Workspace, YesNo,
};

/// The names an enum is stored under; they never change once written.
macro_rules! tokens {
    ($type:ty, $what:literal, { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl Token for $type {
            const NAMES: &'static [(Self, &'static str)] = &[$((<$type>::$variant, $name)),+];
            const WHAT: &'static str = $what;
        }
    };
}

tokens!(StepStatus, "een stapstatus (not_started, in_progress, done)", {
    NotStarted = "not_started", InProgress = "in_progress", Done = "done",
});
tokens!(InstitutionKind, "een soort instelling", {
    Basisschool = "basisschool", Kinderdagverblijf = "kinderdagverblijf",
    Peuteropvang = "peuteropvang", OtherPreschool = "other_preschool",
});
tokens!(Programme, "een programma", {
    NoneYet = "none_yet", BibliotheekOpSchool = "bibliotheek_op_school",
    BoekStartKinderopvang = "boek_start_kinderopvang",
});
tokens!(ContactRole, "een rol", {
    Director = "director", ReadingCoordinator = "reading_coordinator",
    VveCoordinator = "vve_coordinator", Teacher = "teacher", Parent = "parent", Other = "other",
});
tokens!(SelectionDecision, "een selectiebesluit", {
    Candidate = "candidate", Chosen = "chosen", NotChosen = "not_chosen",
});
tokens!(StartOutcome, "een uitkomst van het startgesprek", {
    Open = "open", GoesAhead = "goes_ahead", NoAgreement = "no_agreement",
});
tokens!(ConversationKind, "een soort gesprek", {
    Start = "start", Deepening = "deepening", Management = "management",
    Municipality = "municipality", WorkingAgreements = "working_agreements",
    ParentWishes = "parent_wishes",
});
tokens!(ConversationStatus, "een gespreksstatus", { Prepared = "prepared", Held = "held" });
tokens!(YesNo, "ja, nee of onbekend (yes, no, unknown)", {
    Unknown = "unknown", Yes = "yes", No = "no",
});

tokens!(Transfer, "een overdrachtsvorm", {
    SmallGroup = "small_group", LargeGroup = "large_group", Written = "written",
    Digital = "digital", Individual = "individual", Other = "other",
});

// ---------------------------------------------------------------------------------------
// Writing

pub fn write_workspace(w: &mut Writer, ws: &Workspace) {
    w.open(Some("workspace"));
    write_library_and_steps(w, ws);
    w.list("institutions", &ws.institutions, write_institution);
    w.list("conversations", &ws.conversations, write_conversation);
    w.list("activities", &ws.activities, write_activity);
    w.list("assessments", &ws.assessments, write_assessment);
    w.close();
}

/// What the stored main document holds: the workspace without the records that are in
/// parts, that is without the first `from[n]` records of each list (in the order of
/// `write_parts`).
pub fn write_main(w: &mut Writer, ws: &Workspace, from: [usize; 4]) {
    w.open(Some("workspace"));
    write_library_and_steps(w, ws);
    inline(
        w,
        "institutions",
        &ws.institutions[from[0]..],
        write_institution,
    );
    inline(
        w,
        "conversations",
        &ws.conversations[from[1]..],
        write_conversation,
    );
    inline(w, "activities", &ws.activities[from[2]..], write_activity);
    inline(
        w,
        "assessments",
        &ws.assessments[from[3]..],
        write_assessment,
    );
    w.close();
}

fn inline<T>(w: &mut Writer, key: &str, records: &[T], write: fn(&mut Writer, &T)) {
    if !records.is_empty() {
        w.list(key, records, write);
    }
}

fn write_library_and_steps(w: &mut Writer, ws: &Workspace) {
    w.open(Some("library"));
    w.text("name", &ws.library.name);
    w.text("userName", &ws.library.user_name);
    w.close();
    w.map("steps", &ws.steps, write_step);
    w.map("selfAssessment", &ws.self_assessment, |w, id, met| {
        w.flag(id, *met)
    });
}

/// Every record list in parts, in order: `part` gets each part's list (0–3, as in
/// `write_main`), the index after its last record, and its text: an object holding one
/// list under the same name as in the whole document.
pub fn write_parts(ws: &Workspace, part: &mut dyn FnMut(usize, usize, String)) {
    parts_of(0, "institutions", &ws.institutions, write_institution, part);
    parts_of(
        1,
        "conversations",
        &ws.conversations,
        write_conversation,
        part,
    );
    parts_of(2, "activities", &ws.activities, write_activity, part);
    parts_of(3, "assessments", &ws.assessments, write_assessment, part);
}

fn parts_of<T: Record>(
    list: usize,
    key: &str,
    records: &[T],
    write: fn(&mut Writer, &T),
    part: &mut dyn FnMut(usize, usize, String),
) {
    let mut end = 0;
    for chunk in super::layout::chunks(records) {
        let mut w = Writer::with_capacity(1024);
        w.open(None);
        w.list(key, chunk, write);
        w.close();
        end += chunk.len();
        part(list, end, w.finish());
    }
}

fn write_step(w: &mut Writer, id: &str, p: &StepProgress) {
    w.open(Some(id));
    w.token("status", p.status);
    w.text("date", &p.date);
    w.text("owner", &p.owner);
    w.text("notes", &p.notes);
    w.text("statusSince", &p.status_since);
    w.text("updatedAt", &p.updated_at);
    w.close();
}

fn write_institution(w: &mut Writer, i: &Institution) {
    w.open(None);
    w.text("id", &i.id);
    w.text("name", &i.name);
    w.token("kind", i.kind);
    w.token("programme", i.programme);
    w.text("place", &i.place);
    w.text("schoolYear", &i.school_year);
    w.list("contacts", &i.contacts, write_contact);
    w.text("consultant", &i.consultant);
    w.text("notes", &i.notes);
    w.flag("archived", i.archived);
    w.list("links", &i.links, |w, id| w.item_text(id));
    w.open(Some("selection"));
    w.list("indicators", &i.selection.indicators, |w, id| {
        w.item_text(id)
    });
    w.text("note", &i.selection.note);
    w.token("decision", i.selection.decision);
    w.text("reason", &i.selection.reason);
    w.close();
    w.map("steps", &i.steps, write_step);
    w.token("startOutcome", i.start_outcome);
    w.map("agreements", &i.agreements, |w, id, text| w.text(id, text));
    w.list("evaluations", &i.evaluations, write_evaluation);
    w.text("createdAt", &i.created_at);
    w.text("updatedAt", &i.updated_at);
    w.close();
}

fn write_contact(w: &mut Writer, c: &Contact) {
    w.open(None);
    w.text("id", &c.id);
    w.token("role", c.role);
    w.text("name", &c.name);
    w.text("email", &c.email);
    w.text("phone", &c.phone);
    w.close();
}

fn write_evaluation(w: &mut Writer, e: &Evaluation) {
    w.open(None);
    w.text("id", &e.id);
    w.text("date", &e.date);
    w.text("wentWell", &e.went_well);
    w.text("changes", &e.changes);
    w.text("nextDate", &e.next_date);
    w.close();
}

fn write_conversation(w: &mut Writer, c: &Conversation) {
    w.open(None);
    w.text("id", &c.id);
    w.token("kind", c.kind);
    w.opt_text("institutionId", c.institution_id.as_deref());
    w.text("date", &c.date);
    w.token("status", c.status);
    w.list("present", &c.present, |w, name| w.item_text(name));
    w.open(Some("parties"));
    w.flag("school", c.parties.school);
    w.flag("preschool", c.parties.preschool);
    w.close();
    w.map("preparation", &c.preparation, |w, id, p| {
        w.open(Some(id));
        w.flag("done", p.done);
        w.text("note", &p.note);
        w.close();
    });
    w.map("answers", &c.answers, |w, id, a| {
        w.open(Some(id));
        w.text("notes", &a.notes);
        w.flag("discussed", a.discussed);
        w.close();
    });
    w.text("agreements", &c.agreements);
    w.text("createdAt", &c.created_at);
    w.text("updatedAt", &c.updated_at);
    w.close();
}

fn write_activity(w: &mut Writer, a: &Activity) {
    w.open(None);
    w.text("id", &a.id);
    w.text("institutionId", &a.institution_id);
    w.text("activity", &a.activity);
    w.text("goal", &a.goal);
    w.text("actionPoints", &a.action_points);
    w.text("planning", &a.planning);
    w.text("month", &a.month);
    w.text("who", &a.who);
    w.text("organisation", &a.organisation);
    w.text("evaluation", &a.evaluation);
    w.flag("done", a.done);
    w.opt_text("conversationId", a.conversation_id.as_deref());
    w.text("createdAt", &a.created_at);
    w.text("updatedAt", &a.updated_at);
    w.close();
}

fn write_assessment(w: &mut Writer, a: &Assessment) {
    w.open(None);
    w.text("id", &a.id);
    w.text("name", &a.name);
    w.opt_text("catalogueId", a.catalogue_id.as_deref());
    w.opt_text("institutionId", a.institution_id.as_deref());
    w.token("homeReading", a.home_reading);
    w.token("viaInstitution", a.via_institution);
    w.opt_number("ageFrom", a.age_from);
    w.opt_number("ageTo", a.age_to);
    w.text("targetGroup", &a.target_group);
    w.text("goal", &a.goal);
    w.list("transfers", &a.transfers, |w, t| w.item_text(t.name()));
    w.text("transferOther", &a.transfer_other);
    w.list("characteristics", &a.characteristics, |w, m| w.item_text(m));
    w.list("parentGroups", &a.parent_groups, |w, g| {
        w.item_number((*g).into())
    });
    w.token("fitsGoals", a.fits_goals);
    w.text("fitsNote", &a.fits_note);
    w.token("hasCosts", a.has_costs);
    w.text("costs", &a.costs);
    w.text("notes", &a.notes);
    w.text("createdAt", &a.created_at);
    w.text("updatedAt", &a.updated_at);
    w.close();
}

// ---------------------------------------------------------------------------------------
// Reading

pub fn read_workspace(f: &Fields) -> Workspace {
    Workspace {
        library: f.object("library", |f| Library {
            name: f.text("name"),
            user_name: f.text("userName"),
        }),
        steps: f.map("steps", read_step),
        institutions: f.list("institutions", read_institution),
        conversations: f.list("conversations", read_conversation),
        activities: f.list("activities", read_activity),
        assessments: f.list("assessments", read_assessment),
        self_assessment: f.flag_map("selfAssessment"),
    }
}

/// Adds the records of one stored part (see `write_parts`) to the workspace.
pub fn read_part(f: &Fields, ws: &mut Workspace) {
    ws.institutions
        .extend(f.list("institutions", read_institution));
    ws.conversations
        .extend(f.list("conversations", read_conversation));
    ws.activities.extend(f.list("activities", read_activity));
    ws.assessments
        .extend(f.list("assessments", read_assessment));
}

fn read_step(f: &Fields) -> StepProgress {
    StepProgress {
        status: f.token("status"),
        date: f.text("date"),
        owner: f.text("owner"),
        notes: f.text("notes"),
        status_since: f.text("statusSince"),
        updated_at: f.text("updatedAt"),
    }
}

fn read_institution(f: &Fields) -> Institution {
    Institution {
        id: f.required_text("id"),
        name: f.text("name"),
        kind: f.token("kind"),
        programme: f.token("programme"),
        place: f.text("place"),
        school_year: f.text("schoolYear"),
        contacts: f.list("contacts", read_contact),
        consultant: f.text("consultant"),
        notes: f.text("notes"),
        archived: f.flag("archived", false),
        links: f.texts("links"),
        selection: f.object("selection", |f| Selection {
            indicators: f.texts("indicators"),
            note: f.text("note"),
            decision: f.token("decision"),
            reason: f.text("reason"),
        }),
        steps: f.map("steps", read_step),
        start_outcome: f.token("startOutcome"),
        agreements: f.text_map("agreements"),
        evaluations: f.list("evaluations", read_evaluation),
        created_at: f.text("createdAt"),
        updated_at: f.text("updatedAt"),
    }
}

fn read_contact(f: &Fields) -> Contact {
    Contact {
        id: f.required_text("id"),
        role: f.token("role"),
        name: f.text("name"),
        email: f.text("email"),
        phone: f.text("phone"),
    }
}

fn read_evaluation(f: &Fields) -> Evaluation {
    Evaluation {
        id: f.required_text("id"),
        date: f.text("date"),
        went_well: f.text("wentWell"),
        changes: f.text("changes"),
        next_date: f.text("nextDate"),
    }
}

fn read_conversation(f: &Fields) -> Conversation {
    Conversation {
        id: f.required_text("id"),
        kind: f.token("kind"),
        institution_id: f.opt_text("institutionId"),
        date: f.text("date"),
        status: f.token("status"),
        present: f.texts("present"),
        parties: f.object("parties", |f| Parties {
            school: f.flag("school", true),
            preschool: f.flag("preschool", true),
        }),
        preparation: f.map("preparation", |f| Prepared {
            done: f.flag("done", false),
            note: f.text("note"),
        }),
        answers: f.map("answers", |f| Answer {
            notes: f.text("notes"),
            discussed: f.flag("discussed", false),
        }),
        agreements: f.text("agreements"),
        created_at: f.text("createdAt"),
        updated_at: f.text("updatedAt"),
    }
}

fn read_activity(f: &Fields) -> Activity {
    Activity {
        id: f.required_text("id"),
        institution_id: f.required_text("institutionId"),
        activity: f.text("activity"),
        goal: f.text("goal"),
        action_points: f.text("actionPoints"),
        planning: f.text("planning"),
        month: f.text("month"),
        who: f.text("who"),
        organisation: f.text("organisation"),
        evaluation: f.text("evaluation"),
        done: f.flag("done", false),
        conversation_id: f.opt_text("conversationId"),
        created_at: f.text("createdAt"),
        updated_at: f.text("updatedAt"),
    }
}

fn read_assessment(f: &Fields) -> Assessment {
    let mut read = Assessment {
        id: f.required_text("id"),
        name: f.text("name"),
        catalogue_id: f.opt_text("catalogueId"),
        institution_id: f.opt_text("institutionId"),
        home_reading: f.token("homeReading"),
        via_institution: f.token("viaInstitution"),
        age_from: f.small_number("ageFrom"),
        age_to: f.small_number("ageTo"),
        target_group: f.text("targetGroup"),
        goal: f.text("goal"),
        transfers: f.tokens("transfers"),
        transfer_other: f.text("transferOther"),
        characteristics: f.texts("characteristics"),
        parent_groups: f.small_numbers("parentGroups"),
        fits_goals: f.token("fitsGoals"),
        fits_note: f.text("fitsNote"),
        has_costs: f.token("hasCosts"),
        costs: f.text("costs"),
        notes: f.text("notes"),
        created_at: f.text("createdAt"),
        updated_at: f.text("updatedAt"),
    };
    read.repair();
    read
}

// ---------------------------------------------------------------------------------------
// One record, for showing two versions side by side

/// Writes the record of `kind` with `id` as a JSON object, as the file holds it; `false`
/// when the workspace has no such record.
pub fn write_record(w: &mut Writer, ws: &Workspace, kind: Kind, id: &str) -> bool {
    fn one<T: Record>(w: &mut Writer, records: &[T], id: &str, write: fn(&mut Writer, &T)) -> bool {
        records
            .iter()
            .find(|r| r.id() == id)
            .map(|r| write(w, r))
            .is_some()
    }
    match kind {
        Kind::Step => ws
            .steps
            .get(id)
            .map(|p| {
                w.open(None);
                write_step(w, "stap", p);
                w.close();
            })
            .is_some(),
        Kind::Institution => one(w, &ws.institutions, id, write_institution),
        Kind::Conversation => one(w, &ws.conversations, id, write_conversation),
        Kind::Activity => one(w, &ws.activities, id, write_activity),
        Kind::Assessment => one(w, &ws.assessments, id, write_assessment),
    }
}

/// The Dutch name of a field of the file format, for the side-by-side view of an import.
pub fn field_label(name: &str) -> Option<&'static str> {
    const LABELS: &[(&str, &str)] = &[
        ("actionPoints", "Actiepunten"),
        ("activity", "Activiteit"),
        ("ageFrom", "Leeftijd vanaf"),
        ("ageTo", "Leeftijd tot"),
        ("agreements", "Afspraken"),
        ("answers", "Antwoorden"),
        ("archived", "Gearchiveerd"),
        ("changes", "Wat anders kan"),
        ("characteristics", "Kenmerken"),
        ("consultant", "Consulent"),
        ("contacts", "Contactpersonen"),
        ("costs", "Kosten"),
        ("date", "Datum"),
        ("decision", "Besluit"),
        ("discussed", "Besproken"),
        ("done", "Gedaan"),
        ("email", "E-mail"),
        ("evaluation", "Evaluatie"),
        ("evaluations", "Evaluaties"),
        ("fitsGoals", "Past bij de doelen"),
        ("fitsNote", "Toelichting"),
        ("goal", "Doel"),
        ("hasCosts", "Kosten"),
        ("homeReading", "Thuis lezen"),
        ("indicators", "Indicatoren"),
        ("kind", "Soort"),
        ("month", "Maand"),
        ("name", "Naam"),
        ("nextDate", "Volgende evaluatie"),
        ("note", "Notitie"),
        ("notes", "Notities"),
        ("organisation", "Organisatie"),
        ("owner", "Wie"),
        ("parentGroups", "Oudergroepen"),
        ("parties", "Partijen"),
        ("phone", "Telefoon"),
        ("place", "Plaats"),
        ("planning", "Planning"),
        ("preparation", "Voorbereiding"),
        ("preschool", "Voorschool"),
        ("present", "Aanwezig"),
        ("programme", "Programma"),
        ("reason", "Reden"),
        ("role", "Rol"),
        ("school", "School"),
        ("schoolYear", "Schooljaar"),
        ("selection", "Selectie"),
        ("startOutcome", "Uitkomst startgesprek"),
        ("status", "Status"),
        ("statusSince", "Status sinds"),
        ("steps", "Stappen"),
        ("targetGroup", "Doelgroep"),
        ("transferOther", "Andere overdracht"),
        ("transfers", "Overdracht"),
        ("viaInstitution", "Via de instelling"),
        ("wentWell", "Wat goed ging"),
        ("who", "Wie"),
    ];
    LABELS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, label)| *label)
}

/// The Dutch label of a stored enum name ("in_progress" → "Bezig"), whatever its type.
pub fn token_label(name: &str) -> Option<&'static str> {
    fn of<T: Token>(name: &str, label: fn(T) -> &'static str) -> Option<&'static str> {
        T::from_name(name).map(label)
    }
    of(name, StepStatus::label)
        .or_else(|| of(name, InstitutionKind::label))
        .or_else(|| of(name, Programme::label))
        .or_else(|| of(name, ContactRole::label))
        .or_else(|| of(name, SelectionDecision::label))
        .or_else(|| of(name, StartOutcome::label))
        .or_else(|| of(name, ConversationKind::label))
        .or_else(|| of(name, ConversationStatus::label))
        .or_else(|| of(name, YesNo::label))
        .or_else(|| of(name, Transfer::label))
}

//! Two versions of one record side by side, field by field: what the user sees when an
//! import changes a record that was also changed on this device.

use serde::de::DeserializeOwned;
use serde::de::value::{Error as ValueError, StrDeserializer};
use serde_json::Value;

use crate::content::{FUNDING_SOURCES, PLAN_PARTS, step_by_id};
use crate::model::{
    ContactRole, ConversationKind, ConversationStatus, EachKind, InstitutionKind, Kind, Programme,
    Record, SelectionDecision, StartOutcome, StepStatus, Transfer, Workspace, YesNo, each_kind,
    question_text,
};

/// One field that differs between the two versions, as text to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldVersions {
    /// Where the field is, in Dutch ("Contactpersonen 2 › Naam").
    pub field: String,
    pub ours: String,
    pub theirs: String,
}

/// The fields in which our and their version of a record differ (only `field`, when one is
/// named); times and ids left out.
pub fn compare(
    ours: &Workspace,
    theirs: &Workspace,
    kind: Kind,
    id: &str,
    field: Option<&str>,
) -> Vec<FieldVersions> {
    let sides = [ours, theirs];
    let ours = fields(ours, kind, id, field, sides);
    let theirs = fields(theirs, kind, id, field, sides);
    let value = |list: &[(String, String)], field: &str| {
        list.iter()
            .find(|(f, _)| f == field)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut order: Vec<&String> = ours.iter().map(|(f, _)| f).collect();
    order.extend(
        theirs
            .iter()
            .map(|(f, _)| f)
            .filter(|f| !ours.iter().any(|(o, _)| o == *f)),
    );
    order
        .into_iter()
        .map(|field| FieldVersions {
            field: field.clone(),
            ours: value(&ours, field),
            theirs: value(&theirs, field),
        })
        .filter(|f| f.ours != f.theirs)
        .collect()
}

/// The record's fields as (place, text) pairs, in the order the file writes them; people
/// named as they are known on either of the `sides`.
fn fields(
    ws: &Workspace,
    kind: Kind,
    id: &str,
    field: Option<&str>,
    sides: [&Workspace; 2],
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut record = record_value(ws, kind, id);
    if kind == Kind::Institution
        && let Some(record) = &mut record
    {
        name_consultant(record, sides);
    }
    let value = match (record, field) {
        (Some(Value::Object(mut all)), Some(name)) => {
            all.retain(|key, _| key == name);
            Some(Value::Object(all))
        }
        (value, _) => value,
    };
    if let Some(value) = value {
        flatten(&value, "", &mut out);
    }
    out
}

/// An institution's leesconsulent is a person's id: shown by the name that person has here
/// or in the file (someone new to this device is only in the file); an id neither side
/// knows stays as it is.
fn name_consultant(institution: &mut Value, sides: [&Workspace; 2]) {
    if let Some(Value::String(id)) = institution.get_mut("consultant")
        && let Some(person) = sides.iter().find_map(|ws| ws.person(id))
    {
        *id = person.name.clone();
    }
}

/// The record of `kind` with `id` as the file holds it; `None` when there is none.
fn record_value(ws: &Workspace, kind: Kind, id: &str) -> Option<Value> {
    struct Find<'a>(&'a Workspace, Kind, &'a str, Option<Value>);
    impl EachKind for Find<'_> {
        fn kind<T: Record>(&mut self) {
            if T::KIND == self.1
                && let Some(record) = T::list(self.0).iter().find(|r| r.id() == self.2)
            {
                self.3 = as_value(record);
            }
        }
    }
    if kind == Kind::Step {
        return ws.steps.get(id).and_then(as_value);
    }
    let mut find = Find(ws, kind, id, None);
    each_kind(&mut find);
    find.3
}

/// The Dutch name of a field of the file format, for the side-by-side view of an import.
fn field_label(name: &str) -> Option<&'static str> {
    const LABELS: &[(&str, &str)] = &[
        ("actionPoints", "Actiepunten"),
        ("budget", "Begroting"),
        ("agreementsFrom", "Afspraken uit schooljaar"),
        ("copiedFrom", "Overgenomen uit vorig jaar"),
        ("day", "Dag"),
        ("outcome", "Resultaat"),
        ("pastAgreements", "Afspraken van eerdere schooljaren"),
        ("results", "Resultaten per activiteit"),
        ("activity", "Activiteit"),
        ("ageFrom", "Leeftijd vanaf"),
        ("ageTo", "Leeftijd tot"),
        ("byHand", "Status zelf gekozen"),
        ("agreements", "Afspraken"),
        ("answers", "Antwoorden"),
        ("archived", "Gearchiveerd"),
        ("changes", "Wat anders kan"),
        ("characteristics", "Kenmerken"),
        ("consultant", "Leesconsulent"),
        ("contacts", "Contactpersonen"),
        ("costs", "Kosten"),
        ("counterpart", "Gesprekspartner"),
        ("date", "Datum"),
        ("decision", "Besluit"),
        ("discussed", "Besproken"),
        ("funding", "Financiering"),
        ("done", "Gedaan"),
        ("email", "E-mail"),
        ("evaluation", "Evaluatie"),
        ("evaluations", "Evaluaties"),
        ("fitsGoals", "Past bij de doelen"),
        ("fitsNote", "Toelichting"),
        ("goal", "Doel"),
        ("hasCosts", "Kosten"),
        ("heldBy", "Gehouden door"),
        ("homeReading", "Thuis lezen"),
        ("indicators", "Indicatoren"),
        ("kind", "Soort"),
        ("month", "Maand"),
        ("name", "Naam"),
        ("nextDate", "Volgende evaluatie"),
        ("note", "Notitie"),
        ("notes", "Notities"),
        ("other", "Andere bron"),
        ("organisation", "Organisatie"),
        ("owner", "Wie"),
        ("parentGroups", "Oudergroepen"),
        ("parties", "Partijen"),
        ("phone", "Telefoon"),
        ("place", "Plaats"),
        ("plan", "Plan"),
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
        ("sources", "Bronnen"),
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
fn token_label(name: &str) -> Option<&'static str> {
    fn of<T: DeserializeOwned>(name: &str, label: fn(T) -> &'static str) -> Option<&'static str> {
        T::deserialize(StrDeserializer::<ValueError>::new(name))
            .ok()
            .map(label)
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
        .or_else(|| of(name, crate::model::EvaluationKind::label))
        .or_else(|| of(name, crate::model::Outcome::label))
        .or_else(|| of(name, crate::model::Decision::label))
        .or_else(|| {
            FUNDING_SOURCES
                .iter()
                .find(|s| s.id == name)
                .map(|s| s.text)
        })
}

/// A record as the JSON the file holds. Written as text and read back rather than with
/// `to_value`, which would compile every record's serializer a second time into the wasm.
fn as_value<T: serde::Serialize>(record: &T) -> Option<Value> {
    serde_json::from_str(&serde_json::to_string(record).ok()?).ok()
}

/// Names a key: a field of the format, a step of the guide, a question (shortened), or
/// else the key itself.
fn key_label(key: &str) -> String {
    if let Some(label) = field_label(key) {
        return label.to_string();
    }
    if let Some(step) = step_by_id(key) {
        return format!("Stap {}", step.number);
    }
    if let Some(part) = PLAN_PARTS.iter().find(|p| p.id == key) {
        return part.marker.to_string();
    }
    question_text(key).map_or_else(|| key.to_string(), quoted)
}

/// A question of the guide, quoted and shortened to name it.
fn quoted(text: &str) -> String {
    if text.chars().count() <= QUESTION_CHARS {
        return format!("“{text}”");
    }
    let short: String = text.chars().take(QUESTION_CHARS).collect();
    format!("“{}…”", short.trim_end())
}

/// How much of a question names it in the comparison.
const QUESTION_CHARS: usize = 60;

/// Fields that say when and which, not what: left out of the comparison.
fn bookkeeping(key: &str) -> bool {
    matches!(
        key,
        "id" | "createdAt" | "updatedAt" | "statusSince" | "links" | "linkedNames" | "stamps"
    ) || key.ends_with("Id")
}

fn flatten(value: &Value, place: &str, out: &mut Vec<(String, String)>) {
    let join = |key: &str| match place {
        "" => key.to_string(),
        _ => format!("{place} › {key}"),
    };
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter().filter(|(k, _)| !bookkeeping(k)) {
                flatten(inner, &join(&key_label(key)), out);
            }
        }
        Value::Array(items) if items.iter().any(Value::is_object) => {
            for (n, item) in items.iter().enumerate() {
                flatten(item, &join(&(n + 1).to_string()), out);
            }
        }
        Value::Array(items) => {
            let texts: Vec<String> = items.iter().map(text).collect();
            out.push((place.to_string(), texts.join(", ")));
        }
        other => out.push((place.to_string(), text(other))),
    }
}

fn text(value: &Value) -> String {
    match value {
        // Stored names in words: a status, a kind, or a question of the guide by its id.
        Value::String(s) => token_label(s).map_or_else(
            || question_text(s).map_or_else(|| s.clone(), quoted),
            str::to_string,
        ),
        Value::Bool(true) => "ja".into(),
        Value::Bool(false) => "nee".into(),
        Value::Number(n) => n.to_string(),
        // Nested lists and objects are flattened before they get here.
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of an object in `value`, however deep.
    fn keys(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, inner) in map {
                    out.push(key.clone());
                    keys(inner, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| keys(item, out)),
            _ => {}
        }
    }

    #[test]
    fn every_field_a_user_can_see_compared_has_a_dutch_label() {
        use crate::model::{
            Activity, Answer, Assessment, Conversation, Evaluation, Prepared, StepProgress,
        };
        let mut institution = Institution {
            agreements_from: "2025-2026".into(),
            ..Default::default()
        };
        institution
            .past_agreements
            .insert("2025-2026".into(), Default::default());
        institution.contacts.push(Contact::default());
        let mut evaluation = Evaluation::default();
        evaluation
            .results
            .insert("a".into(), crate::model::ActivityResult::default());
        institution.evaluations.push(evaluation);
        let mut conversation = Conversation {
            held_by: "Ilse".into(),
            counterpart: crate::model::Counterpart {
                name: "Jan".into(),
                ..Default::default()
            },
            decision: crate::model::Decision::Approved,
            funding: crate::model::Funding {
                budget: "€ 5.000".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        conversation
            .plan
            .insert(PLAN_PARTS[0].id.into(), "Meer ouders".into());
        conversation.answers.insert("q".into(), Answer::default());
        conversation
            .preparation
            .insert("p".into(), Prepared::default());
        let step = StepProgress {
            by_hand: true,
            ..Default::default()
        };
        let activity = Activity {
            example_id: Some("x".into()),
            copied_from: Some("y".into()),
            ..Default::default()
        };
        let mut found = Vec::new();
        for value in [
            as_value(&institution),
            as_value(&conversation),
            as_value(&activity),
            as_value(&Assessment::default()),
            as_value(&crate::model::Moment::default()),
            as_value(&step),
        ] {
            keys(&value.unwrap(), &mut found);
        }
        let unlabelled: Vec<&String> = found
            .iter()
            .filter(|key| {
                !bookkeeping(key)
                    && !["q", "p", "a", "2025-2026"].contains(&key.as_str())
                    && PLAN_PARTS.iter().all(|p| p.id != key.as_str())
            })
            .filter(|key| field_label(key).is_none())
            .collect();
        assert!(unlabelled.is_empty(), "no Dutch label for {unlabelled:?}");
    }
    use crate::model::InstitutionField;
    use crate::model::{Contact, ContactRole, Institution, InstitutionKind, StepField, StepStatus};

    const T1: &str = "2026-11-01T10:00:00.000Z";
    const T2: &str = "2026-11-02T10:00:00.000Z";

    fn with_school(notes: &str, at: &str) -> Workspace {
        let mut ws = Workspace::default();
        let mut school =
            Institution::new("a", "De Regenboog", InstitutionKind::Basisschool, T1).unwrap();
        school.notes = notes.into();
        school.updated_at = at.into();
        ws.add_institution(school).unwrap();
        ws
    }

    #[test]
    fn only_the_fields_that_differ_are_shown_in_dutch() {
        let ours = with_school("Directeur belt terug", T1);
        let mut theirs = with_school("Afspraak op 3 december", T2);
        theirs
            .update_institution("a", T2, InstitutionField::Contacts, |i| {
                i.contacts.push(Contact {
                    id: "c1".into(),
                    role: ContactRole::Director,
                    name: "Mw. Jansen".into(),
                    ..Contact::default()
                });
                Ok(())
            })
            .unwrap();
        let rows = compare(&ours, &theirs, Kind::Institution, "a", None);
        let notes = rows.iter().find(|r| r.field == "Notities").unwrap();
        assert_eq!(notes.ours, "Directeur belt terug");
        assert_eq!(notes.theirs, "Afspraak op 3 december");
        let role = rows
            .iter()
            .find(|r| r.field == "Contactpersonen › 1 › Rol")
            .unwrap();
        assert_eq!(
            (role.ours.as_str(), role.theirs.as_str()),
            ("", ContactRole::Director.label())
        );
        assert!(
            rows.iter()
                .all(|r| !r.field.contains("Bijgewerkt") && r.field != "updatedAt")
        );
        assert!(
            !rows.iter().any(|r| r.field == "Naam"),
            "the same name is not a difference"
        );
        let mut chosen = theirs.clone();
        chosen
            .update_institution("a", T2, InstitutionField::Selection, |i| {
                i.selection.indicators.insert("stap-7-indicator-a".into());
                Ok(())
            })
            .unwrap();
        let rows = compare(&theirs, &chosen, Kind::Institution, "a", None);
        assert!(
            rows[0].theirs.starts_with('“'),
            "an indicator in words: {}",
            rows[0].theirs
        );
    }

    #[test]
    fn a_leesconsulent_is_named_as_a_person_known_on_either_side() {
        use crate::model::{Person, PersonRole};
        let with_consultant = |person_id: &str, name: &str| {
            let mut ws = with_school("", T1);
            ws.people
                .push(Person::new(person_id, name, PersonRole::Leesconsulent, T1).unwrap());
            ws.institutions[0].consultant = person_id.into();
            ws
        };
        let ours = with_consultant("persoon-ilse-jansen", "Ilse Jansen");
        // Sanne is new here: only the file knows her.
        let theirs = with_consultant("persoon-sanne", "Sanne Bakker");
        let rows = compare(&ours, &theirs, Kind::Institution, "a", None);
        assert_eq!(
            rows,
            [FieldVersions {
                field: "Leesconsulent".into(),
                ours: "Ilse Jansen".into(),
                theirs: "Sanne Bakker".into(),
            }]
        );
        // A school's leesconsulent moved to someone both sides know.
        let mut moved = ours.clone();
        moved.people.push(
            Person::new(
                "persoon-sanne",
                "Sanne Bakker",
                PersonRole::Leesconsulent,
                T1,
            )
            .unwrap(),
        );
        moved.institutions[0].consultant = "persoon-sanne".into();
        let rows = compare(&ours, &moved, Kind::Institution, "a", Some("consultant"));
        assert_eq!(
            (rows[0].ours.as_str(), rows[0].theirs.as_str()),
            ("Ilse Jansen", "Sanne Bakker")
        );
    }

    #[test]
    fn a_step_is_compared_by_its_fields_with_statuses_in_words() {
        let mut ours = Workspace::default();
        ours.apply_step("stap-3", StepField::Status(StepStatus::InProgress), T1)
            .unwrap();
        let mut theirs = Workspace::default();
        theirs
            .apply_step("stap-3", StepField::Status(StepStatus::Done), T2)
            .unwrap();
        let rows = compare(&ours, &theirs, Kind::Step, "stap-3", None);
        assert_eq!(
            rows,
            [FieldVersions {
                field: "Status".into(),
                ours: StepStatus::InProgress.label().into(),
                theirs: StepStatus::Done.label().into(),
            }]
        );
    }

    #[test]
    fn an_answer_is_named_by_its_question() {
        use crate::model::{Answer, Conversation, ConversationKind, Parties, guide_sections};
        let question =
            guide_sections(ConversationKind::Management, Parties::default())[0].questions[0];
        let with_answer = |notes: &str| {
            let mut ws = Workspace::default();
            let mut talk = Conversation::new("g1", ConversationKind::Management, None, T1);
            talk.answers.insert(
                question.id.to_string(),
                Answer {
                    notes: notes.into(),
                    discussed: true,
                },
            );
            ws.conversations.push(talk);
            ws
        };
        let rows = compare(
            &with_answer("Ja"),
            &with_answer("Nee"),
            Kind::Conversation,
            "g1",
            None,
        );
        assert_eq!(rows.len(), 1);
        assert!(
            rows[0].field.starts_with("Antwoorden › “"),
            "{}",
            rows[0].field
        );
        let start: String = question.text.chars().take(20).collect();
        assert!(rows[0].field.contains(&start), "{}", rows[0].field);
        assert!(rows[0].field.ends_with("” › Notities"), "{}", rows[0].field);
    }

    #[test]
    fn a_record_missing_on_one_side_shows_only_the_other() {
        let ours = Workspace::default();
        let theirs = with_school("x", T2);
        let rows = compare(&ours, &theirs, Kind::Institution, "a", None);
        assert!(rows.iter().any(|r| r.field == "Naam" && r.ours.is_empty()));
    }
}

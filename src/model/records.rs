//! The kinds of record a workspace holds, listed once: the file format, the stored layout,
//! the import's preview and merge all go through [`each_kind`], so a fifth kind is one
//! line there and one `record!` below.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{
    Activity, ActivityField, Assessment, AssessmentField, Conversation, ConversationField,
    Institution, InstitutionField, InvalidInput, Moment, MomentField, Person, PersonField, Session,
    SessionField, Workspace,
};
use std::collections::BTreeMap;

/// When a field of a record got its value (`at`), and the `at` of the value it replaced the
/// last time the record was in common with another device (`base`): a file's field whose
/// `base` is our `at` was changed from our value, so it is taken without a question; a
/// field changed on both sides since is a conflict.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FieldStamp {
    pub at: String,
    pub base: String,
}

/// A record's field stamps by field name; under "" the state it had when stamping began.
pub type Stamps = BTreeMap<String, FieldStamp>;

/// Fields that say which and when, not what: never stamped or merged on their own.
pub const BOOKKEEPING: [&str; 5] = ["id", "createdAt", "updatedAt", "stamps", "linkedNames"];

/// The free-text fields (notes, agreements, a plan's and an assessment's texts) where an
/// import may keep both versions, each marked with who wrote it and when. In a name, a
/// date, a choice or a reference to another record, two marked versions would be nonsense.
pub const FREE_TEXTS: [&str; 10] = [
    "notes",
    "note",
    "agreements",
    "activity",
    "goal",
    "actionPoints",
    "planning",
    "evaluation",
    "targetGroup",
    "fitsNote",
];

/// A record's fields as JSON values, by name.
pub fn fields_of<T: Serialize>(record: &T) -> Option<Map<String, Value>> {
    match serde_json::to_value(record).ok()? {
        Value::Object(fields) => Some(fields),
        _ => None,
    }
}

/// A record made from its fields (`fields_of`), as a file would give them.
pub fn from_fields<T: DeserializeOwned>(fields: Map<String, Value>) -> Option<T> {
    serde_json::from_value(Value::Object(fields)).ok()
}

/// What an import matches by id and the preview names: the library's steps and the
/// record lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Step,
    #[default]
    Institution,
    Conversation,
    Activity,
    Assessment,
    Moment,
    Person,
    Session,
}

impl Kind {
    /// The Dutch word for the kind, for the preview.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Step => "Stap van de bibliotheek",
            Kind::Institution => "Instelling",
            Kind::Conversation => "Gesprek",
            Kind::Activity => "Activiteit",
            Kind::Assessment => "Beoordeling",
            Kind::Moment => "Vast moment",
            Kind::Person => "Persoon",
            Kind::Session => "Bijeenkomst",
        }
    }

    /// `n` records of the kind in Dutch: "1 instelling", "3 vaste momenten".
    pub fn counted(self, n: usize) -> String {
        let (one, more) = match self {
            Kind::Step => ("stap", "stappen"),
            Kind::Institution => ("instelling", "instellingen"),
            Kind::Conversation => ("gesprek", "gesprekken"),
            Kind::Activity => ("planningsregel", "planningsregels"),
            Kind::Assessment => ("beoordeling", "beoordelingen"),
            Kind::Moment => ("vast moment", "vaste momenten"),
            Kind::Person => ("persoon", "personen"),
            Kind::Session => ("bijeenkomst", "bijeenkomsten"),
        };
        match n {
            1 => format!("1 {one}"),
            n => format!("{n} {more}"),
        }
    }
}

/// A record deleted on a device, kept so that a file from before the deletion does not
/// bring it back unasked, and so that the deletion reaches the devices that import it. It
/// keeps no content of the record (not even its name): deleted means deleted.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Deletion {
    pub kind: Kind,
    pub id: String,
    /// When it was deleted (ISO 8601), and by whom.
    pub at: String,
    pub by: String,
}

/// When a record was made and last changed (ISO 8601).
pub trait Timed {
    fn created_at(&self) -> &str;
    fn updated_at(&self) -> &str;
}

/// A record the user edits: it has an id, checks itself, is stamped when changed, and lives
/// in one list of the workspace.
pub trait Record: Timed + Clone + PartialEq + Serialize + DeserializeOwned + 'static {
    fn stamps(&self) -> &Stamps;
    fn stamps_mut(&mut self) -> &mut Stamps;

    /// The stamp of a field that has none of its own.
    fn implicit_stamp(&self) -> FieldStamp {
        self.stamps()
            .get("")
            .cloned()
            .unwrap_or_else(|| FieldStamp {
                at: self.updated_at().to_string(),
                base: self.created_at().to_string(),
            })
    }

    /// The stamp of field `name`.
    fn stamp_of(&self, name: &str) -> FieldStamp {
        self.stamps()
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.implicit_stamp())
    }

    /// Stamps field `name` as changed at `now`. The first stamp of a record also keeps
    /// the state it had until then (under ""), which its other fields go on meaning.
    fn stamp_field(&mut self, name: &str, now: &str) {
        if self.stamps().is_empty() {
            let start = self.updated_at().to_string();
            let state = FieldStamp {
                at: start.clone(),
                base: start,
            };
            self.stamps_mut().insert(String::new(), state);
        }
        let base = self.stamp_of(name).base;
        let stamp = FieldStamp {
            at: now.to_string(),
            base,
        };
        self.stamps_mut().insert(name.to_string(), stamp);
    }

    /// The fields the user edits, one at a time (`edit`).
    type Field: FieldName;
    const KIND: Kind;
    /// The name of its list in a file, as `Workspace` is serialized (a test holds them
    /// equal).
    const LIST: &'static str;
    /// The Dutch message when the record is gone (deleted elsewhere).
    const MISSING: &'static str;
    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
    fn validate(&self) -> Result<(), InvalidInput>;
    /// Mends what `validate` refuses in a record read from a file.
    fn repair(&mut self);
    fn stamp(&mut self, now: &str);
    /// What the user recognises it by: a name, a kind and date.
    fn label(&self) -> String;
    fn list(ws: &Workspace) -> &Vec<Self>;
    fn list_mut(ws: &mut Workspace) -> &mut Vec<Self>;
}

/// A field of a record as the user edits it, by the name it has in a file: what an edit
/// stamps, so that a merge knows which fields changed where (`storage::import`).
pub trait FieldName: Copy + std::fmt::Debug + 'static {
    const ALL: &'static [Self];
    fn name(self) -> &'static str;
}

/// The fields of a record type, each with its name in a file (a test holds the two equal).
macro_rules! field_names {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($variant),+
        }

        impl $crate::model::FieldName for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn name(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }
    };
}
pub(crate) use field_names;

/// Changes one field of `record` through `change`: kept only when the record stays valid,
/// and, when something changed, stamped with `now` as a change of `field`. Returns whether
/// anything changed; a refusal leaves the record as it was.
pub fn edit<T: Record>(
    record: &mut T,
    field: T::Field,
    now: &str,
    change: impl FnOnce(&mut T) -> Result<(), InvalidInput>,
) -> Result<bool, InvalidInput> {
    let next = edited(record, field, now, change)?;
    let changed = next.is_some();
    if let Some(next) = next {
        *record = next;
    }
    Ok(changed)
}

/// `record` with one field changed through `change` (see `edit`); `None` when the change
/// changed nothing.
pub fn edited<T: Record>(
    record: &T,
    field: T::Field,
    now: &str,
    change: impl FnOnce(&mut T) -> Result<(), InvalidInput>,
) -> Result<Option<T>, InvalidInput> {
    let mut next = record.clone();
    change(&mut next)?;
    next.validate()?;
    if next == *record {
        return Ok(None);
    }
    next.stamp_field(field.name(), now);
    next.stamp(now);
    Ok(Some(next))
}

/// Work done for every kind of record, one kind at a time.
pub trait EachKind {
    fn kind<T: Record>(&mut self);
}

/// Runs `work` for every kind of record, in the order of the file.
pub fn each_kind(work: &mut impl EachKind) {
    work.kind::<Institution>();
    work.kind::<Conversation>();
    work.kind::<Activity>();
    work.kind::<Assessment>();
    work.kind::<Moment>();
    work.kind::<Person>();
    work.kind::<Session>();
}

macro_rules! record {
    ($type:ty, $field:ty, $kind:ident, $list:ident, $missing:literal, |$r:ident| $label:expr) => {
        impl Timed for $type {
            fn created_at(&self) -> &str {
                &self.created_at
            }
            fn updated_at(&self) -> &str {
                &self.updated_at
            }
        }

        impl Record for $type {
            type Field = $field;
            const KIND: Kind = Kind::$kind;
            const LIST: &'static str = stringify!($list);
            const MISSING: &'static str = $missing;
            fn id(&self) -> &str {
                &self.id
            }
            fn set_id(&mut self, id: String) {
                self.id = id;
            }
            fn validate(&self) -> Result<(), InvalidInput> {
                <$type>::validate(self)
            }
            fn repair(&mut self) {
                <$type>::repair(self)
            }
            fn stamp(&mut self, now: &str) {
                self.updated_at = now.to_string();
            }
            fn label(&self) -> String {
                let $r = self;
                $label
            }
            fn list(ws: &Workspace) -> &Vec<Self> {
                &ws.$list
            }
            fn list_mut(ws: &mut Workspace) -> &mut Vec<Self> {
                &mut ws.$list
            }
            fn stamps(&self) -> &Stamps {
                &self.stamps
            }
            fn stamps_mut(&mut self) -> &mut Stamps {
                &mut self.stamps
            }
        }
    };
}

record!(
    Institution,
    InstitutionField,
    Institution,
    institutions,
    "Deze instelling bestaat niet (meer).",
    |i| i.name.clone()
);
record!(
    Conversation,
    ConversationField,
    Conversation,
    conversations,
    "Dit gesprek bestaat niet (meer).",
    |c| format!("{} {}", c.kind.label(), super::format_date(&c.date))
);
record!(
    Activity,
    ActivityField,
    Activity,
    activities,
    "Deze activiteit bestaat niet (meer).",
    |a| match a.activity.trim() {
        "" => "(zonder naam)".to_string(),
        name => name.to_string(),
    }
);
record!(
    Assessment,
    AssessmentField,
    Assessment,
    assessments,
    "Deze beoordeling bestaat niet (meer).",
    |a| a.name.clone()
);

record!(
    Moment,
    MomentField,
    Moment,
    moments,
    "Dit vaste moment bestaat niet (meer).",
    |m| format!("{} ({})", m.name, m.when())
);
record!(
    Person,
    PersonField,
    Person,
    people,
    "Deze persoon bestaat niet (meer).",
    |p| p.name.clone()
);
record!(
    Session,
    SessionField,
    Session,
    sessions,
    "Deze bijeenkomst bestaat niet (meer).",
    |s| match s.date.as_str() {
        "" => s.title(),
        date => format!("{} ({})", s.title(), super::format_date(date)),
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind's `LIST` is the name its list has in a file.
    #[test]
    fn each_kind_names_its_list_as_the_file_does() {
        struct Check(Vec<&'static str>);
        impl EachKind for Check {
            fn kind<T: Record>(&mut self) {
                self.0.push(T::LIST);
            }
        }
        let mut check = Check(Vec::new());
        each_kind(&mut check);
        let mut ws = Workspace::default();
        ws.institutions.push(Institution::default());
        ws.conversations.push(Conversation::default());
        ws.activities.push(Activity::default());
        ws.assessments.push(Assessment::default());
        ws.moments.push(Moment::default());
        ws.people.push(Person::default());
        ws.sessions.push(Session::default());
        let value = serde_json::to_value(&ws).unwrap();
        for list in check.0 {
            assert!(value[list].is_array(), "{list}");
        }
        assert_eq!(value.as_object().unwrap().len(), 7 + 2, "library, steps");
    }
}

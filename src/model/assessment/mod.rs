//! Assessing a parent-partnership project with the ten questions of Bijlage 8
//! ("Zelf projecten beoordelen"): the assessment as a record (here), what the guide's own
//! catalogue says about its answers (`advice`), and browsing the catalogue
//! (`catalogue_filter`).

mod advice;
mod catalogue_filter;
#[cfg(test)]
mod tests;

pub use advice::{AssessmentResult, GroupAdvice, assess, condition_for};
pub use catalogue_filter::CatalogueFilter;

use std::collections::{BTreeMap, BTreeSet};

use reactive_stores::{Patch, Store};
use serde::{Deserialize, Serialize};

use super::records::{Stamps, field_names};
use super::{Activity, InvalidInput, fold_for_search};
use crate::content::{
    Block, CHARACTERISTICS, CatalogueEntry, Characteristic, PARENT_GROUPS, ParentGroup, Text,
};

/// An answer to a yes/no question that may still be open.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    #[default]
    Unknown,
    Yes,
    No,
}

impl YesNo {
    pub const ALL: [YesNo; 3] = [Self::Unknown, Self::Yes, Self::No];

    pub fn label(self) -> &'static str {
        match self {
            Self::Unknown => "Nog niet bekend",
            Self::Yes => "Ja",
            Self::No => "Nee",
        }
    }

    /// The stable token stored in files and form values.
    pub fn token(self) -> &'static str {
        match self {
            Self::Unknown => "unknown",
            Self::Yes => "yes",
            Self::No => "no",
        }
    }

    pub fn from_token(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.token() == token)
    }
}

/// The ways of transfer question 6 names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transfer {
    SmallGroup,
    LargeGroup,
    Written,
    Digital,
    Individual,
    Other,
}

impl Transfer {
    pub const ALL: [Transfer; 6] = [
        Self::SmallGroup,
        Self::LargeGroup,
        Self::Written,
        Self::Digital,
        Self::Individual,
        Self::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::SmallGroup => "Gesprek in kleine groep",
            Self::LargeGroup => "Gesprek in grote groep",
            Self::Written => "Op schrift",
            Self::Digital => "Digitaal",
            Self::Individual => "Individueel gesprek",
            Self::Other => "Anders",
        }
    }

    /// The stable token stored in files and form values.
    pub fn token(self) -> &'static str {
        match self {
            Self::SmallGroup => "small_group",
            Self::LargeGroup => "large_group",
            Self::Written => "written",
            Self::Digital => "digital",
            Self::Individual => "individual",
            Self::Other => "other",
        }
    }

    pub fn from_token(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.token() == token)
    }
}

/// One project or form of work judged with the ten questions. The field comments name the
/// question (`beoordeling-N`) each answers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Store, Patch)]
#[serde(rename_all = "camelCase", default)]
pub struct Assessment {
    pub id: String,
    /// The project's name.
    pub name: String,
    /// The catalogue entry it started from ("project-voorleesexpress"), if any.
    pub catalogue_id: Option<String>,
    /// The institution it is being considered for, if any.
    pub institution_id: Option<String>,
    /// 1: aimed at stimulating reading at home?
    #[patch(|this, new| *this = new)]
    pub home_reading: YesNo,
    /// 2: meant to be carried out at or through a school or childcare institution?
    #[patch(|this, new| *this = new)]
    pub via_institution: YesNo,
    /// 3: the age range in whole years, inclusive.
    pub age_from: Option<u8>,
    pub age_to: Option<u8>,
    /// 4: a specific group (e.g. vve-ouders), as text.
    pub target_group: String,
    /// 5: the intended goal.
    pub goal: String,
    /// 6: the ways of transfer, and what "anders" means.
    #[patch(|this, new| *this = new)]
    pub transfers: BTreeSet<Transfer>,
    pub transfer_other: String,
    /// 7: the markers "a"–"g" of the characteristics that hold.
    #[patch(|this, new| *this = new)]
    pub characteristics: BTreeSet<String>,
    /// 8: the consultant's own judgement: parent group numbers 1–3.
    #[patch(|this, new| *this = new)]
    pub parent_groups: BTreeSet<u8>,
    /// 9: does the goal fit the goals and way of working of parents and school?
    #[patch(|this, new| *this = new)]
    pub fits_goals: YesNo,
    pub fits_note: String,
    /// 10: costs, and which.
    #[patch(|this, new| *this = new)]
    pub has_costs: YesNo,
    pub costs: String,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
    /// When each field got its value, for merging files field by field (`storage::import`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[patch(|this, new| *this = new)]
    pub stamps: Stamps,
}

field_names!(
    /// The fields of an assessment the user edits, with the question each answers.
    AssessmentField {
        Name => "name",
        CatalogueId => "catalogueId",
        InstitutionId => "institutionId",
        HomeReading => "homeReading",
        ViaInstitution => "viaInstitution",
        AgeFrom => "ageFrom",
        AgeTo => "ageTo",
        TargetGroup => "targetGroup",
        Goal => "goal",
        Transfers => "transfers",
        TransferOther => "transferOther",
        Characteristics => "characteristics",
        ParentGroups => "parentGroups",
        FitsGoals => "fitsGoals",
        FitsNote => "fitsNote",
        HasCosts => "hasCosts",
        Costs => "costs",
        Notes => "notes",
    }
);

/// The oldest age question 3 accepts: the guide is about children in pre-school and
/// primary school, so anything above 18 is a typing error.
pub const MAX_AGE: u8 = 18;

/// What the assessment says when question 1 is answered "nee". The guide's catalogue is about
/// activities that change something for parents at home (`CATALOGUE_INTRO`), so a project
/// that is not about reading at home falls outside it.
pub const HOME_READING_WARNING: &str = "Let op: het project is niet gericht op de leesopvoeding thuis (vraag 1). Het overzicht in de gids gaat over activiteiten die iets veranderen voor ouders thuis.";

/// What the assessment says when no catalogue entry supports any parent group.
pub const NO_EXAMPLE: &str = "De gids geeft geen voorbeeld met deze kenmerken; beoordeel zelf voor welke ouders het geschikt is (vraag 8).";

impl Assessment {
    /// A blank assessment, to be filled in question by question.
    pub fn new(id: &str, name: &str, now: &str) -> Self {
        Assessment {
            id: id.to_string(),
            name: name.to_string(),
            created_at: now.to_string(),
            updated_at: now.to_string(),
            ..Default::default()
        }
    }

    /// An assessment pre-filled with what the guide's catalogue says about `entry`, so the
    /// consultant only has to check it and answer questions 4, 9 and 10.
    ///
    /// Questions 1 and 2 are "ja": the catalogue only lists activities for parents at home
    /// (`CATALOGUE_INTRO`), carried out through a pre-school or school. Question 8 takes the
    /// parent groups the guide marks as promising; the consultant may change them.
    pub fn from_catalogue(entry: &CatalogueEntry, id: &str, now: &str) -> Self {
        let (transfers, transfer_other) = transfers_from_text(entry.transfer);
        Assessment {
            catalogue_id: Some(entry.id.to_string()),
            home_reading: YesNo::Yes,
            via_institution: YesNo::Yes,
            age_from: Some(entry.age_from),
            age_to: Some(entry.age_to),
            goal: plain_text(entry.goal),
            transfers,
            transfer_other,
            characteristics: entry
                .characteristics
                .iter()
                .map(|mark| mark.marker.to_string())
                .collect(),
            parent_groups: entry.parent_groups.iter().copied().collect(),
            ..Assessment::new(id, entry.name, now)
        }
    }

    /// Drops what `validate` would refuse (ages above 18, markers other than a–g, parent
    /// groups other than 1–3, a blank name), so that a hand-edited file cannot leave a
    /// record that refuses every later edit.
    pub fn repair(&mut self) {
        let age = |age: Option<u8>| age.filter(|n| *n <= MAX_AGE);
        self.age_from = age(self.age_from);
        self.age_to = age(self.age_to);
        self.characteristics.retain(|m| characteristic(m).is_some());
        self.parent_groups.retain(|g| parent_group(*g).is_some());
        if self.name.trim().is_empty() {
            self.name = "Project zonder naam".into();
        }
    }

    /// Rejects what cannot be right, with a Dutch message; open answers are fine.
    pub fn validate(&self) -> Result<(), InvalidInput> {
        if self.name.trim().is_empty() {
            return Err(InvalidInput("Geef het project een naam.".into()));
        }
        self.validate_ages()?;
        if let Some(marker) = self
            .characteristics
            .iter()
            .find(|m| characteristic(m).is_none())
        {
            return Err(InvalidInput(format!(
                "‘{marker}’ is geen kenmerk uit de gids; kies uit a tot en met g."
            )));
        }
        if let Some(number) = self
            .parent_groups
            .iter()
            .find(|n| parent_group(**n).is_none())
        {
            return Err(InvalidInput(format!(
                "Oudergroep {number} bestaat niet; kies 1, 2 of 3."
            )));
        }
        Ok(())
    }

    fn validate_ages(&self) -> Result<(), InvalidInput> {
        if [self.age_from, self.age_to]
            .into_iter()
            .flatten()
            .any(|age| age > MAX_AGE)
        {
            return Err(InvalidInput(format!(
                "Vul een leeftijd in van 0 tot en met {MAX_AGE} jaar."
            )));
        }
        Ok(())
    }

    /// Said beside the ages while ‘van’ is above ‘tot en met’. Not refused: the user types
    /// one age after the other, and refusing the first would lose what they typed.
    pub fn age_warning(&self) -> Option<String> {
        match (self.age_from, self.age_to) {
            (Some(from), Some(to)) if from > to => Some(format!(
                "Let op: de leeftijd ‘van’ ({from} jaar) is hoger dan ‘tot en met’ ({to} jaar)."
            )),
            _ => None,
        }
    }

    /// The age range of question 3 as a short label: "2–9 jaar", "vanaf 4 jaar",
    /// "tot en met 6 jaar", or "" when no age is given. The range is inclusive, so the upper
    /// bound alone reads "tot en met" (a bare "tot 6 jaar" would exclude six-year-olds).
    pub fn age_label(&self) -> String {
        match (self.age_from, self.age_to) {
            (Some(from), Some(to)) if from == to => format!("{from} jaar"),
            (Some(from), Some(to)) => format!("{from}–{to} jaar"),
            (Some(from), None) => format!("vanaf {from} jaar"),
            (None, Some(to)) => format!("tot en met {to} jaar"),
            (None, None) => String::new(),
        }
    }
}

/// Guide text as plain text, for a text field: one line per paragraph, list items as
/// "• item", a question list as its title followed by its questions.
pub fn plain_text(text: Text) -> String {
    let mut lines: Vec<String> = Vec::new();
    for block in text {
        match block {
            Block::Paragraph(p) => lines.push(p.to_string()),
            Block::List(items) => lines.extend(items.iter().map(|item| format!("• {item}"))),
            Block::Questions(list) => {
                lines.push(list.title.to_string());
                lines.extend(list.questions.iter().map(|q| match q.marker {
                    "" => format!("• {}", q.text),
                    marker => format!("{marker}. {}", q.text),
                }));
            }
        }
    }
    lines.join("\n")
}

/// Words in the guide's "Wijze van overdracht" that name one of question 6's ways of
/// transfer without doubt. A bare "groep" or "gesprek" is left out on purpose: the guide does
/// not say whether a group is small or large, or whether a talk is individual.
const TRANSFER_WORDS: [(&str, Transfer); 7] = [
    ("kleine groep", Transfer::SmallGroup),
    ("grote groep", Transfer::LargeGroup),
    ("schriftelijk", Transfer::Written),
    ("op schrift", Transfer::Written),
    ("digita", Transfer::Digital),
    ("individue", Transfer::Individual),
    ("1-op-1", Transfer::Individual),
];

/// The ways of transfer question 6 can take from the guide's text. When no word is certain,
/// the answer is "anders" with the guide's own words, so nothing is guessed and nothing lost.
fn transfers_from_text(text: Text) -> (BTreeSet<Transfer>, String) {
    let plain = plain_text(text);
    let folded = fold_for_search(&plain);
    let found: BTreeSet<Transfer> = TRANSFER_WORDS
        .iter()
        .filter(|(word, _)| folded.contains(word))
        .map(|(_, transfer)| *transfer)
        .collect();
    if found.is_empty() && !plain.is_empty() {
        ([Transfer::Other].into_iter().collect(), plain)
    } else {
        (found, String::new())
    }
}

/// The characteristic with this marker ("a" … "g"), if any.
pub fn characteristic(marker: &str) -> Option<&'static Characteristic> {
    CHARACTERISTICS.iter().find(|c| c.marker == marker)
}

/// The parent group with this number (1–3), if any.
pub fn parent_group(number: u8) -> Option<&'static ParentGroup> {
    PARENT_GROUPS.iter().find(|g| g.number == number)
}

/// A new planning row for the assessed project, so a chosen project goes straight into an
/// institution's planning form. The costs of question 10 become an action point, because
/// someone has to arrange them.
pub fn activity_from_assessment(
    a: &Assessment,
    id: String,
    institution_id: &str,
    now: &str,
) -> Activity {
    let costs = a.costs.trim();
    let action_points = if costs.is_empty() || a.has_costs == YesNo::No {
        String::new()
    } else {
        format!("Kosten: {costs}")
    };
    Activity {
        id,
        institution_id: institution_id.to_string(),
        activity: a.name.trim().to_string(),
        goal: a.goal.clone(),
        action_points,
        created_at: now.to_string(),
        updated_at: now.to_string(),
        ..Default::default()
    }
}

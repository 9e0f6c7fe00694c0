//! Assessing a parent-partnership project with the ten questions of Bijlage 8
//! ("Zelf projecten beoordelen"), and what the guide's own catalogue says about the result.

use std::collections::{BTreeMap, BTreeSet};

use reactive_stores::{Patch, Store};
use serde::{Deserialize, Serialize};

use super::records::{Stamps, field_names};

use super::{Activity, InvalidInput, fold_for_search};
use crate::content::{
    Block, CATALOGUE, CHARACTERISTICS, CatalogueEntry, Characteristic, PARENT_GROUPS, ParentGroup,
    Text,
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
    /// When each field got its value, for merging files field by field (`storage::merge`).
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

/// What the guide's catalogue says about one parent group for an assessed project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupAdvice {
    pub group: &'static ParentGroup,
    /// The guide's own row names this group (for a catalogue entry assessed as the guide
    /// describes it), or, for any other project, the derived rule suggests it (see [`assess`]).
    pub promising: bool,
    /// The evidence: the catalogue entries, in the guide's order, that the guide marks as
    /// promising for this group and whose characteristics the project all has; for a
    /// catalogue entry as the guide describes it, that entry alone.
    pub examples: Vec<&'static CatalogueEntry>,
    /// The guide's condition for this group, where every example has one.
    pub condition: Option<&'static str>,
    /// The consultant chose this group at question 8.
    pub judged_by_user: bool,
}

/// The outcome of an assessment, with the reasons, so the screen can explain itself.
///
/// The view shows the guide's NB (`crate::content::CHARACTERISTICS_NB`) beside it: for
/// parents who already read a lot with their children the characteristics are less "hard".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentResult {
    /// The characteristics that hold, in a–g order.
    pub met: Vec<&'static Characteristic>,
    /// The characteristics that do not hold (or are not yet ticked), in a–g order.
    pub missing: Vec<&'static Characteristic>,
    /// One entry per parent group 1–3, in order.
    pub groups: Vec<GroupAdvice>,
    /// The catalogue entry assessed with the characteristics the guide gives it: its groups
    /// are the guide's own words, not a derivation.
    pub as_in_guide: Option<&'static CatalogueEntry>,
    /// Question 1 is answered "nee": see [`HOME_READING_WARNING`].
    pub home_reading_warning: bool,
}

impl AssessmentResult {
    /// How many of the seven characteristics hold.
    pub fn count(&self) -> usize {
        self.met.len()
    }

    /// The parent groups the guide names, or the derived rule suggests.
    pub fn promising_groups(&self) -> impl Iterator<Item = &'static ParentGroup> + '_ {
        self.groups.iter().filter(|g| g.promising).map(|g| g.group)
    }

    /// The result in one plain sentence a consultant can read out (and the warning of
    /// question 1 where it applies): the characteristics, and the consultant's own answer to
    /// question 8, or else the guide's own words for a catalogue entry.
    pub fn summary(&self) -> String {
        let mut text = format!(
            "Voldoet aan {} van de {} kenmerken van een succesvolle aanpak",
            self.count(),
            CHARACTERISTICS.len()
        );
        let judged: Vec<String> = self
            .groups
            .iter()
            .filter(|g| g.judged_by_user)
            .map(|g| lower_first(g.group.name))
            .collect();
        let guide: Vec<String> = self
            .promising_groups()
            .map(|g| lower_first(g.name))
            .collect();
        // Question 8 as the catalogue filled it in is the guide's word, not yet the user's.
        let as_filled = self.as_in_guide.is_some()
            && self.groups.iter().all(|g| g.judged_by_user == g.promising);
        if !judged.is_empty() && !as_filled {
            text.push_str(" en is volgens uw beoordeling geschikt voor ");
            text.push_str(&and_list(&judged));
        } else if self.as_in_guide.is_some() && !guide.is_empty() {
            text.push_str(" en is volgens de gids kansrijk voor ");
            text.push_str(&and_list(&guide));
        } else {
            text.push_str("; voor welke ouders het geschikt is, is nog niet beoordeeld (vraag 8)");
        }
        text.push('.');
        if self.home_reading_warning {
            text.push(' ');
            text.push_str(HOME_READING_WARNING);
        }
        text
    }
}

impl GroupAdvice {
    /// What the guide says about this group for the project, in words: its own row for a
    /// catalogue entry, a suggestion from its examples for any other project.
    pub fn evidence(&self, as_in_guide: bool) -> String {
        let names: Vec<&str> = self.examples.iter().map(|e| e.name).collect();
        let condition = self
            .condition
            .map(|c| format!(" ({c})"))
            .unwrap_or_default();
        match (as_in_guide, self.promising) {
            (true, true) => format!(
                "De gids noemt ‘{}’ kansrijk voor deze groep{condition}.",
                names.join("’, ‘")
            ),
            (true, false) => "De gids noemt dit project niet voor deze groep.".to_string(),
            (false, true) => format!(
                "Suggestie: de gids noemt ‘{}’ met dezelfde kenmerken kansrijk voor deze groep{condition}.",
                names.join("’, ‘")
            ),
            (false, false) => {
                "De gids geeft voor deze groep geen voorbeeld met deze kenmerken.".to_string()
            }
        }
    }
}

/// "a", "a en b", "a, b en c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} en {last}", rest.join(", ")),
    }
}

/// "De leesouders" → "de leesouders", for use inside a sentence.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Judges a project against the guide's catalogue.
///
/// A catalogue entry assessed with the characteristics the guide gives it takes the guide's
/// own parent groups. For any other project the guide gives no rule; it pairs, per entry,
/// the characteristics with the parent groups for which the entry is promising. So the app
/// suggests a group when the project has every characteristic of at least one entry that
/// the guide marks promising for it. Entries without characteristics (BoekStart in de
/// kinderopvang) prove nothing and are skipped. The result is the consultant's own answer
/// to question 8.
pub fn assess(a: &Assessment) -> AssessmentResult {
    let (met, missing) = CHARACTERISTICS
        .iter()
        .partition(|c| a.characteristics.contains(c.marker));
    let as_in_guide = as_in_guide(a);
    AssessmentResult {
        met,
        missing,
        groups: PARENT_GROUPS
            .iter()
            .map(|group| group_advice(a, as_in_guide, group))
            .collect(),
        as_in_guide,
        home_reading_warning: a.home_reading == YesNo::No,
    }
}

/// The catalogue entry the assessment started from, if its characteristics are still the
/// guide's.
fn as_in_guide(a: &Assessment) -> Option<&'static CatalogueEntry> {
    let entry = crate::content::catalogue_entry(a.catalogue_id.as_deref()?)?;
    let same = entry.characteristics.len() == a.characteristics.len()
        && entry
            .characteristics
            .iter()
            .all(|mark| a.characteristics.contains(mark.marker));
    same.then_some(entry)
}

fn group_advice(
    a: &Assessment,
    as_in_guide: Option<&'static CatalogueEntry>,
    group: &'static ParentGroup,
) -> GroupAdvice {
    let examples: Vec<&'static CatalogueEntry> = match as_in_guide {
        Some(entry) => vec![entry],
        None => CATALOGUE
            .iter()
            .filter(|entry| is_evidence_for(entry, &a.characteristics))
            .collect(),
    };
    let examples: Vec<_> = examples
        .into_iter()
        .filter(|entry| entry.parent_groups.contains(&group.number))
        .collect();
    // A condition holds only where every example carries it.
    let condition = examples
        .iter()
        .map(|e| condition_for(e, group.number))
        .collect::<Option<Vec<_>>>()
        .and_then(|conditions| conditions.first().copied());
    GroupAdvice {
        group,
        promising: !examples.is_empty(),
        condition,
        examples,
        judged_by_user: a.parent_groups.contains(&group.number),
    }
}

/// The guide's condition for a parent group in a catalogue entry's row, if any.
pub fn condition_for(entry: &CatalogueEntry, group: u8) -> Option<&'static str> {
    entry
        .group_conditions
        .iter()
        .find(|(g, _)| *g == group)
        .map(|(_, text)| *text)
}

/// The entry lists characteristics and the project has them all.
fn is_evidence_for(entry: &CatalogueEntry, characteristics: &BTreeSet<String>) -> bool {
    !entry.characteristics.is_empty()
        && entry
            .characteristics
            .iter()
            .all(|mark| characteristics.contains(mark.marker))
}

/// What the user asked the catalogue to show. Empty fields filter nothing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CatalogueFilter {
    /// A child's age in years that the entry's range must contain.
    pub age: Option<u8>,
    /// A parent group number 1–3 the entry must be promising for.
    pub group: Option<u8>,
    /// Markers "a"–"g" the entry must all have.
    pub characteristics: BTreeSet<String>,
    /// Words to find anywhere in the entry, ignoring case and diacritics.
    pub text: String,
}

impl CatalogueFilter {
    /// Nothing is filtered: the whole catalogue shows.
    pub fn is_empty(&self) -> bool {
        self.age.is_none()
            && self.group.is_none()
            && self.characteristics.is_empty()
            && self.text.trim().is_empty()
    }

    /// The catalogue entries that match, in the guide's order.
    pub fn apply(&self) -> Vec<&'static CatalogueEntry> {
        let query = fold_for_search(self.text.trim());
        CATALOGUE
            .iter()
            .filter(|entry| self.matches(entry, &query))
            .collect()
    }

    fn matches(&self, entry: &CatalogueEntry, folded_query: &str) -> bool {
        self.age
            .is_none_or(|age| (entry.age_from..=entry.age_to).contains(&age))
            && self
                .group
                .is_none_or(|group| entry.parent_groups.contains(&group))
            && self
                .characteristics
                .iter()
                .all(|marker| entry.characteristics.iter().any(|m| m.marker == marker))
            && (folded_query.is_empty()
                || fold_for_search(&searchable_text(entry)).contains(folded_query))
    }
}

/// Every column of an entry a user might search, one per line.
fn searchable_text(entry: &CatalogueEntry) -> String {
    [
        entry.name.to_string(),
        entry.target_group.to_string(),
        plain_text(entry.goal),
        plain_text(entry.description),
        plain_text(entry.transfer),
        entry.carried_out_by.to_string(),
        plain_text(entry.notes),
        entry
            .group_conditions
            .iter()
            .map(|(_, condition)| *condition)
            .collect::<Vec<_>>()
            .join("\n"),
    ]
    .join("\n")
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

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-28T10:00:00Z";

    fn entry(id: &str) -> &'static CatalogueEntry {
        CATALOGUE
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("no catalogue entry {id}"))
    }

    fn with_characteristics(markers: &[&str]) -> Assessment {
        let mut a = Assessment::new("p1", "Project", NOW);
        a.characteristics = markers.iter().map(|m| m.to_string()).collect();
        a
    }

    fn promising(result: &AssessmentResult) -> Vec<u8> {
        result.promising_groups().map(|g| g.number).collect()
    }

    fn example_ids(result: &AssessmentResult, group: u8) -> Vec<&'static str> {
        result.groups[usize::from(group - 1)]
            .examples
            .iter()
            .map(|e| e.id)
            .collect()
    }

    fn markers(list: &[&'static Characteristic]) -> Vec<&'static str> {
        list.iter().map(|c| c.marker).collect()
    }

    fn ids(found: Vec<&'static CatalogueEntry>) -> Vec<&'static str> {
        found.into_iter().map(|e| e.id).collect()
    }

    #[test]
    fn not_forcing_parents_is_promising_for_reading_and_hesitant_parents() {
        let result = assess(&with_characteristics(&["c"]));
        assert_eq!(promising(&result), [1, 2]);
        assert_eq!(
            example_ids(&result, 1),
            [
                "werkvorm-ouderinformatiebijeenkomst",
                "werkvorm-voorleestips-boekentips",
                "project-nationale-voorleesdagen"
            ]
        );
        assert_eq!(
            example_ids(&result, 2),
            ["werkvorm-voorleestips-boekentips"]
        );
        assert!(example_ids(&result, 3).is_empty());
        assert_eq!(result.count(), 1);
        assert_eq!(markers(&result.missing), ["a", "b", "d", "e", "f", "g"]);
    }

    #[test]
    fn bond_choice_and_individual_approach_reach_non_reading_parents_via_voorleesexpress() {
        let result = assess(&with_characteristics(&["e", "a", "c"]));
        assert_eq!(promising(&result), [1, 2, 3]);
        assert_eq!(example_ids(&result, 3), ["project-voorleesexpress"]);
        assert_eq!(markers(&result.met), ["a", "c", "e"]);
    }

    #[test]
    fn all_seven_characteristics_are_promising_for_every_group() {
        let result = assess(&with_characteristics(&["a", "b", "c", "d", "e", "f", "g"]));
        assert_eq!(promising(&result), [1, 2, 3]);
        assert_eq!(result.count(), 7);
        assert!(result.missing.is_empty());
        assert_eq!(
            example_ids(&result, 3),
            [
                "werkvorm-individuele-oudergesprekken",
                "project-boekenpret",
                "project-voorleesexpress",
                "project-verteltas"
            ]
        );
        assert_eq!(
            result.summary(),
            "Voldoet aan 7 van de 7 kenmerken van een succesvolle aanpak; voor welke ouders het geschikt is, is nog niet beoordeeld (vraag 8)."
        );
    }

    #[test]
    fn a_combination_the_guide_has_no_example_of_is_left_to_the_consultant() {
        let result = assess(&with_characteristics(&["a", "d"]));
        assert!(
            result
                .groups
                .iter()
                .all(|g| !g.promising && g.examples.is_empty())
        );
        assert!(
            result.groups[0]
                .evidence(false)
                .starts_with("De gids geeft voor deze groep geen voorbeeld")
        );
    }

    #[test]
    fn no_characteristics_means_no_evidence_not_even_from_boekstart_in_de_kinderopvang() {
        let result = assess(&with_characteristics(&[]));
        assert!(promising(&result).is_empty());
        assert_eq!(result.count(), 0);
        assert_eq!(result.missing.len(), 7);
        assert!(
            result
                .summary()
                .ends_with("is nog niet beoordeeld (vraag 8).")
        );
    }

    #[test]
    fn the_summary_is_the_consultants_own_answer_in_one_sentence() {
        let mut a = with_characteristics(&["a", "b", "c", "d", "e"]);
        a.parent_groups = BTreeSet::from([2, 3]);
        assert_eq!(
            assess(&a).summary(),
            "Voldoet aan 5 van de 7 kenmerken van een succesvolle aanpak en is volgens uw beoordeling geschikt voor de aarzelende leesouders en de niet-leesouders."
        );
    }

    #[test]
    fn a_catalogue_entry_as_the_guide_describes_it_says_what_the_guide_says() {
        let mut a = Assessment::from_catalogue(entry("project-voorleesexpress"), "x", NOW);
        let result = assess(&a);
        assert_eq!(
            result.summary(),
            "Voldoet aan 3 van de 7 kenmerken van een succesvolle aanpak en is volgens de gids kansrijk voor de niet-leesouders.",
            "question 8 as the catalogue filled it in is the guide's word"
        );
        assert_eq!(
            result.as_in_guide.map(|e| e.id),
            Some("project-voorleesexpress")
        );
        assert_eq!(
            promising(&result),
            [3],
            "the guide's row says niet-leesouders only"
        );
        assert_eq!(
            result.groups[2].evidence(true),
            "De gids noemt ‘VoorleesExpress’ kansrijk voor deze groep."
        );
        assert_eq!(
            result.groups[0].evidence(true),
            "De gids noemt dit project niet voor deze groep."
        );
        a.parent_groups = BTreeSet::new();
        assert_eq!(
            assess(&a).summary(),
            "Voldoet aan 3 van de 7 kenmerken van een succesvolle aanpak en is volgens de gids kansrijk voor de niet-leesouders."
        );

        // Changed, it is the consultant's own project: the rule only suggests.
        a.characteristics.insert("b".into());
        let result = assess(&a);
        assert_eq!(result.as_in_guide, None);
        assert!(result.groups[0].evidence(false).starts_with("Suggestie: "));
    }

    #[test]
    fn the_guides_condition_for_a_group_is_shown_where_it_applies() {
        let tips = Assessment::from_catalogue(entry("werkvorm-voorleestips-boekentips"), "x", NOW);
        let result = assess(&tips);
        assert_eq!(
            result.groups[1].evidence(true),
            "De gids noemt ‘Schriftelijke of digitale voorleestips & boekentips’ kansrijk voor deze groep (indien goed geïntroduceerd en nagevraagd)."
        );
        assert_eq!(result.groups[0].condition, None);
        // Derived from the tips alone (characteristic c), group 2 carries the condition.
        let own = assess(&with_characteristics(&["c"]));
        assert_eq!(
            own.groups[1].condition,
            Some("indien goed geïntroduceerd en nagevraagd")
        );
    }

    #[test]
    fn the_users_own_choice_of_groups_is_shown_beside_the_guides() {
        let mut a = with_characteristics(&["c"]);
        a.parent_groups = BTreeSet::from([3]);
        let result = assess(&a);
        let judged: Vec<bool> = result.groups.iter().map(|g| g.judged_by_user).collect();
        assert_eq!(judged, [false, false, true]);
        assert!(!result.groups[2].promising);
    }

    #[test]
    fn a_project_not_about_reading_at_home_is_flagged() {
        let mut a = with_characteristics(&["c"]);
        assert!(!assess(&a).home_reading_warning);
        a.home_reading = YesNo::Yes;
        assert!(!assess(&a).home_reading_warning);
        a.home_reading = YesNo::No;
        let result = assess(&a);
        assert!(result.home_reading_warning);
        assert!(result.summary().ends_with(HOME_READING_WARNING));
    }

    /// Every entry, assessed as the guide describes it, is promising for exactly the groups
    /// the guide gives it, and is its own example.
    #[test]
    fn every_catalogue_entry_says_what_the_guide_says() {
        for e in &CATALOGUE {
            let result = assess(&Assessment::from_catalogue(e, "x", NOW));
            assert_eq!(result.as_in_guide, Some(e));
            assert_eq!(promising(&result), e.parent_groups, "{}", e.id);
            for g in e.parent_groups {
                assert_eq!(result.groups[usize::from(g - 1)].examples, [e]);
            }
            assert!(
                result
                    .groups
                    .iter()
                    .all(|g| g.judged_by_user == e.parent_groups.contains(&g.group.number))
            );
        }
    }

    #[test]
    fn voorleesexpress_from_the_catalogue() {
        let a = Assessment::from_catalogue(entry("project-voorleesexpress"), "p9", NOW);
        assert_eq!(a.id, "p9");
        assert_eq!(a.name, "VoorleesExpress");
        assert_eq!(a.catalogue_id.as_deref(), Some("project-voorleesexpress"));
        assert_eq!((a.age_from, a.age_to), (Some(2), Some(9)));
        assert_eq!(a.age_label(), "2–9 jaar");
        // The Doelgroep column gives ages (question 3), not a specific group (question 4).
        assert_eq!(a.target_group, "");
        assert_eq!(
            a.characteristics,
            BTreeSet::from(["a".to_string(), "c".to_string(), "e".to_string()])
        );
        assert_eq!(a.parent_groups, BTreeSet::from([3]));
        assert_eq!(a.home_reading, YesNo::Yes);
        assert_eq!(a.via_institution, YesNo::Yes);
        assert_eq!(
            a.goal,
            "• taalontwikkeling kinderen stimuleren\n• taalverrijking thuis"
        );
        assert_eq!(a.transfers, BTreeSet::from([Transfer::Individual]));
        assert_eq!(a.transfer_other, "");
        assert_eq!(a.fits_goals, YesNo::Unknown);
        assert_eq!(a.has_costs, YesNo::Unknown);
        assert_eq!((a.created_at.as_str(), a.updated_at.as_str()), (NOW, NOW));
        assert!(a.validate().is_ok());
    }

    #[test]
    fn every_catalogue_entry_makes_a_valid_assessment() {
        for e in &CATALOGUE {
            let a = Assessment::from_catalogue(e, "x", NOW);
            assert_eq!(a.validate(), Ok(()), "{}", e.id);
            assert!(!a.transfers.is_empty(), "{} has no transfer", e.id);
        }
    }

    #[test]
    fn transfers_are_only_taken_from_words_that_leave_no_doubt() {
        let of = |id| Assessment::from_catalogue(entry(id), "x", NOW);
        let talks = of("werkvorm-individuele-oudergesprekken");
        assert_eq!(talks.transfers, BTreeSet::from([Transfer::Individual]));
        let days = of("project-nationale-voorleesdagen");
        assert_eq!(days.transfers, BTreeSet::from([Transfer::Digital]));
        // "Groepsgewijze" does not say whether the group is small or large.
        let evening = of("werkvorm-ouderinformatiebijeenkomst");
        assert_eq!(evening.transfers, BTreeSet::from([Transfer::Other]));
        assert_eq!(evening.transfer_other, "• Groepsgewijze voorlichting");
        let boekstart = of("project-boekstart-kinderopvang");
        assert_eq!(boekstart.transfers, BTreeSet::from([Transfer::Other]));
        assert_eq!(
            boekstart.transfer_other,
            "Verschillend per instelling:\n• ouderbijeenkomsten op de KO en in de bibliotheek\n• oudergesprekken\nVan vrijblijvend informerend tot concrete afspraken en terugkoppeling."
        );
    }

    #[test]
    fn a_project_needs_a_name() {
        let mut a = Assessment::new("p1", "  ", NOW);
        assert_eq!(
            a.validate(),
            Err(InvalidInput("Geef het project een naam.".into()))
        );
        a.name = "Verteltas".into();
        assert_eq!(a.validate(), Ok(()));
    }

    #[test]
    fn ages_must_be_a_range_up_to_eighteen() {
        let mut a = Assessment::new("p1", "Project", NOW);
        a.age_from = Some(6);
        a.age_to = Some(4);
        // Typed one after the other, the ages may cross for a moment: warned, not refused.
        assert!(a.validate().is_ok());
        assert!(a.age_warning().unwrap().contains("hoger"));
        a.age_to = Some(6);
        assert!(a.validate().is_ok());
        assert_eq!(a.age_warning(), None);
        a.age_to = Some(19);
        assert!(a.validate().is_err());
        a.age_to = None;
        a.age_from = Some(19);
        assert!(a.validate().is_err());
        a.age_from = Some(18);
        assert!(a.validate().is_ok());
    }

    #[test]
    fn only_the_guides_characteristics_and_parent_groups_are_accepted() {
        let mut a = with_characteristics(&["a", "g"]);
        a.parent_groups = BTreeSet::from([1, 3]);
        assert!(a.validate().is_ok());
        a.characteristics.insert("h".into());
        assert!(a.validate().unwrap_err().0.contains("‘h’"));
        a.characteristics.remove("h");
        a.parent_groups.insert(4);
        assert!(a.validate().unwrap_err().0.contains("Oudergroep 4"));
        a.parent_groups = BTreeSet::from([0]);
        assert!(a.validate().is_err());
    }

    #[test]
    fn age_labels() {
        let label = |from, to| {
            Assessment {
                age_from: from,
                age_to: to,
                ..Default::default()
            }
            .age_label()
        };
        assert_eq!(label(Some(2), Some(9)), "2–9 jaar");
        assert_eq!(label(Some(4), None), "vanaf 4 jaar");
        assert_eq!(label(None, Some(6)), "tot en met 6 jaar");
        assert_eq!(label(Some(4), Some(4)), "4 jaar");
        assert_eq!(label(None, None), "");
    }

    #[test]
    fn plain_text_keeps_paragraphs_and_bullets_on_lines() {
        assert_eq!(
            plain_text(&[
                Block::Paragraph("Mondeling"),
                Block::List(&["1-op-1-gesprek", "ook"])
            ]),
            "Mondeling\n• 1-op-1-gesprek\n• ook"
        );
        assert_eq!(plain_text(&[]), "");
    }

    #[test]
    fn an_empty_filter_shows_the_whole_catalogue_in_order() {
        let filter = CatalogueFilter::default();
        assert!(filter.is_empty());
        assert_eq!(ids(filter.apply()), ids(CATALOGUE.iter().collect()));
        let blank = CatalogueFilter {
            text: "   ".into(),
            ..Default::default()
        };
        assert!(blank.is_empty());
    }

    /// The guide marks these entries promising for niet-leesouders: individuele
    /// oudergesprekken (0–12), BoekStart in de kinderopvang (0–4), BoekenPret (0–6),
    /// VoorleesExpress (2–9) and Verteltas (4–8). At age 6 BoekStart drops out.
    #[test]
    fn non_reading_parents_of_a_six_year_old() {
        let filter = CatalogueFilter {
            age: Some(6),
            group: Some(3),
            ..Default::default()
        };
        assert!(!filter.is_empty());
        assert_eq!(
            ids(filter.apply()),
            [
                "werkvorm-individuele-oudergesprekken",
                "project-boekenpret",
                "project-voorleesexpress",
                "project-verteltas"
            ]
        );
    }

    #[test]
    fn age_bounds_are_inclusive() {
        let at = |age| {
            ids(CatalogueFilter {
                age: Some(age),
                ..Default::default()
            }
            .apply())
        };
        assert!(at(9).contains(&"project-voorleesexpress"));
        assert!(!at(10).contains(&"project-voorleesexpress"));
        assert!(at(8).contains(&"project-vakantietas"));
        assert!(!at(7).contains(&"project-vakantietas"));
    }

    #[test]
    fn every_selected_characteristic_must_be_marked() {
        let filter = CatalogueFilter {
            characteristics: BTreeSet::from(["b".to_string(), "g".to_string()]),
            ..Default::default()
        };
        assert_eq!(
            ids(filter.apply()),
            ["werkvorm-individuele-oudergesprekken", "project-verteltas"]
        );
    }

    #[test]
    fn text_search_ignores_case() {
        let search = |text: &str| {
            ids(CatalogueFilter {
                text: text.into(),
                ..Default::default()
            }
            .apply())
        };
        // The individual talks mention it in a note ("verwijzing naar VoorleesExpress").
        let both = [
            "werkvorm-individuele-oudergesprekken",
            "project-voorleesexpress",
        ];
        assert_eq!(search("voorleesexpress"), both);
        assert_eq!(search(" VoorleesExpress "), both);
        let voorlees = search("VOORLEES");
        assert!(voorlees.contains(&"project-nationale-voorleesdagen"));
        assert!(voorlees.contains(&"project-voorleesexpress"));
        assert!(!voorlees.contains(&"project-vakantietas"));
        assert!(search("geen enkel project heet zo").is_empty());
    }

    #[test]
    fn text_search_ignores_diacritics_both_ways() {
        let search = |text: &str| {
            ids(CatalogueFilter {
                text: text.into(),
                ..Default::default()
            }
            .apply())
        };
        // The guide writes "creëren" in the goal of BoekStart in de kinderopvang.
        assert_eq!(
            search("leesomgeving creeren"),
            ["project-boekstart-kinderopvang"]
        );
        assert_eq!(search("CREËREN"), ["project-boekstart-kinderopvang"]);
        // …and "geïntroduceerd" in the condition the tips give for group 2.
        assert_eq!(
            search("geintroduceerd"),
            ["werkvorm-voorleestips-boekentips"]
        );
    }

    #[test]
    fn search_looks_in_every_column() {
        let search = |text: &str| {
            ids(CatalogueFilter {
                text: text.into(),
                ..Default::default()
            }
            .apply())
        };
        assert_eq!(search("thuismoeders"), ["project-boekenpret"]); // transfer
        assert_eq!(
            search("Geschoolde vrijwilliger"),
            ["project-voorleesexpress"]
        ); // carried out by
        assert_eq!(search("taalarm gezin"), ["project-voorleesexpress"]); // description
        assert_eq!(search("4-8 jaar"), ["project-verteltas"]); // target group
        assert_eq!(search("aftrap"), ["werkvorm-ouderinformatiebijeenkomst"]); // notes
    }

    #[test]
    fn an_assessed_project_becomes_a_planning_row() {
        let mut a = Assessment::from_catalogue(entry("project-verteltas"), "p1", NOW);
        a.has_costs = YesNo::Yes;
        a.costs = " aanschaf prentenboeken en tassen ".into();
        a.notes = "niet overnemen".into();
        let row = activity_from_assessment(&a, "act-1".into(), "school-1", "2026-12-01T09:00:00Z");
        assert_eq!(row.id, "act-1");
        assert_eq!(row.institution_id, "school-1");
        assert_eq!(row.activity, "Verteltas");
        assert_eq!(
            row.goal,
            "• taalontwikkeling van ouder en kind stimuleren\n• (voor)leesplezier vergroten"
        );
        assert_eq!(
            row.action_points,
            "Kosten: aanschaf prentenboeken en tassen"
        );
        assert_eq!(row.organisation, "");
        assert_eq!(row.evaluation, "");
        assert_eq!(row.planning, "");
        assert_eq!(row.conversation_id, None);
        assert!(!row.done);
        assert_eq!(row.created_at, "2026-12-01T09:00:00Z");
        assert_eq!(row.updated_at, "2026-12-01T09:00:00Z");
    }

    #[test]
    fn no_cost_action_point_without_costs() {
        let mut a = Assessment::new("p1", "Leesochtend", NOW);
        let row = |a: &Assessment| activity_from_assessment(a, "x".into(), "s", NOW).action_points;
        assert_eq!(row(&a), "");
        a.has_costs = YesNo::Yes;
        assert_eq!(row(&a), "");
        a.costs = "oud bedrag".into();
        a.has_costs = YesNo::No;
        assert_eq!(row(&a), "");
        a.has_costs = YesNo::Unknown;
        assert_eq!(row(&a), "Kosten: oud bedrag");
    }
}

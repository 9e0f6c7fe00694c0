//! What an assessment's answers add up to, in the guide's terms: which parent groups the
//! project suits, which characteristics of a successful approach it lacks.

use std::collections::BTreeSet;

use super::{Assessment, HOME_READING_WARNING, YesNo};
use crate::content::{
    CATALOGUE, CHARACTERISTICS, CatalogueEntry, Characteristic, PARENT_GROUPS, ParentGroup,
};
use crate::model::dutch_list;

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
            text.push_str(&dutch_list(&judged));
        } else if self.as_in_guide.is_some() && !guide.is_empty() {
            text.push_str(" en is volgens de gids kansrijk voor ");
            text.push_str(&dutch_list(&guide));
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

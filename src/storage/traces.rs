//! What of a deleted institution is still kept on the device: the automatic backups made
//! before it was deleted still hold it. Read without taking a backup apart: only its
//! institutions' ids and names.

use std::collections::HashSet;

use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
struct Document {
    workspace: Institutions,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Institutions {
    institutions: Vec<Named>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Named {
    id: String,
    name: String,
}

/// The ids and names of the institutions in `document` (a whole stored document, such as a
/// backup) whose ids are in `gone`; none for a document that cannot be read.
pub fn institutions_in(document: &str, gone: &HashSet<&str>) -> Vec<(String, String)> {
    if gone.is_empty() {
        return Vec::new();
    }
    serde_json::from_str::<Document>(document)
        .map(|d| {
            d.workspace
                .institutions
                .into_iter()
                .filter(|i| gone.contains(i.id.as_str()))
                .map(|i| (i.id, i.name))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Institution, InstitutionKind, Workspace};
    use crate::storage::encode;

    #[test]
    fn a_backup_names_the_deleted_institutions_it_still_holds() {
        let now = "2026-12-07T10:00:00.000Z";
        let mut ws = Workspace::default();
        for (id, name) in [("a", "De Regenboog"), ("b", "Kdv Het Olifantje")] {
            let school = Institution::new(id, name, InstitutionKind::Basisschool, now).unwrap();
            ws.institutions.push(school);
        }
        let backup = encode(&ws, now);
        let gone = HashSet::from(["a", "z"]);
        assert_eq!(
            institutions_in(&backup, &gone),
            [("a".to_string(), "De Regenboog".to_string())]
        );
        assert!(institutions_in(&backup, &HashSet::new()).is_empty());
        assert!(institutions_in("kapot", &gone).is_empty());
    }
}

//! Reading a file chosen for import, or saying in Dutch why it cannot be imported.

use crate::model::{EachKind, Record, Workspace, each_kind};
use crate::storage::document::{DocumentError, Origin, SCHEMA_VERSION, decode_file};

/// The largest file an import accepts. localStorage holds about 5 MB of text in all, so a
/// larger file could never be kept on this device anyway.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// StatusReason a file of `bytes` is not imported.
pub fn too_large(bytes: usize) -> String {
    // Tenths of a MB in whole numbers: formatting a float would add kilobytes to the wasm.
    let tenths = (bytes * 10).div_ceil(1_048_576);
    format!(
        "Dit bestand is te groot ({},{} MB). Een bestand van Ouderpartnerschap is hooguit 5 MB.",
        tenths / 10,
        tenths % 10
    )
}

/// A file chosen for import, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFile {
    pub workspace: Workspace,
    /// When and by whom it was exported (or saved, for a copy of a stored document).
    pub origin: Origin,
}

impl ImportFile {
    /// Who sent the file, for the preview and a backup's label: the person who exported it
    /// (else the user its library names), with the library in brackets; the library alone
    /// when the file names nobody; empty when it names neither.
    pub fn sender(&self) -> String {
        let library = self.workspace.library.name.trim();
        let person = [&self.origin.by, &self.workspace.library.user_name]
            .into_iter()
            .map(|p| p.trim())
            .find(|p| !p.is_empty());
        match (person, library) {
            (Some(person), "") => person.to_string(),
            (Some(person), library) => format!("{person} ({library})"),
            (None, library) => library.to_string(),
        }
    }
}

/// Reads a file chosen for import, or says in Dutch why it cannot be imported. Nothing is
/// changed either way; the caller shows the preview first.
pub fn read_import(text: &str) -> Result<ImportFile, String> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(too_large(text.len()));
    }
    // A pdf, photo or document chosen by mistake: say whose file it is not, not where its
    // JSON went wrong.
    if !matches!(
        text.bytes().find(|b| !b.is_ascii_whitespace()),
        None | Some(b'{' | b'[')
    ) {
        return Err(import_message(&DocumentError::Foreign));
    }
    let (workspace, origin) = decode_file(text).map_err(|e| import_message(&e))?;
    match duplicate_ids(&workspace) {
        Some(problem) => Err(problem),
        None => Ok(ImportFile { workspace, origin }),
    }
}

fn import_message(error: &DocumentError) -> String {
    match error {
        DocumentError::Empty => "Dit bestand is leeg. Misschien is het niet helemaal \
             overgekomen: vraag het opnieuw op of exporteer het opnieuw."
            .into(),
        DocumentError::NotJson(detail) => format!(
            "Dit bestand is geen leesbare JSON ({detail}). Misschien is het niet helemaal \
             overgekomen: vraag het opnieuw op of exporteer het opnieuw."
        ),
        DocumentError::Foreign => {
            "Dit bestand komt niet van Ouderpartnerschap. Kies een bestand dat met \
             ‘Exporteren’ in deze app is gemaakt."
                .into()
        }
        DocumentError::FromTheFuture(version) => format!(
            "Dit bestand is gemaakt met een nieuwere versie van de app (schemaversie {version}; \
             deze versie kent t/m {SCHEMA_VERSION}). Werk de app bij en importeer het dan."
        ),
        DocumentError::Damaged(detail) => {
            format!("Dit bestand is beschadigd en kan niet worden ingelezen: {detail}.")
        }
        DocumentError::MissingPart(_) => {
            "Dit bestand is de inhoudsopgave van de opslag van de app, zonder de gegevens \
             zelf. Maak een bestand met ‘Alles exporteren’ bij Gegevens."
                .into()
        }
    }
}

/// StatusReason a file cannot be imported although it reads: the same id twice in one kind of record.
pub fn duplicate_ids(ws: &Workspace) -> Option<String> {
    /// Sorted once, so a file of many records in any order is checked in O(n log n).
    fn first_duplicate<'a>(ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
        let mut ids: Vec<&str> = ids.collect();
        ids.sort_unstable();
        ids.windows(2)
            .find(|pair| pair[0] == pair[1])
            .map(|pair| pair[0])
    }
    struct Duplicates<'a>(&'a Workspace, Option<String>);
    impl EachKind for Duplicates<'_> {
        fn kind<T: Record>(&mut self) {
            if self.1.is_some() {
                return;
            }
            if let Some(id) = first_duplicate(T::list(self.0).iter().map(Record::id)) {
                self.1 = Some(format!(
                    "Het bestand bevat twee keer dezelfde id ‘{id}’ ({}).",
                    T::KIND.label().to_lowercase()
                ));
            }
        }
    }
    let mut duplicates = Duplicates(ws, None);
    each_kind(&mut duplicates);
    duplicates.1
}

#[cfg(test)]
mod sender_tests {
    use super::ImportFile;
    use crate::model::Workspace;
    use crate::storage::document::Origin;

    fn file(by: &str, user: &str, library: &str) -> ImportFile {
        let mut workspace = Workspace::default();
        workspace.library.user_name = user.into();
        workspace.library.name = library.into();
        ImportFile {
            workspace,
            origin: Origin {
                at: "2026-12-01T19:11:00Z".into(),
                by: by.into(),
            },
        }
    }

    #[test]
    fn a_file_names_its_sender_first_by_person_then_by_library() {
        let library = "Bibliotheek Rivierenland";
        assert_eq!(
            file("Ilse de Vries", "", library).sender(),
            "Ilse de Vries (Bibliotheek Rivierenland)"
        );
        assert_eq!(
            file("", " Toos ", library).sender(),
            "Toos (Bibliotheek Rivierenland)"
        );
        assert_eq!(file("", "", library).sender(), library);
        assert_eq!(file("Ilse", "", "").sender(), "Ilse");
        assert_eq!(file("", "", "").sender(), "");
    }
}

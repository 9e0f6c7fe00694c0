//! serde_json's errors in Dutch, with the place in the document
//! ("‘workspace.institutions[2].name’ moet tekst zijn, maar is een getal").
//!
//! Documents are read through `serde_path_to_error`, which knows where it went wrong. (A
//! plain first pass, with the tracked one only for a text that does not read, was measured:
//! no faster load within the benchmark's spread, for 27 KB more wasm.)
//! serde names what it expected and found in fixed English phrases
//! (`serde::de::Unexpected`, the `expecting` of each type); those are translated here, and
//! anything unknown gets a general Dutch sentence, so no English reaches the user.

use serde::de::DeserializeOwned;
use serde_json::error::Category;

/// StatusReason a text does not read as the type asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DutchError {
    /// Not JSON: where it stops being JSON.
    NotJson(String),
    /// JSON of the wrong shape: where, and what is wrong.
    Shape(String),
}

/// Reads `text` as a `T`, or says in Dutch why it does not read. `root` names the document
/// in the place ("deel"), or nothing for the whole envelope.
pub fn read<T: DeserializeOwned>(text: &str, root: &str) -> Result<T, DutchError> {
    // Read at full speed; only a document that does not read is read again, tracking the
    // place of the error for the message (tracking every value halves the speed).
    if let Ok(value) = serde_json::from_str(text) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let error = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Ok(value) => return deserializer.end().map(|()| value).map_err(|e| not_json(&e)),
        Err(error) => error,
    };
    let place = place(root, &error.path().to_string());
    let inner = error.into_inner();
    Err(match inner.classify() {
        Category::Data => DutchError::Shape(shape(&place, &message_of(&inner))),
        Category::Syntax | Category::Eof | Category::Io => not_json(&inner),
    })
}

/// "workspace.institutions[2].name": the root, then serde_path_to_error's path.
fn place(root: &str, path: &str) -> String {
    match (root, path) {
        (root, ".") => root.to_string(),
        ("", path) => path.to_string(),
        (root, path) => format!("{root}.{path}"),
    }
}

/// serde_json's message without its " at line 1 column 5".
fn message_of(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

fn not_json(error: &serde_json::Error) -> DutchError {
    let place = format!("regel {}, kolom {}", error.line(), error.column());
    let message = message_of(error);
    DutchError::NotJson(if error.is_eof() {
        format!("de tekst houdt halverwege op, bij {place}")
    } else if message.contains("surrogate") || message.contains("escape") {
        format!(
            "een teken is ongeldig gecodeerd (een losse surrogaat of een onvolledige \\u-escape), bij {place}"
        )
    } else if message.contains("recursion limit") {
        format!("de gegevens zijn te diep genest, bij {place}")
    } else if message.contains("number out of range") {
        format!("een getal is te groot, bij {place}")
    } else {
        format!("onleesbaar bij {place}")
    })
}

/// The Dutch sentence for a value of the wrong shape at `place`.
fn shape(place: &str, message: &str) -> String {
    let at = |place: &str| match place {
        "" => "het bestand".to_string(),
        place => format!("‘{place}’"),
    };
    if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return format!(
            "{} moet {} zijn, maar is {}",
            at(place),
            expected_nl(expected),
            found_nl(found)
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ")
        && let Some((found, expected)) = rest.split_once(", expected one of ")
    {
        return format!(
            "{} moet een van deze zijn: {}, maar is ‘{}’",
            at(place),
            expected.replace('`', ""),
            shortened(found.trim_matches('`'))
        );
    }
    if let Some(field) = between(message, "missing field `", "`") {
        return format!("{} mist het veld ‘{field}’", at(place));
    }
    if let Some(field) = between(message, "duplicate field `", "`") {
        return format!("{} bevat het veld ‘{field}’ twee keer", at(place));
    }
    format!("{} heeft een vorm die de app niet kent", at(place))
}

/// A value quoted from the file, cut short when long.
fn shortened(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(start)?;
    rest.split_once(end).map(|(inside, _)| inside)
}

/// What serde says it found (`serde::de::Unexpected`, as serde_json writes it), in Dutch.
fn found_nl(found: &str) -> &'static str {
    let kind = found.split_once(' ').map_or(found, |(kind, _)| kind);
    match kind {
        "null" | "unit" => "leeg (null)",
        "boolean" => "waar/onwaar",
        "integer" | "floating" => "een getal",
        "string" if found == "string \"\"" => "leeg",
        "string" | "character" => "tekst",
        "sequence" => "een lijst",
        "map" => "een object",
        _ => "iets anders",
    }
}

/// What a type of the model expects (its serde `expecting`), in Dutch.
fn expected_nl(expected: &str) -> &'static str {
    match expected {
        "a string" => "tekst",
        "a boolean" => "waar of onwaar",
        "u8" => "een heel getal van 0 tot 255",
        "u16" | "u32" | "u64" => "een heel getal",
        "a sequence" => "een lijst",
        "a map" => "een object",
        e if e.starts_with("struct ") => "een object",
        e if e.starts_with("enum ") || e.starts_with("variant ") => "een van de bekende waarden",
        _ => "iets anders",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{StepStatus, Workspace};

    fn dutch<T: DeserializeOwned + std::fmt::Debug>(text: &str, root: &str) -> DutchError {
        read::<T>(text, root).unwrap_err()
    }

    fn shape_of<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        match dutch::<T>(text, "workspace") {
            DutchError::Shape(message) => message,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_wrong_type_names_its_place_and_both_types() {
        assert_eq!(
            shape_of::<Workspace>(
                r#"{"institutions":[{"id":"a"},{"id":"b"},{"id":"c","name":3}]}"#
            ),
            "‘workspace.institutions[2].name’ moet tekst zijn, maar is een getal"
        );
        assert_eq!(
            shape_of::<Workspace>(r#"{"steps":{"stap-1":{"notes":null}}}"#),
            "‘workspace.steps.stap-1.notes’ moet tekst zijn, maar is leeg (null)"
        );
        assert_eq!(
            shape_of::<Workspace>(r#"{"assessments":[{"ageFrom":300}]}"#),
            "‘workspace.assessments[0].ageFrom’ moet een heel getal van 0 tot 255 zijn, maar is een getal"
        );
        assert_eq!(
            shape_of::<Workspace>(r#"{"institutions":{}}"#),
            "‘workspace.institutions’ moet een lijst zijn, maar is een object"
        );
    }

    #[test]
    fn an_unknown_token_lists_the_known_ones() {
        assert_eq!(
            shape_of::<StepStatus>(r#""klaar""#),
            "‘workspace’ moet een van deze zijn: not_started, in_progress, done, maar is ‘klaar’"
        );
    }

    #[test]
    fn text_that_is_not_json_says_where_it_stops() {
        let cut = dutch::<Workspace>(r#"{"library":{"name":"Bieb"#, "");
        assert_eq!(
            cut,
            DutchError::NotJson("de tekst houdt halverwege op, bij regel 1, kolom 24".into())
        );
        let surrogate = dutch::<String>(r#""\ud800\u0041""#, "");
        assert!(
            matches!(&surrogate, DutchError::NotJson(m) if m.contains("surrogaat")),
            "{surrogate:?}"
        );
        let deep = format!("{}1{}", r#"{"a":"#.repeat(200), "}".repeat(200));
        let nested = dutch::<serde_json::Value>(&deep, "");
        assert!(
            matches!(&nested, DutchError::NotJson(m) if m.contains("diep")),
            "{nested:?}"
        );
    }
}

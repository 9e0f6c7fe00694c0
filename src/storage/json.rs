//! A small reader and writer for this app's JSON documents.
//!
//! Hand-written rather than derived: one parse into a borrowed `value::Value` plus plain functions per
//! record type is far less wasm than serde's per-type deserializers, and it lets every
//! shape error name the exact place in the file, in Dutch.

use crate::model::{SortedMap, SortedSet};
use std::cell::RefCell;

use super::value::{Object, Value};

/// Where a value sits in a document, for error messages. Built on the stack while reading,
/// so that a correct document costs no allocations for it.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root(&'static str),
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    /// "workspace.institutions[2].name".
    pub fn render(&self) -> String {
        match self {
            Path::Root(name) => (*name).to_string(),
            Path::Key(parent, key) => format!("{}.{key}", parent.render()),
            Path::Index(parent, index) => format!("{}[{index}]", parent.render()),
        }
    }
}

/// A value of the wrong type, or a required value that is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    pub path: String,
    /// What was expected, in Dutch ("tekst", "een lijst").
    pub expected: &'static str,
    /// What was found, in Dutch ("een getal", "niets").
    pub found: &'static str,
}

impl ShapeError {
    fn new(path: &Path, expected: &'static str, value: Option<&Value>) -> Self {
        ShapeError {
            path: path.render(),
            expected,
            found: describe(value),
        }
    }

    /// "‘workspace.institutions[2].name’ moet tekst zijn, maar is een getal".
    pub fn message(&self) -> String {
        format!(
            "‘{}’ moet {} zijn, maar is {}",
            self.path, self.expected, self.found
        )
    }
}

fn describe(value: Option<&Value>) -> &'static str {
    match value {
        None | Some(Value::Null) => "leeg of afwezig",
        Some(Value::Bool(_)) => "waar/onwaar",
        Some(Value::Number(_)) => "een getal",
        Some(Value::String(s)) if s.trim().is_empty() => "leeg",
        Some(Value::String(_)) => "tekst",
        Some(Value::Array(_)) => "een lijst",
        Some(Value::Object(_)) => "een object",
    }
}

/// The first shape error met while reading a document. Readers return a default and note
/// the error here instead of returning early, which keeps the per-record code small.
#[derive(Default)]
pub struct Problems(RefCell<Option<ShapeError>>);

impl Problems {
    fn note(&self, error: ShapeError) {
        self.0.borrow_mut().get_or_insert(error);
    }

    /// The value read, or the first error met while reading it.
    pub fn result<T>(self, value: T) -> Result<T, ShapeError> {
        match self.0.into_inner() {
            Some(error) => Err(error),
            None => Ok(value),
        }
    }
}

/// An enum stored as one of a fixed set of names.
pub trait Token: Copy + PartialEq + 'static {
    const NAMES: &'static [(Self, &'static str)];
    /// What the field holds, in Dutch, for error messages ("een stapstatus").
    const WHAT: &'static str;

    fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(value, _)| *value == self)
            .map_or("", |(_, name)| name)
    }

    fn from_name(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(v, _)| *v)
    }
}

/// A collection filled one item at a time. `collect()` into a B-tree sorts its input first,
/// which costs a sort routine in the wasm for every item type; inserting one by one does not.
pub trait Collection<T>: Default {
    fn with(self, item: T) -> Self;
}

impl<T> Collection<T> for Vec<T> {
    fn with(mut self, item: T) -> Self {
        self.push(item);
        self
    }
}

impl<T: Ord> Collection<T> for SortedSet<T> {
    fn with(mut self, item: T) -> Self {
        self.insert(item);
        self
    }
}

impl<K: Ord, V> Collection<(K, V)> for SortedMap<K, V> {
    fn with(mut self, (key, value): (K, V)) -> Self {
        self.insert(key, value);
        self
    }
}

/// The fields of one JSON object. Absent and `null` fields read as their default, so that
/// documents from before a field existed still open; a field of the wrong type is noted in
/// `Problems` (and read as its default, which is then thrown away with the document).
pub struct Fields<'a> {
    map: Option<&'a Object<'a>>,
    path: Path<'a>,
    problems: &'a Problems,
}

impl<'a> Fields<'a> {
    /// The fields of `value`; anything but an object is noted and reads as empty.
    pub fn of(value: &'a Value<'a>, path: Path<'a>, problems: &'a Problems) -> Self {
        let map = value.as_object();
        if map.is_none() {
            problems.note(ShapeError::new(&path, "een object", Some(value)));
        }
        Fields {
            map,
            path,
            problems,
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value<'a>> {
        self.map?.get(key).filter(|v| !v.is_null())
    }

    fn wrong(&self, key: &str, expected: &'static str) {
        let error = ShapeError::new(&Path::Key(&self.path, key), expected, self.get(key));
        self.problems.note(error);
    }

    /// Reads `key` with `convert`; absent reads as `absent`, a wrong value is noted.
    fn scalar<T>(
        &self,
        key: &str,
        expected: &'static str,
        absent: T,
        convert: impl FnOnce(&Value) -> Option<T>,
    ) -> T {
        match self.get(key) {
            None => absent,
            Some(value) => match convert(value) {
                Some(converted) => converted,
                None => {
                    self.wrong(key, expected);
                    absent
                }
            },
        }
    }

    pub fn text(&self, key: &str) -> String {
        self.opt_text(key).unwrap_or_default()
    }

    pub fn opt_text(&self, key: &str) -> Option<String> {
        self.scalar(key, "tekst", None, |v| {
            v.as_str().map(|s| Some(s.to_string()))
        })
    }

    /// A text that must be present and not blank, such as a record's id.
    pub fn required_text(&self, key: &str) -> String {
        let text = self.text(key);
        if text.trim().is_empty() {
            self.wrong(key, "een niet-lege tekst");
        }
        text
    }

    pub fn flag(&self, key: &str, default: bool) -> bool {
        self.scalar(key, "waar of onwaar", default, |v| v.as_bool())
    }

    pub fn small_number(&self, key: &str) -> Option<u8> {
        self.scalar(key, "een heel getal van 0 tot 255", None, |v| {
            small_number(v).map(Some)
        })
    }

    pub fn token<T: Token + Default>(&self, key: &str) -> T {
        self.scalar(key, T::WHAT, T::default(), |v| {
            v.as_str().and_then(T::from_name)
        })
    }

    pub fn tokens<T: Token + Ord>(&self, key: &str) -> SortedSet<T> {
        self.items(key, T::WHAT, |v| v.as_str().and_then(T::from_name))
    }

    pub fn small_numbers(&self, key: &str) -> SortedSet<u8> {
        self.items(key, "een heel getal", small_number)
    }

    pub fn texts<C: Collection<String>>(&self, key: &str) -> C {
        self.items(key, "tekst", |v| v.as_str().map(str::to_string))
    }

    /// The items of the list under `key` that `convert` accepts; others are noted.
    fn items<T, C: Collection<T>>(
        &self,
        key: &str,
        expected: &'static str,
        convert: impl Fn(&Value) -> Option<T>,
    ) -> C {
        let path = Path::Key(&self.path, key);
        self.array(key)
            .iter()
            .enumerate()
            .filter_map(|(index, item)| {
                self.converted(&Path::Index(&path, index), expected, item, &convert)
            })
            .fold(C::default(), Collection::with)
    }

    /// `value` converted, or `None` with the problem noted at `place`.
    fn converted<T>(
        &self,
        place: &Path,
        expected: &'static str,
        value: &Value,
        convert: impl Fn(&Value) -> Option<T>,
    ) -> Option<T> {
        let converted = convert(value);
        if converted.is_none() {
            self.problems
                .note(ShapeError::new(place, expected, Some(value)));
        }
        converted
    }

    fn array(&self, key: &str) -> &'a [Value<'a>] {
        match self.get(key) {
            None => &[],
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.wrong(key, "een lijst");
                &[]
            }
        }
    }

    fn object_map(&self, key: &str) -> Option<&'a Object<'a>> {
        match self.get(key) {
            None => None,
            Some(Value::Object(map)) => Some(map),
            Some(_) => {
                self.wrong(key, "een object");
                None
            }
        }
    }

    /// A list of records, each read by `read`.
    pub fn list<T>(&self, key: &str, read: fn(&Fields) -> T) -> Vec<T> {
        let path = Path::Key(&self.path, key);
        self.array(key)
            .iter()
            .enumerate()
            .map(|(index, item)| read(&Fields::of(item, Path::Index(&path, index), self.problems)))
            .collect()
    }

    /// An object whose keys are ids and whose values are records read by `read`.
    pub fn map<T>(&self, key: &str, read: fn(&Fields) -> T) -> SortedMap<String, T> {
        let path = Path::Key(&self.path, key);
        self.object_map(key)
            .into_iter()
            .flat_map(Object::iter)
            .map(|(id, value)| {
                let fields = Fields::of(value, Path::Key(&path, id), self.problems);
                (id.to_string(), read(&fields))
            })
            .fold(SortedMap::new(), Collection::with)
    }

    /// An object whose keys are ids and whose values are texts.
    pub fn text_map(&self, key: &str) -> SortedMap<String, String> {
        self.scalar_map(key, "tekst", |v| v.as_str().map(str::to_string))
    }

    /// An object whose keys are ids and whose values are true or false.
    pub fn flag_map(&self, key: &str) -> SortedMap<String, bool> {
        self.scalar_map(key, "waar of onwaar", |v| v.as_bool())
    }

    fn scalar_map<T>(
        &self,
        key: &str,
        expected: &'static str,
        convert: fn(&Value) -> Option<T>,
    ) -> SortedMap<String, T> {
        let path = Path::Key(&self.path, key);
        self.object_map(key)
            .into_iter()
            .flat_map(Object::iter)
            .filter_map(|(id, value)| {
                let converted = self.converted(&Path::Key(&path, id), expected, value, convert)?;
                Some((id.to_string(), converted))
            })
            .fold(SortedMap::new(), Collection::with)
    }

    /// A nested object read by `read`; an absent one reads as an empty object.
    pub fn object<T>(&self, key: &str, read: fn(&Fields) -> T) -> T {
        let path = Path::Key(&self.path, key);
        read(&Fields {
            map: self.object_map(key),
            path,
            problems: self.problems,
        })
    }
}

fn small_number(value: &Value) -> Option<u8> {
    value.as_u64().and_then(|n| u8::try_from(n).ok())
}

/// Writes compact JSON into a string. Commas are placed by looking at what came before, so
/// that callers write fields in any order without bookkeeping.
#[derive(Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn with_capacity(bytes: usize) -> Self {
        Writer {
            out: String::with_capacity(bytes),
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn separate(&mut self) {
        if !matches!(self.out.as_bytes().last(), None | Some(b'{' | b'[' | b':')) {
            self.out.push(',');
        }
    }

    /// A JSON string. Runs of characters that need no escape are copied as one slice:
    /// saving re-encodes every note of the workspace, so this loop is the hot path.
    fn string(&mut self, s: &str) {
        self.out.push('"');
        let mut start = 0;
        for (index, byte) in s.bytes().enumerate() {
            let escaped = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                byte if byte < b' ' => "",
                _ => continue,
            };
            self.out.push_str(&s[start..index]);
            if escaped.is_empty() {
                self.out.push_str(&format!("\\u{byte:04x}"));
            } else {
                self.out.push_str(escaped);
            }
            start = index + 1;
        }
        self.out.push_str(&s[start..]);
        self.out.push('"');
    }

    pub fn key(&mut self, key: &str) {
        self.separate();
        self.string(key);
        self.out.push(':');
    }

    /// Opens an object: the document itself, a list item (`key` None) or a field.
    pub fn open(&mut self, key: Option<&str>) {
        match key {
            Some(key) => self.key(key),
            None => self.separate(),
        }
        self.out.push('{');
    }

    pub fn close(&mut self) {
        self.out.push('}');
    }

    pub fn text(&mut self, key: &str, value: &str) {
        self.key(key);
        self.string(value);
    }

    pub fn opt_text(&mut self, key: &str, value: Option<&str>) {
        match value {
            Some(value) => self.text(key, value),
            None => {
                self.key(key);
                self.out.push_str("null");
            }
        }
    }

    pub fn flag(&mut self, key: &str, value: bool) {
        self.key(key);
        self.out.push_str(if value { "true" } else { "false" });
    }

    pub fn number(&mut self, key: &str, value: u64) {
        self.key(key);
        self.out.push_str(&value.to_string());
    }

    pub fn opt_number(&mut self, key: &str, value: Option<u8>) {
        match value {
            Some(n) => self.number(key, n.into()),
            None => {
                self.key(key);
                self.out.push_str("null");
            }
        }
    }

    pub fn token<T: Token + PartialEq>(&mut self, key: &str, value: T) {
        self.text(key, value.name());
    }

    /// A list whose items are written by `item`.
    pub fn list<T>(
        &mut self,
        key: &str,
        items: impl IntoIterator<Item = T>,
        item: impl Fn(&mut Self, T),
    ) {
        self.key(key);
        self.out.push('[');
        for value in items {
            item(self, value);
        }
        self.out.push(']');
    }

    /// A list item that is a plain text.
    pub fn item_text(&mut self, value: &str) {
        self.separate();
        self.string(value);
    }

    /// A list item that is a plain number.
    pub fn item_number(&mut self, value: u64) {
        self.separate();
        self.out.push_str(&value.to_string());
    }

    /// An object keyed by id whose values are written by `value`.
    pub fn map<'v, T: 'v>(
        &mut self,
        key: &str,
        entries: impl IntoIterator<Item = (&'v String, &'v T)>,
        value: impl Fn(&mut Self, &str, &T),
    ) {
        self.open(Some(key));
        for (id, entry) in entries {
            value(self, id, entry);
        }
        self.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value<'_> {
        super::super::value::parse(text).unwrap()
    }

    /// Reads `text` with `read`, as a document is read.
    fn read<T>(text: &str, read: impl FnOnce(&Fields) -> T) -> Result<T, ShapeError> {
        let value = parse(text);
        let problems = Problems::default();
        let result = read(&Fields::of(&value, Path::Root("x"), &problems));
        problems.result(result)
    }

    #[test]
    fn absent_and_null_fields_read_as_defaults() {
        let (a, b, c, d, e) = read(r#"{"a": null}"#, |f| {
            (
                f.text("a"),
                f.text("b"),
                f.flag("c", true),
                f.small_number("d"),
                f.texts::<Vec<String>>("e"),
            )
        })
        .unwrap();
        assert_eq!((a.as_str(), b.as_str(), c, d), ("", "", true, None));
        assert!(e.is_empty());
    }

    #[test]
    fn a_wrong_type_names_its_place() {
        let text = r#"{"list": [{"name": "a"}, {"name": 3}, {"name": true}]}"#;
        let error = read(text, |f| f.list("list", |f| f.text("name"))).unwrap_err();
        // The first problem is the one reported.
        assert_eq!(error.path, "x.list[1].name");
        assert_eq!(
            error.message(),
            "‘x.list[1].name’ moet tekst zijn, maar is een getal"
        );
        let error = read(r#"{"m": {"k": 1}}"#, |f| f.text_map("m")).unwrap_err();
        assert_eq!(error.path, "x.m.k");
        let error = read(r#"{"s": ["a", 2]}"#, |f| f.texts::<Vec<String>>("s")).unwrap_err();
        assert_eq!(error.path, "x.s[1]");
        let error = read("[1]", |f| f.text("a")).unwrap_err();
        assert_eq!(
            error.message(),
            "‘x’ moet een object zijn, maar is een lijst"
        );
    }

    #[test]
    fn a_required_text_must_not_be_blank() {
        let blank = read(r#"{"id": " "}"#, |f| f.required_text("id")).unwrap_err();
        assert_eq!(
            blank.message(),
            "‘x.id’ moet een niet-lege tekst zijn, maar is leeg"
        );
        assert!(read(r#"{}"#, |f| f.required_text("id")).is_err());
        assert_eq!(
            read(r#"{"id": "a"}"#, |f| f.required_text("id")).unwrap(),
            "a"
        );
    }

    #[test]
    fn numbers_out_of_range_are_refused() {
        let text = r#"{"a": 300, "b": -1, "c": 2.5, "d": 7}"#;
        for key in ["a", "b", "c"] {
            assert!(read(text, |f| f.small_number(key)).is_err(), "{key}");
        }
        assert_eq!(read(text, |f| f.small_number("d")).unwrap(), Some(7));
    }

    #[test]
    fn the_writer_escapes_and_separates() {
        let mut w = Writer::default();
        w.open(None);
        w.text("a", "regel 1\nregel \"2\" \\ \u{1}<script>");
        w.flag("b", true);
        w.list("c", [1u64, 2], |w, n| w.item_number(n));
        w.open(Some("d"));
        w.opt_text("e", None);
        w.close();
        w.close();
        let text = w.finish();
        assert_eq!(
            text,
            r#"{"a":"regel 1\nregel \"2\" \\ \u0001<script>","b":true,"c":[1,2],"d":{"e":null}}"#
        );
        // Read back by an independent parser and by ours.
        let oracle: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(oracle["a"], "regel 1\nregel \"2\" \\ \u{1}<script>");
        let back = parse(&text);
        assert_eq!(back.get("a").and_then(Value::as_str), oracle["a"].as_str());
    }
}

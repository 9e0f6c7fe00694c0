//! A small reader and writer for this app's JSON documents.
//!
//! Hand-written rather than derived: one `serde_json::Value` parse plus plain functions per
//! record type is far less wasm than serde's per-type deserializers, and it lets every
//! shape error name the exact place in the file, in Dutch.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

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
        Some(Value::String(_)) => "tekst",
        Some(Value::Array(_)) => "een lijst",
        Some(Value::Object(_)) => "een object",
    }
}

pub type Read<T> = Result<T, ShapeError>;

/// An enum stored as one of a fixed set of names.
pub trait Token: Copy + 'static {
    const NAMES: &'static [(Self, &'static str)];
    /// What the field holds, in Dutch, for error messages ("een stapstatus").
    const WHAT: &'static str;

    fn name(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::NAMES
            .iter()
            .find(|(value, _)| *value == self)
            .map_or("", |(_, name)| name)
    }
}

/// The fields of one JSON object. Absent and `null` fields read as their default, so that
/// documents from before a field existed still open; fields of the wrong type are errors.
pub struct Fields<'a> {
    map: &'a Map<String, Value>,
    path: Path<'a>,
}

impl<'a> Fields<'a> {
    pub fn of(value: &'a Value, path: Path<'a>) -> Read<Self> {
        match value {
            Value::Object(map) => Ok(Fields { map, path }),
            other => Err(ShapeError::new(&path, "een object", Some(other))),
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn wrong(&self, key: &str, expected: &'static str) -> ShapeError {
        ShapeError::new(&Path::Key(&self.path, key), expected, self.get(key))
    }

    pub fn text(&self, key: &str) -> Read<String> {
        Ok(self.opt_text(key)?.unwrap_or_default())
    }

    pub fn opt_text(&self, key: &str) -> Read<Option<String>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(self.wrong(key, "tekst")),
        }
    }

    /// A text that must be present and not blank, such as a record's id.
    pub fn required_text(&self, key: &str) -> Read<String> {
        match self.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
            _ => Err(self.wrong(key, "een niet-lege tekst")),
        }
    }

    pub fn flag(&self, key: &str, default: bool) -> Read<bool> {
        match self.get(key) {
            None => Ok(default),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(self.wrong(key, "waar of onwaar")),
        }
    }

    pub fn small_number(&self, key: &str) -> Read<Option<u8>> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v
                .as_u64()
                .and_then(|n| u8::try_from(n).ok())
                .map(Some)
                .ok_or_else(|| self.wrong(key, "een heel getal van 0 tot 255")),
        }
    }

    pub fn token<T: Token + Default>(&self, key: &str) -> Read<T> {
        match self.get(key) {
            None => Ok(T::default()),
            Some(v) => token_of(v).ok_or_else(|| self.wrong(key, T::WHAT)),
        }
    }

    pub fn tokens<T: Token + Ord>(&self, key: &str) -> Read<BTreeSet<T>> {
        self.items(key, |item, path| {
            token_of(item).ok_or_else(|| ShapeError::new(path, T::WHAT, Some(item)))
        })
    }

    pub fn small_numbers(&self, key: &str) -> Read<BTreeSet<u8>> {
        self.items(key, |item, path| {
            item.as_u64()
                .and_then(|n| u8::try_from(n).ok())
                .ok_or_else(|| ShapeError::new(path, "een heel getal", Some(item)))
        })
    }

    pub fn texts<C: FromIterator<String>>(&self, key: &str) -> Read<C> {
        self.items(key, |item, path| match item {
            Value::String(s) => Ok(s.clone()),
            other => Err(ShapeError::new(path, "tekst", Some(other))),
        })
    }

    /// A list of records, each read by `read`.
    pub fn list<T>(&self, key: &str, read: fn(&Fields) -> Read<T>) -> Read<Vec<T>> {
        self.items(key, |item, path| read(&Fields::of(item, *path)?))
    }

    fn items<T, C: FromIterator<T>>(
        &self,
        key: &str,
        read: impl Fn(&Value, &Path) -> Read<T>,
    ) -> Read<C> {
        let path = Path::Key(&self.path, key);
        match self.get(key) {
            None => Ok(std::iter::empty().collect()),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(index, item)| read(item, &Path::Index(&path, index)))
                .collect(),
            Some(_) => Err(self.wrong(key, "een lijst")),
        }
    }

    /// An object whose keys are ids and whose values are records read by `read`.
    pub fn map<T>(&self, key: &str, read: fn(&Fields) -> Read<T>) -> Read<BTreeMap<String, T>> {
        let path = Path::Key(&self.path, key);
        match self.get(key) {
            None => Ok(BTreeMap::new()),
            Some(Value::Object(map)) => map
                .iter()
                .map(|(id, value)| {
                    Ok((id.clone(), read(&Fields::of(value, Path::Key(&path, id))?)?))
                })
                .collect(),
            Some(_) => Err(self.wrong(key, "een object")),
        }
    }

    /// An object whose keys are ids and whose values are texts.
    pub fn text_map(&self, key: &str) -> Read<BTreeMap<String, String>> {
        self.scalar_map(key, "tekst", |v| v.as_str().map(str::to_string))
    }

    /// An object whose keys are ids and whose values are true or false.
    pub fn flag_map(&self, key: &str) -> Read<BTreeMap<String, bool>> {
        self.scalar_map(key, "waar of onwaar", Value::as_bool)
    }

    fn scalar_map<T>(
        &self,
        key: &str,
        expected: &'static str,
        convert: fn(&Value) -> Option<T>,
    ) -> Read<BTreeMap<String, T>> {
        let path = Path::Key(&self.path, key);
        match self.get(key) {
            None => Ok(BTreeMap::new()),
            Some(Value::Object(map)) => map
                .iter()
                .map(|(id, value)| {
                    convert(value).map(|v| (id.clone(), v)).ok_or_else(|| {
                        ShapeError::new(&Path::Key(&path, id), expected, Some(value))
                    })
                })
                .collect(),
            Some(_) => Err(self.wrong(key, "een object")),
        }
    }

    /// A nested object read by `read`; an absent one reads as an empty object.
    pub fn object<T>(&self, key: &str, read: fn(&Fields) -> Read<T>) -> Read<T> {
        let empty = Map::new();
        let path = Path::Key(&self.path, key);
        match self.get(key) {
            None => read(&Fields { map: &empty, path }),
            Some(value) => read(&Fields::of(value, path)?),
        }
    }
}

fn token_of<T: Token>(value: &Value) -> Option<T> {
    let name = value.as_str()?;
    T::NAMES.iter().find(|(_, n)| *n == name).map(|(v, _)| *v)
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

    fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                c if c < ' ' => self.out.push_str(&format!("\\u{:04x}", c as u32)),
                c => self.out.push(c),
            }
        }
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

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn absent_and_null_fields_read_as_defaults() {
        let value = parse(r#"{"a": null}"#);
        let fields = Fields::of(&value, Path::Root("x")).unwrap();
        assert_eq!(fields.text("a").unwrap(), "");
        assert_eq!(fields.text("b").unwrap(), "");
        assert!(fields.flag("c", true).unwrap());
        assert_eq!(fields.small_number("d").unwrap(), None);
        assert!(fields.texts::<Vec<String>>("e").unwrap().is_empty());
    }

    #[test]
    fn a_wrong_type_names_its_place() {
        let value = parse(r#"{"list": [{"name": "a"}, {"name": 3}]}"#);
        let fields = Fields::of(&value, Path::Root("werkruimte")).unwrap();
        let error = fields.list("list", |f| f.text("name")).unwrap_err();
        assert_eq!(error.path, "werkruimte.list[1].name");
        assert_eq!(
            error.message(),
            "‘werkruimte.list[1].name’ moet tekst zijn, maar is een getal"
        );
    }

    #[test]
    fn a_required_text_must_not_be_blank() {
        let value = parse(r#"{"id": " "}"#);
        let fields = Fields::of(&value, Path::Root("x")).unwrap();
        assert!(fields.required_text("id").is_err());
        assert!(fields.required_text("missing").is_err());
    }

    #[test]
    fn numbers_out_of_range_are_refused() {
        let value = parse(r#"{"a": 300, "b": -1, "c": 2.5, "d": 7}"#);
        let fields = Fields::of(&value, Path::Root("x")).unwrap();
        for key in ["a", "b", "c"] {
            assert!(fields.small_number(key).is_err(), "{key}");
        }
        assert_eq!(fields.small_number("d").unwrap(), Some(7));
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
        let back = parse(&text);
        assert_eq!(back["a"], "regel 1\nregel \"2\" \\ \u{1}<script>");
    }
}

//! For the tests: a written `.docx` unpacked with the `zip` crate and its XML parts read
//! with `quick-xml`, apart from docx-rs, to see what Word will find in them.

use std::collections::BTreeMap;

use quick_xml::events::Event;

/// An element of a part: its name as written (`w:p`), its attributes and its children.
#[derive(Debug, Default)]
struct Element {
    name: String,
    attributes: BTreeMap<String, String>,
    children: Vec<Node>,
}

#[derive(Debug)]
enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|child| match child {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// Every element named `name` below this one, in document order, not looking inside
    /// the ones found.
    fn find<'a>(&'a self, name: &str, found: &mut Vec<&'a Element>) {
        for child in self.elements() {
            if child.name == name {
                found.push(child);
            } else {
                child.find(name, found);
            }
        }
    }

    fn all(&self, name: &str) -> Vec<&Element> {
        let mut found = Vec::new();
        self.find(name, &mut found);
        found
    }

    /// The text as Word shows it: `w:t` as written but for a line end in it, which Word
    /// shows as a space; `w:br` a line break, `w:tab` a tab, paragraphs of one cell on lines
    /// of their own.
    fn text(&self) -> String {
        let mut text = String::new();
        for child in &self.children {
            match child {
                Node::Text(t) if self.name == "w:t" => text.push_str(&t.replace(['\r', '\n'], " ")),
                Node::Text(_) => {}
                Node::Element(e) if e.name == "w:br" => text.push('\n'),
                Node::Element(e) if e.name == "w:tab" => text.push('\t'),
                Node::Element(e) if e.name == "w:p" && !text.is_empty() => {
                    text.push('\n');
                    text.push_str(&e.text());
                }
                Node::Element(e) => text.push_str(&e.text()),
            }
        }
        text
    }

    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }
}

/// Parses one XML part; panics if it is not well-formed.
fn parse(part: &str, xml: &str) -> Element {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut open = vec![Element::default()];
    let element = |e: &quick_xml::events::BytesStart| Element {
        name: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
        attributes: e
            .attributes()
            .map(|a| {
                let a = a.unwrap_or_else(|e| panic!("{part}: {e}"));
                (
                    String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                    String::from_utf8_lossy(&a.value).into_owned(),
                )
            })
            .collect(),
        children: Vec::new(),
    };
    let push = |open: &mut Vec<Element>, node| {
        open.last_mut()
            .unwrap_or_else(|| panic!("{part}: text after the end"))
            .children
            .push(node);
    };
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => open.push(element(&e)),
            Ok(Event::Empty(e)) => push(&mut open, Node::Element(element(&e))),
            Ok(Event::End(e)) => {
                let done = open
                    .pop()
                    .unwrap_or_else(|| panic!("{part}: end without start"));
                assert_eq!(done.name.as_bytes(), e.name().as_ref(), "{part}");
                push(&mut open, Node::Element(done));
            }
            Ok(Event::Text(t)) => {
                let text = t.decode().unwrap_or_else(|e| panic!("{part}: {e}"));
                push(&mut open, Node::Text(text.into_owned()));
            }
            Ok(Event::GeneralRef(r)) => {
                let name = r.decode().unwrap_or_else(|e| panic!("{part}: {e}"));
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_predefined_entity(&name)
                        .unwrap_or_else(|| panic!("{part}: unknown entity &{name};"))
                        .to_string(),
                };
                push(&mut open, Node::Text(text));
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{part} is no well-formed XML: {e}"),
        }
    }
    assert_eq!(open.len(), 1, "{part}: elements left open");
    open.pop().unwrap_or_default()
}

/// The parts of a `.docx` file, each read as XML.
pub(super) struct Unpacked {
    parts: BTreeMap<String, Element>,
}

impl Unpacked {
    /// Unpacks the file and parses every part; panics where Word would refuse it.
    pub(super) fn of(bytes: &[u8]) -> Self {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
        let mut parts = BTreeMap::new();
        for n in 0..archive.len() {
            let mut entry = archive.by_index(n).expect("an entry");
            if entry.is_dir() {
                continue;
            }
            let name = entry.name().to_string();
            let mut text = String::new();
            std::io::Read::read_to_string(&mut entry, &mut text).expect("UTF-8 text");
            parts.insert(name.clone(), parse(&name, &text));
        }
        for part in [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/styles.xml",
        ] {
            assert!(parts.contains_key(part), "{part} in {:?}", parts.keys());
        }
        Self { parts }
    }

    fn part(&self, name: &str) -> &Element {
        self.parts
            .get(name)
            .unwrap_or_else(|| panic!("no {name} in {:?}", self.parts.keys()))
    }

    /// The text of every paragraph of the part, in order (those in table cells too).
    pub(super) fn paragraphs(&self, part: &str) -> Vec<String> {
        self.part(part)
            .all("w:p")
            .iter()
            .map(|p| p.text())
            .collect()
    }

    /// The paragraphs of the part that have a heading style: (style, text).
    pub(super) fn headings(&self, part: &str) -> Vec<(String, String)> {
        self.part(part)
            .all("w:p")
            .into_iter()
            .filter_map(|p| {
                let style = p.all("w:pStyle").first()?.attribute("w:val")?.to_string();
                style.starts_with("Heading").then(|| (style, p.text()))
            })
            .collect()
    }

    /// The text of the paragraphs of the part that are items of a list.
    pub(super) fn bullets(&self, part: &str) -> Vec<String> {
        self.part(part)
            .all("w:p")
            .into_iter()
            .filter(|p| !p.all("w:numPr").is_empty())
            .map(Element::text)
            .collect()
    }

    /// Every table of the part: its rows, each the text of its cells.
    pub(super) fn tables(&self, part: &str) -> Vec<Vec<Vec<String>>> {
        self.part(part)
            .all("w:tbl")
            .into_iter()
            .map(|table| {
                table
                    .all("w:tr")
                    .into_iter()
                    .map(|row| row.all("w:tc").into_iter().map(Element::text).collect())
                    .collect()
            })
            .collect()
    }

    /// The text of the page header, reached as Word does: the section's header reference,
    /// its relationship, the part named there (declared a header in `[Content_Types].xml`).
    pub(super) fn header_text(&self) -> Vec<String> {
        let reference = self.part("word/document.xml").all("w:headerReference");
        let id = reference
            .first()
            .and_then(|r| r.attribute("r:id"))
            .expect("a header reference");
        let relationships = self
            .part("word/_rels/document.xml.rels")
            .all("Relationship");
        let target = relationships
            .iter()
            .find(|r| r.attribute("Id") == Some(id))
            .and_then(|r| r.attribute("Target"))
            .expect("the header's relationship");
        let part = format!("word/{target}");
        let declared = self.part("[Content_Types].xml").all("Override");
        assert!(
            declared
                .iter()
                .any(|o| o.attribute("PartName") == Some(&format!("/{part}"))
                    && o.attribute("ContentType")
                        .is_some_and(|t| t.ends_with("header+xml"))),
            "{part} declared a header"
        );
        self.paragraphs(&part)
    }

    /// Whether the page is A4 on its side (`false`: anything else); upright is checked by
    /// [`Self::portrait_a4`].
    pub(super) fn landscape_a4(&self) -> bool {
        self.page() == (Some("16838"), Some("11906"), Some("landscape"))
    }

    pub(super) fn portrait_a4(&self) -> bool {
        self.page() == (Some("11906"), Some("16838"), Some("portrait"))
    }

    fn page(&self) -> (Option<&str>, Option<&str>, Option<&str>) {
        let sizes = self.part("word/document.xml").all("w:pgSz");
        let size = sizes.first().expect("a page size");
        (
            size.attribute("w:w"),
            size.attribute("w:h"),
            size.attribute("w:orient"),
        )
    }

    /// The names of the styles that the paragraphs of the document use, as `styles.xml`
    /// defines them: Word knows its own headings by name ("heading 1").
    pub(super) fn style_names(&self) -> BTreeMap<String, String> {
        let used: Vec<_> = self
            .part("word/document.xml")
            .all("w:pStyle")
            .into_iter()
            .filter_map(|s| s.attribute("w:val"))
            .collect();
        self.part("word/styles.xml")
            .all("w:style")
            .into_iter()
            .filter_map(|style| {
                let id = style.attribute("w:styleId")?;
                let name = style.all("w:name").first()?.attribute("w:val")?.to_string();
                used.contains(&id).then(|| (id.to_string(), name))
            })
            .collect()
    }
}

//! The app's addresses, as a pure mapping between URLs and pages.
//!
//! Every path is static (record ids go in the query string), so that a static file server
//! can answer a reload of any page; `scripts/postbuild.mjs` writes a small page for each path
//! in `scripts/static-routes.txt`, which a test keeps equal to `static_paths()`.

/// The parts of the app, as listed in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Steps,
    Institutions,
    Assessment,
    Reference,
    Data,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Self::Overview,
        Self::Steps,
        Self::Institutions,
        Self::Assessment,
        Self::Reference,
        Self::Data,
    ];

    pub fn path(self) -> &'static str {
        match self {
            Self::Overview => "/",
            Self::Steps => "/stappenplan",
            Self::Institutions => "/instellingen",
            Self::Assessment => "/projectbeoordeling",
            Self::Reference => "/naslag",
            Self::Data => "/gegevens",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Overview => "Overzicht",
            Self::Steps => "Stappenplan",
            Self::Institutions => "Instellingen",
            Self::Assessment => "Projectbeoordeling",
            Self::Reference => "Naslag",
            Self::Data => "Gegevens",
        }
    }
}

/// A page of the app, with what its address says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Overview,
    Steps,
    Step(u8),
    Institutions,
    /// An institution by id, with the open tab (step 7–12; none: its details).
    Institution {
        id: String,
        step: Option<u8>,
    },
    /// A conversation by id, to hold it.
    Conversation {
        id: String,
    },
    /// A conversation by id, read back as a report to print.
    ConversationReport {
        id: String,
    },
    /// An institution's planning form by institution id, laid out to print.
    PlanningPrint {
        id: String,
    },
    Assessment,
    /// A form of work or project of Bijlage 8 by catalogue id, to read whole.
    CatalogueEntry {
        id: String,
    },
    /// One project assessment by id: the questionnaire and its result.
    AssessmentForm {
        id: String,
    },
    /// Assessments side by side, by id.
    Compare {
        ids: Vec<String>,
    },
    Reference,
    /// A reference page of the guide by id ("inleiding", "bijlage-1" … "bijlage-6").
    ReferenceDoc(String),
    Data,
    NotFound,
}

impl Page {
    /// The page for a path and its query string (with or without the leading `?`).
    pub fn from_url(path: &str, query: &str) -> Page {
        let path = path.trim_end_matches('/');
        match path {
            "" => Page::Overview,
            "/stappenplan" => Page::Steps,
            "/instellingen" => Page::Institutions,
            "/projectbeoordeling" => Page::Assessment,
            "/naslag" => Page::Reference,
            "/gegevens" => Page::Data,
            CONVERSATION_PATH => with_id(query, |id| Page::Conversation { id }),
            REPORT_PATH => with_id(query, |id| Page::ConversationReport { id }),
            PLANNING_PRINT_PATH => with_id(query, |id| Page::PlanningPrint { id }),
            CATALOGUE_ENTRY_PATH => match query_value(query, "id") {
                Some(id) if crate::content::catalogue_entry(&id).is_some() => {
                    Page::CatalogueEntry { id }
                }
                _ => Page::NotFound,
            },
            ASSESSMENT_PATH => with_id(query, |id| Page::AssessmentForm { id }),
            COMPARE_PATH => Page::Compare {
                // Split before decoding: a comma inside an id is encoded as %2C.
                ids: raw_query_value(query, "ids")
                    .unwrap_or_default()
                    .split(',')
                    .filter(|id| !id.is_empty())
                    .map(percent_decode)
                    .collect(),
            },
            INSTITUTION_PATH => match query_value(query, "id") {
                Some(id) if !id.is_empty() => Page::Institution {
                    id,
                    step: query_value(query, "stap")
                        .and_then(|s| s.parse().ok())
                        .filter(|n| (7..=12).contains(n)),
                },
                _ => Page::NotFound,
            },
            _ if path.starts_with("/naslag/") => match path.trim_start_matches("/naslag/") {
                id if REFERENCE_IDS.contains(&id) => Page::ReferenceDoc(id.to_string()),
                _ => Page::NotFound,
            },
            _ => match path
                .strip_prefix("/stappenplan/")
                .and_then(|n| n.parse::<u8>().ok())
            {
                Some(n) if crate::content::step(n).is_some() => Page::Step(n),
                _ => Page::NotFound,
            },
        }
    }

    /// The part of the app the page belongs to, for the navigation.
    pub fn section(&self) -> Option<Section> {
        match self {
            Page::Overview => Some(Section::Overview),
            Page::Steps | Page::Step(_) => Some(Section::Steps),
            Page::Institutions
            | Page::Institution { .. }
            | Page::Conversation { .. }
            | Page::ConversationReport { .. }
            | Page::PlanningPrint { .. } => Some(Section::Institutions),
            Page::Assessment
            | Page::CatalogueEntry { .. }
            | Page::AssessmentForm { .. }
            | Page::Compare { .. } => Some(Section::Assessment),
            Page::Reference | Page::ReferenceDoc(_) => Some(Section::Reference),
            Page::Data => Some(Section::Data),
            Page::NotFound => None,
        }
    }
}

/// The page for a record named by `?id=`; without an id there is nothing to show.
fn with_id(query: &str, page: impl FnOnce(String) -> Page) -> Page {
    match query_value(query, "id") {
        Some(id) if !id.is_empty() => page(id),
        _ => Page::NotFound,
    }
}

/// A query parameter's value, percent-decoded; `+` reads as a space.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    raw_query_value(query, key).map(percent_decode)
}

/// A query parameter's value as it stands in the address.
fn raw_query_value<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then_some(v)
    })
}

/// `text` as one component of an address: every byte but letters, digits and `-_.~`
/// percent-encoded, so that an id with `&`, `#`, `+`, `%` or `,` reads back as itself.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(byte))
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| char::from(b).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(high), Some(low)) => {
                        out.push((high * 16 + low) as u8);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The page of one step.
pub fn step_path(number: u8) -> String {
    format!("/stappenplan/{number}")
}

/// The page of one institution; its id (and the open step, 7–12) go in the query string.
pub const INSTITUTION_PATH: &str = "/instellingen/instelling";

/// Query flags: an institution's page just after it was added, and the list with the cursor
/// in its add form.
pub const ADDED: &str = "toegevoegd";
pub const ADD_ANOTHER: &str = "toevoegen";

pub fn institution_path(id: &str, step: Option<u8>) -> String {
    match step {
        Some(n) => format!("{INSTITUTION_PATH}?id={}&stap={n}", encode_component(id)),
        None => record_path(INSTITUTION_PATH, id),
    }
}

/// The reference pages under /naslag/: the introduction, Bijlagen 1–4 (their text), Bijlage 5
/// (the conversation guide to read) and Bijlage 6 (the planning form with its example).
pub const REFERENCE_IDS: [&str; 7] = [
    "inleiding",
    "bijlage-1",
    "bijlage-2",
    "bijlage-3",
    "bijlage-4",
    "bijlage-5",
    "bijlage-6",
];

pub fn reference_path(id: &str) -> String {
    format!("/naslag/{id}")
}

/// Where a "zie bijlage N" in the guide's text leads.
pub fn bijlage_path(number: u8) -> String {
    match number {
        1..=5 => reference_path(&format!("bijlage-{number}")),
        6 | 7 => reference_path("bijlage-6"),
        _ => Section::Assessment.path().to_string(),
    }
}

/// A page for one record: its path with the record's id in the query string.
fn record_path(path: &str, id: &str) -> String {
    format!("{path}?id={}", encode_component(id))
}

pub const CATALOGUE_ENTRY_PATH: &str = "/projectbeoordeling/activiteit";
pub const ASSESSMENT_PATH: &str = "/projectbeoordeling/beoordeling";
pub const COMPARE_PATH: &str = "/projectbeoordeling/vergelijken";

pub fn catalogue_entry_path(id: &str) -> String {
    record_path(CATALOGUE_ENTRY_PATH, id)
}

pub fn assessment_path(id: &str) -> String {
    record_path(ASSESSMENT_PATH, id)
}

pub fn compare_path(ids: &[String]) -> String {
    let ids: Vec<String> = ids.iter().map(|id| encode_component(id)).collect();
    format!("{COMPARE_PATH}?ids={}", ids.join(","))
}

pub const CONVERSATION_PATH: &str = "/gesprekken/gesprek";
pub const REPORT_PATH: &str = "/gesprekken/verslag";
pub const PLANNING_PRINT_PATH: &str = "/instellingen/planningsformulier";

pub fn conversation_path(id: &str) -> String {
    record_path(CONVERSATION_PATH, id)
}

pub fn report_path(id: &str) -> String {
    record_path(REPORT_PATH, id)
}

pub fn planning_print_path(institution_id: &str) -> String {
    record_path(PLANNING_PRINT_PATH, institution_id)
}

/// Every path a user can reload, in a stable order.
pub fn static_paths() -> Vec<String> {
    let sections = Section::ALL.iter().map(|s| s.path().to_string());
    let steps = crate::content::STEPS.iter().map(|s| step_path(s.number));
    let records = [
        INSTITUTION_PATH,
        CONVERSATION_PATH,
        REPORT_PATH,
        PLANNING_PRINT_PATH,
        CATALOGUE_ENTRY_PATH,
        ASSESSMENT_PATH,
        COMPARE_PATH,
    ];
    let references = REFERENCE_IDS.iter().map(|id| reference_path(id));
    sections
        .chain(steps)
        .chain(records.map(str::to_string))
        .chain(references)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_writes_a_page_for_every_path() {
        let listed = include_str!("../scripts/static-routes.txt");
        let listed: Vec<&str> = listed.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(listed, static_paths(), "update scripts/static-routes.txt");
    }

    #[test]
    fn every_static_path_opens_its_page() {
        for path in static_paths() {
            let page = Page::from_url(&path, "");
            // Record pages need an id.
            let expected_not_found = [
                INSTITUTION_PATH,
                CONVERSATION_PATH,
                REPORT_PATH,
                PLANNING_PRINT_PATH,
                CATALOGUE_ENTRY_PATH,
                ASSESSMENT_PATH,
            ]
            .contains(&path.as_str());
            assert_eq!(page == Page::NotFound, expected_not_found, "{path}");
        }
    }

    #[test]
    fn urls_map_to_pages() {
        assert_eq!(Page::from_url("/", ""), Page::Overview);
        assert_eq!(Page::from_url("/stappenplan/", ""), Page::Steps);
        assert_eq!(Page::from_url("/stappenplan/7", ""), Page::Step(7));
        assert_eq!(Page::from_url("/stappenplan/13", ""), Page::NotFound);
        assert_eq!(Page::from_url("/stappenplan/x", ""), Page::NotFound);
        assert_eq!(Page::from_url("/onbekend", ""), Page::NotFound);
        assert_eq!(
            Page::from_url(INSTITUTION_PATH, "?id=instelling-1a&stap=9"),
            Page::Institution {
                id: "instelling-1a".into(),
                step: Some(9)
            }
        );
        assert_eq!(
            Page::from_url(INSTITUTION_PATH, "id=a&stap=3"),
            Page::Institution {
                id: "a".into(),
                step: None
            }
        );
        assert_eq!(Page::from_url(INSTITUTION_PATH, "stap=9"), Page::NotFound);
        assert_eq!(
            Page::from_url(CONVERSATION_PATH, "id=g1"),
            Page::Conversation { id: "g1".into() }
        );
        assert_eq!(
            Page::from_url(REPORT_PATH, "?id=g1"),
            Page::ConversationReport { id: "g1".into() }
        );
        assert_eq!(
            Page::from_url(PLANNING_PRINT_PATH, "id=i1"),
            Page::PlanningPrint { id: "i1".into() }
        );
        assert_eq!(
            Page::from_url(CATALOGUE_ENTRY_PATH, "id=project-voorleesexpress"),
            Page::CatalogueEntry {
                id: "project-voorleesexpress".into()
            }
        );
        assert_eq!(
            Page::from_url(CATALOGUE_ENTRY_PATH, "id=project-onbekend"),
            Page::NotFound
        );
        assert_eq!(
            Page::from_url(ASSESSMENT_PATH, "id=b1"),
            Page::AssessmentForm { id: "b1".into() }
        );
        assert_eq!(
            Page::from_url(COMPARE_PATH, "ids=b1,b2,"),
            Page::Compare {
                ids: vec!["b1".into(), "b2".into()]
            }
        );
    }

    #[test]
    fn links_made_here_read_back_as_the_same_page() {
        let href = institution_path("instelling-19a-5b", Some(11));
        let (path, query) = href.split_once('?').unwrap();
        assert_eq!(
            Page::from_url(path, query),
            Page::Institution {
                id: "instelling-19a-5b".into(),
                step: Some(11)
            }
        );
        assert_eq!(Page::from_url(&step_path(4), ""), Page::Step(4));
    }

    #[test]
    fn ids_with_address_characters_read_back_as_themselves() {
        let id = "a&b#c+d%e,f g/ü";
        for href in [
            institution_path(id, Some(9)),
            conversation_path(id),
            assessment_path(id),
        ] {
            let (path, query) = href.split_once('?').unwrap();
            assert!(!query.contains('#') && !query.contains(' '), "{href}");
            let page = Page::from_url(path, query);
            let read = match page {
                Page::Institution { id, step } => {
                    assert_eq!(step, Some(9));
                    id
                }
                Page::Conversation { id } | Page::AssessmentForm { id } => id,
                other => panic!("{other:?}"),
            };
            assert_eq!(read, id);
        }
        let ids = vec![id.to_string(), "b,2".to_string()];
        let href = compare_path(&ids);
        let (path, query) = href.split_once('?').unwrap();
        assert_eq!(Page::from_url(path, query), Page::Compare { ids });
    }

    #[test]
    fn query_values_are_decoded() {
        assert_eq!(
            query_value("?a=1&id=x%2Fy+z", "id").as_deref(),
            Some("x/y z")
        );
        assert_eq!(query_value("a=%E2%80%99", "a").as_deref(), Some("’"));
        assert_eq!(query_value("a=100%", "a").as_deref(), Some("100%"));
        assert_eq!(query_value("a=%éé", "a").as_deref(), Some("%éé"));
        assert_eq!(query_value("a=1", "b"), None);
    }

    #[test]
    fn pages_know_their_section() {
        assert_eq!(Page::Step(3).section(), Some(Section::Steps));
        assert_eq!(
            Page::Institution {
                id: "a".into(),
                step: None
            }
            .section(),
            Some(Section::Institutions)
        );
        assert_eq!(Page::NotFound.section(), None);
    }
}

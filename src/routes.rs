//! The app's addresses (pure): the paths of its pages, the links to records, and the parts of
//! the app they belong to. `app.rs` routes them with leptos_router.
//!
//! Every path is static (record ids go in the query string), so that a static file server
//! can answer a reload of any page: `scripts/postbuild.mjs` writes the app's page at each
//! path in `scripts/static-routes.txt`, which a test keeps equal to `static_paths()`.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

/// The parts of the app, as listed in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Steps,
    Institutions,
    Team,
    Assessment,
    Reference,
    Data,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Self::Overview,
        Self::Steps,
        Self::Institutions,
        Self::Team,
        Self::Assessment,
        Self::Reference,
        Self::Data,
    ];

    pub fn path(self) -> &'static str {
        match self {
            Self::Overview => "/",
            Self::Steps => "/stappenplan",
            Self::Institutions => "/instellingen",
            Self::Team => "/team",
            Self::Assessment => "/projectbeoordeling",
            Self::Reference => "/naslag",
            Self::Data => "/gegevens",
        }
    }

    /// The part of the app a page belongs to, for the navigation. A conversation belongs
    /// with what it is held for: the library's own (steps 2 and 3) with the Stappenplan, one
    /// with an institution with the Instellingen.
    pub fn of_page(path: &str, library_conversation: bool) -> Option<Section> {
        let path = path.trim_end_matches('/');
        let first = path.split('/').nth(1).unwrap_or("");
        match first {
            // The Jaarplanning is the Overzicht's year, reached from it.
            "" | "jaarplanning" | "jaaroverzicht" => Some(Self::Overview),
            "gesprekken" if library_conversation => Some(Self::Steps),
            "gesprekken" => Some(Self::Institutions),
            // What the app keeps and how to delete it, reached from Gegevens.
            "privacy" => Some(Self::Data),
            _ => Self::ALL
                .into_iter()
                .find(|s| s.path().trim_start_matches('/') == first),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Overview => "Overzicht",
            Self::Steps => "Stappenplan",
            Self::Institutions => "Instellingen",
            Self::Team => "Team",
            Self::Assessment => "Projectbeoordeling",
            Self::Reference => "Naslag",
            Self::Data => "Gegevens",
        }
    }
}

/// A query parameter's value, decoded once (`+` reads as a space), from a page's query
/// string (with or without its leading `?`).
pub fn query_value(query: &str, key: &str) -> Option<String> {
    raw_query_value(query, key).map(decode)
}

/// The ids of a comparison (`?ids=a,b`): split before decoding, since a comma inside an id
/// is encoded as `%2C`.
pub fn query_ids(query: &str) -> Vec<String> {
    raw_query_value(query, "ids")
        .unwrap_or_default()
        .split(',')
        .filter(|id| !id.is_empty())
        .map(decode)
        .collect()
}

/// A query parameter's value as it stands in the address.
fn raw_query_value<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then_some(v)
    })
}

fn decode(text: &str) -> String {
    percent_decode_str(&text.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// `text` as one component of an address: every byte but letters, digits and `-_.~`
/// percent-encoded, so that an id with `&`, `#`, `+`, `%` or `,` reads back as itself.
pub fn encode_component(text: &str) -> String {
    const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    utf8_percent_encode(text, COMPONENT).to_string()
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
pub const SCHOOL_REPORT_PATH: &str = "/instellingen/rapportage";

pub fn conversation_path(id: &str) -> String {
    record_path(CONVERSATION_PATH, id)
}

pub fn report_path(id: &str) -> String {
    record_path(REPORT_PATH, id)
}

/// An institution's plan of one school year, laid out to print.
pub fn planning_print_path(institution_id: &str, year: &str) -> String {
    format!(
        "{}&jaar={}",
        record_path(PLANNING_PRINT_PATH, institution_id),
        encode_component(year)
    )
}

/// One of an institution's steps at one school year: its plan (11) or evaluations (12).
pub fn institution_year_path(institution_id: &str, step: u8, year: &str) -> String {
    format!(
        "{}&jaar={}",
        institution_path(institution_id, Some(step)),
        encode_component(year)
    )
}

/// An institution's planning form (step 11) at the plan of one school year.
pub fn plan_path(institution_id: &str, year: &str) -> String {
    institution_year_path(institution_id, 11, year)
}

/// An institution's Schoolrapportage for a school year ("2026-2027", or this one).
pub fn school_report_path(institution: &str, year: Option<&str>) -> String {
    let path = record_path(SCHOOL_REPORT_PATH, institution);
    match year {
        Some(year) => format!("{path}&jaar={}", encode_component(year)),
        None => path,
    }
}

/// The element id of an activity's card in its planning form: the anchor links open.
pub fn activity_anchor(activity: &str) -> String {
    format!("activiteit-kaart-{activity}")
}

/// The id of a fixed moment's card on the Jaarplanning, for links to it.
pub fn moment_anchor(moment: &str) -> String {
    format!("vast-moment-{moment}")
}

/// An activity in its institution's planning form (step 11), opened and in view.
pub fn activity_path(institution: &str, activity: &str, year: &str) -> String {
    format!(
        "{}#{}",
        plan_path(institution, year),
        encode_component(&activity_anchor(activity))
    )
}

/// The anchor a link led to: the location's hash without its `#`, decoded.
pub fn linked_anchor(hash: &str) -> String {
    percent_decode_str(hash.trim_start_matches('#'))
        .decode_utf8_lossy()
        .into_owned()
}

/// The page of one person of the team: their schools, sessions and self-assessment.
pub const PERSON_PATH: &str = "/team/persoon";

pub fn person_path(id: &str) -> String {
    record_path(PERSON_PATH, id)
}

pub const YEAR_PLAN_PATH: &str = "/jaarplanning";
pub const YEAR_OVERVIEW_PATH: &str = "/jaaroverzicht";
pub const PRIVACY_PATH: &str = "/privacy";

/// The Jaaroverzicht of a school year ("2026-2027", or this one), of one place or all, of
/// one leesconsulent (a person's id) or all.
pub fn year_overview_path(
    year: Option<&str>,
    place: Option<&str>,
    consultant: Option<&str>,
) -> String {
    with_query(
        YEAR_OVERVIEW_PATH,
        &[
            ("jaar", year),
            ("plaats", place),
            ("leesconsulent", consultant),
        ],
    )
}

/// `path` with the given values in its query string; those that are `None` left out.
fn with_query(path: &str, values: &[(&str, Option<&str>)]) -> String {
    let query: Vec<String> = values
        .iter()
        .filter_map(|(key, value)| Some(format!("{key}={}", encode_component((*value)?))))
        .collect();
    match query.is_empty() {
        true => path.to_string(),
        false => format!("{path}?{}", query.join("&")),
    }
}

/// The Jaarplanning of a school year ("2026-2027", or this one), of one institution or all.
pub fn year_plan_path(year: Option<&str>, institution: Option<&str>) -> String {
    with_query(
        YEAR_PLAN_PATH,
        &[("jaar", year), ("instelling", institution)],
    )
}

/// The accessibility statement, linked from every page's footer.
pub const ACCESSIBILITY_PATH: &str = "/toegankelijkheid";

/// Every path a user can reload, in a stable order.
pub fn static_paths() -> Vec<String> {
    let sections = Section::ALL.iter().map(|s| s.path().to_string());
    let steps = crate::content::STEPS.iter().map(|s| step_path(s.number));
    let records = [
        INSTITUTION_PATH,
        CONVERSATION_PATH,
        REPORT_PATH,
        PLANNING_PRINT_PATH,
        SCHOOL_REPORT_PATH,
        CATALOGUE_ENTRY_PATH,
        ASSESSMENT_PATH,
        COMPARE_PATH,
        PERSON_PATH,
    ];
    let references = REFERENCE_IDS.iter().map(|id| reference_path(id));
    sections
        .chain(steps)
        .chain(records.map(str::to_string))
        .chain([YEAR_PLAN_PATH, YEAR_OVERVIEW_PATH, PRIVACY_PATH].map(str::to_string))
        .chain(references)
        .chain([ACCESSIBILITY_PATH.to_string()])
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
    fn links_made_here_carry_their_record_and_tab() {
        let href = institution_path("instelling-19a-5b", Some(11));
        let (path, query) = href.split_once('?').unwrap();
        assert_eq!(path, INSTITUTION_PATH);
        assert_eq!(
            query_value(query, "id").as_deref(),
            Some("instelling-19a-5b")
        );
        assert_eq!(query_value(query, "stap").as_deref(), Some("11"));
        assert_eq!(step_path(4), "/stappenplan/4");
        assert_eq!(bijlage_path(7), "/naslag/bijlage-6");
        assert_eq!(bijlage_path(8), "/projectbeoordeling");
        assert_eq!(year_plan_path(None, None), YEAR_PLAN_PATH);
        let href = activity_path("a", "rij #1", "2026-2027");
        let (page, hash) = href.split_once('#').unwrap();
        assert_eq!(page, plan_path("a", "2026-2027"));
        assert_eq!(linked_anchor(hash), activity_anchor("rij #1"));
        let href = year_plan_path(Some("2026-2027"), Some("a&b"));
        let query = href.split_once('?').unwrap().1;
        assert_eq!(query_value(query, "jaar").as_deref(), Some("2026-2027"));
        assert_eq!(query_value(query, "instelling").as_deref(), Some("a&b"));
    }

    #[test]
    fn ids_with_address_characters_read_back_as_themselves() {
        // "%41" would read as "A" if the address were decoded twice.
        let id = "a&b#c+d%e,f g/ü%41";
        for href in [
            institution_path(id, Some(9)),
            conversation_path(id),
            assessment_path(id),
            report_path(id),
            planning_print_path(id, "2026-2027"),
            plan_path(id, "2026-2027"),
        ] {
            let (_, query) = href.split_once('?').unwrap();
            assert!(!query.contains('#') && !query.contains(' '), "{href}");
            assert_eq!(query_value(query, "id").as_deref(), Some(id), "{href}");
        }
        let ids = vec![id.to_string(), "b,2".to_string()];
        let href = compare_path(&ids);
        let (_, query) = href.split_once('?').unwrap();
        assert_eq!(query_ids(query), ids);
    }

    #[test]
    fn query_values_are_decoded_once() {
        assert_eq!(
            query_value("?a=1&id=x%2Fy+z", "id").as_deref(),
            Some("x/y z")
        );
        assert_eq!(query_value("a=%E2%80%99", "a").as_deref(), Some("’"));
        assert_eq!(query_value("a=100%", "a").as_deref(), Some("100%"));
        assert_eq!(query_value("a=50%2550", "a").as_deref(), Some("50%50"));
        assert_eq!(query_value("a=1", "b"), None);
        assert_eq!(query_ids("ids=b1,b2,"), ["b1", "b2"]);
    }

    #[test]
    fn pages_know_their_section() {
        let section = |path| Section::of_page(path, false);
        assert_eq!(section("/"), Some(Section::Overview));
        assert_eq!(section("/stappenplan/3"), Some(Section::Steps));
        assert_eq!(section(INSTITUTION_PATH), Some(Section::Institutions));
        assert_eq!(section(PLANNING_PRINT_PATH), Some(Section::Institutions));
        assert_eq!(section(CONVERSATION_PATH), Some(Section::Institutions));
        assert_eq!(
            Section::of_page(CONVERSATION_PATH, true),
            Some(Section::Steps),
            "a conversation of step 2 or 3 is the library's"
        );
        assert_eq!(section(ASSESSMENT_PATH), Some(Section::Assessment));
        assert_eq!(section("/naslag/bijlage-2"), Some(Section::Reference));
        assert_eq!(section("/gegevens/"), Some(Section::Data));
        assert_eq!(section("/onbekend"), None);
    }
}

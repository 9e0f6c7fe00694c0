//! What a page reads from its address: a value of the query string, and the school year
//! it shows.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::browser::clock::today;
use crate::model::{SchoolYear, parse_date};
use crate::routes::query_value;

/// The value of `key` in the page's query string (a record's `id`, an institution's `stap`),
/// decoded once. Read reactively: a page stays while only its query changes.
///
/// Read from the raw query rather than leptos_router's `use_query_map`, which decodes a
/// value twice (so that an id holding "%41" would read as "A"; leptos-rs/leptos#4731).
pub fn use_query_value(key: &'static str) -> Memo<Option<String>> {
    let location = use_location();
    Memo::new(move |_| location.search.with(|search| query_value(search, key)))
}

/// The school year a page shows: the one `?jaar=` names, else the one chosen on this
/// device (on the Overzicht), else the one today is in.
#[derive(Clone, Copy)]
pub struct ChosenYear {
    pub year: Memo<Option<SchoolYear>>,
    /// The Dutch message when `?jaar=` names no school year (today's is shown instead).
    pub refused: Memo<Option<String>>,
}

pub fn use_school_year() -> ChosenYear {
    let asked = use_query_value("jaar");
    let parsed = Memo::new(move |_| asked.get().map(|text| SchoolYear::parse(&text)));
    let chosen = crate::state::use_app_state().school_year;
    let today_in = parse_date(&today()).map(SchoolYear::of);
    // The year chosen on this device, else the one today is in.
    let this_year = move || chosen.get().or(today_in);
    ChosenYear {
        year: Memo::new(move |_| match parsed.get() {
            Some(Ok(year)) => Some(year),
            _ => this_year(),
        }),
        refused: Memo::new(move |_| match parsed.get() {
            Some(Err(refused)) => Some(format!(
                "{} Hieronder staat het schooljaar waarin u werkt.",
                refused.0
            )),
            _ => None,
        }),
    }
}

/// Says so when the address names no school year.
#[component]
pub fn YearRefused(chosen: ChosenYear) -> impl IntoView {
    move || {
        chosen.refused.get().map(|refused| {
            view! { <p class="import-refused no-print" role="alert">{refused}</p> }
        })
    }
}

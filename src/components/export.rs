//! Exports for a colleague or another device, and the reminder to make one.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clock::{local_day, today};
use crate::browser::device::{can_share_files, share_file};
use crate::browser::download::download_json;
use crate::model::format_date;
use crate::state::use_app_state;

/// Exports the whole workspace, or one institution with all that belongs to it: a download
/// everywhere, and "Delen" where the browser can share files (in an installed iPad app a
/// download fails, so sharing is the way out).
#[component]
pub fn ExportButtons(
    label: &'static str,
    /// The institution to export; the whole workspace when absent.
    #[prop(optional, into)]
    institution: Option<String>,
) -> impl IntoView {
    let state = use_app_state();
    let error = RwSignal::new(None::<String>);
    let whole = institution.is_none();
    let file = StoredValue::new(move || match &institution {
        Some(id) => state.export_institution(id),
        None => state.export_all(),
    });
    // Only a whole export that reached the user counts as the last export.
    let done = move |outcome: Result<bool, String>| {
        if whole && outcome == Ok(true) {
            state.mark_exported();
        }
        error.set(outcome.err());
    };
    let download = move |_| match file.with_value(|f| f()) {
        Ok((name, text)) => done(download_json(&name, &text).map(|()| true)),
        Err(refused) => done(Err(refused)),
    };
    let share = move |_| match file.with_value(|f| f()) {
        Ok((name, text)) => spawn_local(async move { done(share_file(&name, &text).await) }),
        Err(refused) => done(Err(refused)),
    };
    let sharing = can_share_files().then(|| {
        view! {
            <button type="button" class="button button--secondary" on:click=share>"Delen"</button>
        }
    });
    view! {
        <div class="button-row">
            <button type="button" class="button" on:click=download>{label}</button>
            {sharing}
        </div>
        {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
    }
}

/// When the whole workspace was last exported on this device.
#[component]
pub fn LastExport() -> impl IntoView {
    let state = use_app_state();
    let said = move || match state.last_export.get() {
        Some(at) => format!(
            "Laatste export van alles: {}.",
            format_date(&local_day(&at))
        ),
        None => "U hebt op dit apparaat nog geen export van alles gemaakt.".into(),
    };
    view! { <p class="last-export">{said}</p> }
}

/// A gentle reminder to export, when the last full export is more than a week old and
/// something changed since (or there never was one).
#[component]
pub fn ExportReminder(
    /// Whether to link to Gegevens (not on Gegevens itself).
    #[prop(optional)]
    link: bool,
) -> impl IntoView {
    let state = use_app_state();
    // A memo: typing the library's name on the same page does not rebuild the reminder.
    // `Some(never exported)` when a reminder is due.
    let overdue = Memo::new(move |_| {
        let last = state.last_export.get();
        state
            .workspace
            .with(|w| w.export_overdue(last.as_deref(), &today()))
            .then_some(last.is_none())
    });
    view! {
        {move || overdue.get().map(|never| view! {
            <p class="reminder" role="status">
                // On Gegevens the line above it says already that there was none.
                {match (never, link) {
                    (true, true) => "U hebt op dit apparaat nog geen export van alles gemaakt. ",
                    (true, false) => "",
                    (false, _) => "Er is iets gewijzigd sinds uw laatste export van alles. ",
                }}
                "Maak af en toe een export: als de browser zijn opslag wist, is dat uw reservekopie. "
                {link.then(|| view! { <a href="/gegevens">"Exporteren bij Gegevens"</a> })}
            </p>
        })}
    }
}

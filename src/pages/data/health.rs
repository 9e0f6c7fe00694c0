//! How safe the data is on this device: saving, space used, whether the browser may clear
//! it, and whether the app runs installed or in a tab.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::device::{installed, is_ipad, persisted, request_persistence};
use crate::state::{STORAGE_LIMIT, storage_usage};
use crate::state::{SaveStatus, use_app_state};

#[component]
pub fn StorageHealth() -> impl IntoView {
    let state = use_app_state();
    let saved = move || match state.save_status.get() {
        SaveStatus::Failed(message) => message,
        SaveStatus::Pending => "Uw laatste wijziging wordt zo opgeslagen.".into(),
        SaveStatus::Saved => {
            "Alles wat u invult, is opgeslagen in deze browser op dit apparaat.".into()
        }
    };
    // Counting measures every stored value: done once a save is through (or backups
    // changed), not on the keystrokes that set the status to pending.
    let units = Memo::new(move |counted: Option<&usize>| {
        state.backups.track();
        let saved = state.save_status.with(|s| *s == SaveStatus::Saved);
        match counted {
            Some(units) if !saved => *units,
            _ => storage_usage(),
        }
    });
    let used = move || {
        let units = units.get();
        format!(
            "Werkruimte: {} kB van de ongeveer {} kB die browsers hiervoor toestaan ({}%).",
            units.div_ceil(1024),
            STORAGE_LIMIT / 1024,
            units * 100 / STORAGE_LIMIT
        )
    };
    let backups = move || {
        state.backups.with(|backups| {
            let kept: usize = backups.iter().map(|b| b.units).sum();
            format!(
                "Reservekopieën: {} ({} kB), apart bewaard in de IndexedDB-opslag van deze \
                 browser, die veel meer ruimte heeft. In totaal houdt de app {} kB bij.",
                backups.len(),
                kept.div_ceil(1024),
                (kept + units.get()).div_ceil(1024)
            )
        })
    };
    view! {
        <section class="card" aria-labelledby="opslag-kop">
            <h2 id="opslag-kop">"Opslag op dit apparaat"</h2>
            <p>{saved}</p>
            <p>{used}</p>
            <p>{backups}</p>
            <Persistence/>
            <Installation/>
            <p class="hint">
                "Er gaat niets naar een server. Uw exportbestanden zijn de enige kopie buiten "
                "deze browser."
            </p>
        </section>
    }
}

/// Whether the browser has promised to keep the data, and a way to ask it.
#[component]
fn Persistence() -> impl IntoView {
    // None: not known (yet); the browser answers asynchronously.
    let kept = RwSignal::new(None::<bool>);
    spawn_local(async move { kept.set(persisted().await) });
    let ask = move |_| spawn_local(async move { kept.set(request_persistence().await) });
    move || {
        match kept.get() {
        Some(true) => view! {
            <p>"Deze browser heeft toegezegd de gegevens te bewaren, ook als de opslag krap wordt."</p>
        }
        .into_any(),
        Some(false) => view! {
            <p>"Deze browser mag de gegevens wissen als de opslag krap wordt of de app lang niet is gebruikt."</p>
            <p>
                <button type="button" class="button button--secondary" on:click=ask>
                    "Vraag de browser de gegevens te bewaren"
                </button>
            </p>
        }
        .into_any(),
        None => view! {
            <p>"Of deze browser de gegevens altijd bewaart, is niet bekend."</p>
        }
        .into_any(),
    }
    }
}

/// Installed app or browser tab, with the iPad advice that follows from it.
#[component]
fn Installation() -> impl IntoView {
    if installed() {
        return view! { <p>"De app draait als geïnstalleerde app."</p> }.into_any();
    }
    let advice = is_ipad().then(|| {
        view! {
            <p class="reminder">
                "Op een iPad wist Safari de gegevens van een website die zeven dagen niet is "
                "gebruikt. Zet de app op het beginscherm (Deel, ‘Zet op beginscherm’) en breng uw "
                "gegevens over: exporteer ze hier, open de app op het beginscherm en importeer het "
                "bestand daar. De app op het beginscherm en Safari delen hun gegevens niet."
            </p>
        }
    });
    view! {
        <p>"De app draait in een browsertabblad."</p>
        {advice}
    }
    .into_any()
}

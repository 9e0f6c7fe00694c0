//! Gegevens: who is working, exports, imports with their preview, the automatic backups,
//! the health of storage on this device, and wiping everything.

use leptos::prelude::*;

use leptos_meta::Title;

use crate::components::{
    ExportButtons, ExportReminder, LastExport, LibraryForm, PasswordExport, RecordsLoaded,
};
use crate::routes::PRIVACY_PATH;
use crate::state::{download_set_aside, set_aside_keys, set_aside_stamp, use_app_state};

mod arrangement;
mod backups;
mod health;
mod import;
mod unlock;
mod wipe;

pub use import::accept_dropped_files;

use backups::Backups;
use health::StorageHealth;
use import::ImportSection;
use wipe::WipeSection;

/// Who is working, and what is stored on this device.
#[component]
pub fn DataPage() -> impl IntoView {
    view! {
        <Title text="Gegevens"/>
        <article class="page">
            <h1>"Gegevens"</h1>
            <p class="link-line">
                "Alles staat alleen op dit apparaat. Wat de app bewaart, hoe lang en hoe u het "
                "verwijdert: " <a href=PRIVACY_PATH>"Privacy"</a> "."
            </p>
            <section class="card" aria-labelledby="wie-kop">
                <h2 id="wie-kop">"Bibliotheek en gebruiker"</h2>
                <LibraryForm/>
            </section>
            <section class="card" aria-labelledby="export-kop">
                <h2 id="export-kop">"Exporteren"</h2>
                <p>
                    "Een export is een bestand met al uw gegevens. Het is uw reservekopie, en zo "
                    "brengt u uw werk naar een ander apparaat of naar een collega."
                </p>
                <LastExport/>
                <ExportReminder/>
                <ExportButtons label="Alles exporteren"/>
                <PasswordExport/>
                <p class="hint">
                    "Eén instelling met alles wat erbij hoort, exporteert u op de pagina van die "
                    "instelling."
                </p>
            </section>
            <ImportSection/>
            <Backups/>
            <RecordsLoaded>
                <StorageHealth/>
            </RecordsLoaded>
            <SetAsideDocuments/>
            <WipeSection/>
        </article>
    }
}

/// Unreadable documents that were set aside, each downloadable.
#[component]
fn SetAsideDocuments() -> impl IntoView {
    let state = use_app_state();
    // Re-read when the user sets a document aside on this visit.
    let keys = move || {
        state.unreadable.track();
        set_aside_keys()
    };
    let error = RwSignal::new(None::<String>);
    move || {
        let keys = keys();
        (!keys.is_empty()).then(|| {
            view! {
                <section class="card" aria-labelledby="apart-kop">
                    <h2 id="apart-kop">"Apart bewaarde gegevens"</h2>
                    <p>
                        "Deze gegevens konden eerder niet worden geopend en zijn apart bewaard. "
                        "Download ze om ze te bewaren of om hulp te vragen."
                    </p>
                    <ul class="link-list">
                        {keys
                            .into_iter()
                            .map(|key| {
                                let stamp = set_aside_stamp(&key).to_string();
                                let label = format!("Download (apart gezet op {})", stamp.replace('T', " ").chars().take(16).collect::<String>());
                                let download = move |_| {
                                    error.set(download_set_aside(&key, &stamp).err());
                                };
                                view! {
                                    <li>
                                        <button type="button" class="button button--secondary" on:click=download>
                                            {label}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                </section>
            }
        })
    }
}

use leptos::prelude::*;

use crate::components::{DownloadCopyButton, LibraryForm, dynamic, live, set_title};
use crate::state::{SaveStatus, use_app_state};
use crate::storage::download::download_json;
use crate::storage::local;

/// Who is working, and what is stored on this device.
#[component]
pub fn DataPage() -> impl IntoView {
    set_title("Gegevens");
    let state = use_app_state();
    let saved = live(move || match state.save_status.get() {
        SaveStatus::Failed(message) => message,
        SaveStatus::Pending => "Uw laatste wijziging wordt zo opgeslagen.".into(),
        SaveStatus::Saved => {
            "Alles wat u invult, is opgeslagen in deze browser op dit apparaat.".into()
        }
    });
    view! {
        <article class="page">
            <h1>"Gegevens"</h1>
            <section class="card" aria-labelledby="wie-kop">
                <h2 id="wie-kop">"Bibliotheek en gebruiker"</h2>
                <LibraryForm/>
            </section>
            <section class="card" aria-labelledby="opslag-kop">
                <h2 id="opslag-kop">"Opslag op dit apparaat"</h2>
                <p>{saved}</p>
                <p>
                    "Er gaat niets naar een server. Bewaar af en toe een kopie, bijvoorbeeld op een "
                    "gedeelde schijf: als de browser zijn opslag wist, is dat uw reservekopie."
                </p>
                <DownloadCopyButton/>
                <p class="hint">
                    "Exporteren per instelling en importeren bij een collega komen in een volgende versie."
                </p>
            </section>
            <SetAsideDocuments/>
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
        local::set_aside_keys()
    };
    let error = RwSignal::new(None::<String>);
    dynamic(move || {
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
                                let stamp = key.trim_start_matches(local::SET_ASIDE_PREFIX).to_string();
                                let label = format!("Download (apart gezet op {})", stamp.replace('T', " ").chars().take(16).collect::<String>());
                                let download = move |_| {
                                    let text = local::read(&key).ok().flatten().unwrap_or_default();
                                    let name = format!("ouderpartnerschap-onleesbaar-{}.json", &stamp[..stamp.len().min(10)]);
                                    error.set(download_json(&name, &text).err());
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
                    {dynamic(move || error.get().map(|e| view! { <p class="field-error">{e}</p> }))}
                </section>
            }
        })
    })
}

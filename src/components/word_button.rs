//! *Downloaden als Word*: a document the school can edit, made when the button is pressed.

use leptos::prelude::*;

use crate::browser::download::download_bytes;
use crate::model::DOCX_MIME;

/// The button, and what became of the download on a line of its own below the buttons of
/// the row it stands in.
#[component]
pub fn WordButton(
    /// Makes the document: its file name and bytes, or why not (in Dutch).
    #[prop(into)]
    file: Callback<(), Result<(String, Vec<u8>), String>>,
) -> impl IntoView {
    let said = RwSignal::new(None::<Result<(), String>>);
    let download = move |_| {
        let offered = file
            .run(())
            .and_then(|(name, bytes)| download_bytes(&name, &bytes, DOCX_MIME));
        said.set(Some(offered));
    };
    view! {
        <button type="button" class="button button--secondary" on:click=download>
            "Downloaden als Word"
        </button>
        <p class="button-row__said" role="status">
            {move || said.get().map(|offered| match offered {
                Ok(()) => "Het Word-bestand is gedownload: de school kan het openen, aanvullen en in het (voor)leesplan overnemen.".to_string(),
                Err(reason) => reason,
            })}
        </p>
    }
}

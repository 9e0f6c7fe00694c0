//! Copying text for the user to paste elsewhere (a spreadsheet, a mail).

use wasm_bindgen_futures::JsFuture;

/// Puts `text` on the clipboard; `Err` holds a Dutch message for when the browser refuses.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let refused = || {
        "Kopiëren lukt niet in deze browser. Download het bestand en open het in uw \
         spreadsheetprogramma."
            .to_string()
    };
    let clipboard = web_sys::window()
        .ok_or_else(refused)?
        .navigator()
        .clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| refused())
}

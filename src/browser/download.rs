//! Hands a text or the bytes of a file to the user as a downloaded file.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a file named `file_name`. Returns a Dutch message when the browser
/// refuses.
pub fn download_json(file_name: &str, text: &str) -> Result<(), String> {
    download(file_name, text, "application/json")
}

/// Offers `text` as a file of type `mime` named `file_name`, or says in Dutch that the
/// browser refused.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    refused(offer(file_name, &JsValue::from_str(text), mime))
}

/// Offers `bytes` as a file of type `mime` named `file_name`, or says in Dutch that the
/// browser refused.
pub fn download_bytes(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    refused(offer(file_name, &js_sys::Uint8Array::from(bytes), mime))
}

fn refused(offered: Result<(), JsValue>) -> Result<(), String> {
    offered.map_err(|_| {
        "Downloaden lukt niet in deze browser. Probeer het in een andere browser.".to_string()
    })
}

/// Offers the file made of `content`: a string or a `Uint8Array`, both of which a `Blob`
/// takes as a part.
fn offer(file_name: &str, content: &JsValue, mime: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(content);
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_buffer_source_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The browser reads the blob after this call returns; release it a little later.
    let release = Closure::once_into_js(move || {
        // Releasing fails only for a URL already released: nothing left to free.
        Url::revoke_object_url(&url).ok();
    });
    if let Some(window) = web_sys::window() {
        window.set_timeout_with_callback_and_timeout_and_arguments_0(
            release.unchecked_ref(),
            60_000,
        )?;
    }
    Ok(())
}

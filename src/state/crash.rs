//! When the app itself fails (a panic, which ends the wasm program in a release build):
//! save what can be saved and tell the user in Dutch, with a way out.
//!
//! The hook runs while the program is dying, so it does only what cannot fail again: it
//! builds its banner with plain DOM calls (no Leptos), offers the data as a link to a file
//! made in the browser (no event handler into the dead program), and reloads through a
//! plain link. Only then does it try to read and store the workspace, which may fail when
//! the panic happened halfway through changing it; what was saved last stays in storage.

use std::cell::Cell;

use leptos::prelude::*;
use reactive_stores::Store;
use wasm_bindgen::{JsCast, JsValue};

use super::saver::Saver;
use crate::browser::clock::{now, today};
use crate::model::Workspace;
use crate::storage::layout::{Changed, Written, lay_out};
use crate::storage::local::{self, WORKSPACE_KEY};
use crate::storage::{document::named_parts, encode_export};

thread_local! {
    /// The workspace of the running app and its saver, for the hook.
    static APP: Cell<Option<(Store<Workspace>, Saver)>> = const { Cell::new(None) };
}

/// The DOM event that makes the app fail on purpose, so that an end-to-end test can see
/// what a user would see. Only a build with the `test-hooks` feature listens for it.
#[cfg(feature = "test-hooks")]
pub const TEST_PANIC_EVENT: &str = "ouderpartnerschap-test-paniek";

/// Tells the hook which workspace to save, and the saver that says whether it may.
pub(super) fn remember(workspace: Store<Workspace>, saver: Saver) {
    APP.with(|app| app.set(Some((workspace, saver))));
}

/// Installs the hook (the app's `main`; tests keep their own).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        // The banner first: saving may fail again (the panic may have come from there).
        let Some(banner) = show_banner() else {
            return;
        };
        let export = APP
            .with(Cell::get)
            .and_then(|(workspace, saver)| save_now(workspace, saver));
        finish_banner(&banner, export.as_deref());
    }));
    #[cfg(feature = "test-hooks")]
    leptos::prelude::window_event_listener_untyped(TEST_PANIC_EVENT, |_| {
        panic!("op verzoek van een test");
    });
}

/// Stores the workspace as it is now (where this tab may write: never over an unreadable
/// document or another tab's wipe) and returns it as an export text; `None` when it cannot
/// be read any more.
fn save_now(workspace: Store<Workspace>, saver: Saver) -> Option<String> {
    let at = now();
    let may_write = saver.may_write();
    workspace.try_with_untracked(|w| {
        let previous = local::read(WORKSPACE_KEY)
            .ok()
            .flatten()
            .map(|text| named_parts(&text))
            .unwrap_or_default();
        // Stored if it may and fits; the download below has it either way.
        if may_write {
            let layout = lay_out(w, &at, &Written::default(), &Changed::default());
            local::save(WORKSPACE_KEY, &layout, &previous).ok();
        }
        encode_export(w, &at, &w.library.user_name)
    })
}

/// The Dutch banner, built without the app: what happened and a reload.
fn show_banner() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let banner = document.create_element("section").ok()?;
    banner.set_class_name("banner banner--warning banner--crash");
    banner.set_attribute("role", "alert").ok();
    banner.set_inner_html(
        "<h2>Er ging iets mis in de app</h2><p class=\"crash-saved\">Wat u het laatst had \
         opgeslagen, staat nog op dit apparaat.</p><p>Herlaad de pagina om verder te werken; \
         download voor de zekerheid eerst een kopie van uw gegevens.</p>\
         <p class=\"button-row\"><a class=\"button\" href=\"/\">Herlaad de pagina</a></p>",
    );
    body.prepend_with_node_1(&banner).ok()?;
    Some(banner)
}

/// Says what was saved, and offers the data: as it was on screen, or else as stored, with
/// the parts the stored document names.
fn finish_banner(banner: &web_sys::Element, export: Option<&str>) {
    if export.is_some()
        && let Ok(Some(saved)) = banner.query_selector(".crash-saved")
    {
        saved.set_text_content(Some("Wat u had ingevuld, is opgeslagen."));
    }
    let text = export.map(str::to_string).or_else(|| {
        local::read(WORKSPACE_KEY)
            .ok()
            .flatten()
            .map(|t| local::with_parts(&t))
    });
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(link) = text.and_then(|t| download_link(&document, &t))
        && let Ok(Some(row)) = banner.query_selector(".button-row")
    {
        row.append_child(&link).ok();
    }
}

/// A link that downloads `text` as a file, made entirely in the browser.
fn download_link(document: &web_sys::Document, text: &str) -> Option<web_sys::Element> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(&format!("ouderpartnerschap-noodkopie-{}.json", today()));
    link.set_class_name("button button--secondary");
    link.set_text_content(Some("Download een kopie van uw gegevens"));
    Some(link.into())
}

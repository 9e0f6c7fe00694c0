//! Client-side navigation: the address bar as a signal, links handled in place.
//!
//! A few dozen lines instead of leptos_router: the app's routes are static and matched by
//! the pure `routes::Page::from_url`, and the router's generic route tables cost ~35 KB of
//! gzipped wasm.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::routes::Page;

/// The current address and a way to go elsewhere. Copy it into closures freely.
#[derive(Clone, Copy)]
pub struct Navigator {
    location: RwSignal<(String, String)>,
    pub page: Memo<Page>,
}

impl Navigator {
    /// Whether the address's query has `key` (a flag such as `toegevoegd=1`).
    pub fn has_flag(&self, key: &str) -> bool {
        self.location
            .with(|(_, query)| crate::routes::query_value(query, key).is_some())
    }

    /// Goes to `href` (a path on this site, with an optional query), adding a history entry
    /// unless it is the page already shown.
    pub fn go(&self, href: &str) {
        let (path, query) = href.split_once('?').unwrap_or((href, ""));
        let here = self
            .location
            .with_untracked(|(p, q)| p == path && q.trim_start_matches('?') == query);
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let moved = if here {
                history.replace_state_with_url(&JsValue::NULL, "", Some(href))
            } else {
                history.push_state_with_url(&JsValue::NULL, "", Some(href))
            };
            // Refused only for another origin, which own links never are: the page still
            // changes, the address bar alone stays behind.
            if moved.is_err() {
                web_sys::console::warn_1(&"adres niet bijgewerkt".into());
            }
        }
        self.location.set((path.to_string(), query.to_string()));
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
}

fn current_location() -> (String, String) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return ("/".into(), String::new());
    };
    (
        location.pathname().unwrap_or_else(|_| "/".into()),
        location.search().unwrap_or_default(),
    )
}

/// Starts following the address bar and handling clicks on the site's own links.
pub fn provide_navigator() -> Navigator {
    let location = RwSignal::new(current_location());
    let page = Memo::new(move |_| location.with(|(path, query)| Page::from_url(path, query)));
    let navigator = Navigator { location, page };
    window_event_listener(ev::popstate, move |_| location.set(current_location()));
    window_event_listener(ev::click, move |event| {
        if let Some(href) = own_link(&event) {
            event.prevent_default();
            navigator.go(&href);
        }
    });
    provide_context(navigator);
    navigator
}

pub fn use_navigator() -> Navigator {
    expect_context::<Navigator>()
}

/// The href of a plain left click on a link to a page of this site, if that is what it is.
fn own_link(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target.closest("a[href]").ok()??;
    if anchor.has_attribute("target") || anchor.has_attribute("download") {
        return None;
    }
    let href = anchor.get_attribute("href")?;
    (href.starts_with('/') && !href.starts_with("//")).then_some(href)
}

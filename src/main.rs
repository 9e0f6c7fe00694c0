use leptos::mount::mount_to_body;
use ouderpartnerschap::App;
use wasm_bindgen::JsValue;

fn main() {
    restore_deep_link();
    ouderpartnerschap::state::install_crash_hook();
    mount_to_body(App);
    if cfg!(not(debug_assertions)) {
        register_service_worker();
    }
}

/// Lets the app start offline after the first visit (release builds carry `sw.js`).
fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Absent outside secure contexts; calling into it there would throw.
    if js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        let _registration = navigator.service_worker().register("/sw.js");
    }
}

/// A reload of a deep link on a plain static server lands on a small route page that sends
/// the browser to `/?pad=<path>` (see scripts/postbuild.mjs); put that path back in the
/// address bar before the router reads it.
fn restore_deep_link() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let search = window.location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    let Some(path) = params.get("pad") else {
        return;
    };
    // Only a path on this site; anything else is ignored and the app opens at its start.
    if path.starts_with('/')
        && !path.starts_with("//")
        && let Ok(history) = window.history()
    {
        // Refused only for another origin, which a path on this site never is.
        history
            .replace_state_with_url(&JsValue::NULL, "", Some(&path))
            .ok();
    }
}

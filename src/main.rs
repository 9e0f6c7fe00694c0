use leptos::mount::mount_to_body;
use ouderpartnerschap::App;
use wasm_bindgen::JsValue;

fn main() {
    ouderpartnerschap::browser::mark("app-start");
    ouderpartnerschap::state::install_crash_hook();
    mount_to_body(App);
    ouderpartnerschap::browser::mark("app-mounted");
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

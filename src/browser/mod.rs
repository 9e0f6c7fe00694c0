//! Browser services that are not storage: the clock, handing a file to the user, sharing,
//! sealing an export with a password (Web Crypto),
//! the clipboard, Dutch collation, whether the app runs installed, and reading a file the
//! user chose. Views call the browser only through here (and storage through `state`).

pub mod clipboard;
pub mod clock;
pub mod collator;
pub mod crypto;
pub mod device;
pub mod download;

/// A mark on the page's performance timeline: the benchmark times start-up and the load of
/// the stored workspace between them.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // A missing mark only leaves the benchmark without a figure.
        performance.mark(name).ok();
    }
}

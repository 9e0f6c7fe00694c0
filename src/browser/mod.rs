//! Browser services that are not storage: the clock, handing a file to the user, sharing,
//! the clipboard, Dutch collation, whether the app runs installed, and reading a file the
//! user chose. Views call the browser only through here (and storage through `state`).

pub mod clipboard;
pub mod clock;
pub mod collator;
pub mod device;
pub mod download;

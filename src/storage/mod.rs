//! Persistence of the workspace.
//!
//! `document`, `codec`, `json` and `migrate` are pure (the versioned envelope, the field
//! names of the file format, a small JSON reader/writer and the upgrades, tested natively); `local` is the one module that touches the browser's localStorage, and
//! `download` hands a document to the user as a file.

mod codec;
pub mod document;
pub mod download;
mod json;
pub mod local;
pub mod merge;
pub mod migrate;

pub use document::{
    DocumentError, FORMAT, SCHEMA_VERSION, decode, encode, encode_export, export_file_name,
    nearly_full,
};

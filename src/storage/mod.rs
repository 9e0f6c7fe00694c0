//! Persistence of the workspace.
//!
//! `document` and `migrate` are pure (the versioned envelope and its upgrades, tested
//! natively); `local` is the one module that touches the browser's localStorage, and
//! `download` hands a document to the user as a file.

pub mod document;
pub mod download;
pub mod local;
pub mod migrate;

pub use document::{DocumentError, FORMAT, SCHEMA_VERSION, decode, encode, export_file_name};

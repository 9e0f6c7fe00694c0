//! Persistence of the workspace.
//!
//! Pure, tested natively: `document` (the versioned envelope, read and written by serde),
//! `messages` (serde's errors in Dutch, with their place), `migrate` (the upgrades),
//! `merge` (import preview and merge), `versions` (two versions of a record side by side),
//! `layout` (the stored workspace in parts), `sealed` (an export locked with a password) and
//! `traces` (deleted institutions still held by a backup).
//!
//! Browser: `local` is the one module that touches localStorage (through gloo-storage), and
//! `backup` keeps automatic copies there.

pub mod backup;
pub mod document;
pub mod import;
pub mod layout;
pub mod local;
mod messages;
mod migrate;
pub mod sealed;
pub mod traces;
pub mod versions;

pub use document::{
    DocumentError, FORMAT, Origin, SCHEMA_VERSION, Stored, decode, decode_file, decode_stored,
    encode, encode_export, export_file_name, export_whose, nearly_full,
};

//! Persistence of the workspace.
//!
//! Pure, tested natively: `document` (the versioned envelope), `codec` (the field names of
//! the file format), `value` (a JSON parser that borrows from the text), `json` (reading
//! records from it, and writing), `migrate` (the upgrades), `merge`
//! (import preview and merge), `versions` (two versions of a record side by side) and
//! `layout` (the stored workspace in parts).
//!
//! Browser: `local` is the one module that touches localStorage, `backup` keeps automatic
//! copies there, `download` hands a document to the user as a file, and `device` asks the
//! browser about sharing, persistence, installation and chosen files.

pub mod backup;
mod codec;
pub mod device;
pub mod document;
pub mod download;
mod json;
pub mod layout;
pub mod local;
pub mod merge;
mod migrate;
mod value;
pub mod versions;

pub use document::{
    DocumentError, FORMAT, SCHEMA_VERSION, Stamps, Stored, decode, decode_file, decode_stored,
    encode, encode_export, export_file_name, nearly_full,
};

//! Importing a colleague's or another device's workspace into this one: reading the file
//! (`file`), what the import would add and change (`preview`), and the merge itself
//! (`merge`). Records are matched by id; nothing of this workspace is ever dropped.
//!
//! A record on both sides is merged field by field, by the fields' stamps (see
//! `model::FieldStamp`): a field the file changed from the value this device has is taken,
//! one this device changed from the file's value stays, and only a field changed on both
//! sides since they last had it in common is a conflict for the user, who keeps one side or,
//! for text, both. The library's steps are decided whole, and a colleague's are left out
//! unless the user takes them over (`team`).

mod file;
mod merge;
mod preview;
mod team;
#[cfg(test)]
mod tests;

pub use file::{ImportFile, MAX_IMPORT_BYTES, duplicate_ids, read_import, too_large};
pub use merge::{Names, changes_nothing, merge, merge_named};
pub use preview::{Difference, Gone, Preview, Side, only_here, preview};
pub use team::{
    Arrangement, LookAlike, arrange, default_arrangement, from_colleague, library_step_changes,
    look_alike_people, look_alikes,
};

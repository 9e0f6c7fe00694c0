//! Upgrades of workspaces read from older schema versions.
//!
//! Every version is read into the current `Workspace` (a field added since takes its
//! default); `MIGRATIONS[n]` then turns what was a version `n + 1` workspace into version
//! `n + 2`, for what a default cannot express. Add one entry, with a fixture file of the old
//! version in `tests/fixtures/`, whenever the shape changes.

use crate::model::Workspace;

type Migration = fn(&mut Workspace);

const MIGRATIONS: [Migration; 2] = [add_assessments, parts_in_storage];

/// The newest schema version this app reads: one more than the migrations that lead to it.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32 + 1;

/// Brings a workspace written as version `from` up to the current schema version.
pub fn migrate(workspace: &mut Workspace, from: u32) {
    for step in MIGRATIONS.iter().skip(from.saturating_sub(1) as usize) {
        step(workspace);
    }
}

/// Version 2 added project assessments, which a version 1 document reads as none. The
/// version was raised so that an older app, which does not know them, refuses such a
/// document instead of dropping them on save.
fn add_assessments(_: &mut Workspace) {}

/// Version 3 moved the stored workspace's record lists into parts of their own; the
/// workspace itself keeps its shape (`document::decode_stored` reads the parts back).
fn parts_in_storage(_: &mut Workspace) {}

//! Upgrades of stored workspaces from older schema versions.
//!
//! `MIGRATIONS[n]` turns a version `n + 1` workspace into version `n + 2`. Add one entry,
//! with a fixture file of the old version in `tests/fixtures/`, whenever the shape changes.

use serde_json::Value;

use super::document::{DocumentError, SCHEMA_VERSION};

type Migration = fn(Value) -> Result<Value, DocumentError>;

const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [];

/// Brings a workspace written as `from` up to the current schema version.
pub fn migrate(mut workspace: Value, from: u32) -> Result<Value, DocumentError> {
    for step in MIGRATIONS.iter().skip(from.saturating_sub(1) as usize) {
        workspace = step(workspace)?;
    }
    Ok(workspace)
}

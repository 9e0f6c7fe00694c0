//! Upgrades of stored workspaces from older schema versions.
//!
//! `MIGRATIONS[n]` turns a version `n + 1` workspace into version `n + 2`. Add one entry,
//! with a fixture file of the old version in `tests/fixtures/`, whenever the shape changes.

use super::value::Value;

use super::document::{DocumentError, SCHEMA_VERSION};

type Migration = for<'a> fn(Value<'a>) -> Result<Value<'a>, DocumentError>;

const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [add_assessments, parts_in_storage];

/// Brings a workspace written as `from` up to the current schema version.
pub fn migrate(mut workspace: Value<'_>, from: u32) -> Result<Value<'_>, DocumentError> {
    for step in MIGRATIONS.iter().skip(from.saturating_sub(1) as usize) {
        workspace = step(workspace)?;
    }
    Ok(workspace)
}

/// Version 2 added project assessments. The version was raised so that an older app,
/// which does not know them, refuses such a document instead of dropping them on save.
fn add_assessments(mut workspace: Value<'_>) -> Result<Value<'_>, DocumentError> {
    if let Value::Object(fields) = &mut workspace
        && fields.get("assessments").is_none()
    {
        fields.insert("assessments", Value::Array(Vec::new()));
    }
    Ok(workspace)
}

/// Version 3 moved the stored workspace's record lists into parts of their own; the
/// workspace itself keeps its shape (`document::decode_stored` reads the parts back).
fn parts_in_storage(workspace: Value<'_>) -> Result<Value<'_>, DocumentError> {
    Ok(workspace)
}

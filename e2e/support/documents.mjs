// Stored documents and import files as the app writes them, for journeys that start from one.

/** The text of a version 2 document holding `workspace`, with its save or export stamp. */
export const documentWith = (workspace, stamp = {}) =>
  JSON.stringify({ format: 'ouderpartnerschap', schemaVersion: 2, appVersion: '0.1.0', ...stamp, workspace });

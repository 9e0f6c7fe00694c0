// Functions that run inside the page (passed to evaluate), shared by both suites.

/** The stored workspace, its record lists read back from the parts the main document names. */
export function readStoredWorkspace(key) {
  const main = JSON.parse(localStorage.getItem(key));
  const lists = { institutions: [], conversations: [], activities: [], assessments: [], moments: [], people: [], sessions: [] };
  for (const part of main.parts ?? []) {
    for (const [list, records] of Object.entries(JSON.parse(localStorage.getItem(part)))) {
      lists[list].push(...records);
    }
  }
  // The main document holds the records that follow those in parts.
  for (const list of Object.keys(lists)) lists[list].push(...(main.workspace[list] ?? []));
  return { ...main.workspace, ...lists };
}

/** Fills the site's storage to the brim with other keys; the browser's own limit decides. */
export function fillStorage() {
  let chunk = 'x'.repeat(1024 * 1024);
  for (let i = 0; chunk.length > 0; ) {
    try {
      localStorage.setItem(`vulling-${i}`, chunk);
      i += 1;
    } catch {
      chunk = chunk.slice(0, Math.floor(chunk.length / 2));
    }
  }
}

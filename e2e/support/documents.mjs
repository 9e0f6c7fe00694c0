// Stored documents and import files as the app writes them, for journeys that start from one.

/** The text of a version 2 document holding `workspace`, with its save or export stamp. */
export const documentWith = (workspace, stamp = {}) =>
  JSON.stringify({ format: 'ouderpartnerschap', schemaVersion: 2, appVersion: '0.1.0', ...stamp, workspace });

const STAMP = '2026-11-20T10:00:00.000Z';
const made = { createdAt: STAMP, updatedAt: STAMP };

/** A library at work: a school and a pre-school with contacts, conversations of the
 *  library (step 2) and of the school (step 9), planning rows, an evaluation and two
 *  assessments, so that every page shows its controls. Ids as `RECORDS` names them. */
export const WORKING_LIBRARY = {
  library: { name: 'Bibliotheek Rivierenland', userName: 'Ilse de Vries' },
  steps: { 'stap-1': { status: 'done', statusSince: STAMP, updatedAt: STAMP }, 'stap-2': { status: 'in_progress', updatedAt: STAMP } },
  institutions: [
    {
      id: 'linde', name: 'Obs De Linde', kind: 'basisschool', programme: 'bibliotheek_op_school', place: 'Tiel',
      schoolYear: '2026-2027', consultant: 'Ilse de Vries', links: ['hummel'],
      contacts: [{ id: 'contact-anke', role: 'reading_coordinator', name: 'Anke de Vries', email: 'anke@delinde.nl', phone: '0344 123456' }],
      selection: { decision: 'chosen', indicators: ['stap-7-indicator-a'] }, startOutcome: 'goes_ahead',
      evaluations: [{ id: 'evaluatie-1', date: '2027-01-20', wentWell: 'Voorleesontbijt goed bezocht', changes: '', nextDate: '2027-06-01' }],
      ...made,
    },
    { id: 'hummel', name: 'Kdv Hummel', kind: 'kinderdagverblijf', place: 'Tiel', links: ['linde'], ...made },
  ],
  conversations: [
    {
      id: 'gesprek-start', kind: 'start', institutionId: 'linde', date: '2026-11-20', status: 'held',
      present: ['Anke de Vries (leescoördinator)'], parties: { school: true, preschool: true },
      answers: { 'bijlage-5-school-a': { notes: 'Veel ouders lezen zelf weinig.', discussed: true } },
      agreements: 'Voorleesontbijt in januari', ...made,
    },
    {
      id: 'gesprek-directie', kind: 'management', date: '2026-11-10', status: 'prepared',
      answers: { 'stap-2-vragen-directie-1': { notes: 'Twee leesconsulenten beschikbaar.', discussed: true } }, ...made,
    },
  ],
  activities: [
    { id: 'rij-1', institutionId: 'linde', activity: 'Voorleesontbijt', goal: 'Ouders lezen voor', month: '2027-01', who: 'Leesconsulent', ...made },
    { id: 'rij-2', institutionId: 'linde', activity: 'Boekenmarkt', month: '2027-03', done: true, ...made },
  ],
  assessments: [
    { id: 'beoordeling-1', name: 'VoorleesExpress', catalogueId: 'project-voorleesexpress', institutionId: 'linde', homeReading: 'yes', characteristics: ['a', 'c'], ...made },
    { id: 'beoordeling-2', name: 'Boekenpret', catalogueId: 'project-boekenpret', institutionId: 'hummel', ...made },
  ],
};

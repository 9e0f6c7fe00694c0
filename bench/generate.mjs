// A deterministic, realistic large workspace (schemaVersion 2) for the benchmark.
//   node bench/generate.mjs [--scale N] [--seed S] > werkruimte.json
//   node bench/generate.mjs --hostile [--keys N] > vijandig.json   (see generateHostileImport)
// Field names and enum tokens follow src/storage/codec.rs; answer, indicator, agreement and
// competence keys are the guide's real ids from src/content. The same seed gives the same
// bytes, so figures from different days measure the same document.
import { fileURLToPath } from 'node:url';

export const DEFAULT_SEED = 20261128;
export const LARGE = { institutions: 200, conversations: 1000, activities: 4000, assessments: 200 };

/** mulberry32: small, fast, good enough to vary text; returns floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Helmond', 'Deurne', 'Gemert', 'Asten', 'Someren', 'Laarbeek', 'Geldrop', 'Mierlo', 'Nuenen',
  'Den Bosch', 'Rosmalen', 'Vught', 'Oss', 'Almere', 'Lelystad', 'Zeewolde', 'Boxtel', 'Veghel', 'Uden', 'Best'];
const SCHOOL_PREFIX = ['Obs', 'Cbs', 'Rkbs', 'Kindcentrum', 'Basisschool', 'Montessorischool', 'IKC'];
const SCHOOL_NAME = ['De Regenboog', 'De Wegwijzer', 'Sint Jozef', 'Het Kompas', 'De Vlinder', 'De Klimop', 'Het Baken',
  'De Linde', 'Tweemaster', 'De Zonnewijzer', 'Het Palet', 'De Springplank', 'Sint Franciscus', 'De Horizon',
  'Het Mozaïek', 'De Fontein', 'De Boomgaard', 'Petrus en Paulus', 'De Kameleon', 'Dr. Schaepman'];
const PRESCHOOL_PREFIX = { kinderdagverblijf: 'Kinderdagverblijf', peuteropvang: 'Peuteropvang', other_preschool: 'Kinderopvang' };
const PRESCHOOL_NAME = ['Dikkie Dik', 'De Kikkers', 'Ot en Sien', 'Het Kabouterhuis', 'Pinkeltje', 'De Speelhoeve',
  'Nijntje', 'Het Boemeltje', 'De Rupsjes', 'Jip en Janneke', 'Kiekeboe', 'De Ukkies', 'Het Zonnetje', 'Bolderburen'];
const FIRST = ['Anke', 'Sanne', 'Toos', 'Marieke', 'Fatima', 'Yusuf', 'Bas', 'Inge', 'Joyce', 'Mohamed', 'Lieke', 'Ruud',
  'Esther', 'Kees', 'Nadia', 'Wim', 'Saskia', 'Hanneke', 'Jeroen', 'Ilse', 'Samira', 'Gert', 'Ellen', 'Daan'];
const LAST = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smits', 'Meulendijks', 'van Dijk', 'Aydın',
  'El Amrani', 'Hendriks', 'van der Linden', 'Verhoeven', 'Kuipers', 'de Groot', 'Peeters', 'Claassen', 'Bosman'];
const ROLES = ['director', 'reading_coordinator', 'vve_coordinator', 'teacher', 'parent', 'other'];
const STATUSES = ['not_started', 'in_progress', 'done'];
const GROEP = ['groep 1-2', 'groep 3', 'groep 4', 'de peutergroep', 'de babygroep', 'groep 5-6', 'de kleutergroepen'];
const MONTHS = ['september', 'oktober', 'november', 'januari', 'februari', 'maart', 'april', 'mei', 'juni'];

// Sentences as consultants write them, with the curly apostrophes a tablet keyboard types.
const NOTE = [
  'Ouders van {groep} komen graag naar de voorleesochtend, vooral als er koffie is.',
  '{naam} wil eerst met het team overleggen voordat we een datum prikken.',
  'Veel ouders spreken thuis Turks of Arabisch; meertalige prentenboeken zijn welkom.',
  'De leescoördinator is enthousiast, maar heeft weinig uren voor leesbevordering.',
  'Afgesproken dat de bibliotheek in {maand} een ouderbijeenkomst verzorgt.',
  'Op de ouderavond kwamen zo’n twintig ouders; de boekentips gingen mee naar huis.',
  'De schoolbibliotheek wordt gerund door een vaste groep ouders, maar die groep krimpt.',
  '’s Ochtends bij het brengen is het beste moment om ouders aan te spreken.',
  'Er is nog geen leesplan; de directie wil dat dit schooljaar opstellen.',
  'Foto’s van de voorleesochtend mogen in de nieuwsbrief, met toestemming van ouders.',
  'De VVE-coördinator ziet kansen voor BoekStart-koffertjes bij de intake.',
  'Ouders weten vaak niet dat het lidmaatschap voor kinderen gratis is.',
  'Laaggeletterde ouders haken af bij lange brieven; liever een kort filmpje of een gesprek.',
  'Het team van {groep} leest dagelijks voor, maar ouders zien dat niet.',
  'Na de zomervakantie opnieuw bellen met {naam} over de planning.',
  'De gemeente financiert de inzet van de leesconsulent tot eind volgend jaar.',
  'In {plaats} werkt de peuteropvang al samen met het consultatiebureau.',
  'Voorstel: de Nationale Voorleesdagen gebruiken als start van het traject.',
  'Er zijn weinig boeken in huis bij een groot deel van de gezinnen.',
  'Ouders willen vooral praktische tips: hoe lees je voor aan een peuter die niet stilzit?',
  'De directeur vraagt om een korte terugkoppeling na elke activiteit.',
  'Vrijwilligers van de VoorleesExpress kunnen in {maand} starten in {plaats}.',
  'Met de pedagogisch medewerkers besproken hoe zij ouders uitnodigen.',
  'De ouderkamer is op dinsdagochtend open; daar kunnen we aansluiten.',
];
const ACTIVITY = ['Voorleesontbijt', 'Ouderavond over voorlezen', 'Boekenpret-inloop', 'VoorleesExpress-traject',
  'Nationale Voorleesdagen', 'Bibliotheekbezoek met ouders', 'Voorleestas mee naar huis', 'Taalcafé voor ouders',
  'BoekStart-koffertjes uitreiken', 'Leesconsulent op de ouderavond', 'Kamishibai-voorstelling',
  'Ouder-kindochtend in de bibliotheek', 'Vakantietas', 'Verteltas in de klas', 'Workshop interactief voorlezen'];
const GOAL = ['Ouders lezen thuis vaker voor.', 'Ouders kennen de bibliotheek en lenen er boeken.',
  'Ouders weten hoe ze interactief voorlezen.', 'Meer gezinnen worden lid van de bibliotheek.',
  'Ouders en team delen leestips met elkaar.'];
const ACTION = ['Uitnodiging maken en via de groepsapp versturen', 'Boeken selecteren met de leesconsulent',
  'Ruimte reserveren en koffie regelen', 'Tolk vragen voor ouders die nog weinig Nederlands spreken',
  'Flyer in drie talen laten drukken', 'Leerkrachten vragen ouders persoonlijk uit te nodigen'];
const PLANNING = ['September', 'Voor de herfstvakantie', 'Rond de Kinderboekenweek', 'Voor de kerst', 'Week 4',
  'Tijdens de Nationale Voorleesdagen', 'Na de voorjaarsvakantie', 'In het voorjaar', 'Voor de zomervakantie'];
const WHO = ['Leesconsulent', 'Leescoördinator en leesconsulent', 'Pedagogisch medewerkers', 'Intern begeleider',
  'Leerkracht groep 1-2', 'Directie'];
const ORGANISATION = ['Bibliotheek', 'School', 'Kinderopvang', 'Bibliotheek en school samen', 'Ouderraad'];
const EVALUATION = ['Aantal ouders tellen en kort navragen wat ze ervan vonden.', 'Bespreken in het teamoverleg.',
  'Uitleencijfers van de groep vergelijken met vorig jaar.'];

// Question ids per conversation kind, as in src/model/conversation.rs guide_sections().
const BIJLAGE_5 = ['bijlage-5-afstemming-1', ...'abcdefg'.split('').map((m) => `bijlage-5-school-${m}`),
  ...'abcdefgh'.split('').map((m) => `bijlage-5-voorschool-${m}`)];
const QUESTIONS = {
  start: BIJLAGE_5,
  deepening: BIJLAGE_5,
  management: [1, 2, 3, 4, 5, 6].map((n) => `stap-2-vragen-directie-${n}`),
  municipality: [1, 2, 3].map((n) => `stap-3-vragen-gemeente-${n}`),
  working_agreements: ['team', 'gesprekken-ouders', 'bestaande-activiteiten', 'leesconsulent'].map((s) => `stap-10-afspraak-${s}`),
  parent_wishes: [1, 2, 3, 4, 5].map((n) => `stap-10-wensen-ouders-${n}`),
};
const PREPARATION = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `bijlage-5-voorbereiding-${n}`);
const INDICATORS = 'abcde'.split('').map((m) => `stap-7-indicator-${m}`);
const CATALOGUE = [['project-voorleesexpress', 'VoorleesExpress'], ['project-boekstart-kinderopvang', 'BoekStart in de kinderopvang'],
  ['project-nationale-voorleesdagen', 'Nationale Voorleesdagen'], ['project-boekenpret', 'Boekenpret'],
  ['project-verteltas', 'Verteltas'], ['project-vakantietas', 'Vakantietas'],
  ['werkvorm-ouderinformatiebijeenkomst', 'Ouderinformatiebijeenkomst']];

/** Returns the whole stored document (the envelope) as a JSON string. */
export function generateWorkspace({ institutions = LARGE.institutions, conversations = LARGE.conversations,
  activities = LARGE.activities, assessments = LARGE.assessments, seed = DEFAULT_SEED } = {}) {
  const random = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const hex = () => Math.floor(random() * 2 ** 32).toString(16);
  // Ids as the app makes them (prefix, time, random); the counter in the time keeps them unique.
  let clock = Date.UTC(2024, 8, 1);
  const id = (prefix) => `${prefix}-${(clock += 997).toString(16)}-${hex()}`;
  const day = () => new Date(Date.UTC(2024, 8, 1) + int(0, 800) * 86400000).toISOString().slice(0, 10);
  const time = () => `${day()}T${String(int(8, 17)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:00.000Z`;
  const stamps = () => {
    const [createdAt, updatedAt] = [time(), time()].sort();
    return { createdAt, updatedAt };
  };
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const note = (sentences) => Array.from({ length: sentences }, () => pick(NOTE)
    .replace('{groep}', pick(GROEP)).replace('{naam}', pick(FIRST)).replace('{maand}', pick(MONTHS))
    .replace('{plaats}', pick(PLACES))).join(' ');
  const progress = () => {
    const status = pick(STATUSES);
    const at = time();
    return { status, date: status === 'not_started' ? '' : day(), owner: chance(0.7) ? pick(FIRST) : '',
      notes: chance(0.6) ? note(int(1, 3)) : '', statusSince: at, updatedAt: at };
  };

  const insts = Array.from({ length: institutions }, (_, n) => {
    const kind = n % 2 === 0 ? 'basisschool' : pick(['kinderdagverblijf', 'peuteropvang', 'other_preschool']);
    const name = kind === 'basisschool' ? `${pick(SCHOOL_PREFIX)} ${pick(SCHOOL_NAME)}` : `${PRESCHOOL_PREFIX[kind]} ${pick(PRESCHOOL_NAME)}`;
    const domain = `${name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.nl`;
    const steps = {};
    for (const step of ['stap-8', 'stap-9', 'stap-10', 'stap-11', 'stap-12']) if (chance(0.7)) steps[step] = progress();
    const agreements = {};
    for (const q of QUESTIONS.working_agreements) if (chance(0.5)) agreements[q] = note(1);
    return {
      id: id('instelling'), name, kind,
      programme: kind === 'basisschool' ? pick(['none_yet', 'bibliotheek_op_school']) : pick(['none_yet', 'boek_start_kinderopvang']),
      place: pick(PLACES), schoolYear: pick(['2024-2025', '2025-2026', '2026-2027']),
      contacts: Array.from({ length: int(1, 3) }, () => {
        const who = person();
        return { id: id('contact'), role: pick(ROLES), name: who,
          email: chance(0.8) ? `${who.split(' ')[0].toLowerCase()}@${domain}` : '',
          phone: chance(0.6) ? `06-${int(10000000, 99999999)}` : '' };
      }),
      consultant: pick(FIRST), notes: chance(0.7) ? note(int(1, 3)) : '', archived: chance(0.05), links: [],
      selection: { indicators: INDICATORS.filter(() => chance(0.6)), note: chance(0.5) ? note(1) : '',
        decision: pick(['candidate', 'chosen', 'not_chosen']), reason: chance(0.4) ? note(1) : '' },
      steps, startOutcome: pick(['open', 'goes_ahead', 'no_agreement']), agreements,
      evaluations: Array.from({ length: int(0, 2) }, () => ({ id: id('evaluatie'), date: day(),
        wentWell: note(1), changes: chance(0.6) ? note(1) : '', nextDate: chance(0.7) ? day() : '' })),
      ...stamps(),
    };
  });
  // The doorgaande lijn: each school with the pre-school added after it.
  for (let n = 0; n + 1 < insts.length; n += 2) {
    insts[n].links.push(insts[n + 1].id);
    insts[n + 1].links.push(insts[n].id);
  }

  const convs = Array.from({ length: conversations }, (_, n) => {
    // One in fifty is the library's own (steps 2 and 3); the rest belong to an institution.
    const kind = n % 50 === 0 ? pick(['management', 'municipality']) : pick(['start', 'deepening', 'working_agreements', 'parent_wishes']);
    const library = kind === 'management' || kind === 'municipality';
    const parties = { school: true, preschool: true };
    if (chance(0.3)) parties[pick(['school', 'preschool'])] = false;
    const answers = {};
    for (const q of QUESTIONS[kind]) if (chance(0.3)) answers[q] = { notes: note(int(1, 2)), discussed: chance(0.8) };
    const preparation = {};
    if (kind === 'start' || kind === 'deepening') for (const p of PREPARATION) if (chance(0.3)) preparation[p] = { done: true, note: chance(0.5) ? note(1) : '' };
    const at = time();
    return {
      id: id('gesprek'), kind, institutionId: library ? null : insts[n % insts.length].id, date: day(),
      status: pick(['prepared', 'held']), present: Array.from({ length: int(1, 3) }, person), parties, preparation, answers,
      agreements: Array.from({ length: int(0, 3) }, () => `- ${pick(ACTIVITY)} in ${pick(MONTHS)}`).join('\n'),
      createdAt: at, updatedAt: at,
    };
  });

  // Some rows came from a conversation's agreements ("Invullen in planningsformulier").
  const held = new Map();
  for (const c of convs) if (c.institutionId) held.set(c.institutionId, [...(held.get(c.institutionId) ?? []), c]);
  const rows = Array.from({ length: activities }, (_, n) => {
    const at = time();
    const owner = insts[n % insts.length];
    const from = held.has(owner.id) && chance(0.1) ? pick(held.get(owner.id)) : null;
    return {
      id: id('activiteit'), institutionId: owner.id, activity: pick(ACTIVITY), goal: chance(0.7) ? pick(GOAL) : '', actionPoints: chance(0.6) ? pick(ACTION) : '',
      planning: chance(0.8) ? pick(PLANNING) : '', month: chance(0.8) ? day().slice(0, 7) : '', who: pick(WHO), organisation: pick(ORGANISATION),
      evaluation: chance(0.4) ? pick(EVALUATION) : '', done: chance(0.3), conversationId: from ? from.id : null, createdAt: at, updatedAt: at,
    };
  });

  const judged = Array.from({ length: assessments }, () => {
    const [catalogueId, name] = chance(0.7) ? pick(CATALOGUE) : [null, `Eigen project: ${pick(ACTIVITY)}`];
    const ageFrom = int(0, 6);
    const at = time();
    return {
      id: id('beoordeling'), name, catalogueId, institutionId: chance(0.6) ? pick(insts).id : null,
      homeReading: pick(['yes', 'no', 'unknown']), viaInstitution: pick(['yes', 'no', 'unknown']),
      ageFrom, ageTo: ageFrom + int(1, 6), targetGroup: chance(0.5) ? 'Ouders van peuters en kleuters' : '',
      goal: pick(GOAL), transfers: ['small_group', 'large_group', 'written', 'digital', 'individual', 'other'].filter(() => chance(0.3)),
      transferOther: '', characteristics: 'abcdefg'.split('').filter(() => chance(0.5)), parentGroups: [1, 2, 3].filter(() => chance(0.5)),
      fitsGoals: pick(['yes', 'no', 'unknown']), fitsNote: chance(0.5) ? note(1) : '', hasCosts: pick(['yes', 'no', 'unknown']),
      costs: chance(0.4) ? `Ongeveer € ${int(2, 30) * 50} voor materialen.` : '', notes: chance(0.5) ? note(2) : '',
      createdAt: at, updatedAt: at,
    };
  });

  const steps = {};
  for (let n = 1; n <= 12; n++) steps[`stap-${n}`] = progress();
  const selfAssessment = {};
  for (let n = 1; n <= 9; n++) selfAssessment[`competentie-${n}`] = chance(0.6);
  return JSON.stringify({
    format: 'ouderpartnerschap', schemaVersion: 2, appVersion: '0.1.0', savedAt: '2026-11-28T10:00:00.000Z',
    workspace: { library: { name: 'Bibliotheek Helmond-Peel', userName: 'Toos' }, steps, institutions: insts,
      conversations: convs, activities: rows, assessments: judged, selfAssessment },
  });
}

/**
 * A hostile import file (under 5 MB): a valid export envelope (schemaVersion 2) with one
 * institution whose `agreements` object has `keys` entries (default 300,000) in DESCENDING
 * key order, "k299999" down to "k000000", each with a one-letter value. An app that keeps
 * such a map sorted by inserting each key in front (or searching it linearly) does quadratic
 * work on it; bench/run.mjs times choosing it to its preview or refusal.
 */
export function generateHostileImport({ keys = 300_000, seed = DEFAULT_SEED } = {}) {
  const stored = JSON.parse(generateWorkspace({ institutions: 1, conversations: 0, activities: 0, assessments: 0, seed }));
  // The envelope of an export ("Alles exporteren"): said when and by whom, not savedAt.
  const doc = { format: stored.format, schemaVersion: stored.schemaVersion, appVersion: stored.appVersion,
    exportedAt: stored.savedAt, exportedBy: stored.workspace.library.userName, workspace: stored.workspace };
  const width = String(keys - 1).length;
  const entries = [];
  for (let n = keys - 1; n >= 0; n--) entries.push(`"k${String(n).padStart(width, '0')}":"a"`);
  // Spliced in as text: a marker value stands where the object goes.
  const marker = '__AGREEMENTS__';
  doc.workspace.institutions[0].agreements = marker;
  const text = JSON.stringify(doc).replace(`"${marker}"`, `{${entries.join(',')}}`);
  if (Buffer.byteLength(text, 'utf8') >= 5e6) throw new Error('the hostile import file must stay under 5 MB');
  return text;
}

/** The large workspace's counts times `scale` (at least one institution). */
export function scaled(scale) {
  return Object.fromEntries(Object.entries(LARGE).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? Number(process.argv[at + 1]) : fallback;
  };
  if (process.argv.includes('--hostile')) process.stdout.write(generateHostileImport({ keys: arg('--keys', 300_000) }));
  else process.stdout.write(generateWorkspace({ ...scaled(arg('--scale', 1)), seed: arg('--seed', DEFAULT_SEED) }));
}

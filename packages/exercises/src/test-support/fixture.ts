/**
 * A four-text corpus small enough to hold in your head, built so each kind has something to ask:
 * two texts agree on a figure, one gives the same number for a different measure, one dates the
 * attack a year wrong, one gives a date whose year is inferred, and two texts share an outlet.
 * Tests validate it with parseCorpus, so it stays a corpus anyone could bring.
 *
 *   daily-report  The Daily, 22 Jan 2022: about 5,000 detainees (SDF); at least 78 killed (Observatory)
 *   wire-deaths   Wire Service, 25 Jan 2022: around 3,500 (own voice); 60 killed by the 22nd, 120 by the 24th (SDF);
 *                 5,000 fighters active (UN); "January 20" with the year inferred
 *   wire-fighters Wire Service, 21 Jan 2022: 5,000 fighters active (UN); the third day of fighting
 *   blog-post     unknown outlet, 23 Mar 2023 (inferred): January 2021 (flagged); 78 killed (Observatory); 5,000 detainees
 */
import { createHash } from 'node:crypto';
import { dateSpanOf, type CorpusData } from '@attribution-lab/corpus';

type Claim = CorpusData['claims'][number];
type Document = CorpusData['documents'][number];
type Flag = CorpusData['flags'][number];
type Statement = CorpusData['statements'][number];

const TEXTS = {
  'daily-report':
    'Prison attack in Hasakah\nThe prison in Ghwayran held about 5,000 detainees, the SDF said. At least 78 people were killed, according to the Observatory. The attack began on January 20, 2022. Dozens fled.',
  'wire-deaths':
    'Death toll rises\nAround 3,500 men were held in the jail in Ghweiran. On Saturday the SDF counted 60 dead. By Monday, 120 people had died, the SDF said. Some 5,000 IS fighters remain active, a UN report says. The assault started on the night of January 20.',
  'wire-fighters':
    'Fighters at large\nSome 5,000 fighters are still active across the region, the UN said. Fighting entered its third day.',
  'blog-post':
    'A look back\nThe attack on Ghweiran prison in January 2021 killed 78 people, the Observatory says. The prison held 5,000 detainees.',
} as const;
type DocumentId = keyof typeof TEXTS;

/** The span of `exact` in a text; it must occur exactly once, so the fixture cannot drift silently. */
export function spanOf(
  documentId: DocumentId,
  exact: string,
): { exact: string; start: number; end: number } {
  const text = TEXTS[documentId];
  const start = text.indexOf(exact);
  if (start === -1 || text.indexOf(exact, start + 1) !== -1)
    throw new Error(`"${exact}" must occur once in ${documentId}`);
  return { exact, start, end: start + exact.length };
}

function document(
  id: DocumentId,
  outletId: string | null,
  published: string,
  basis: 'stated' | 'inferred',
  description: string,
): Document {
  const text = TEXTS[id];
  return {
    id,
    sourceFile: `${id}.txt`,
    title: text.slice(0, text.indexOf('\n')),
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
    outlet: {
      outletId,
      basis: outletId ? 'stated' : 'unknown',
      evidence: 'The masthead, where there is one.',
      description,
    },
    published: {
      date: published,
      basis,
      evidence:
        basis === 'stated' ? 'A date line.' : 'Four years after the 2019 defeat, on a Thursday.',
    },
    contentAsOf: null,
    language: 'en',
    originalLanguage: { language: 'en', basis: 'inferred', evidence: 'No sign of translation.' },
    translation: 'original',
    translationEvidence: { basis: 'inferred', evidence: 'Fluent English.' },
    copy: { url: null, site: null, kind: 'original', evidence: 'Supplied directly.' },
    author: { name: null, basis: 'unknown' },
    genre: 'news',
  };
}

interface ClaimSpec {
  id: string;
  documentId: DocumentId;
  topicId: string;
  quote: string;
  numeral: string;
  value: Claim['value'];
  qualifier?: Claim['qualifier'];
  actorId?: string | null;
  cue?: string;
  asOf: string;
  inferredYear?: boolean;
  flagIds?: string[];
}

function claim(spec: ClaimSpec): Claim {
  const quote = spanOf(spec.documentId, spec.quote);
  const offset = spec.quote.indexOf(spec.numeral);
  if (offset === -1) throw new Error(`claim ${spec.id}: the numeral is not in the quote`);
  const actorId = spec.actorId ?? null;
  return {
    id: spec.id,
    documentId: spec.documentId,
    topicId: spec.topicId,
    quote,
    numeral: {
      asWritten: spec.numeral,
      start: quote.start + offset,
      end: quote.start + offset + spec.numeral.length,
    },
    value: spec.value,
    dateSpan: typeof spec.value === 'string' ? dateSpanOf(spec.value) : null,
    interpretation: null,
    limitedTo: null,
    reportingCues: [],
    inferred: spec.inferredYear
      ? { parts: ['year'], evidence: 'The year of the attack the text reports.' }
      : null,
    qualifier: spec.qualifier ?? 'none',
    attribution: actorId
      ? { actorId, via: [], basis: 'explicit', cue: spec.cue ?? 'said' }
      : { actorId: null, via: [], basis: 'implied', cue: 'the text’s own voice' },
    asOf: { date: spec.asOf, basis: 'stated', evidence: 'The date line.' },
    flagIds: spec.flagIds ?? [],
    note: null,
  };
}

function statement(
  id: string,
  documentId: DocumentId,
  speakerId: string,
  exact: string,
): Statement {
  return {
    id,
    documentId,
    speakerId,
    quote: spanOf(documentId, exact),
    mode: 'reported',
    addressedToId: null,
  };
}

/** A changed copy of the fixture, for a test that needs one thing different. */
export function fixtureWith(change: (corpus: CorpusData) => void): CorpusData {
  const corpus = fixtureCorpus();
  change(corpus);
  return corpus;
}

export function fixtureCorpus(): CorpusData {
  const flags: Flag[] = [
    {
      id: 'f-wrong-year',
      documentId: 'blog-post',
      kind: 'factual-error',
      quote: spanOf('blog-post', 'in January 2021'),
      says: 'The post dates the attack to January 2021.',
      why: 'The attack began on 20 January 2022.',
      claimIds: ['c-blog-date'],
    },
    {
      id: 'f-unverified',
      documentId: 'blog-post',
      kind: 'unverifiable',
      quote: spanOf('blog-post', 'the Observatory says'),
      says: 'The toll comes from the Observatory alone.',
      why: 'No one else has checked it.',
      claimIds: ['c-blog-deaths'],
    },
  ];
  return {
    id: 'exercises-fixture',
    version: '1.0.0',
    released: '2026-11-21',
    title: 'Exercises fixture',
    description: 'Four short texts about a prison attack, for tests.',
    licenses: [{ name: 'CC0-1.0', title: 'Public domain dedication', appliesTo: 'all' }],
    event: {
      name: 'A prison attack',
      place: 'Hasakah',
      began: '2022-01-20',
      description: 'A test event.',
    },
    documents: [
      document('daily-report', 'the-daily', '2022-01-22', 'stated', 'The Daily'),
      document('wire-deaths', 'wire', '2022-01-25', 'stated', 'Wire Service'),
      document('wire-fighters', 'wire', '2022-01-21', 'stated', 'Wire Service'),
      document('blog-post', null, '2023-03-23', 'inferred', 'an unnamed blog'),
    ],
    outlets: [
      {
        id: 'the-daily',
        name: 'The Daily',
        kind: 'newspaper',
        language: 'en',
        country: null,
        description: 'A test newspaper.',
        actorId: null,
      },
      {
        id: 'wire',
        name: 'Wire Service',
        kind: 'news-agency',
        language: 'en',
        country: null,
        description: 'A test agency.',
        actorId: null,
      },
    ],
    actors: [
      {
        id: 'sdf',
        name: 'Syrian Democratic Forces',
        kind: 'armed-group',
        aliases: ['SDF'],
        description: 'Ran the prison.',
      },
      {
        id: 'sohr',
        name: 'Syrian Observatory for Human Rights',
        kind: 'organisation',
        aliases: ['Observatory'],
        description: 'Counts the dead.',
      },
      {
        id: 'un',
        name: 'United Nations',
        kind: 'organisation',
        aliases: ['UN'],
        description: 'Reports on fighters.',
      },
      {
        id: 'ghwayran',
        name: 'Ghwayran',
        kind: 'place',
        aliases: ['Ghwayran', 'Ghweiran'],
        description: 'Where the prison stands.',
      },
      {
        id: 'hasakah',
        name: 'al-Hasakah',
        kind: 'place',
        aliases: ['Hasakah'],
        description: 'The city.',
      },
    ],
    topics: [
      {
        id: 'prison-population',
        label: 'Detainees',
        phrase: 'the number of detainees in the prison',
        kind: 'count',
        overTime: 'estimate',
        unit: 'detainees',
        scope: 'event',
        headline: false,
        description: 'Detainees held.',
      },
      {
        id: 'deaths',
        label: 'Deaths',
        phrase: 'the number of people killed',
        kind: 'count',
        overTime: 'running-count',
        unit: 'people',
        scope: 'event',
        headline: false,
        description: 'People killed.',
      },
      {
        id: 'attack-date',
        label: 'Attack date',
        phrase: 'the date the attack began',
        kind: 'date',
        overTime: 'date',
        unit: 'date',
        scope: 'event',
        headline: false,
        description: 'When it began.',
      },
      {
        id: 'escaped',
        label: 'Escaped',
        phrase: 'the number who fled',
        kind: 'count',
        overTime: 'running-count',
        unit: 'people',
        scope: 'event',
        headline: false,
        description: 'People who fled.',
      },
      {
        id: 'fighters-active',
        label: 'Fighters active',
        phrase: 'the number of fighters still active',
        kind: 'count',
        overTime: 'estimate',
        unit: 'fighters',
        scope: 'background',
        headline: false,
        description: 'Fighters at large.',
      },
      {
        id: 'fighting-day',
        label: 'Day of fighting',
        phrase: 'which day of fighting it was',
        kind: 'ordinal',
        overTime: 'running-count',
        unit: 'day',
        scope: 'event',
        headline: false,
        description: 'The day.',
      },
    ],
    claims: [
      claim({
        id: 'c-daily-population',
        documentId: 'daily-report',
        topicId: 'prison-population',
        quote: 'The prison in Ghwayran held about 5,000 detainees, the SDF said.',
        numeral: '5,000',
        value: 5000,
        qualifier: 'about',
        actorId: 'sdf',
        cue: 'the SDF said',
        asOf: '2022-01-22',
      }),
      claim({
        id: 'c-daily-deaths',
        documentId: 'daily-report',
        topicId: 'deaths',
        quote: 'At least 78 people were killed, according to the Observatory.',
        numeral: '78',
        value: 78,
        qualifier: 'at least',
        actorId: 'sohr',
        cue: 'according to the Observatory',
        asOf: '2022-01-22',
      }),
      claim({
        id: 'c-daily-date',
        documentId: 'daily-report',
        topicId: 'attack-date',
        quote: 'The attack began on January 20, 2022.',
        numeral: 'January 20, 2022',
        value: '2022-01-20',
        asOf: '2022-01-22',
      }),
      claim({
        id: 'c-daily-fled',
        documentId: 'daily-report',
        topicId: 'escaped',
        quote: 'Dozens fled.',
        numeral: 'Dozens',
        value: null,
        asOf: '2022-01-22',
      }),
      claim({
        id: 'c-wire-population',
        documentId: 'wire-deaths',
        topicId: 'prison-population',
        quote: 'Around 3,500 men were held in the jail in Ghweiran.',
        numeral: '3,500',
        value: 3500,
        qualifier: 'around',
        asOf: '2022-01-25',
      }),
      claim({
        id: 'c-wire-deaths-early',
        documentId: 'wire-deaths',
        topicId: 'deaths',
        quote: 'On Saturday the SDF counted 60 dead.',
        numeral: '60',
        value: 60,
        actorId: 'sdf',
        cue: 'the SDF counted',
        asOf: '2022-01-22',
      }),
      claim({
        id: 'c-wire-deaths',
        documentId: 'wire-deaths',
        topicId: 'deaths',
        quote: 'By Monday, 120 people had died, the SDF said.',
        numeral: '120',
        value: 120,
        actorId: 'sdf',
        cue: 'the SDF said',
        asOf: '2022-01-24',
      }),
      claim({
        id: 'c-wire-active',
        documentId: 'wire-deaths',
        topicId: 'fighters-active',
        quote: 'Some 5,000 IS fighters remain active, a UN report says.',
        numeral: '5,000',
        value: 5000,
        qualifier: 'some',
        actorId: 'un',
        cue: 'a UN report says',
        asOf: '2021',
      }),
      claim({
        id: 'c-wire-date',
        documentId: 'wire-deaths',
        topicId: 'attack-date',
        quote: 'The assault started on the night of January 20.',
        numeral: 'January 20',
        value: '2022-01-20',
        inferredYear: true,
        asOf: '2022-01-25',
      }),
      claim({
        id: 'c-fighters-active',
        documentId: 'wire-fighters',
        topicId: 'fighters-active',
        quote: 'Some 5,000 fighters are still active across the region, the UN said.',
        numeral: '5,000',
        value: 5000,
        qualifier: 'some',
        actorId: 'un',
        cue: 'the UN said',
        asOf: '2022-01-21',
      }),
      claim({
        id: 'c-fighters-day',
        documentId: 'wire-fighters',
        topicId: 'fighting-day',
        quote: 'Fighting entered its third day.',
        numeral: 'third',
        value: 3,
        asOf: '2022-01-21',
      }),
      claim({
        id: 'c-blog-date',
        documentId: 'blog-post',
        topicId: 'attack-date',
        quote: 'The attack on Ghweiran prison in January 2021',
        numeral: 'January 2021',
        value: '2021-01',
        asOf: '2023-03-23',
        flagIds: ['f-wrong-year'],
      }),
      claim({
        id: 'c-blog-deaths',
        documentId: 'blog-post',
        topicId: 'deaths',
        quote: 'killed 78 people, the Observatory says.',
        numeral: '78',
        value: 78,
        actorId: 'sohr',
        cue: 'the Observatory says',
        asOf: '2023-03-23',
        flagIds: ['f-unverified'],
      }),
      claim({
        id: 'c-blog-population',
        documentId: 'blog-post',
        topicId: 'prison-population',
        quote: 'The prison held 5,000 detainees.',
        numeral: '5,000',
        value: 5000,
        asOf: '2023-03-23',
      }),
    ],
    statements: [
      statement(
        's-daily-sdf',
        'daily-report',
        'sdf',
        'The prison in Ghwayran held about 5,000 detainees, the SDF said.',
      ),
      statement(
        's-wire-sdf',
        'wire-deaths',
        'sdf',
        'By Monday, 120 people had died, the SDF said.',
      ),
      statement(
        's-wire-un',
        'wire-deaths',
        'un',
        'Some 5,000 IS fighters remain active, a UN report says.',
      ),
      statement(
        's-fighters-un',
        'wire-fighters',
        'un',
        'Some 5,000 fighters are still active across the region, the UN said.',
      ),
      statement(
        's-blog-sohr',
        'blog-post',
        'sohr',
        'The attack on Ghweiran prison in January 2021 killed 78 people, the Observatory says.',
      ),
    ],
    flags,
    nonClaims: [],
  };
}

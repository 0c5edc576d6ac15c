/**
 * A corpus small enough to read at a glance and valid under every rule of the corpus package,
 * with what makes printing hard: Arabic words in a row, Latin diacritics, curly quotes, a
 * no-break space, qualifiers, an unnamed outlet, a flag, and a topic on which two texts disagree.
 */
import { createHash } from 'node:crypto';
import { dateSpanOf, type CorpusData } from '@attribution-lab/corpus/queries';

type Document = CorpusData['documents'][number];

export const ALPHA_TEXT =
  'Prison attack in Bāghūz\nThe prison held about 5,000 detainees, the SDF said on January 21, 2022. ثمَّ وثَّق came the attack. Dozens fled to Xiwêran.';
export const BETA_TEXT =
  'Jérôme said the prison held at least 3,500 detainees.\u00a0It is “the largest” jail.';

const span = (text: string, exact: string) => {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" is not in the text`);
  return { exact, start, end: start + exact.length };
};
const numeral = (text: string, asWritten: string) => {
  const { start, end } = span(text, asWritten);
  return { asWritten, start, end };
};

function document(id: string, sourceFile: string, text: string, outletId: string | null): Document {
  return {
    id,
    sourceFile,
    title: text.split('\n')[0]!.slice(0, 40),
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
    outlet: outletId
      ? { outletId, basis: 'stated', evidence: 'The masthead.', description: 'The Outlet' }
      : {
          outletId: null,
          basis: 'unknown',
          evidence: 'No masthead survives.',
          description: 'an unnamed outlet',
        },
    published: { date: '2022-01-22', basis: 'stated', evidence: 'A date line.' },
    contentAsOf: null,
    language: 'en',
    originalLanguage: { language: 'en', basis: 'inferred', evidence: 'No sign of translation.' },
    translation: 'original',
    translationEvidence: { basis: 'inferred', evidence: 'Reads as written in English.' },
    copy: { url: null, site: null, kind: 'original', evidence: 'Supplied directly.' },
    author: { name: null, basis: 'unknown' },
    genre: 'news',
  };
}

export function fixtureCorpus(): CorpusData {
  return {
    id: 'report-fixture',
    version: '1.0.0',
    released: '2026-11-21',
    title: 'Fixture corpus',
    description: 'Short texts about a prison attack, for tests.',
    licenses: [{ name: 'CC0-1.0', title: 'Public domain dedication', appliesTo: 'all' }],
    event: {
      name: 'An attack on a prison',
      place: 'A city',
      began: '2022-01-20',
      description: 'A test event.',
    },
    documents: [
      document('alpha', '000_alpha.txt', ALPHA_TEXT, 'the-outlet'),
      document('beta', '001_beta.txt', BETA_TEXT, null),
    ],
    outlets: [
      {
        id: 'the-outlet',
        name: 'The Outlet',
        kind: 'news-site',
        language: 'en',
        country: null,
        description: 'A test outlet.',
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
        id: 'jerome',
        name: 'Jérôme Drevon',
        kind: 'person',
        aliases: ['Jérôme'],
        description: 'An analyst.',
      },
      { id: 'baghuz', name: 'Baghuz', kind: 'place', aliases: ['Bāghūz'], description: 'A town.' },
    ],
    topics: [
      {
        id: 'prison-population',
        label: 'Prison population',
        phrase: 'the number of detainees in the prison',
        kind: 'count',
        overTime: 'estimate',
        unit: 'detainees',
        scope: 'event',
        headline: false,
        description: 'Detainees held.',
      },
      {
        id: 'statement-date',
        label: 'Date of the statement',
        phrase: 'the date of the statement',
        kind: 'date',
        overTime: 'date',
        unit: 'date',
        scope: 'event',
        headline: false,
        description: 'When it was said.',
      },
      {
        id: 'escaped',
        label: 'Escaped',
        phrase: 'the number who escaped',
        kind: 'count',
        overTime: 'estimate',
        unit: 'people',
        scope: 'event',
        headline: false,
        description: 'Escapees.',
      },
    ],
    claims: [
      {
        id: 'c-alpha-population',
        documentId: 'alpha',
        topicId: 'prison-population',
        quote: span(
          ALPHA_TEXT,
          'The prison held about 5,000 detainees, the SDF said on January 21, 2022.',
        ),
        numeral: numeral(ALPHA_TEXT, '5,000'),
        value: 5000,
        dateSpan: null,
        interpretation: null,
        limitedTo: null,
        reportingCues: [],
        inferred: null,
        qualifier: 'about',
        attribution: { via: [], actorId: 'sdf', basis: 'explicit', cue: 'the SDF said' },
        asOf: { date: '2022-01-21', basis: 'stated', evidence: 'said on January 21, 2022' },
        flagIds: [],
        note: null,
      },
      {
        id: 'c-alpha-date',
        documentId: 'alpha',
        topicId: 'statement-date',
        quote: span(
          ALPHA_TEXT,
          'The prison held about 5,000 detainees, the SDF said on January 21, 2022.',
        ),
        numeral: numeral(ALPHA_TEXT, 'January 21, 2022'),
        value: '2022-01-21',
        dateSpan: dateSpanOf('2022-01-21'),
        interpretation: null,
        limitedTo: null,
        reportingCues: [],
        inferred: null,
        qualifier: 'none',
        attribution: { via: [], actorId: null, basis: 'implied', cue: 'the text’s own voice' },
        asOf: { date: '2022-01-22', basis: 'stated', evidence: 'publication date' },
        flagIds: [],
        note: null,
      },
      {
        id: 'c-alpha-escaped',
        documentId: 'alpha',
        topicId: 'escaped',
        quote: span(ALPHA_TEXT, 'Dozens fled to Xiwêran.'),
        numeral: numeral(ALPHA_TEXT, 'Dozens'),
        value: null,
        dateSpan: null,
        interpretation: null,
        limitedTo: null,
        reportingCues: [],
        inferred: null,
        qualifier: 'none',
        attribution: { via: [], actorId: null, basis: 'implied', cue: 'the text’s own voice' },
        asOf: { date: '2022-01-22', basis: 'inferred', evidence: 'publication date' },
        flagIds: [],
        note: null,
      },
      {
        id: 'c-beta-population',
        documentId: 'beta',
        topicId: 'prison-population',
        quote: span(BETA_TEXT, 'Jérôme said the prison held at least 3,500 detainees.'),
        numeral: numeral(BETA_TEXT, '3,500'),
        value: 3500,
        dateSpan: null,
        interpretation: null,
        limitedTo: null,
        reportingCues: [],
        inferred: null,
        qualifier: 'at least',
        attribution: { via: [], actorId: 'jerome', basis: 'explicit', cue: 'Jérôme said' },
        asOf: { date: '2022-01-22', basis: 'inferred', evidence: 'publication date' },
        flagIds: ['f-beta-unverifiable'],
        note: null,
      },
    ],
    statements: [],
    flags: [
      {
        id: 'f-alpha-arabic',
        documentId: 'alpha',
        kind: 'untranslated-text',
        quote: span(ALPHA_TEXT, 'ثمَّ وثَّق came the attack.'),
        says: 'Two Arabic words, ثمَّ وثَّق, are left untranslated.',
        why: 'The text is a translation.',
        claimIds: [],
      },
      {
        id: 'f-beta-unverifiable',
        documentId: 'beta',
        kind: 'unverifiable',
        quote: span(BETA_TEXT, 'It is “the largest” jail.'),
        says: 'The jail is “the largest”.',
        why: 'No one else says so.',
        claimIds: ['c-beta-population'],
      },
    ],
    nonClaims: [],
  };
}

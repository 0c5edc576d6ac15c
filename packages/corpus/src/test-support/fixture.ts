/**
 * A corpus small enough to read in one glance and valid under every rule, so a test can break
 * exactly one thing and see exactly that complaint.
 */
import { createHash } from 'node:crypto';
import type { CorpusData } from '../schema.js';

export const FIXTURE_TEXT =
  'Prison attack\nThe prison held about 5,000 detainees, the SDF said on January 21, 2022. It is one of the most crowded. Dozens fled.';

const at = (exact: string) => {
  const start = FIXTURE_TEXT.indexOf(exact);
  return { exact, start, end: start + exact.length };
};
const numeral = (asWritten: string) => {
  const { start, end } = at(asWritten);
  return { asWritten, start, end };
};

export function fixtureCorpus(): CorpusData {
  return {
    id: 'fixture-corpus',
    version: '1.0.0',
    released: '2026-11-21',
    title: 'Fixture corpus',
    description: 'One short text about an attack, for tests.',
    licenses: [{ name: 'CC0-1.0', title: 'Public domain dedication', appliesTo: 'all' }],
    event: {
      name: 'An attack',
      place: 'A city',
      began: '2022-01-20',
      description: 'A test event.',
    },
    documents: [
      {
        id: 'doc-one',
        sourceFile: 'doc-one.txt',
        title: 'Prison attack',
        text: FIXTURE_TEXT,
        sha256: createHash('sha256').update(FIXTURE_TEXT).digest('hex'),
        outlet: {
          outletId: 'the-outlet',
          basis: 'stated',
          evidence: 'The masthead.',
          description: 'The Outlet',
        },
        published: { date: '2022-01-22', basis: 'stated', evidence: 'A date line.' },
        contentAsOf: null,
        language: 'en',
        originalLanguage: {
          language: 'en',
          basis: 'inferred',
          evidence: 'No sign of translation.',
        },
        translation: 'original',
        translationEvidence: { basis: 'inferred', evidence: 'Fluent English.' },
        copy: { url: null, site: null, kind: 'original', evidence: 'Supplied directly.' },
        author: { name: null, basis: 'unknown' },
        genre: 'news',
      },
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
        id: 'c-population',
        documentId: 'doc-one',
        topicId: 'prison-population',
        quote: at('The prison held about 5,000 detainees, the SDF said on January 21, 2022.'),
        numeral: numeral('5,000'),
        value: 5000,
        dateSpan: null,
        inferred: null,
        interpretation: null,
        limitedTo: null,
        reportingCues: [],
        qualifier: 'about',
        attribution: { actorId: 'sdf', via: [], basis: 'explicit', cue: 'the SDF said' },
        asOf: { date: '2022-01-21', basis: 'stated', evidence: 'said on January 21, 2022' },
        flagIds: ['f-unverifiable'],
        note: null,
      },
      {
        id: 'c-date',
        documentId: 'doc-one',
        topicId: 'statement-date',
        quote: at('The prison held about 5,000 detainees, the SDF said on January 21, 2022.'),
        numeral: numeral('January 21, 2022'),
        value: '2022-01-21',
        dateSpan: { start: '2022-01-21', end: '2022-01-21', precision: 'day' },
        inferred: null,
        interpretation: null,
        limitedTo: null,
        reportingCues: [],
        qualifier: 'none',
        attribution: { actorId: null, via: [], basis: 'implied', cue: 'the text’s own voice' },
        asOf: { date: '2022-01-22', basis: 'stated', evidence: 'publication date' },
        flagIds: [],
        note: null,
      },
      {
        id: 'c-escaped',
        documentId: 'doc-one',
        topicId: 'escaped',
        quote: at('Dozens fled.'),
        numeral: numeral('Dozens'),
        value: null,
        dateSpan: null,
        inferred: null,
        interpretation: null,
        limitedTo: null,
        reportingCues: [],
        qualifier: 'none',
        attribution: { actorId: null, via: [], basis: 'implied', cue: 'the text’s own voice' },
        asOf: { date: '2022-01-22', basis: 'inferred', evidence: 'publication date' },
        flagIds: [],
        note: null,
      },
    ],
    statements: [
      {
        id: 's-sdf',
        documentId: 'doc-one',
        speakerId: 'sdf',
        quote: at('The prison held about 5,000 detainees, the SDF said on January 21, 2022.'),
        mode: 'reported',
        addressedToId: null,
      },
    ],
    flags: [
      {
        id: 'f-unverifiable',
        documentId: 'doc-one',
        kind: 'unverifiable',
        quote: at('the SDF said'),
        says: 'The SDF said so.',
        why: 'No one else counted.',
        claimIds: ['c-population'],
      },
    ],
    nonClaims: [
      {
        id: 'n-idiom',
        documentId: 'doc-one',
        quote: at('one of the most'),
        reason: 'idiom',
        note: 'Not a count.',
      },
    ],
  };
}

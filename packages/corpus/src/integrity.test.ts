import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, INTEGRITY_RULES } from './integrity.js';
import { fixtureCorpus } from './test-support/fixture.js';
import type { CorpusData } from './schema.js';

/** The issues a fixture corpus raises after one change. */
function issuesAfter(change: (c: CorpusData) => void) {
  const corpus = fixtureCorpus();
  change(corpus);
  return checkIntegrity(corpus);
}

const claim = (c: CorpusData, id: string) => c.claims.find((x) => x.id === id)!;

describe('integrity rules', () => {
  it('pass on a corpus that keeps every rule', () => {
    expect(checkIntegrity(fixtureCorpus())).toEqual([]);
  });

  it('unique-ids: two records of one kind may not share an id', () => {
    const issues = issuesAfter((c) => c.topics.push({ ...c.topics[0]! }));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'unique-ids',
        collection: 'topics',
        recordId: 'prison-population',
        field: 'id',
      }),
    ]);
  });

  it('references-resolve: a claim must name a topic that exists', () => {
    const issues = issuesAfter((c) => (claim(c, 'c-population').topicId = 'prison-capacity'));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'references-resolve',
        collection: 'claims',
        recordId: 'c-population',
        field: 'topicId',
        message: expect.stringContaining('"prison-capacity"'),
      }),
    ]);
  });

  it('references-resolve: an attribution must name an actor that exists', () => {
    const issues = issuesAfter((c) => (claim(c, 'c-population').attribution.actorId = 'sohr'));
    expect(issues).toEqual([
      expect.objectContaining({ rule: 'references-resolve', field: 'attribution.actorId' }),
    ]);
  });

  it('flags-agree: a claim that carries a flag must be listed by the flag', () => {
    const issues = issuesAfter((c) => (c.flags[0]!.claimIds = []));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'flags-agree',
        collection: 'claims',
        recordId: 'c-population',
        field: 'flagIds.0',
      }),
    ]);
  });

  it('sha256-matches: the hash must be the hash of the text', () => {
    const issues = issuesAfter((c) => (c.documents[0]!.sha256 = '0'.repeat(64)));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'sha256-matches',
        collection: 'documents',
        recordId: 'doc-one',
        field: 'sha256',
      }),
    ]);
  });

  it('quote-matches-text: a quote must equal the text at its offsets', () => {
    const issues = issuesAfter((c) => {
      claim(c, 'c-escaped').quote.end -= 1;
    });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'quote-matches-text',
        collection: 'claims',
        recordId: 'c-escaped',
        field: 'quote',
        message: expect.stringContaining('found "Dozens fled"'),
      }),
    ]);
  });

  it('quote-matches-text: offsets past the end of the text are reported, not sliced', () => {
    const issues = issuesAfter((c) => {
      c.nonClaims[0]!.quote.end = c.documents[0]!.text.length + 5;
    });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'quote-matches-text',
        collection: 'nonClaims',
        message: expect.stringContaining('not a range inside the text'),
      }),
    ]);
  });

  it('numeral-matches-text: the numeral must lie inside its quote', () => {
    const issues = issuesAfter((c) => {
      const escaped = claim(c, 'c-escaped');
      escaped.quote = { exact: 'fled.', start: escaped.quote.end - 5, end: escaped.quote.end };
    });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'numeral-matches-text',
        recordId: 'c-escaped',
        field: 'numeral',
      }),
    ]);
  });

  it('value-matches-numeral: "5,000" must have the value 5000', () => {
    const issues = issuesAfter((c) => (claim(c, 'c-population').value = 500));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'value-matches-numeral',
        recordId: 'c-population',
        field: 'value',
        message: '"5,000" means 5000, the value is 500',
      }),
    ]);
  });

  it('value-matches-numeral: a vague word must have a null value', () => {
    const issues = issuesAfter((c) => (claim(c, 'c-escaped').value = 24));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'value-matches-numeral',
        recordId: 'c-escaped',
        message: expect.stringContaining('must be null'),
      }),
    ]);
  });

  it('value-matches-numeral: a date must agree with what the text writes', () => {
    const issues = issuesAfter((c) => {
      const date = claim(c, 'c-date');
      date.value = '2021-01-21';
      date.dateSpan = { start: '2021-01-21', end: '2021-01-21', precision: 'day' };
    });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'value-matches-numeral',
        recordId: 'c-date',
        message: 'the text says year 2022, the value has 2021',
      }),
    ]);
  });

  it('value-matches-numeral: a date part the text does not give must be labelled inferred', () => {
    const issues = issuesAfter((c) => {
      const date = claim(c, 'c-date');
      date.quote = { exact: 'January 21', start: date.numeral.start, end: date.numeral.start + 10 };
      date.numeral = {
        asWritten: 'January 21',
        start: date.numeral.start,
        end: date.numeral.start + 10,
      };
      c.nonClaims.push({
        id: 'n-year',
        documentId: 'doc-one',
        quote: { exact: '2022', start: date.numeral.start + 12, end: date.numeral.start + 16 },
        reason: 'not-a-figure',
        note: 'test',
      });
    });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'value-matches-numeral',
        message: expect.stringContaining('list "year" in inferred.parts'),
      }),
    ]);
  });

  it('numerals-covered: every numeral must be in a claim or listed as a non-claim', () => {
    const issues = issuesAfter((c) => c.nonClaims.pop());
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'numerals-covered',
        collection: 'documents',
        recordId: 'doc-one',
        field: 'text',
        message: expect.stringContaining('"one"'),
      }),
    ]);
  });

  it('aliases-occur: an alias must be a spelling some text uses', () => {
    const issues = issuesAfter((c) => c.actors[0]!.aliases.push('QSD'));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'aliases-occur',
        collection: 'actors',
        recordId: 'sdf',
        field: 'aliases.1',
      }),
    ]);
  });

  it('numeral-matches-text: the words a figure is limited to must be in its quote', () => {
    const issues = issuesAfter((c) => (claim(c, 'c-escaped').limitedTo = 'outside the prison'));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'numeral-matches-text',
        recordId: 'c-escaped',
        field: 'limitedTo',
      }),
    ]);
  });

  it('quote-matches-text: a reporting cue must equal the text at its offsets', () => {
    const issues = issuesAfter((c) =>
      claim(c, 'c-population').reportingCues.push({
        kind: 'hedge',
        quote: { exact: 'apparently', start: 0, end: 10 },
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'quote-matches-text',
        recordId: 'c-population',
        field: 'reportingCues.0.quote',
      }),
    ]);
  });

  it('references-resolve: an intermediary must be an actor that exists', () => {
    const issues = issuesAfter((c) => claim(c, 'c-population').attribution.via.push('nobody'));
    expect(issues).toEqual([
      expect.objectContaining({ rule: 'references-resolve', field: 'attribution.via.0' }),
    ]);
  });

  it('references-resolve: a statement is addressed to an actor, not an outlet', () => {
    const issues = issuesAfter((c) => (c.statements[0]!.addressedToId = 'the-outlet'));
    expect(issues).toEqual([
      expect.objectContaining({ rule: 'references-resolve', field: 'addressedToId' }),
    ]);
  });

  it('value-matches-numeral: words that are not a numeral need an interpretation', () => {
    const issues = issuesAfter((c) => {
      const escaped = claim(c, 'c-escaped');
      escaped.numeral = {
        ...escaped.numeral,
        asWritten: 'Dozens fled',
        end: escaped.numeral.end + 5,
      };
      escaped.value = 24;
    });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'value-matches-numeral',
        message: expect.stringContaining('say how in interpretation'),
      }),
    ]);
  });

  it('value-matches-numeral: an interpretation reads words the parser does not', () => {
    const issues = issuesAfter((c) => {
      const escaped = claim(c, 'c-escaped');
      escaped.numeral = {
        ...escaped.numeral,
        asWritten: 'Dozens fled',
        end: escaped.numeral.end + 5,
      };
      escaped.value = 30;
      escaped.interpretation = '"Dozens fled" read as the 30 the SDF later confirmed.';
    });
    expect(issues).toEqual([]);
  });

  it('value-matches-numeral: an interpretation cannot override words the parser reads', () => {
    const issues = issuesAfter((c) => {
      const population = claim(c, 'c-population');
      population.value = 30;
      population.interpretation = 'read generously';
    });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'value-matches-numeral',
        message:
          'the parser reads "5,000", so it needs no interpretation (move the remark to note)',
      }),
    ]);
  });

  it('value-matches-numeral: a date topic needs a date value', () => {
    const issues = issuesAfter((c) => (claim(c, 'c-date').value = 21));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'value-matches-numeral',
        message:
          "the topic is a date, so the value is an ISO date in quotes ('21'), not the number 21",
      }),
      expect.objectContaining({ rule: 'date-span-matches-value' }),
    ]);
  });

  it('date-span-matches-value: a date covers the days its precision allows', () => {
    const issues = issuesAfter((c) => {
      claim(c, 'c-date').dateSpan = { start: '2022-01-01', end: '2022-01-21', precision: 'day' };
    });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'date-span-matches-value',
        recordId: 'c-date',
        message: expect.stringContaining('"start":"2022-01-21"'),
      }),
    ]);
  });

  it('attribution-consistent: a figure in the text’s own voice has no intermediaries', () => {
    const issues = issuesAfter((c) => claim(c, 'c-escaped').attribution.via.push('sdf'));
    expect(issues).toEqual([
      expect.objectContaining({ rule: 'attribution-consistent', field: 'attribution.via' }),
    ]);
  });

  it('attribution-consistent: a figure in the text’s own voice is never explicitly credited', () => {
    const issues = issuesAfter((c) => (claim(c, 'c-escaped').attribution.basis = 'explicit'));
    expect(issues).toEqual([
      expect.objectContaining({ rule: 'attribution-consistent', field: 'attribution.basis' }),
    ]);
  });

  it('topic-behaviour-fits-kind: only a date topic behaves as a date', () => {
    const issues = issuesAfter((c) => (c.topics[0]!.overTime = 'date'));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'topic-behaviour-fits-kind',
        recordId: 'prison-population',
        field: 'overTime',
      }),
    ]);
  });

  it('aliases-occur: a spelling found only inside a longer word does not count', () => {
    const issues = issuesAfter((c) => c.actors[0]!.aliases.push('S'));
    expect(issues).toEqual([
      expect.objectContaining({ rule: 'aliases-occur', field: 'aliases.1' }),
    ]);
  });

  it('every rule says what it guarantees', () => {
    for (const rule of INTEGRITY_RULES) expect(rule.description).toMatch(/^[A-Z].+\.$/);
  });

  it('value-matches-numeral: a range in words needs a low and a high', () => {
    const rangeIssues = (value: CorpusData['claims'][number]['value']) =>
      issuesAfter((c) => {
        const document = c.documents[0]!;
        document.text = document.text.replace('Dozens fled.', 'Between 70 and 80 fled.');
        document.sha256 = createHash('sha256').update(document.text).digest('hex');
        const escaped = claim(c, 'c-escaped');
        const start = document.text.indexOf('Between');
        escaped.quote = { exact: 'Between 70 and 80 fled.', start, end: start + 23 };
        escaped.numeral = { asWritten: 'Between 70 and 80', start, end: start + 17 };
        escaped.value = value;
      });
    expect(rangeIssues({ low: 70, high: 80 })).toEqual([]);
    expect(rangeIssues(75)).toEqual([
      expect.objectContaining({
        rule: 'value-matches-numeral',
        message: '"Between 70 and 80" means 70 to 80, the value is 75',
      }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { getTopic } from './queries.js';
import { bundledCorpus } from './test-support/bundled.js';
import { contestedTopics, topicFigures } from './topic-figures.js';

const corpus = bundledCorpus();
const figures = (topicId: string) => topicFigures(corpus, getTopic(corpus, topicId));
const ids = (reports: { claim: { id: string } }[]) => reports.map((r) => r.claim.id);

describe('topicFigures on the bundled corpus', () => {
  it('orders a topic’s reports by the time they speak for, not the day they were published', () => {
    const order = ids(figures('prison-population').reports);
    // Midan's "about 3,500" speaks for the day of the attack, though Midan published last.
    expect(order.indexOf('c002-prison-population')).toBeLessThan(
      order.indexOf('c003-prison-population-sdf'),
    );
  });

  it('takes the latest report of a running count as superseding the earlier ones', () => {
    const deaths = figures('deaths-sdf');
    expect(ids(deaths.latest)).toEqual(['c004-deaths-sdf']);
    expect(deaths.latest[0]!.claim.value).toBe(154);
  });

  it('spreads the reports a running count’s latest figure supersedes, qualifiers kept', () => {
    const { earlier } = figures('deaths-isis');
    expect(earlier).toMatchObject({
      low: { value: 6, qualifier: 'at least' },
      high: { value: 45, qualifier: null },
    });
    expect(ids(earlier!.high.reports)).toEqual(['c003-deaths-isis-sohr']);
  });

  it('has nothing earlier when the latest report is the only one', () => {
    expect(figures('deaths-civilians').earlier).toBeNull();
    expect(figures('prison-population').earlier).toBeNull();
  });

  it('names no latest figure for competing estimates of one quantity', () => {
    expect(figures('prison-population').latest).toEqual([]);
  });

  it('keeps the qualifiers of both ends of a spread', () => {
    const { spread } = figures('deaths-isis');
    expect(spread).toMatchObject({
      low: { value: 6, qualifier: 'at least' },
      high: { value: 346, qualifier: 'some' },
    });
  });

  it('keeps a hedge the texts word differently, and drops one not every text at that end makes', () => {
    // "about 3,500" (Midan) and "around 3,500" (the French outlet); "5,000" and "around 5,000".
    const { spread } = figures('prison-population');
    expect(spread!.low).toMatchObject({ value: 3500, qualifier: 'about' });
    expect(new Set(spread!.low.reports.map((r) => r.claim.qualifier))).toEqual(
      new Set(['about', 'around']),
    );
    expect(spread!.high).toMatchObject({ value: 5000, qualifier: null });
  });

  it('shows a figure a flag calls wrong, but never makes it an end of the spread', () => {
    const dates = figures('attack-date');
    const wrong = dates.reports.find((r) => r.claim.value === '2021-01')!;
    expect(wrong.disqualified).toBe(true);
    expect(wrong.flags.map((f) => f.kind)).toContain('factual-error');
    expect(dates.spread!.low.value).not.toBe('2021-01');
    expect(dates.values).not.toContain('2021-01');
  });

  it('keeps a figure flagged as about another event in a background topic about that event', () => {
    const abuGhraib = corpus.topics.filter(
      (t) =>
        t.scope === 'background' &&
        corpus.claims.some(
          (c) =>
            c.topicId === t.id &&
            c.flagIds.some((id) => corpus.flags.find((f) => f.id === id)?.kind === 'other-event'),
        ),
    );
    expect(abuGhraib.length).toBeGreaterThan(0);
    for (const topic of abuGhraib) {
      const { reports, spread } = topicFigures(corpus, topic);
      expect(reports.some((r) => r.disqualified)).toBe(false);
      if (reports.some((r) => r.claim.value !== null)) expect(spread, topic.id).not.toBeNull();
    }
  });

  it('does not call one text’s vague word and its own number a disagreement', () => {
    expect(figures('children-in-prison').disagree).toBe(false);
    expect(contestedTopics(corpus).map((t) => t.id)).not.toContain('children-in-prison');
  });

  it('calls 3,500 against 5,000 detainees a disagreement', () => {
    expect(figures('prison-population').disagree).toBe(true);
  });

  it('lists the reports that say a number is not known', () => {
    expect(ids(figures('escaped').unknown)).toEqual(['c003-escaped-not-known']);
  });
});

describe('whether texts disagree', () => {
  it('treats "2019" and "23 March 2019" as compatible, as the exercises do', () => {
    const defeat = figures('isis-territorial-defeat-date');
    expect(defeat.values).toEqual(expect.arrayContaining(['2019', '2019-03-23']));
    expect(defeat.disagree).toBe(false);
  });
});

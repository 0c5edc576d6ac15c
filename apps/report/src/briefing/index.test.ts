import {
  corpus as bundled,
  getTopic,
  INTEGRITY_RULES,
  topicFigures,
} from '@attribution-lab/corpus';
import type { TextNode } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { nodes, words } from '../test-support/content.js';
import { fixtureCorpus } from '../test-support/fixture.js';
import { buildBriefing, type BriefingOptions } from './index.js';

const options: BriefingOptions = {
  paper: 'a4',
  edition: { date: '2026-11-21', basis: 'requested' },
  checks: INTEGRITY_RULES.map(({ id, description }) => ({ id, description })),
};

const noteIds = (content: Parameters<typeof nodes>[0]) =>
  nodes(content).filter((n) => 'id' in n && n.id?.startsWith('note-'));

describe('buildBriefing', () => {
  it('gives every figure of the corpus a note that quotes it exactly', () => {
    const { content } = buildBriefing(bundled, options);
    expect(noteIds(content)).toHaveLength(bundled.claims.length);
    const text = words(content);
    for (const claim of bundled.claims) expect(text).toContain(`“${claim.quote.exact}”`);
  });

  it('quotes every flag in the corpus with its words', () => {
    const text = words(buildBriefing(bundled, options).content);
    for (const flag of bundled.flags) expect(text).toContain(`“${flag.quote.exact}”`);
  });

  it('leaves out the figures of topics the reader did not ask for', () => {
    const { content } = buildBriefing(bundled, { ...options, topicIds: ['prison-population'] });
    expect(noteIds(content)).toHaveLength(
      bundled.claims.filter((c) => c.topicId === 'prison-population').length,
    );
  });

  it('compares each of the event’s contested topics under its own bookmark, and no background topic', () => {
    const ids = new Set(
      nodes(buildBriefing(bundled, options).content).map((n) => ('id' in n ? n.id : undefined)),
    );
    const contested = bundled.topics.filter((t) => topicFigures(bundled, t).disagree);
    expect(contested.some((t) => t.scope === 'background')).toBe(true);
    for (const topic of contested)
      expect(ids.has(`disagreement-${topic.id}`)).toBe(topic.scope === 'event');
  });

  it('bookmarks every section, the four pages of the briefing proper first, then the annex', () => {
    const { content } = buildBriefing(bundled, options);
    const sections = nodes(content)
      .filter((n): n is TextNode => 'outline' in n && !!n.outline && !n.outlineParentId)
      .map((n) => n.outlineText ?? n.text);
    expect(sections).toEqual([
      'What happened',
      'Key figures',
      'What is not known',
      'Where the sources disagree',
      'Timeline',
      'The sources',
      'Annex: other figures, names, method and notes',
      'Annex A. Other figures',
      'Annex B. Names and spellings',
      'Annex C. Method and flags',
      'Annex D. Notes',
    ]);
  });

  it('lists the contents at the start of the annex, not in the briefing proper', () => {
    const content = buildBriefing(bundled, options).content as unknown[];
    const toc = content.findIndex((n) => typeof n === 'object' && n !== null && 'toc' in n);
    const annex = content.findIndex(
      (n) => typeof n === 'object' && n !== null && 'id' in n && n.id === 'annex',
    );
    expect(toc).toBe(annex + 2);
  });

  it('tells what happened only in sentences with a cited figure, never the corpus’s own summary', () => {
    const text = words(buildBriefing(bundled, options).content);
    expect(text).not.toContain(bundled.event.description.slice(0, 60));
    expect(text).toContain('retaken full control of the prison: 29 January 2022, Midan (002)');
  });

  it('mentions a date a flag calls wrong as what the text says, never as an alternative', () => {
    const text = words(buildBriefing(bundled, options).content);
    expect(text).toMatch(/says “January 2021”, flagged \(factual error\)\d+ F\d+/);
    expect(text).not.toMatch(/as January 2021|January 2021 to|to January 2021/);
  });

  it('gives the alternative text of every chart as a sentence naming what it shows', () => {
    const charts = nodes(buildBriefing(bundled, options).content).filter((n) => 'alt' in n);
    expect(charts.length).toBe(
      bundled.topics.filter((t) => t.scope === 'event' && topicFigures(bundled, t).disagree).length,
    );
    const population = charts.find((n) => (n as { alt: string }).alt.includes('ISIS detainees'));
    expect((population as unknown as { alt: string }).alt).toMatch(
      /^Dot plot of the number of ISIS detainees held in the prison reported by 4 texts, a row per text: about 3,500 detainees \(002, Midan\);/,
    );
  });

  it('counts with the noun in the singular for one: “1 topic”', () => {
    const text = words(
      buildBriefing(bundled, { ...options, topicIds: ['prison-population'] }).content,
    );
    expect(text).toContain('on 1 topic;');
    expect(text).not.toMatch(/\b1 (topics|figures|texts|reports|values|flags)\b/);
  });

  it('records title, subject, language and the edition date as the creation date', () => {
    const definition = buildBriefing(fixtureCorpus(), options);
    expect(definition.info).toMatchObject({
      title: 'Source briefing: An attack on a prison',
      author: 'Attribution Lab',
    });
    expect(definition.info!.subject).toContain('2 texts');
    expect(definition.language).toBe('en-GB');
    expect(definition.info!.creationDate!.toISOString()).toBe('2026-11-21T00:00:00.000Z');
  });

  it('labels the edition date as the corpus release date unless another date was asked for', () => {
    const corpus = fixtureCorpus();
    const release = words(
      buildBriefing(corpus, { ...options, edition: { date: '2026-11-21', basis: 'release' } })
        .content,
    );
    expect(release).toContain('EDITION DATE');
    expect(release).toContain(
      `21 November 2026, the release date of corpus version ${corpus.version}`,
    );
    const requested = words(
      buildBriefing(corpus, { ...options, edition: { date: '2027-03-15', basis: 'requested' } })
        .content,
    );
    expect(requested).toContain('15 March 2027');
    expect(requested).not.toContain('release date');
    expect(`${release} ${requested}`).not.toContain('GENERATED');
  });

  it('sets A4 by default and US Letter on request', () => {
    expect(buildBriefing(fixtureCorpus(), options).pageSize).toBe('A4');
    expect(buildBriefing(fixtureCorpus(), { ...options, paper: 'letter' }).pageSize).toBe('LETTER');
  });

  it('describes the same document for the same input', () => {
    const once = JSON.stringify(buildBriefing(bundled, options));
    expect(JSON.stringify(buildBriefing(bundled, options))).toBe(once);
  });

  it('puts each report’s qualifier and credited source beside its figure', () => {
    const text = words(buildBriefing(fixtureCorpus(), options).content);
    expect(text).toContain('at least 3,500');
    expect(text).toContain('credited to Jérôme Drevon');
    expect(text).toContain('about 5,000');
    expect(text).toContain('credited to Syrian Democratic Forces');
  });

  it('words the boxes of the event’s headline measures from the corpus, in corpus order', () => {
    const text = words(buildBriefing(bundled, options).content);
    const labels = bundled.topics
      .filter((t) => t.scope === 'event' && t.headline)
      .map((t) => t.label.toUpperCase());
    const at = labels.map((l) => text.indexOf(l));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const sdf = topicFigures(bundled, getTopic(bundled, 'deaths-sdf'));
    expect(sdf.latest.map((r) => r.claim.numeral.asWritten)).toEqual(['154']);
    expect(text).toMatch(
      /154 fighters 004, an unnamed English-language outlet; no source named; as of 23 March 2023 \(inferred\)\d+/,
    );
  });
});

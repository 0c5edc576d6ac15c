import { contestedTopics, corpus as bundled, INTEGRITY_RULES } from '@attribution-lab/corpus';
import type { Content, TextNode } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture.js';
import { buildBriefing, type BriefingOptions } from './index.js';

const options: BriefingOptions = {
  paper: 'a4',
  edition: { date: '2026-11-21', basis: 'requested' },
  checks: INTEGRITY_RULES.map(({ id, description }) => ({ id, description })),
};

/** Every node of a document's content, depth first. */
function nodes(content: Content): Exclude<Content, string | Content[]>[] {
  if (typeof content === 'string') return [];
  if (Array.isArray(content)) return content.flatMap(nodes);
  const children = [
    ...('stack' in content ? content.stack : []),
    ...('columns' in content ? content.columns : []),
    ...('ul' in content && content.ul ? content.ul : []),
    ...('table' in content ? content.table.body.flat() : []),
    ...('text' in content && Array.isArray(content.text) ? content.text : []),
  ];
  return [content, ...children.flatMap((c) => nodes(c as Content))];
}

/** All the words of the content, as one string. */
function words(content: Content): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(words).join(' ');
  return nodes(content)
    .map((n) =>
      'text' in n
        ? typeof n.text === 'string'
          ? n.text
          : n.text.filter((t) => typeof t === 'string').join('')
        : '',
    )
    .join(' ');
}

const noteIds = (content: Content) =>
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

  it('compares every contested topic side by side under its own bookmark', () => {
    const ids = new Set(
      nodes(buildBriefing(bundled, options).content).map((n) => ('id' in n ? n.id : undefined)),
    );
    for (const topic of contestedTopics(bundled)) expect(ids).toContain(`disagreement-${topic.id}`);
  });

  it('lists the sections in a contents page that also makes the bookmarks', () => {
    const { content } = buildBriefing(bundled, options);
    const toc = nodes(content).find((n) => 'toc' in n);
    expect(toc).toMatchObject({ toc: { outlines: true } });
    const sections = nodes(content)
      .filter((n): n is TextNode => 'tocItem' in n && n.style === 'h1')
      .map((n) => n.text);
    expect(sections).toEqual([
      'Key figures',
      'Where the sources disagree',
      'Timeline',
      'The sources',
      'Names and spellings',
      'Caveats and method',
      'Notes',
    ]);
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

  it('labels the cover date as the corpus release date unless another date was asked for', () => {
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
});

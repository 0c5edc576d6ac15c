import { describe, expect, it } from 'vitest';
import { buildLookup } from './lookup.js';
import { fixtureCorpus, fixtureWith } from './test-support/fixture.js';

describe('lookup', () => {
  it('names a text by its outlet, adding the title where two texts share an outlet', () => {
    const lookup = buildLookup(fixtureCorpus());
    expect(lookup.documentName('daily-report')).toBe('The Daily');
    expect(lookup.documentName('wire-deaths')).toBe('Wire Service (“Death toll rises”)');
  });

  it('names a text of unknown outlet by what is known, capitalised only as a label', () => {
    const lookup = buildLookup(fixtureCorpus());
    expect(lookup.documentName('blog-post')).toBe('an unnamed blog');
    expect(lookup.documentLabel('blog-post')).toBe('An unnamed blog');
  });

  it('names a text of unknown outlet by the short form of what is known, leaving asides to the text’s page', () => {
    const lookup = buildLookup(
      fixtureWith(
        (c) =>
          void (c.documents.find((d) => d.id === 'blog-post')!.outlet.description =
            'an unnamed English-language outlet (pasted on justpaste.it)'),
      ),
    );
    expect(lookup.documentName('blog-post')).toBe('an unnamed English outlet');
  });

  it('falls back to the id when two texts share outlet and title', () => {
    const lookup = buildLookup(
      fixtureWith(
        (c) => void (c.documents.find((d) => d.id === 'wire-fighters')!.title = 'Death toll rises'),
      ),
    );
    expect(lookup.documentName('wire-fighters')).toBe('Wire Service (wire-fighters)');
  });

  it('finds every text that quotes a passage, in corpus order', () => {
    expect(buildLookup(fixtureCorpus()).documentsQuoting('the SDF said')).toEqual([
      'daily-report',
      'wire-deaths',
    ]);
  });
});

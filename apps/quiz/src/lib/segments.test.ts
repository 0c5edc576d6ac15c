import { describe, expect, it } from 'vitest';
import { scriptRuns, segmentText } from './segments.js';

const TEXT = 'The prison held about 5,000 detainees, the SDF said. Dozens fled.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

describe('segmentText', () => {
  it('gives back the whole text when its pieces are joined', () => {
    const figures = [
      { claimId: 'c-1', ...at('5,000') },
      { claimId: 'c-2', ...at('Dozens') },
    ];
    const segments = segmentText(TEXT, figures, at('The prison held about 5,000 detainees'));
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
  });

  it('marks each figure with its claim and nothing else', () => {
    const segments = segmentText(TEXT, [{ claimId: 'c-1', ...at('5,000') }]);
    expect(segments.filter((s) => s.claimId).map((s) => [s.text, s.claimId])).toEqual([
      ['5,000', 'c-1'],
    ]);
  });

  it('flags exactly the quoted stretch, cutting a figure at the quote only where they cross', () => {
    const quote = at('about 5,000 detainees');
    const segments = segmentText(TEXT, [{ claimId: 'c-1', ...at('5,000') }], quote);
    expect(
      segments
        .filter((s) => s.inQuote)
        .map((s) => s.text)
        .join(''),
    ).toBe('about 5,000 detainees');
  });

  it('keeps out-of-range offsets inside the text', () => {
    const segments = segmentText('abc', [{ claimId: 'c', start: 1, end: 99 }]);
    expect(segments.map((s) => s.text)).toEqual(['a', 'bc']);
  });
});

describe('scriptRuns', () => {
  it('sets apart a phrase of several Arabic words as one right-to-left run', () => {
    const runs = scriptRuns('It said وثَّق مركز Rojava');
    expect(runs).toEqual([
      { text: 'It said ', rtl: false },
      { text: 'وثَّق مركز', rtl: true },
      { text: ' Rojava', rtl: false },
    ]);
  });

  it('leaves text with no Arabic as one left-to-right run', () => {
    expect(scriptRuns('al-Hasakah')).toEqual([{ text: 'al-Hasakah', rtl: false }]);
  });
});

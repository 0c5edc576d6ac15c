import { describe, expect, it } from 'vitest';
import {
  describeSettings,
  parseSettingsParams,
  SettingsError,
  settingsToParams,
  validateSettings,
} from './settings.js';

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof SettingsError) return e.issues;
    throw e;
  }
  throw new Error('expected a SettingsError');
};

describe('settings in a link', () => {
  it('round-trips through URL parameters', () => {
    const params = settingsToParams({
      seed: 'river 7 & co',
      count: 12,
      kinds: ['qualifier', 'names'],
      difficulty: 2,
    });
    expect(params.toString()).toBe(
      'seed=river+7+%26+co&count=12&kinds=qualifier%2Cnames&difficulty=2',
    );
    expect(parseSettingsParams(params)).toEqual({
      seed: 'river 7 & co',
      count: 12,
      kinds: ['qualifier', 'names'],
      difficulty: 2,
    });
  });

  it('leaves out kinds and difficulty when they are not set', () => {
    expect(settingsToParams({ seed: 's', count: 5 }).toString()).toBe('seed=s&count=5');
    expect(parseSettingsParams('?seed=s&count=5&lang=de')).toEqual({ seed: 's', count: 5 });
  });

  it('carries a document-based lesson’s text as doc', () => {
    const params = settingsToParams({
      seed: 's',
      count: 5,
      document: 'midan-return-of-isis-analysis',
    });
    expect(params.toString()).toBe('seed=s&count=5&doc=midan-return-of-isis-analysis');
    expect(parseSettingsParams(params)).toEqual({
      seed: 's',
      count: 5,
      document: 'midan-return-of-isis-analysis',
    });
  });

  it('refuses a doc that cannot be a text’s id', () => {
    for (const doc of ['', 'Midan Text', '../x']) {
      const [issue] = issuesOf(() =>
        parseSettingsParams(`seed=s&count=5&doc=${encodeURIComponent(doc)}`),
      );
      expect(issue).toMatchObject({ param: 'doc' });
      expect(issue!.message).toMatch(/is not a text's id/);
    }
  });

  it('names an unknown kind and lists the real ones', () => {
    const [issue] = issuesOf(() => parseSettingsParams('seed=s&count=5&kinds=qualifier,guessing'));
    expect(issue).toMatchObject({ param: 'kinds' });
    expect(issue!.message).toMatch(
      /"guessing" is not an exercise kind; use any of: figure-to-outlet,/,
    );
  });

  it('refuses a count out of 1..50, or not a whole number, saying what is allowed', () => {
    for (const count of ['0', '51', '2.5', 'ten']) {
      const [issue] = issuesOf(() => parseSettingsParams(`seed=s&count=${count}`));
      expect(issue).toMatchObject({ param: 'count' });
      expect(issue!.message).toMatch(/use a whole number from 1 to 50/);
    }
  });

  it('refuses a bad difficulty and a missing seed or count, all at once', () => {
    const issues = issuesOf(() => parseSettingsParams('difficulty=4'));
    expect(issues.map((i) => i.param)).toEqual(['seed', 'count', 'difficulty']);
    expect(issues.find((i) => i.param === 'difficulty')!.message).toMatch(
      /"4" is not a difficulty|4 is not a difficulty/,
    );
  });

  it('puts kinds in the standard order without repeats', () => {
    expect(
      validateSettings({ seed: 's', count: 1, kinds: ['timeline', 'names', 'timeline'] }).kinds,
    ).toEqual(['timeline', 'names']);
  });

  it('describes the settings in a sentence', () => {
    expect(describeSettings({ seed: 'abc', count: 10 })).toBe(
      '10 exercises of any kind, any difficulty, from seed “abc”',
    );
    expect(describeSettings({ seed: 'abc', count: 1, kinds: ['names'], difficulty: 3 })).toBe(
      '1 exercise of these kinds: names, difficulty 3, from seed “abc”',
    );
  });
});

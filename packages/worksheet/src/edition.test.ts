import { describe, expect, it } from 'vitest';
import { creationDate, editionOf } from './edition.js';

describe('editionOf', () => {
  it('dates a document by the corpus release when no date is asked for', () => {
    expect(editionOf({ released: '2026-11-21' }, null)).toEqual({
      date: '2026-11-21',
      basis: 'release',
    });
  });

  it('dates a document by the date asked for, whatever the release', () => {
    expect(editionOf({ released: '2026-11-21' }, '2027-03-15')).toEqual({
      date: '2027-03-15',
      basis: 'requested',
    });
  });
});

describe('creationDate', () => {
  it('is midnight UTC at the start of the edition day', () => {
    expect(creationDate({ date: '2026-11-21', basis: 'release' }).toISOString()).toBe(
      '2026-11-21T00:00:00.000Z',
    );
  });

  it('starts a release dated only to the month or year on its first day', () => {
    expect(creationDate({ date: '2026-11', basis: 'release' }).toISOString()).toBe(
      '2026-11-01T00:00:00.000Z',
    );
    expect(creationDate({ date: '2026', basis: 'release' }).toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
  });
});

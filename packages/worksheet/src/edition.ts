/**
 * The date a document is dated by. By default it is the day the corpus version was released, so the
 * same data gives the same bytes on any day; a reader who wants another date asks for it, and the
 * cover then prints that date without calling it the release.
 */
import type { Corpus } from '@attribution-lab/corpus/queries';

export interface Edition {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as printed on page one. */
  date: Corpus['released'];
  /** `release`: the corpus's release date, the default. `requested`: a date the user asked for. */
  basis: 'release' | 'requested';
}

/** The edition of a document made from `corpus`, given the date asked for (null: none asked for). */
export function editionOf(corpus: Pick<Corpus, 'released'>, requested: string | null): Edition {
  return requested === null
    ? { date: corpus.released, basis: 'release' }
    : { date: requested, basis: 'requested' };
}

/**
 * The PDF's creation date: 00:00 UTC on the edition's first day, never the clock time, so that two
 * runs on the same day agree. A release dated only to the month or year starts on its first day.
 */
export function creationDate(edition: Edition): Date {
  const [year, month = '01', day = '01'] = edition.date.split('-');
  return new Date(`${year}-${month}-${day}T00:00:00Z`);
}

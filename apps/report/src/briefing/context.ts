import type { Claim, Corpus, Topic } from '@attribution-lab/corpus/queries';
import type { FlagNumbers } from './flags.js';
import type { Notes } from './notes.js';

/** An integrity rule the corpus passed: its id and what it guarantees, as the corpus package says. */
export interface IntegrityCheck {
  id: string;
  description: string;
}

/** What every section of the briefing is built from. */
export interface BriefingContext {
  corpus: Corpus;
  /** The topics the reader asked for, in corpus order. */
  topics: Topic[];
  notes: Notes;
  flags: FlagNumbers;
  /** Width of the text block in points, which the charts are drawn to. */
  width: number;
}

export function claimsInScope({ corpus, topics }: BriefingContext): Claim[] {
  const ids = new Set(topics.map((t) => t.id));
  return corpus.claims.filter((c) => ids.has(c.topicId));
}

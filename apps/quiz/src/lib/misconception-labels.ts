/** Misconceptions as short names; kept apart so only the results pages load them. */
import type { Misconception } from '@attribution-lab/exercises';

/** Each misconception as a short name for lists and charts; the package describes them in full. */
const MISCONCEPTION_TITLES: Record<Misconception, string> = {
  'outlet-for-source': 'Took the outlet for the source',
  'largest-number': 'Went for the biggest number',
  'ignored-as-of': 'Missed when it was true',
  'different-measure': 'Mixed up two different counts',
  'inference-as-statement': 'Took a guess for a statement',
  'ignored-qualifier': 'Ignored the hedge',
  'own-voice-as-sourced': 'Saw a source where there is none',
  'sourced-as-own-voice': 'Missed the source',
  'wrong-outlet': 'Credited the wrong text',
  'different-place': 'Mixed up two places',
  'believed-misattribution': 'Believed a claim the texts do not support',
  'doubted-supported-claim': 'Doubted a claim the texts support',
  'missed-the-error': 'Missed the problem',
  'wrong-order': 'Put things in the wrong order',
  'wrong-speaker': 'Credited the wrong speaker',
  'different-actor': 'Mixed up two actors',
  'same-figure-as-different': 'Saw a disagreement that is not there',
  'wrong-problem': 'Named the wrong problem',
};

export const misconceptionTitle = (m: Misconception): string => MISCONCEPTION_TITLES[m];

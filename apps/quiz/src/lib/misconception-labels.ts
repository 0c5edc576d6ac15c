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

/** What to do next time, one sentence per misconception, for the results and progress pages. */
const MISCONCEPTION_TIPS: Record<Misconception, string> = {
  'outlet-for-source':
    'Look for “said”, “according to” or “told”: the outlet publishes the figure, the source gives it.',
  'largest-number':
    'Find the sentence that gives the figure before choosing, not the biggest number.',
  'ignored-as-of': 'Check the date each figure was true for: a later count can differ.',
  'different-measure':
    'Ask what each number counts (dead, escaped, detained) before treating two as the same.',
  'inference-as-statement': 'Ask whether the text says it in words, or you worked it out.',
  'ignored-qualifier':
    'Read the word before the number: “about”, “at least” and “almost” change it.',
  'own-voice-as-sourced': 'If no one is named as saying it, the text gives the figure itself.',
  'sourced-as-own-voice': 'Look for who the text quotes or cites before saying it has no source.',
  'wrong-outlet': 'Go back to the text and find the sentence before crediting it.',
  'different-place':
    'Check that two names point to the same place on every detail, not just the sound.',
  'believed-misattribution':
    'Check every part of the statement (the source, the text and the number) against the texts.',
  'doubted-supported-claim':
    'If the source, the text and the number all match, the statement is supported.',
  'missed-the-error':
    'Compare the passage with the text, word by word, for names, numbers and dates.',
  'wrong-order': 'Use the publication dates, not the order you read the texts in.',
  'wrong-speaker': 'Find the quote marks and the name just before or after them.',
  'different-actor':
    'Check that two names refer to the same group or person in what they do, not only how they sound.',
  'same-figure-as-different':
    'Compare the numbers themselves: “about 5,000” and “some 5,000” are the same figure.',
  'wrong-problem': 'Name exactly what is off: the number, the source, the date or the name.',
};

export const misconceptionTip = (m: Misconception): string => MISCONCEPTION_TIPS[m];

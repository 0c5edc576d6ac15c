/** What each kind asks and what each misconception means, in words a results page can show. */
import type { ExerciseKind, Misconception } from './types.js';

export const KIND_DESCRIPTIONS: Readonly<Record<ExerciseKind, string>> = {
  'figure-to-outlet':
    'Which text gives this figure? Every text that gives the same figure is right.',
  'outlet-to-figure':
    'What figure does this text give? The other options are figures for the same thing from other texts or other dates.',
  'reporter-vs-source':
    'Whom does the text credit for this figure? The outlet that published it is not the source.',
  'own-voice': 'Which figures does the text state itself, naming no source?',
  'who-disagrees':
    'Which texts give a different figure for the same thing, and whom does each credit?',
  qualifier: 'What does “around”, “at least” or “almost” commit the text to?',
  timeline:
    'Which text came first or last, their order, and which figure was the latest on a given date.',
  names: 'Which spellings name the same place, group or person?',
  'who-said-it': 'Who said these words, and which text carries them?',
  'spot-the-problem': 'What is wrong with this passage, and which passage has a problem?',
  discernment: 'Is this statement about the texts supported by them, or subtly wrong?',
};

export const MISCONCEPTION_DESCRIPTIONS: Readonly<Record<Misconception, string>> = {
  'outlet-for-source': 'Took the outlet that published a figure for the source it came from.',
  'largest-number': 'Picked the largest figure on offer rather than the one the text gives.',
  'ignored-as-of': 'Ignored the date a figure was given for: counts change over time.',
  'different-measure':
    'Confused two figures that measure different things, because the numbers match.',
  'inference-as-statement': 'Took something inferred from the text for something the text states.',
  'ignored-qualifier': 'Ignored a hedge such as “around”, “at least” or “almost”.',
  'own-voice-as-sourced': 'Thought a figure had a source when the text gives it in its own voice.',
  'sourced-as-own-voice': 'Thought the text stated a figure itself when it credits someone else.',
  'wrong-outlet': 'Credited a figure or words to a text that does not give them.',
  'different-place': 'Took the name of a different place for another spelling of the same one.',
  'believed-misattribution':
    'Accepted a statement that credits a figure to the wrong source, text or number.',
  'doubted-supported-claim': 'Rejected a statement that the texts do support.',
  'missed-the-error': 'Did not notice an error or a problem in a passage.',
  'wrong-order': 'Put texts in the wrong order of publication.',
  'wrong-speaker': 'Credited a figure or words to someone else the texts quote.',
  'different-actor':
    'Took the name of a different group or person for another name of the same one.',
  'same-figure-as-different':
    'Saw a disagreement where two texts give the same figure in different words.',
  'wrong-problem': 'Noticed a problem but mistook what kind of problem it is.',
};

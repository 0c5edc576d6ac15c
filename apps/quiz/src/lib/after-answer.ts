/**
 * What the play page needs once an answer is in: the marking, the feedback and the summary,
 * loaded together once the first question is on screen; and the reading of saved progress, which
 * a first question waits for only on a device that has played before. A module that nothing
 * imports statically: the dynamic import of a module other pages also import needs a module
 * object built at run time, and Rolldown then puts the helper for that in a file of its own, one
 * more request before the first question.
 */
export { mark, verdict } from './scoring.js';
export { default as Feedback } from './components/Feedback.svelte';
export { default as Summary } from './components/Summary.svelte';
export { loadProgress } from './load-progress.js';

import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { INDEX_ELEMENT_ID } from '$lib/first-round.js';
import startFirstRound from '$lib/first-round.inline.ts?inline-script';
import { packIndex } from '$lib/packed-index.js';
import { exerciseIndex } from '$lib/server/bank.js';
import { jsonDataBlock, withHeadStart } from '$lib/server/page-head.js';

// The play page carries the exercise index and the script that preloads a round link's first
// question (src/lib/first-round.ts): nothing the first question needs waits for another file.
// Only in the built pages, whose policy is a meta tag this can add the script's hash to; under
// `vite dev` the policy is a header, and the page loads its index after its scripts.
export const handle: Handle = ({ event, resolve }) =>
  resolve(
    event,
    building && event.route.id === '/play'
      ? {
          transformPageChunk: ({ html }) =>
            withHeadStart(
              html,
              jsonDataBlock(INDEX_ELEMENT_ID, packIndex(exerciseIndex())),
              startFirstRound,
            ),
        }
      : {},
  );

import type { Handle } from '@sveltejs/kit';
import { INDEX_ELEMENT_ID } from '$lib/first-round.js';
import startFirstRound from '$lib/first-round.inline.ts?inline-script';
import { packIndex } from '$lib/packed-index.js';
import { exerciseIndex } from '$lib/server/bank.js';
import { jsonDataBlock, withHeadStart } from '$lib/server/page-head.js';

// The play page carries the exercise index and the script that preloads a round link's first
// question (src/lib/first-round.ts): nothing the first question needs waits for another file.
export const handle: Handle = ({ event, resolve }) =>
  resolve(
    event,
    event.route.id === '/play'
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

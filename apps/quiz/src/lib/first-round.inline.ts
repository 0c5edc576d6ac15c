// The play page's inline script (see first-round.ts); hooks.server.ts puts it in the page's head.
import { startFirstRound } from './first-round.js';
import { drawRound } from './draw-round.js';

void startFirstRound(window, drawRound);

/** A figure as the quiz shows it: one claim with the names resolved, ready to render. */
import type { Claim, Flag } from '@attribution-lab/corpus/queries';

export interface FigureFacts {
  claimId: string;
  documentId: string;
  /** The numeral as the text writes it, and where. */
  asWritten: string;
  start: number;
  end: number;
  quote: Claim['quote'];
  topic: { id: string; label: string; phrase: string; unit: string };
  value: Claim['value'];
  qualifier: Claim['qualifier'];
  /** Who published the text: an outlet's name or what is known of it. */
  reportedBy: string;
  /** Whom the text cites for the figure; null when it states the figure in its own voice. */
  citedSource: string | null;
  attributionBasis: Claim['attribution']['basis'];
  cue: string;
  asOf: Claim['asOf'];
  inferred: Claim['inferred'];
  flags: Pick<Flag, 'id' | 'kind' | 'says' | 'why'>[];
  note: string | null;
}

/**
 * An exercise's short key: its id hashed (32-bit FNV-1a, in base 36). Keys name the data files
 * and fill the index a round is drawn from, which is what the first question waits for; the long
 * ids would double its size. The build fails if two ids ever share a key. Worked out at build
 * time only: the browser receives the keys.
 */
import { hashString } from '@attribution-lab/exercises';

export function exerciseKey(id: string): string {
  return hashString(id).toString(36).padStart(7, '0');
}

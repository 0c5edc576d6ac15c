/**
 * 32-bit FNV-1a over UTF-16 code units: a short, stable fingerprint of a string, for exercise keys
 * and result-code checks. Not for secrets.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

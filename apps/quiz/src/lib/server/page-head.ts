/**
 * Additions to a prerendered page's head, made after Kit has rendered it: a JSON data block, and
 * an inline script that Kit's Content Security Policy has to be told about. Kit hashes only its
 * own inline scripts, so the script's hash is added to the policy's script-src here.
 */
import { createHash } from 'node:crypto';

const POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** A data block: JSON the page reads and never runs, safe inside a <script> element. */
export function jsonDataBlock(id: string, value: unknown): string {
  const json = JSON.stringify(value).replaceAll('<', '\\u003c');
  return `<script type="application/json" id="${id}">${json}</script>`;
}

/**
 * The page with `html` and then the inline `script` placed right after its policy, so they come
 * before the page's stylesheets and scripts, and the script's hash allowed by the policy.
 */
export function withHeadStart(page: string, html: string, script: string): string {
  const policy = POLICY.exec(page);
  if (!policy) throw new Error('the page has no Content Security Policy meta tag');
  const hash = createHash('sha256').update(script).digest('base64');
  const directives = policy[1]!.replace(
    /script-src[^;]*/,
    (scriptSrc) => `${scriptSrc} 'sha256-${hash}'`,
  );
  if (directives === policy[1]) throw new Error('the page’s policy has no script-src');
  const meta = policy[0].replace(policy[1]!, directives);
  return page.replace(policy[0], `${meta}\n\t\t${html}<script>${script}</script>`);
}

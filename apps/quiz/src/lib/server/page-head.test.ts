import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jsonDataBlock, withHeadStart } from './page-head.js';

const PAGE = `<head><meta charset="utf-8" />
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-kit'; style-src 'self'">
<link href="/_app/start.js" rel="modulepreload"></head>`;

describe('withHeadStart', () => {
  it('puts the HTML and the script right after the policy, before the page’s scripts', () => {
    const page = withHeadStart(PAGE, '<p>data</p>', 'go()');
    expect(page.indexOf('<script>go()</script>')).toBeGreaterThan(page.indexOf('security-policy'));
    expect(page.indexOf('<p>data</p><script>go()</script>')).toBeLessThan(
      page.indexOf('modulepreload'),
    );
  });

  it('allows the script by its hash, beside the policy’s own', () => {
    const hash = createHash('sha256').update('go()').digest('base64');
    expect(withHeadStart(PAGE, '', 'go()')).toContain(
      `script-src 'self' 'sha256-kit' 'sha256-${hash}'; style-src 'self'`,
    );
  });

  it('refuses a page without a policy to add the script to', () => {
    expect(() => withHeadStart('<head></head>', '', 'go()')).toThrow(/no Content Security Policy/);
  });
});

describe('jsonDataBlock', () => {
  it('carries JSON that no text inside it can end early', () => {
    const block = jsonDataBlock('data', { text: '</script><script>alert(1)' });
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(block.slice(block.indexOf('>') + 1, -'</script>'.length))).toEqual({
      text: '</script><script>alert(1)',
    });
  });
});

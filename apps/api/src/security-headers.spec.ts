import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inlineScriptHashes } from './security-headers';
import { startTestApp, TestApp } from './testing/test-app';

const INLINE = "\n      document.body.className += ' js-enabled';\n    ";

describe('security headers', () => {
  let api: TestApp;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'waymark-web-'));
    writeFileSync(
      join(root, 'index.html'),
      `<html><body><script>${INLINE}</script><script src="main.js" type="module"></script></body></html>`,
    );
    api = await startTestApp({ env: { WAYMARK_WEB_ROOT: root, TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => api.close());

  it('hash exactly the inline scripts of index.html', () => {
    expect(inlineScriptHashes(root)).toEqual([`'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`]);
    expect(inlineScriptHashes(join(root, 'missing'))).toEqual([]);
  });

  it('send a strict CSP, no framing, no sniffing, a same-origin referrer and no X-Powered-By', async () => {
    const response = await fetch(`${api.baseUrl}/health/live`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`script-src 'self' ${inlineScriptHashes(root)[0]}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('ask for HSTS only when the request came over https through a trusted proxy', async () => {
    const response = await fetch(`${api.baseUrl}/health/live`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

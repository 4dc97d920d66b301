import { execFileSync } from 'node:child_process';
import { DEMO_ACCOUNTS } from '@waymark/api/demo-data';
import { signInAs } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

/** Chromium processes started by this (jest) process: the browser a report worker launches is our direct child. */
function chromiumChildren(): string[] {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid), '-f', 'chromium'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort();
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function pdfDownload(api: TestApp): Promise<Response> {
  const cookie = await signInAs(api, DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
  const [{ id }] = await api.dataSource.query(
    `SELECT id FROM strategy WHERE title = 'Embracing Diversity: A Hate Crime Strategy for York'`,
  );
  return fetch(`${api.baseUrl}/api/reports/board-update?${new URLSearchParams({ strategy: id, format: 'pdf' })}`, {
    headers: { cookie },
  });
}

describe('PDF printing in the report worker', () => {
  it('prints in the worker and leaves no Chromium running after app.close()', async () => {
    const before = chromiumChildren();
    const api = await startTestApp({ demoData: true });
    try {
      const response = await pdfDownload(api);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
      expect(chromiumChildren().filter((pid) => !before.includes(pid)).length).toBeGreaterThan(0);
    } finally {
      await api.close();
    }
    expect(chromiumChildren()).toEqual(before);
  }, 120_000);

  it('answers 503 naming the missing renderer when Chromium is absent, and keeps serving', async () => {
    const api = await startTestApp({ demoData: true, env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    try {
      const response = await pdfDownload(api);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        error: 'RENDERER_UNAVAILABLE',
        message: expect.stringMatching(/needs Chromium.*\/nonexistent\/chromium/),
      });
      expect((await api.graphql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
    } finally {
      await api.close();
    }
  }, 120_000);
});

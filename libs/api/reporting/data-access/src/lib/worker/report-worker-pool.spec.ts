import { repeatedYorkSource, yorkExampleSource, type ReportSource } from '@waymark/shared/report-model';
import type { ReportFormat, ReportJob } from '../export/render-report';
import type { ReportSourceText } from '../load/load-report-source';
import { isSmallJob, sourceBytes } from './job-size';
import { ReportQueueFull } from './report-queue-full';
import { ReportWorkerPool, workerEntry } from './report-worker-pool';

const job = (source: ReportSource, format: ReportFormat): ReportJob => ({
  kind: 'board',
  source,
  options: { periodId: 'q2' },
  format,
});

describe('report worker pool: bounded queue and a lane for small jobs (real worker threads)', () => {
  const big = repeatedYorkSource(300);

  it('sizes jobs: the York CSV is small, a 300-fold copy or any PDF is not', () => {
    expect(isSmallJob(job(yorkExampleSource(), 'csv'))).toBe(true);
    expect(isSmallJob(job(big, 'csv'))).toBe(false);
    expect(isSmallJob(job(yorkExampleSource(), 'pdf'))).toBe(false);
    const empty = '[]';
    const text: ReportSourceText = {
      kind: 'report-source-text',
      partnershipId: 'p',
      parts: {
        strategy: empty,
        periods: empty,
        themes: empty,
        objectives: empty,
        actions: 'x'.repeat(2_000),
        updates: empty,
        commentary: empty,
        indicators: empty,
        indicatorValues: empty,
        dueDateChanges: empty,
      },
    };
    expect(sourceBytes(text)).toBe(2_018);
  });

  it('runs the configured worker script when one is given (WAYMARK_REPORT_WORKER), else the TypeScript source', () => {
    expect(workerEntry('/opt/waymark/report-worker.js')).toEqual({
      file: '/opt/waymark/report-worker.js',
      eval: false,
    });
    expect(workerEntry()).toMatchObject({ eval: true });
  });

  it('refuses a job at once with ReportQueueFull when `queueLimit` jobs already wait, and still renders those', async () => {
    const pool = new ReportWorkerPool(1, 120_000, { queueLimit: 2, smallLane: false });
    try {
      const running = pool.render(job(big, 'docx'));
      const waiting = [pool.render(job(big, 'xlsx')), pool.render(job(yorkExampleSource(), 'csv'))];
      const started = performance.now();
      await expect(pool.render(job(yorkExampleSource(), 'csv'))).rejects.toBeInstanceOf(ReportQueueFull);
      expect(performance.now() - started).toBeLessThan(200);
      expect(pool.stats()).toMatchObject({ queued: 2, busy: 1, refused: 1 });
      const files = await Promise.all([running, ...waiting]);
      expect(files.map((f) => f.filename.split('.').pop())).toEqual(['docx', 'xlsx', 'csv']);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('renders a small CSV on the small-jobs worker while a large export runs, instead of after it', async () => {
    const pool = new ReportWorkerPool(1);
    try {
      await pool.warm();
      const order: string[] = [];
      const bigStarted = performance.now();
      const bigDone = pool.render(job(big, 'docx')).then(() => {
        order.push('big');
        return performance.now() - bigStarted;
      });
      const smallStarted = performance.now();
      const csv = await pool.render(job(yorkExampleSource(), 'csv'));
      const smallMs = performance.now() - smallStarted;
      order.push('small');
      const bigMs = await bigDone;
      console.info(
        `small CSV (${csv.bytes.length} bytes) answered in ${smallMs.toFixed(0)} ms while a ${bigMs.toFixed(0)} ms DOCX ran`,
      );
      expect(order).toEqual(['small', 'big']);
      expect(smallMs).toBeLessThan(bigMs / 2);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('starts a worker on the first job, stops it after `idleMs` without one, and starts another for the next job', async () => {
    const pool = new ReportWorkerPool(1, 120_000, { idleMs: 300 });
    const workersStopped = async () => {
      while (pool.stats().workers > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    try {
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(pool.stats().workers).toBe(0);

      // Longer than the idle time: a worker with a job is never stopped under it.
      const first = await pool.render(job(big, 'docx'));
      expect(first.filename).toMatch(/\.docx$/);
      expect(pool.stats()).toMatchObject({ workers: 1, busy: 0 });
      await workersStopped();

      const again = await Promise.all([pool.render(job(big, 'xlsx')), pool.render(job(yorkExampleSource(), 'csv'))]);
      expect(again.map((f) => f.filename.split('.').pop())).toEqual(['xlsx', 'csv']);
      expect(pool.stats().workers).toBeGreaterThanOrEqual(1);
      await workersStopped();
      expect(pool.stats()).toMatchObject({ workers: 0, queued: 0, busy: 0, refused: 0 });
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('keeps `keepWarm` workers started by `warm()` through idle spells, and stops the others', async () => {
    const pool = new ReportWorkerPool(2, 120_000, { idleMs: 300, keepWarm: 1 });
    try {
      await pool.warm();
      expect(pool.stats().workers).toBe(1);

      // Two at once: the second worker (and the small-jobs one for the CSV) start, then go after the idle time.
      let most = 0;
      const watch = setInterval(() => (most = Math.max(most, pool.stats().workers)), 5);
      const files = await Promise.all([
        pool.render(job(big, 'docx')),
        pool.render(job(big, 'xlsx')),
        pool.render(job(yorkExampleSource(), 'csv')),
      ]).finally(() => clearInterval(watch));
      expect(files.map((f) => f.filename.split('.').pop())).toEqual(['docx', 'xlsx', 'csv']);
      expect(most).toBe(3);
      while (pool.stats().workers > 1) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(pool.stats()).toMatchObject({ workers: 1, queued: 0, busy: 0, refused: 0 });
    } finally {
      await pool.close();
    }
  }, 120_000);
});

import { WorkerQueueFull } from './report-queue-full';
import { WorkerPool, type WorkerEntry } from './worker-pool';

/** A job for the test worker: number `n`, answered once the test releases it; or one that allocates until the heap limit. */
type Job = { readonly n: number; readonly hog?: boolean };

// A real worker thread that logs the order in which jobs start and holds each until the test releases it, both
// through shared memory, so the assertions see the dispatch order whatever the machine's speed.
const WORKER = `
  const { parentPort, workerData } = require('node:worker_threads');
  const mem = new Int32Array(workerData.shared);
  parentPort.on('message', (request) => {
    if (request.close) return parentPort.postMessage({ id: request.id, closed: true });
    const { n, hog } = request.job;
    if (hog) { const keep = []; for (;;) keep.push(new Array(1e6).fill(n)); }
    Atomics.store(mem, 1 + Atomics.add(mem, 0, 1), n);
    const wait = () => (Atomics.load(mem, 32 + n) ? parentPort.postMessage({ id: request.id, ok: true, result: n }) : setTimeout(wait, 5));
    wait();
  });
`;

const entry = (): WorkerEntry => ({ file: 'test-worker', eval: true, code: WORKER });

describe('WorkerPool: bounded queues, a share per partnership, fair dispatch, heap limits (real worker threads)', () => {
  let pool: WorkerPool<Job, number>;
  let mem: Int32Array;
  const started = (): number[] => Array.from(mem.slice(1, 1 + Atomics.load(mem, 0)));
  const release = (...ns: number[]): void => ns.forEach((n) => Atomics.store(mem, 32 + n, 1));

  function createPool(
    options: { perOwnerLimit?: number; queueLimit?: number; heapMb?: number } = {},
  ): WorkerPool<Job, number> {
    const shared = new SharedArrayBuffer(4 * 64);
    mem = new Int32Array(shared);
    pool = new WorkerPool<Job, number>({
      name: 'import',
      entry,
      size: 1,
      timeoutMs: 60_000,
      queueLimit: options.queueLimit ?? 10,
      perOwnerLimit: options.perOwnerLimit,
      workerData: () => ({ shared }),
      resourceLimits: options.heapMb
        ? { maxOldGenerationSizeMb: options.heapMb, maxYoungGenerationSizeMb: 4 }
        : undefined,
      crashError: (cause) => new Error(`crashed: ${(cause as NodeJS.ErrnoException).code ?? cause.message}`),
    });
    return pool;
  }

  async function until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  afterEach(() => pool.close());

  it("refuses one partnership's job beyond its share at once, while another partnership's job is still taken", async () => {
    createPool({ perOwnerLimit: 2 });
    const a = [pool.run({ n: 1 }, 'A'), pool.run({ n: 2 }, 'A')];
    const refused = pool.run({ n: 3 }, 'A');
    await expect(refused).rejects.toBeInstanceOf(WorkerQueueFull);
    await expect(refused).rejects.toMatchObject({
      scope: 'partnership',
      message: expect.stringMatching(/busy: your partnership already has 2 imports waiting or running/),
    });
    const b = pool.run({ n: 4 }, 'B');
    release(1, 2, 4);
    await expect(Promise.all([...a, b])).resolves.toEqual([1, 2, 4]);
    expect(pool.stats()).toMatchObject({ refused: 1, queued: 0 });
  }, 30_000);

  it('gives a free worker to the partnership served least recently, before older jobs of a busier one', async () => {
    createPool();
    const jobs = [pool.run({ n: 1 }, 'A')];
    await until(() => started().length === 1);
    // While A's first job runs, A queues two more and then B one: B's overtakes A's waiting jobs.
    jobs.push(pool.run({ n: 2 }, 'A'), pool.run({ n: 3 }, 'A'), pool.run({ n: 4 }, 'B'));
    expect(pool.stats()).toMatchObject({ queued: 3, busy: 1 });
    for (const n of [1, 4, 2]) {
      const count = started().length;
      release(n);
      await until(() => started().length === count + 1);
    }
    release(3);
    await expect(Promise.all(jobs)).resolves.toEqual([1, 2, 3, 4]);
    expect(started()).toEqual([1, 4, 2, 3]);
  }, 30_000);

  it('refuses a job beyond the whole queue limit at once', async () => {
    createPool({ queueLimit: 1 });
    const running = pool.run({ n: 1 }, 'A');
    await until(() => started().length === 1);
    const waiting = pool.run({ n: 2 }, 'B');
    await expect(pool.run({ n: 3 }, 'C')).rejects.toMatchObject({ scope: 'all' });
    release(1, 2);
    await expect(Promise.all([running, waiting])).resolves.toEqual([1, 2]);
  }, 30_000);

  it('fails only the job whose worker ran out of heap, with the crash error, and serves the next job on a new worker', async () => {
    createPool({ heapMb: 32 });
    await expect(pool.run({ n: 0, hog: true }, 'A')).rejects.toThrow('crashed: ERR_WORKER_OUT_OF_MEMORY');
    const next = pool.run({ n: 5 }, 'A');
    release(5);
    await expect(next).resolves.toBe(5);
  }, 60_000);
});

import { readPlanSheet, type ReadSheet, readSheetOf } from '../plan-sheet';
import { ReadSheetCache } from './read-sheet-cache';

const csv = (title: string) => Buffer.from(`Theme,Action ref,Action\nSafer streets,A1,${title}\n`, 'utf8');
const read = async (content: Buffer) => readSheetOf(await readPlanSheet('plan.csv', content), true);
const bytesOf = (sheet: ReadSheet) => (sheet.sheet as Uint8Array).byteLength;

describe('ReadSheetCache: sheets read for a preview, kept for the apply', () => {
  let clock: number;
  const cache = (maxBytes = 1024 * 1024) => new ReadSheetCache({ maxBytes, maxAgeMs: 60_000, now: () => clock });
  beforeEach(() => {
    clock = 0;
  });

  it('answers a kept sheet again after the copy it answered was handed to a worker (its buffer detached)', async () => {
    const sheets = cache();
    const key = ReadSheetCache.keyOf('p1', 'plan.csv', csv('Street lighting'));
    const first = sheets.keep(key, await read(csv('Street lighting')));
    structuredClone(first.sheet, { transfer: [(first.sheet as Uint8Array).buffer as ArrayBuffer] });
    expect((first.sheet as Uint8Array).byteLength).toBe(0);
    const again = sheets.get(key);
    expect(again).toEqual(await read(csv('Street lighting')));
  });

  it('keys by partnership, file name and content, so a changed file is read again', () => {
    const key = ReadSheetCache.keyOf('p1', 'plan.csv', csv('Street lighting'));
    expect(ReadSheetCache.keyOf('p1', 'plan.csv', csv('Street lighting'))).toBe(key);
    expect(ReadSheetCache.keyOf('p1', 'plan.csv', csv('Street lighting and CCTV'))).not.toBe(key);
    expect(ReadSheetCache.keyOf('p2', 'plan.csv', csv('Street lighting'))).not.toBe(key);
    expect(ReadSheetCache.keyOf('p1', 'other.csv', csv('Street lighting'))).not.toBe(key);
  });

  it('forgets a sheet once it is older than the age limit', async () => {
    const sheets = cache();
    sheets.keep('a', await read(csv('Street lighting')));
    clock = 59_999;
    expect(sheets.get('a')).toBeDefined();
    clock = 60_000;
    expect(sheets.get('a')).toBeUndefined();
  });

  it('keeps within its byte limit by forgetting the oldest sheets, and never keeps one larger than the limit', async () => {
    const one = await read(csv('Street lighting'));
    const sheets = cache(bytesOf(one) * 2);
    sheets.keep('a', one);
    sheets.keep('b', await read(csv('Street lighting')));
    sheets.keep('c', await read(csv('Street lighting')));
    expect([sheets.get('a'), sheets.get('b'), sheets.get('c')].map(Boolean)).toEqual([false, true, true]);

    const tiny = cache(bytesOf(one) - 1);
    expect(tiny.keep('a', one)).toBe(one);
    expect(tiny.get('a')).toBeUndefined();
  });
});

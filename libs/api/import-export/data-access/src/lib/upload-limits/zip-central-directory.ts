import { inflateRawSync } from 'node:zlib';

/** A zip that cannot be read: the user sees a plain "damaged file" message, never this text. */
export class UnreadableZip extends Error {}

export class TooManyZipEntries extends Error {
  constructor(readonly count: number) {
    super(`${count} entries`);
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** As the central directory declares it; `inflateEntry` holds the entry to it. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function need(condition: boolean, why: string): asserts condition {
  if (!condition) throw new UnreadableZip(why);
}

/**
 * The entries listed in a zip's central directory (PKWARE APPNOTE 4.3.12/4.3.16), read without
 * decompressing anything. Zip64 archives are refused: a spreadsheet small enough to import never needs them.
 */
export function readCentralDirectory(zip: Buffer, maxEntries: number): ZipEntry[] {
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  need(eocd >= 0, 'no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  need(count !== 0xffff && offset !== 0xffffffff, 'zip64');
  if (count > maxEntries) throw new TooManyZipEntries(count);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(at + 46 <= zip.length && zip.readUInt32LE(at) === CENTRAL, 'bad central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    need(next <= zip.length, 'central directory past the end');
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    });
    at = next;
  }
  return entries;
}

/** The entry's bytes, refusing any that inflate past the size the central directory declared. */
export function inflateEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  need(at + 30 <= zip.length && zip.readUInt32LE(at) === LOCAL, 'bad local header');
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  need(start + entry.compressedSize <= zip.length, 'entry past the end');
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    need(data.length === entry.uncompressedSize, 'stored size mismatch');
    return data;
  }
  need(entry.method === DEFLATED, `compression method ${entry.method}`);
  try {
    // maxOutputLength stops inflating at the declared size: a central directory that lies cannot expand further.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    need(out.length === entry.uncompressedSize, 'inflated size mismatch');
    return out;
  } catch (error) {
    if (error instanceof UnreadableZip) throw error;
    throw new UnreadableZip(`inflate: ${(error as Error).message}`);
  }
}

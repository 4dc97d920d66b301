import { createHash } from 'node:crypto';
import type { ReadSheet } from '../plan-sheet';

/** A read sheet as the import worker answers it: serialised, so it can be kept and copied as one buffer. */
type SerialisedSheet = ReadSheet & { readonly sheet: Uint8Array };

export interface ReadSheetCacheLimits {
  /** Serialised sheets kept in all, bytes (a 600-action × 8-period workbook is about 5 MB). */
  readonly maxBytes: number;
  /** How long a sheet is kept after it was read, ms. */
  readonly maxAgeMs: number;
  readonly now?: () => number;
}

/**
 * The sheets the import worker read lately, by partnership, file name and a hash of the file's bytes: an
 * administrator previews an upload and then applies the same bytes, and reading a large workbook is the largest
 * single step of an apply. The key is the content itself, so a changed file is never answered from here. Every
 * hit is a copy: a planning job hands its sheet's buffer over to the worker, which detaches it in this thread.
 */
export class ReadSheetCache {
  private readonly entries = new Map<string, { readonly sheet: SerialisedSheet; readonly readAt: number }>();
  private bytes = 0;

  constructor(private readonly limits: ReadSheetCacheLimits) {}

  static keyOf(partnershipId: string, fileName: string, content: Uint8Array): string {
    const hash = createHash('sha256').update(content).digest('hex');
    return JSON.stringify([partnershipId, fileName, hash]);
  }

  get(key: string): ReadSheet | undefined {
    this.dropExpired();
    const entry = this.entries.get(key);
    return entry && copyOf(entry.sheet);
  }

  /** Keeps `read` (when it is serialised and fits) and answers a copy to use. */
  keep(key: string, read: ReadSheet): ReadSheet {
    if (!isSerialised(read) || read.sheet.byteLength > this.limits.maxBytes) return read;
    this.remove(key);
    this.entries.set(key, { sheet: read, readAt: this.now() });
    this.bytes += read.sheet.byteLength;
    // Oldest first (Map keeps insertion order).
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.limits.maxBytes) break;
      this.remove(oldest);
    }
    return copyOf(read);
  }

  private dropExpired(): void {
    const oldestKept = this.now() - this.limits.maxAgeMs;
    for (const [key, entry] of this.entries) {
      if (entry.readAt > oldestKept) break;
      this.remove(key);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.sheet.sheet.byteLength;
    this.entries.delete(key);
  }

  private now(): number {
    return (this.limits.now ?? Date.now)();
  }
}

function isSerialised(read: ReadSheet): read is SerialisedSheet {
  return read.sheet instanceof Uint8Array;
}

function copyOf(read: SerialisedSheet): ReadSheet {
  return { ...read, sheet: read.sheet.slice() };
}

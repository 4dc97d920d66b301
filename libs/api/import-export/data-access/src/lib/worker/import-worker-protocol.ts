import type { PlannedImport, PlanningInput } from '../import/import-planning';
import type { ImportPreview } from '../import/import.types';
import type { ReadSheet } from '../plan-sheet';

/**
 * Read (unzip, parse, check against the template) a file; compute an import's preview from what the database holds,
 * or its preview and the statements that apply it.
 */
export type ImportWorkerJob =
  | { readonly kind: 'read-sheet'; readonly fileName: string; readonly content: Uint8Array }
  | { readonly kind: 'preview'; readonly input: PlanningInput }
  | { readonly kind: 'plan'; readonly input: PlanningInput };

export type ImportWorkerResult =
  | { readonly kind: 'sheet'; readonly sheet: ReadSheet }
  | { readonly kind: 'preview'; readonly preview: ImportPreview }
  | { readonly kind: 'plan'; readonly plan: PlannedImport };

/** The buffers a message may hand over rather than copy: a serialised sheet (see ReadSheet). */
export function sheetBuffers(sheet: ReadSheet | undefined): ArrayBuffer[] {
  return sheet?.sheet instanceof Uint8Array ? [sheet.sheet.buffer as ArrayBuffer] : [];
}

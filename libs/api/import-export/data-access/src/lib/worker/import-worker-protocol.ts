import type { PlanningInput } from '../import/import-planning';
import type { ImportPlan } from '../import/import.types';
import type { PlanSheetFile } from '../plan-sheet';

/** Read (unzip, parse, check against the template) a file, or compute an import's plan from what the database holds. */
export type ImportWorkerJob =
  | { readonly kind: 'read-sheet'; readonly fileName: string; readonly content: Uint8Array }
  | { readonly kind: 'plan'; readonly input: PlanningInput };

export type ImportWorkerResult = { readonly kind: 'sheet'; readonly sheet: PlanSheetFile } | { readonly kind: 'plan'; readonly plan: ImportPlan };

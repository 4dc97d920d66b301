import type { FieldProblem } from '@waymark/web/shared/data-access';
import type { ErrorSummaryItem } from '@waymark/web/shared/ui';

/** The import form's fields by the API's input path: its problems link to them and never show the path itself. */
const FIELD_ID: Record<string, string> = {
  'input.uploadId': 'import-file',
  'input.file': 'import-file',
  'input.newStrategy.title': 'import-title',
  'input.newStrategy.startYear': 'import-start-year',
  'input.newStrategy.endYear': 'import-end-year',
  'input.newStrategy': 'import-title',
  'input.strategyId': 'import-target-new',
};

/** The API's field problems as the person who uploaded the file should read them ("input.uploadId: …" is developer text). */
export function importProblems(fields: readonly FieldProblem[]): ErrorSummaryItem[] {
  return fields.map((f) => ({ fieldId: FIELD_ID[f.field], message: f.message }));
}

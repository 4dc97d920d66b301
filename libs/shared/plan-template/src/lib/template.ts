import { PLAN_COLUMNS, PlanField } from './columns';

/** Header row written by the blank template and the export, in template order. */
export const TEMPLATE_HEADERS: readonly string[] = PLAN_COLUMNS.map((c) => c.header);

export type TemplateRow = Partial<Record<PlanField, string>>;

/** A row in template column order; missing fields are empty cells. */
export function toTemplateCells(row: TemplateRow): string[] {
  return PLAN_COLUMNS.map((c) => row[c.field] ?? '');
}

/** The filled example row of the blank template. */
export function exampleTemplateRow(): string[] {
  return PLAN_COLUMNS.map((c) => c.example);
}

import { COLUMN_BY_FIELD, ParsedPlanSheet, PlanField, PlanProblem } from '@waymark/shared/plan-template';
import { IMPORT_ENTITIES, ImportChange, ImportCount, ImportEntity, ImportOperation } from './import.types';

/** Collects the problems and the per-record changes an import plan finds, in the order it finds them. */
export class ImportFindings {
  private readonly problems: PlanProblem[];
  private readonly changes: ImportChange[] = [];

  constructor(private readonly sheet: ParsedPlanSheet) {
    this.problems = [...sheet.problems];
  }

  problem(row: number, field: PlanField, message: string): void {
    const column = this.sheet.header.byField[field];
    this.problems.push({
      row,
      column: column?.header ?? COLUMN_BY_FIELD[field].header,
      columnLetter: column?.letter ?? null,
      message,
    });
  }

  change(
    entity: ImportEntity,
    operation: ImportOperation,
    label: string,
    rows: readonly number[],
    fields: readonly string[] = [],
  ): void {
    this.changes.push({ entity, operation, label, rows: [...new Set(rows)].sort((a, b) => a - b), fields });
  }

  /** Problems by row, then column. */
  sortedProblems(): PlanProblem[] {
    return this.problems.sort(
      (a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.columnLetter ?? '').localeCompare(b.columnLetter ?? ''),
    );
  }

  counts(): ImportCount[] {
    return IMPORT_ENTITIES.map((entity) => {
      const of = this.changes.filter((c) => c.entity === entity);
      return {
        entity,
        created: of.filter((c) => c.operation === 'create').length,
        updated: of.filter((c) => c.operation === 'update').length,
        unchanged: of.filter((c) => c.operation === 'unchanged').length,
      };
    });
  }

  /** Changes grouped by entity (in IMPORT_ENTITIES order), then by first row. */
  sortedChanges(): ImportChange[] {
    const order = new Map(IMPORT_ENTITIES.map((e, i) => [e, i]));
    return this.changes.sort(
      (a, b) => (order.get(a.entity) ?? 0) - (order.get(b.entity) ?? 0) || (a.rows[0] ?? 0) - (b.rows[0] ?? 0),
    );
  }
}

import { AbstractLogger } from 'typeorm';

/**
 * Counts SQL statements sent through TypeORM. Used by tests and the benchmark to prove that
 * statements per request do not grow with the number of rows.
 */
export class StatementCounter extends AbstractLogger {
  private count = 0;

  get statements(): number {
    return this.count;
  }

  reset(): void {
    this.count = 0;
  }

  override logQuery(): void {
    this.count += 1;
  }

  protected writeLog(): void {
    // Counting only: nothing is written.
  }
}

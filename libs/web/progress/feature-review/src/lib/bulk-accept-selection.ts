import { Injectable, signal } from '@angular/core';

export interface SelectedUpdate {
  readonly id: string;
  readonly version: number;
  readonly label: string;
  readonly actionId: string;
}

export interface BulkAcceptResult {
  readonly accepted: readonly SelectedUpdate[];
  readonly refused: readonly { readonly update: SelectedUpdate; readonly reason: string }[];
}

/**
 * Carries the reviewer's selection from the dashboard to the check page and the result back, within the tab.
 * A reload loses it on purpose: the check page then asks to select again rather than accept stale versions.
 */
@Injectable({ providedIn: 'root' })
export class BulkAcceptSelection {
  readonly selection = signal<{
    strategyId: string;
    periodId: string;
    updates: readonly SelectedUpdate[];
    query: Record<string, string>;
  } | null>(null);
  readonly result = signal<{ periodId: string; result: BulkAcceptResult } | null>(null);

  /** The result once, for the dashboard of the period it belongs to. */
  takeResult(periodId: string): BulkAcceptResult | null {
    const held = this.result();
    if (!held || held.periodId !== periodId) return null;
    this.result.set(null);
    return held.result;
  }
}

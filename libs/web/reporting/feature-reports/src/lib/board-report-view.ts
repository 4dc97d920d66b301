import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { COVER_SECTIONS, coverDetails, type BoardReport, type ReportRow } from '@waymark/shared/report-model';
import { RAG_TAG_CLASS, RagStrip, RagTag, type RagValue, PluralPipe } from '@waymark/web/shared/ui';
import { ReportText } from './report-text';

/** The report model carries the domain's lower-case values ('red'); the UI's tags take the GraphQL words ('Red'). */
export function ragValue(rag: string | null | undefined): RagValue | null {
  if (!rag) return null;
  const word = rag.charAt(0).toUpperCase() + rag.slice(1).toLowerCase();
  return word === 'Red' || word === 'Amber' || word === 'Green' ? word : null;
}

/**
 * The board update report as HTML, straight from the shared report model (the same model every export
 * renders): numbered heading paragraphs, `Objective | Action | Progress` tables with the objective cell
 * spanning its actions, i)/ii) numbers, and numbered commentary continuing the sequence.
 */
@Component({
  selector: 'wm-board-report-view',
  imports: [RagTag, RagStrip, ReportText, PluralPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-report-view.html',
})
export class BoardReportView {
  readonly report = input.required<BoardReport>();
  protected readonly ragClass = RAG_TAG_CLASS;
  protected readonly ragValue = ragValue;
  protected readonly coverSections = COVER_SECTIONS;
  protected readonly coverDetails = coverDetails;

  protected historyCells(row: ReportRow) {
    return row.ragHistory.map((c) => ({ periodName: c.periodName, rag: ragValue(c.rag), label: c.label }));
  }
}

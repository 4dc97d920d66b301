import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { INDICATOR_STATUS_LABEL, IndicatorStatus } from '@waymark/shared/domain';
import {
  COVER_SECTIONS,
  coverDetails,
  RAG_TREND_COLUMNS,
  ragTrendCells,
  ragTrendTables,
  type BoardReport,
  type ReportRow,
} from '@waymark/shared/report-model';
import { RAG_TAG_CLASS, RagStrip, RagTag, type RagValue, PluralPipe, TableScroll } from '@waymark/web/shared/ui';
import { ReportText } from './report-text';

/** The report model carries the domain's lower-case values ('red'); the UI's tags take the GraphQL words ('Red'). */
export function ragValue(rag: string | null | undefined): RagValue | null {
  if (!rag) return null;
  const word = rag.charAt(0).toUpperCase() + rag.slice(1).toLowerCase();
  return word === 'Red' || word === 'Amber' || word === 'Green' ? word : null;
}

const BAND_TAG: Record<IndicatorStatus, string> = {
  [IndicatorStatus.OnTarget]: RAG_TAG_CLASS.Green,
  [IndicatorStatus.WithinTolerance]: RAG_TAG_CLASS.Amber,
  [IndicatorStatus.OffTarget]: RAG_TAG_CLASS.Red,
};

/**
 * The board update report as HTML, straight from the shared report model (the same model every export
 * renders): numbered heading paragraphs, `Objective | Action | Progress` tables with the objective cell
 * spanning its actions, i)/ii) numbers, and numbered commentary continuing the sequence.
 */
@Component({
  selector: 'wm-board-report-view',
  imports: [RagTag, RagStrip, ReportText, PluralPipe, TableScroll],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-report-view.html',
})
export class BoardReportView {
  readonly report = input.required<BoardReport>();
  protected readonly ragClass = RAG_TAG_CLASS;
  protected readonly ragValue = ragValue;
  protected readonly coverSections = COVER_SECTIONS;
  protected readonly coverDetails = coverDetails;
  protected readonly trendTables = ragTrendTables;
  protected readonly trendCells = ragTrendCells;
  protected readonly trendColumns = RAG_TREND_COLUMNS;

  /** An indicator value's tolerance band as a tag: its words, in the colour of the RAG it reads as. */
  protected bandOf(
    statuses: readonly (IndicatorStatus | null)[] | undefined,
    index: number,
  ): { label: string; tagClass: string } | null {
    const status = statuses?.[index];
    if (!status) return null;
    return { label: INDICATOR_STATUS_LABEL[status], tagClass: `govuk-tag ${BAND_TAG[status]} wm-report__band` };
  }

  protected historyCells(row: ReportRow) {
    return row.ragHistory.map((c) => ({ periodName: c.periodName, rag: ragValue(c.rag), label: c.label }));
  }
}

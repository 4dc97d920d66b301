import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RAG_TAG_CLASS, type RagValue } from './labels';

export interface RagStripCell {
  readonly periodName: string;
  readonly rag: RagValue | null;
  /** Shown in the cell: the RAG word, or e.g. "Complete" / "No update". */
  readonly label: string;
}

/** RAG history across periods: one cell per period, each with the period name and the word (colour is a second cue). */
@Component({
  selector: 'wm-rag-strip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="wm-rag-strip" [attr.aria-label]="label()">
      @for (cell of cells(); track $index) {
        <li class="wm-rag-strip__cell">
          <span class="wm-rag-strip__period govuk-body-s">{{ cell.periodName }}</span>
          <strong class="govuk-tag wm-rag-strip__tag" [class]="tagClass(cell.rag)">{{ cell.label }}</strong>
        </li>
      }
    </ol>
  `,
  styles: `
    .wm-rag-strip { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0 0 20px; padding: 0; }
    .wm-rag-strip__cell { display: flex; flex-direction: column; min-width: 6.5em; border: 1px solid #b1b4b6; padding: 4px; }
    .wm-rag-strip__period { margin: 0 0 4px; }
    .wm-rag-strip__tag { text-align: center; max-width: none; }
  `,
})
export class RagStrip {
  readonly cells = input.required<readonly RagStripCell[]>();
  readonly label = input('RAG history by period');
  protected tagClass(rag: RagValue | null): string {
    return `govuk-tag wm-rag-strip__tag ${rag ? RAG_TAG_CLASS[rag] : 'govuk-tag--grey'}`;
  }
}

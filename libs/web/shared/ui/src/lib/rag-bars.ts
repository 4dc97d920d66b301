import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RAG_ORDER, RAG_TAG_CLASS, RAG_WORD, type RagValue } from './labels';

export interface RagBarRow {
  readonly label: string;
  readonly counts: Readonly<Record<RagValue, number>>;
  /** Actions with no RAG (not started, complete, no update). */
  readonly none: number;
}

/**
 * A RAG distribution chart that does not rely on colour: every segment carries its word and count in text,
 * segments are in a fixed order (Red, Amber, Green, None), and the whole row has a text summary.
 */
@Component({
  selector: 'wm-rag-bars',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .wm-rag-bars__row { margin-bottom: 15px; }
    .wm-rag-bars__bar { display: flex; width: 100%; min-height: 32px; border: 1px solid #505a5f; }
    .wm-rag-bars__segment {
      display: flex; align-items: center; justify-content: center; padding: 2px 4px; overflow: hidden;
      white-space: nowrap; font-weight: 700; border-right: 2px solid #fff; max-width: none; border-radius: 0;
    }
    .wm-rag-bars__segment:last-child { border-right: 0; }
  `,
  template: `
    <figure class="wm-rag-bars govuk-!-margin-0">
      <figcaption class="govuk-heading-s">{{ caption() }}</figcaption>
      @for (row of rows(); track row.label) {
        <div class="wm-rag-bars__row">
          <p class="govuk-body govuk-!-margin-bottom-1">
            <span class="govuk-!-font-weight-bold">{{ row.label }}</span>: {{ row.summary }}
          </p>
          @if (row.total > 0) {
            <div class="wm-rag-bars__bar" aria-hidden="true">
              @for (segment of row.segments; track segment.word) {
                <span class="govuk-tag wm-rag-bars__segment" [class]="segment.tagClass" [style.flex-grow]="segment.count">
                  {{ segment.word }} {{ segment.count }}
                </span>
              }
            </div>
          }
        </div>
      }
    </figure>
  `,
})
export class RagBars {
  readonly data = input.required<readonly RagBarRow[]>();
  readonly caption = input('RAG distribution');

  protected readonly rows = computed(() =>
    this.data().map((row) => {
      const segments = [
        ...RAG_ORDER.map((rag) => ({
          word: RAG_WORD[rag],
          count: row.counts[rag],
          tagClass: `govuk-tag ${RAG_TAG_CLASS[rag]} wm-rag-bars__segment`,
        })),
        { word: 'No RAG', count: row.none, tagClass: 'govuk-tag govuk-tag--grey wm-rag-bars__segment' },
      ].filter((segment) => segment.count > 0);
      const total = RAG_ORDER.reduce((sum, rag) => sum + row.counts[rag], row.none);
      const summary = total === 0 ? 'no actions' : segments.map((s) => `${s.count} ${s.word}`).join(', ');
      return { label: row.label, total, segments, summary };
    }),
  );
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RAG_TAG_CLASS, RAG_WORD, type RagValue } from './labels';

/** A RAG status as a GOV.UK tag: always the word, with its colour as a second cue. */
@Component({
  selector: 'wm-rag-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rag(); as value) {
      <strong class="govuk-tag" [class]="tagClass()">{{ prefix() }}{{ word() }}</strong>
    } @else {
      <strong class="govuk-tag govuk-tag--grey">{{ prefix() }}{{ emptyText() }}</strong>
    }
  `,
})
export class RagTag {
  readonly rag = input<RagValue | null | undefined>(null);
  readonly emptyText = input('No RAG');
  /** Visually included text before the word, e.g. "Proposed: ". */
  readonly prefix = input('');
  protected readonly word = computed(() => {
    const rag = this.rag();
    return rag ? RAG_WORD[rag] : '';
  });
  protected readonly tagClass = computed(() => {
    const rag = this.rag();
    return rag ? `govuk-tag ${RAG_TAG_CLASS[rag]}` : 'govuk-tag';
  });
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { parseTextBlocks } from '@waymark/shared/report-model';

/** Typed text as the reports print it: paragraphs, bulleted and numbered lists, line breaks (the shared parser). */
@Component({
  selector: 'wm-report-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (block of blocks(); track $index) {
      @switch (block.kind) {
        @case ('paragraph') {
          <p class="govuk-body wm-report-text__paragraph">{{ block.text }}</p>
        }
        @case ('bullets') {
          <ul class="govuk-list govuk-list--bullet">
            @for (item of block.items; track $index) {
              <li class="wm-report-text__item">{{ item }}</li>
            }
          </ul>
        }
        @case ('numbered') {
          <ol class="govuk-list govuk-list--number" [attr.start]="block.start === 1 ? null : block.start">
            @for (item of block.items; track $index) {
              <li class="wm-report-text__item">{{ item }}</li>
            }
          </ol>
        }
      }
    }
  `,
})
export class ReportText {
  readonly text = input.required<string>();
  protected readonly blocks = computed(() => parseTextBlocks(this.text()));
}

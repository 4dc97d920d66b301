import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NotCompleted } from './not-completed';
import { PublishedNoticesStore } from './published-notices';
import { STATEMENT_PREPARED_ON, STATEMENT_REVIEWED_ON, STATEMENT_TESTED_ON } from './statement-dates';

/**
 * The accessibility statement in the GOV.UK model form (Public Sector Bodies Accessibility Regulations 2018). Who runs
 * the service and how to contact them come from the partnership's administrator; everything else is Waymark's own.
 */
@Component({
  selector: 'wm-accessibility-statement-page',
  imports: [RouterLink, NotCompleted],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accessibility-statement-page.html',
})
export class AccessibilityStatementPage implements OnInit {
  private readonly store = inject(PublishedNoticesStore);
  protected readonly loaded = this.store.loaded;
  protected readonly notices = this.store.notices;
  protected readonly organisation = computed(
    () => this.notices()?.organisationName ?? this.notices()?.partnershipName ?? null,
  );
  protected readonly preparedOn = STATEMENT_PREPARED_ON;
  protected readonly reviewedOn = STATEMENT_REVIEWED_ON;
  protected readonly testedOn = STATEMENT_TESTED_ON;

  ngOnInit(): void {
    void this.store.load();
  }
}

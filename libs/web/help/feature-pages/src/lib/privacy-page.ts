import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NotCompleted } from './not-completed';
import { PublishedNoticesStore } from './published-notices';

/** The privacy notice: what Waymark stores is fixed wording; who controls it, why and for how long, the administrator writes. */
@Component({
  selector: 'wm-privacy-page',
  imports: [RouterLink, NotCompleted],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './privacy-page.html',
  styles: '.wm-pre-line { white-space: pre-line; }',
})
export class PrivacyPage implements OnInit {
  private readonly store = inject(PublishedNoticesStore);
  protected readonly loaded = this.store.loaded;
  protected readonly notices = this.store.notices;
  protected readonly organisation = computed(
    () => this.notices()?.organisationName ?? this.notices()?.partnershipName ?? null,
  );

  ngOnInit(): void {
    void this.store.load();
  }
}

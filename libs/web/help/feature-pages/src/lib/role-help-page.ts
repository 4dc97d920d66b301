import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { ROLE_HELP } from './help-content';

/** Help for one role (`/help/:role`); an unknown role gets the list of roles. */
@Component({
  selector: 'wm-role-help-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/help">How Waymark works</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (help(); as h) {
          <span class="govuk-caption-l">Help</span>
          <h1 class="govuk-heading-xl">{{ h.title }}</h1>
          @for (section of h.sections; track section.heading) {
            <h2 class="govuk-heading-m">{{ section.heading }}</h2>
            @for (paragraph of section.paragraphs; track $index) {
              <p class="govuk-body">{{ paragraph }}</p>
            }
            @if (section.steps; as steps) {
              <ol class="govuk-list govuk-list--number">
                @for (step of steps; track $index) {
                  <li>{{ step }}</li>
                }
              </ol>
            }
          }
          <h2 class="govuk-heading-m">Other roles</h2>
          <ul class="govuk-list">
            @for (other of others(); track other.slug) {
              <li><a class="govuk-link" [routerLink]="['/help', other.slug]">{{ other.title }}</a></li>
            }
          </ul>
        } @else {
          <h1 class="govuk-heading-xl">Page not found</h1>
          <p class="govuk-body">There is no help page at this address. See <a class="govuk-link" routerLink="/help">how Waymark works</a>.</p>
        }
      </div>
    </div>
  `,
})
export class RoleHelpPage {
  private readonly title = inject(Title);
  private readonly slug = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('role'))), {
    initialValue: null,
  });
  protected readonly help = computed(() => ROLE_HELP.find((r) => r.slug === this.slug()) ?? null);
  protected readonly others = computed(() => ROLE_HELP.filter((r) => r.slug !== this.slug()));

  constructor() {
    // The route title cannot know the role: name the page after it.
    inject(ActivatedRoute).paramMap.subscribe((p) => {
      const help = ROLE_HELP.find((r) => r.slug === p.get('role'));
      this.title.setTitle(help ? `${help.title} – Help – Waymark` : 'Page not found – Waymark');
    });
  }
}

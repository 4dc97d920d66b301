import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { type AdminPeopleQuery, DirectoryStore, SessionStore, describeError } from '@waymark/web/shared/data-access';
import { Loading, NotificationBanner } from '@waymark/web/shared/ui';
import { ACTION_DONE, ACTION_WORD, accessActions, statusTag, type PersonAccessAction } from './people/account-status';

const KIND_WORD: Record<string, string> = {
  Board: 'Board',
  SeniorOfficerGroup: 'Senior officer group',
  DeliveryGroup: 'Delivery group',
  TaskAndFinishGroup: 'Task and finish group',
  Other: 'Other',
};

/** Partner organisations, governance groups with their members, and people: lists with add, change and archive. */
@Component({
  selector: 'wm-directory-page',
  imports: [RouterLink, Loading, NotificationBanner, DatePipe],
  providers: [DirectoryStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin">Administration</a>
    @if (actionError(); as text) {
      <div class="govuk-error-summary" role="alert" tabindex="-1"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><p class="govuk-body govuk-!-margin-bottom-0">{{ text }}</p></div></div>
    }
    @if (shownNotice(); as text) {
      <wm-notification-banner type="success">{{ text }}</wm-notification-banner>
    }
    <h1 class="govuk-heading-l">Organisations, groups and people</h1>
    @if (error(); as message) {
      <p class="govuk-body">{{ message }}</p>
    } @else if (!people()) {
      <wm-loading />
    } @else {
      <h2 class="govuk-heading-m">Partner organisations</h2>
      @if (organisations().length === 0) {
        <p class="govuk-body">No organisations yet.</p>
      } @else {
        <dl class="govuk-summary-list">
          @for (o of organisations(); track o.id) {
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ o.name }}</dt>
              <dd class="govuk-summary-list__value">{{ o.shortName ?? '' }}</dd>
              <dd class="govuk-summary-list__actions">
                <ul class="govuk-summary-list__actions-list">
                  <li class="govuk-summary-list__actions-list-item"><a class="govuk-link" [routerLink]="['/admin/organisations', o.id, 'edit']">Change<span class="govuk-visually-hidden"> {{ o.name }}</span></a></li>
                  <li class="govuk-summary-list__actions-list-item"><a class="govuk-link" [routerLink]="['/admin/archive/organisation', o.id]">Archive<span class="govuk-visually-hidden"> {{ o.name }}</span></a></li>
                </ul>
              </dd>
            </div>
          }
        </dl>
      }
      <a class="govuk-button govuk-button--secondary" routerLink="/admin/organisations/new">Add an organisation</a>
      <h2 class="govuk-heading-m">Groups</h2>
      @if (groups().length === 0) {
        <p class="govuk-body">No groups yet.</p>
      } @else {
        <dl class="govuk-summary-list">
          @for (g of groups(); track g.id) {
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ g.name }}<span class="govuk-hint govuk-!-margin-bottom-0">{{ kindWord[g.kind] ?? g.kind }}</span></dt>
              <dd class="govuk-summary-list__value">
                @if (g.members.length === 0) {
                  No members
                } @else {
                  <ul class="govuk-list govuk-!-margin-bottom-0">
                    @for (m of g.members; track m.personId) {
                      <li>{{ m.fullName }}{{ m.organisationName ? ', ' + m.organisationName : '' }}{{ m.isChair ? ' (chair)' : '' }}</li>
                    }
                  </ul>
                }
              </dd>
              <dd class="govuk-summary-list__actions">
                <ul class="govuk-summary-list__actions-list">
                  <li class="govuk-summary-list__actions-list-item"><a class="govuk-link" [routerLink]="['/admin/groups', g.id, 'edit']">Change<span class="govuk-visually-hidden"> {{ g.name }} and its members</span></a></li>
                  <li class="govuk-summary-list__actions-list-item"><a class="govuk-link" [routerLink]="['/admin/archive/group', g.id]">Archive<span class="govuk-visually-hidden"> {{ g.name }}</span></a></li>
                </ul>
              </dd>
            </div>
          }
        </dl>
      }
      <a class="govuk-button govuk-button--secondary" routerLink="/admin/groups/new">Add a group</a>
      <h2 class="govuk-heading-m">People</h2>
      <!-- Scrollable region (GOV.UK / MoJ pattern): the table never widens the page on a tablet; keyboard users can scroll it. -->
      <div class="wm-table-scroll" role="region" aria-label="People" tabindex="0">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden">People</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Name</th>
              <th scope="col" class="govuk-table__header">Email</th>
              <th scope="col" class="govuk-table__header">Organisation</th>
              <th scope="col" class="govuk-table__header">Administrator</th>
              <th scope="col" class="govuk-table__header">Sign-in</th>
              <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (p of people(); track p.id) {
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">{{ p.fullName }}@if (p.jobTitle) {<span class="govuk-hint govuk-!-margin-bottom-0">{{ p.jobTitle }}</span>}</td>
                <td class="govuk-table__cell wm-email">{{ p.email }}</td>
                <td class="govuk-table__cell">{{ p.organisationName ?? '' }}</td>
                <td class="govuk-table__cell">{{ p.isAdministrator ? 'Yes' : 'No' }}</td>
                <td class="govuk-table__cell" data-testid="account-status">
                  <strong class="govuk-tag" [class]="status(p).tag">{{ status(p).word }}</strong>
                  @if (p.lastSignedInAt) {
                    <span class="govuk-hint govuk-!-margin-bottom-0">Last signed in {{ p.lastSignedInAt | date: 'd MMM y, HH:mm' }}</span>
                  } @else if (p.invitationExpiresAt) {
                    <span class="govuk-hint govuk-!-margin-bottom-0">Invitation expires {{ p.invitationExpiresAt | date: 'd MMM y' }}</span>
                  }
                </td>
                <td class="govuk-table__cell">
                  @for (a of actions(p); track a) {
                    <button type="button" class="govuk-button govuk-!-margin-bottom-1 govuk-!-margin-right-1" [class.govuk-button--secondary]="a !== 'deactivate'" [class.govuk-button--warning]="a === 'deactivate'"
                      [disabled]="busy()" (click)="act(a, p)">{{ actionWord[a] }}<span class="govuk-visually-hidden"> {{ p.fullName }}</span></button>
                  }
                  <a class="govuk-link" [routerLink]="['/admin/people', p.id, 'edit']">Change<span class="govuk-visually-hidden"> {{ p.fullName }}</span></a>
                  <a class="govuk-link govuk-!-margin-left-2" [routerLink]="['/admin/people', p.id, 'single-sign-on']">Single sign-on<span class="govuk-visually-hidden"> link of {{ p.fullName }}</span></a>
                  <a class="govuk-link govuk-!-margin-left-2" [routerLink]="['/admin/archive/person', p.id]">Archive<span class="govuk-visually-hidden"> {{ p.fullName }}</span></a>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <div class="govuk-button-group">
        <a class="govuk-button" routerLink="/admin/people/invite">Invite a person</a>
        <a class="govuk-button govuk-button--secondary" routerLink="/admin/people/new">Add a person without inviting</a>
      </div>
    }
  `,
})
export class DirectoryPage implements OnInit {
  /** Success message from the add, change and archive screens. */
  readonly notice = input<string | undefined>();
  private readonly directory = inject(DirectoryStore);
  protected readonly organisations = computed(() => this.directory.listing.value()?.organisations ?? []);
  protected readonly groups = computed(() => this.directory.listing.value()?.groups ?? []);
  protected readonly people = computed(() => this.directory.listing.value()?.people ?? null);
  protected readonly error = this.directory.listing.error;
  protected readonly kindWord = KIND_WORD;
  protected readonly actionWord = ACTION_WORD;
  protected readonly status = statusTag;
  private readonly session = inject(SessionStore);
  protected readonly busy = this.directory.listing.busy;
  protected readonly done = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly shownNotice = computed(() => this.done() ?? this.notice());

  protected actions(p: AdminPeopleQuery['people'][number]): PersonAccessAction[] {
    return accessActions(p, p.id === this.session.user()?.personId);
  }

  protected async act(action: PersonAccessAction, p: AdminPeopleQuery['people'][number]): Promise<void> {
    this.actionError.set(null);
    try {
      await this.directory.listing.run(async () => {
        await this.directory.changeAccess(action, p);
        await this.directory.reloadPeople();
        // The banner comes with the refreshed table: before, "deactivated" showed beside an "Active" tag until it loaded.
        this.done.set(ACTION_DONE[action](p.fullName));
      });
    } catch (error) {
      const problem = describeError(error);
      this.actionError.set(problem.fields[0]?.message ?? problem.message);
    }
  }

  ngOnInit(): void {
    void this.directory.loadListing();
  }
}

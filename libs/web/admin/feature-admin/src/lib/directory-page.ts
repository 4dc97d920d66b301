import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AdminGroupsDocument,
  AdminOrganisationsDocument,
  AdminPeopleDocument,
  type AdminGroupsQuery,
  type AdminOrganisationsQuery,
  type AdminPeopleQuery,
  describeError,
} from '@waymark/web/shared/data-access';
import { Loading, NotificationBanner } from '@waymark/web/shared/ui';

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
  imports: [RouterLink, Loading, NotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin">Administration</a>
    @if (notice(); as text) {
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
                <td class="govuk-table__cell">
                  <a class="govuk-link" [routerLink]="['/admin/people', p.id, 'edit']">Change<span class="govuk-visually-hidden"> {{ p.fullName }}</span></a>
                  <a class="govuk-link govuk-!-margin-left-2" [routerLink]="['/admin/archive/person', p.id]">Archive<span class="govuk-visually-hidden"> {{ p.fullName }}</span></a>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <a class="govuk-button govuk-button--secondary" routerLink="/admin/people/new">Add a person</a>
    }
  `,
})
export class DirectoryPage implements OnInit {
  /** Success message from the add, change and archive screens. */
  readonly notice = input<string | undefined>();
  private readonly apollo = inject(Apollo);
  protected readonly organisations = signal<AdminOrganisationsQuery['organisations']>([]);
  protected readonly groups = signal<AdminGroupsQuery['groups']>([]);
  protected readonly people = signal<AdminPeopleQuery['people'] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly kindWord = KIND_WORD;

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [organisations, groups, people] = await Promise.all([
        firstValueFrom(this.apollo.query({ query: AdminOrganisationsDocument })),
        firstValueFrom(this.apollo.query({ query: AdminGroupsDocument })),
        firstValueFrom(this.apollo.query({ query: AdminPeopleDocument })),
      ]);
      this.organisations.set(organisations.data?.organisations ?? []);
      this.groups.set(groups.data?.groups ?? []);
      this.people.set(people.data?.people ?? []);
    } catch (error) {
      this.error.set(describeError(error).message);
    }
  }
}

import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AddGroupMemberDocument,
  AdminDirectoryRecordsDocument,
  type AdminDirectoryRecordsQuery,
  CreateGroupDocument,
  RemoveGroupMemberDocument,
  UpdateGroupDocument,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, NotificationBanner, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { ConflictNotice } from '../forms/conflict-notice';
import { EditForm } from '../forms/edit-form';
import { type FieldOption, FormField } from '../forms/form-field';
import { GROUP_KIND_WORD, groupInput, groupSpec } from '../forms/specs';

type Member = AdminDirectoryRecordsQuery['groups'][number]['members'][number];
const MEMBER_FIELD = 'member-person';

/** Add a group or change its name, kind and description; when changing, add and remove its members. */
@Component({
  selector: 'wm-group-form-page',
  imports: [RouterLink, ErrorSummary, Loading, NotificationBanner, FormField, ConflictNotice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin/directory">Back to organisations, groups and people</a>
    @if (loadError(); as message) {
      <h1 class="govuk-heading-l">Group</h1>
      <p class="govuk-body">{{ message }}</p>
    } @else if (!loaded()) {
      <wm-loading />
    } @else {
      @let v = form.values();
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <wm-error-summary [errors]="summary()" />
          @if (memberNotice(); as text) {
            <wm-notification-banner type="success">{{ text }}</wm-notification-banner>
          }
          <wm-conflict-notice [values]="form.conflict()" />
          <h1 class="govuk-heading-l">{{ groupId() ? 'Change group' : 'Add a group' }}</h1>
          <form novalidate (submit)="save($event)">
            <wm-field [fieldId]="form.id('name')" label="Name" hint="For example, Hate Crime Delivery Group" [required]="true"
              [error]="form.errorFor('name')" [value]="v.name" (valueChange)="form.set('name', $event)" />
            <wm-field [fieldId]="form.id('kind')" label="Kind of group" kind="select" [options]="kinds"
              hint="Delivery and task-and-finish groups own actions; a senior officer group reviews them" [error]="form.errorFor('kind')"
              [value]="v.kind" (valueChange)="form.set('kind', $event)" />
            <wm-field [fieldId]="form.id('description')" label="Description (optional)" kind="textarea"
              [error]="form.errorFor('description')" [value]="v.description" (valueChange)="form.set('description', $event)" />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" [disabled]="form.saving()">{{ groupId() ? 'Save changes' : 'Add group' }}</button>
              <a class="govuk-link" routerLink="/admin/directory">Cancel</a>
            </div>
          </form>

          @if (groupId()) {
            <h2 class="govuk-heading-m">Members</h2>
            @if (members().length === 0) {
              <p class="govuk-body">No members yet.</p>
            } @else {
              <dl class="govuk-summary-list">
                @for (m of members(); track m.personId) {
                  <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{{ m.fullName }}</dt>
                    <dd class="govuk-summary-list__value">{{ m.organisationName ?? '' }}{{ m.isChair ? ' · Chair' : '' }}</dd>
                    <dd class="govuk-summary-list__actions">
                      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" [disabled]="memberSaving()" (click)="remove(m)">
                        Remove<span class="govuk-visually-hidden"> {{ m.fullName }} from the group</span>
                      </button>
                    </dd>
                  </div>
                }
              </dl>
            }
            <form novalidate (submit)="add($event)">
              <fieldset class="govuk-fieldset">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Add a member</legend>
                <wm-field [fieldId]="memberField" label="Person" kind="select" [options]="candidates()" [error]="memberError()"
                  [value]="candidate()" (valueChange)="candidate.set($event)" />
                <wm-field fieldId="member-chair" kind="checkbox" label="Chair of the group" [checked]="chair()" (checkedChange)="chair.set($event)" />
                <button type="submit" class="govuk-button govuk-button--secondary" [disabled]="memberSaving()">Add member</button>
              </fieldset>
            </form>
          }
        </div>
      </div>
    }
  `,
})
export class GroupFormPage implements OnInit {
  readonly groupId = input<string | undefined>();
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly form = new EditForm(groupSpec, { name: '', kind: 'DeliveryGroup', description: '' });
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly kinds: FieldOption[] = Object.entries(GROUP_KIND_WORD).map(([value, label]) => ({ value, label }));
  protected readonly memberField = MEMBER_FIELD;
  protected readonly members = signal<readonly Member[]>([]);
  private readonly people = signal<AdminDirectoryRecordsQuery['people']>([]);
  protected readonly candidate = signal('');
  protected readonly chair = signal(false);
  protected readonly memberError = signal<string | null>(null);
  protected readonly memberSaving = signal(false);
  protected readonly memberNotice = signal<string | null>(null);
  protected readonly candidates = computed<FieldOption[]>(() => {
    const inGroup = new Set(this.members().map((m) => m.personId));
    return [
      { value: '', label: 'Select a person' },
      ...this.people()
        .filter((p) => !inGroup.has(p.id))
        .map((p) => ({ value: p.id, label: p.organisationName ? `${p.fullName} (${p.organisationName})` : p.fullName })),
    ];
  });
  protected readonly summary = computed<ErrorSummaryItem[]>(() => {
    const member = this.memberError();
    return member ? [...this.form.summary(), { fieldId: MEMBER_FIELD, message: member }] : this.form.summary();
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(this.apollo.query({ query: AdminDirectoryRecordsDocument }));
      this.people.set(result.data?.people ?? []);
      const id = this.groupId();
      if (id) {
        const g = result.data?.groups.find((x) => x.id === id);
        if (!g) throw new Error('This group could not be found.');
        this.form.reset({ name: g.name, kind: g.kind, description: g.description ?? '' }, g.version);
        this.members.set(g.members);
      }
      this.loaded.set(true);
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const id = this.groupId();
    const ok = await this.form.submit(async (values, version) => {
      const input = groupInput(values);
      if (id) await firstValueFrom(this.apollo.mutate({ mutation: UpdateGroupDocument, variables: { input: { id, version, ...input } } }));
      else await firstValueFrom(this.apollo.mutate({ mutation: CreateGroupDocument, variables: { input } }));
    });
    if (ok) {
      const notice = `Group ${id ? 'changed' : 'added'}: ${this.form.values().name.trim()}`;
      await this.router.navigate(['/admin/directory'], { queryParams: { notice } });
    }
  }

  protected async add(event: Event): Promise<void> {
    event.preventDefault();
    const personId = this.candidate();
    this.memberNotice.set(null);
    if (!personId) {
      this.memberError.set('Select the person to add');
      return;
    }
    const name = this.people().find((p) => p.id === personId)?.fullName ?? 'The person';
    const ok = await this.changeMembers(AddGroupMemberDocument, personId, `${name} added to the group`);
    if (ok) {
      this.candidate.set('');
      this.chair.set(false);
    }
  }

  protected async remove(member: Member): Promise<void> {
    this.memberNotice.set(null);
    await this.changeMembers(RemoveGroupMemberDocument, member.personId, `${member.fullName} removed from the group`);
  }

  private async changeMembers(mutation: typeof AddGroupMemberDocument | typeof RemoveGroupMemberDocument, personId: string, done: string): Promise<boolean> {
    const groupId = this.groupId();
    if (!groupId || this.memberSaving()) return false;
    this.memberSaving.set(true);
    this.memberError.set(null);
    try {
      const result = await firstValueFrom(this.apollo.mutate({ mutation, variables: { input: { groupId, personId, isChair: this.chair() } } }));
      const data = result.data as Record<string, { members: readonly Member[] }> | undefined;
      const group = data?.['addGroupMember'] ?? data?.['removeGroupMember'];
      if (group) this.members.set(group.members);
      this.memberNotice.set(done);
      void this.announcer.announce(done, 'polite');
      return true;
    } catch (error) {
      const problem = describeError(error);
      this.memberError.set(problem.fields[0]?.message ?? problem.message);
      return false;
    } finally {
      this.memberSaving.set(false);
    }
  }
}

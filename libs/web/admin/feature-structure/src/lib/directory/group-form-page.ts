import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { DirectoryStore, type GroupMember, describeError } from '@waymark/web/shared/data-access';
import { type ErrorSummaryItem, NotificationBanner } from '@waymark/web/shared/ui';
import { EditForm } from '../forms/edit-form';
import { type FieldOption, FormField } from '../forms/form-field';
import { type AfterSave, FormPage } from '../forms/form-page';
import { GROUP_KIND_WORD, type GroupValues, groupInput, groupSpec } from '../forms/specs';

const MEMBER_FIELD = 'member-person';

/** Add a group or change its name, kind and description; when changing, add and remove its members. */
@Component({
  selector: 'wm-group-form-page',
  imports: [FormPage, NotificationBanner, FormField],
  providers: [DirectoryStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wm-form-page
      [form]="form"
      [state]="directory.records"
      [save]="save"
      back="/admin/directory"
      backText="Back to organisations, groups and people"
      failedHeading="Group"
      [heading]="groupId() ? 'Change group' : 'Add a group'"
      [submitLabel]="groupId() ? 'Save changes' : 'Add group'"
      [errors]="summary()"
    >
      <ng-container ngProjectAs="[formNotice]">
        @if (memberNotice(); as text) {
          <wm-notification-banner type="success">{{ text }}</wm-notification-banner>
        }
      </ng-container>
      <wm-field
        [form]="form"
        field="name"
        label="Name"
        hint="For example, Hate Crime Delivery Group"
        [required]="true"
      />
      <wm-field
        [form]="form"
        field="kind"
        label="Kind of group"
        kind="select"
        [options]="kinds"
        hint="Delivery and task-and-finish groups own actions; a senior officer group reviews them"
      />
      <wm-field
        [form]="form"
        field="description"
        label="Description (optional)"
        kind="textarea"
      />

      <ng-container ngProjectAs="[afterForm]">
        @if (groupId()) {
          @let members = directory.members.value() ?? [];
          <h2 class="govuk-heading-m">Members</h2>
          @if (members.length === 0) {
            <p class="govuk-body">No members yet.</p>
          } @else {
            <dl class="govuk-summary-list">
              @for (m of members; track m.personId) {
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">{{ m.fullName }}</dt>
                  <dd class="govuk-summary-list__value">
                    {{ m.organisationName ?? '' }}{{ m.isChair ? ' · Chair' : '' }}
                  </dd>
                  <dd class="govuk-summary-list__actions">
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      [disabled]="directory.members.busy()"
                      (click)="remove(m)"
                    >
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
              <wm-field
                [fieldId]="memberField"
                label="Person"
                kind="select"
                [options]="candidates()"
                [error]="memberError()"
                [value]="candidate()"
                (valueChange)="candidate.set($event)"
              />
              <wm-field
                fieldId="member-chair"
                kind="checkbox"
                label="Chair of the group"
                [checked]="chair()"
                (checkedChange)="chair.set($event)"
              />
              <button type="submit" class="govuk-button govuk-button--secondary" [disabled]="directory.members.busy()">
                Add member
              </button>
            </fieldset>
          </form>
        }
      </ng-container>
    </wm-form-page>
  `,
})
export class GroupFormPage implements OnInit {
  readonly groupId = input<string | undefined>();
  protected readonly directory = inject(DirectoryStore);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly form = new EditForm(groupSpec, { name: '', kind: 'DeliveryGroup', description: '' });
  protected readonly kinds: FieldOption[] = Object.entries(GROUP_KIND_WORD).map(([value, label]) => ({ value, label }));
  protected readonly memberField = MEMBER_FIELD;
  protected readonly candidate = signal('');
  protected readonly chair = signal(false);
  protected readonly memberError = signal<string | null>(null);
  protected readonly memberNotice = signal<string | null>(null);
  protected readonly candidates = computed<FieldOption[]>(() => {
    const inGroup = new Set((this.directory.members.value() ?? []).map((m) => m.personId));
    return [
      { value: '', label: 'Select a person' },
      ...this.directory
        .people()
        .filter((p) => !inGroup.has(p.id))
        .map((p) => ({
          value: p.id,
          label: p.organisationName ? `${p.fullName} (${p.organisationName})` : p.fullName,
        })),
    ];
  });
  protected readonly summary = computed<ErrorSummaryItem[]>(() => {
    const member = this.memberError();
    return member ? [...this.form.summary(), { fieldId: MEMBER_FIELD, message: member }] : this.form.summary();
  });

  ngOnInit(): void {
    const id = this.groupId();
    void this.directory.load((records) => {
      if (!id) return;
      const g = records.groups.find((x) => x.id === id);
      if (!g) throw new Error('This group could not be found.');
      this.form.reset({ name: g.name, kind: g.kind, description: g.description ?? '' }, g.version);
      this.directory.members.ready(g.members);
    });
  }

  protected readonly save = async (values: GroupValues, version: number): Promise<AfterSave> => {
    const id = this.groupId();
    await this.directory.saveGroup({ id, version }, groupInput(values));
    return { to: ['/admin/directory'], notice: `Group ${id ? 'changed' : 'added'}: ${values.name.trim()}` };
  };

  protected async add(event: Event): Promise<void> {
    event.preventDefault();
    const personId = this.candidate();
    this.memberNotice.set(null);
    if (!personId) {
      this.memberError.set('Select the person to add');
      return;
    }
    const name = this.directory.people().find((p) => p.id === personId)?.fullName ?? 'The person';
    const ok = await this.changeMembers('add', personId, `${name} added to the group`);
    if (ok) {
      this.candidate.set('');
      this.chair.set(false);
    }
  }

  protected async remove(member: GroupMember): Promise<void> {
    this.memberNotice.set(null);
    await this.changeMembers('remove', member.personId, `${member.fullName} removed from the group`);
  }

  private async changeMembers(change: 'add' | 'remove', personId: string, done: string): Promise<boolean> {
    const groupId = this.groupId();
    if (!groupId || this.directory.members.busy()) return false;
    this.memberError.set(null);
    try {
      const input = { groupId, personId, isChair: this.chair() };
      await (change === 'add' ? this.directory.addMember(input) : this.directory.removeMember(input));
      this.memberNotice.set(done);
      void this.announcer.announce(done, 'polite');
      return true;
    } catch (error) {
      const problem = describeError(error);
      this.memberError.set(problem.fields[0]?.message ?? problem.message);
      return false;
    }
  }
}

import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AdminDirectoryRecordsDocument, CreatePersonDocument, UpdatePersonDocument, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading } from '@waymark/web/shared/ui';
import { ConflictNotice } from '../forms/conflict-notice';
import { EditForm } from '../forms/edit-form';
import { type FieldOption, FormField } from '../forms/form-field';
import { personInput, personSpec } from '../forms/specs';

/** Add a person or change their details, organisation and administrator flag. */
@Component({
  selector: 'wm-person-form-page',
  imports: [RouterLink, ErrorSummary, Loading, FormField, ConflictNotice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin/directory">Back to organisations, groups and people</a>
    @if (loadError(); as message) {
      <h1 class="govuk-heading-l">Person</h1>
      <p class="govuk-body">{{ message }}</p>
    } @else if (!loaded()) {
      <wm-loading />
    } @else {
      @let v = form.values();
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <wm-error-summary [errors]="form.summary()" />
          <wm-conflict-notice [values]="form.conflict()" />
          <h1 class="govuk-heading-l">{{ personId() ? 'Change person' : 'Add a person' }}</h1>
          <form novalidate (submit)="save($event)">
            <wm-field [fieldId]="form.id('fullName')" label="Full name" [required]="true" autocomplete="off"
              [error]="form.errorFor('fullName')" [value]="v.fullName" (valueChange)="form.set('fullName', $event)" />
            <wm-field [fieldId]="form.id('email')" label="Email address" kind="email" hint="They sign in with this address" [required]="true"
              [error]="form.errorFor('email')" [value]="v.email" (valueChange)="form.set('email', $event)" />
            <wm-field [fieldId]="form.id('jobTitle')" label="Job title (optional)" hint="For example, Hate crime coordinator"
              [error]="form.errorFor('jobTitle')" [value]="v.jobTitle" (valueChange)="form.set('jobTitle', $event)" />
            <wm-field [fieldId]="form.id('organisationId')" label="Organisation (optional)" kind="select" [options]="organisationOptions()"
              [error]="form.errorFor('organisationId')" [value]="v.organisationId" (valueChange)="form.set('organisationId', $event)" />
            <wm-field [fieldId]="form.id('isAdministrator')" kind="checkbox" label="Administrator"
              hint="Administrators can change the structure, periods, partners, groups and people" [error]="form.errorFor('isAdministrator')"
              [checked]="v.isAdministrator" (checkedChange)="form.set('isAdministrator', $event)" />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" [disabled]="form.saving()">{{ personId() ? 'Save changes' : 'Add person' }}</button>
              <a class="govuk-link" routerLink="/admin/directory">Cancel</a>
            </div>
          </form>
        </div>
      </div>
    }
  `,
})
export class PersonFormPage implements OnInit {
  readonly personId = input<string | undefined>();
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  protected readonly form = new EditForm(personSpec, { fullName: '', email: '', jobTitle: '', organisationId: '', isAdministrator: false });
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);
  private readonly organisations = signal<{ id: string; name: string }[]>([]);
  protected readonly organisationOptions = computed<FieldOption[]>(() => [
    { value: '', label: 'None' },
    ...this.organisations().map((o) => ({ value: o.id, label: o.name })),
  ]);

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(this.apollo.query({ query: AdminDirectoryRecordsDocument }));
      this.organisations.set(result.data?.organisations ?? []);
      const id = this.personId();
      if (id) {
        const p = result.data?.people.find((x) => x.id === id);
        if (!p) throw new Error('This person could not be found.');
        this.form.reset({ fullName: p.fullName, email: p.email, jobTitle: p.jobTitle ?? '', organisationId: p.organisationId ?? '', isAdministrator: p.isAdministrator }, p.version);
      }
      this.loaded.set(true);
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const id = this.personId();
    const ok = await this.form.submit(async (values, version) => {
      const input = personInput(values);
      if (id) await firstValueFrom(this.apollo.mutate({ mutation: UpdatePersonDocument, variables: { input: { id, version, ...input } } }));
      else await firstValueFrom(this.apollo.mutate({ mutation: CreatePersonDocument, variables: { input } }));
    });
    if (ok) {
      const notice = `Person ${id ? 'changed' : 'added'}: ${this.form.values().fullName.trim()}`;
      await this.router.navigate(['/admin/directory'], { queryParams: { notice } });
    }
  }
}

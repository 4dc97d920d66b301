import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AdminDirectoryRecordsDocument, CreateOrganisationDocument, UpdateOrganisationDocument, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading } from '@waymark/web/shared/ui';
import { ConflictNotice } from '../forms/conflict-notice';
import { EditForm } from '../forms/edit-form';
import { FormField } from '../forms/form-field';
import { organisationInput, organisationSpec } from '../forms/specs';

/** Add a partner organisation or change its name and short name. */
@Component({
  selector: 'wm-organisation-form-page',
  imports: [RouterLink, ErrorSummary, Loading, FormField, ConflictNotice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin/directory">Back to organisations, groups and people</a>
    @if (loadError(); as message) {
      <h1 class="govuk-heading-l">Organisation</h1>
      <p class="govuk-body">{{ message }}</p>
    } @else if (!loaded()) {
      <wm-loading />
    } @else {
      @let v = form.values();
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <wm-error-summary [errors]="form.summary()" />
          <wm-conflict-notice [values]="form.conflict()" />
          <h1 class="govuk-heading-l">{{ organisationId() ? 'Change organisation' : 'Add an organisation' }}</h1>
          <form novalidate (submit)="save($event)">
            <wm-field [fieldId]="form.id('name')" label="Name" hint="For example, West Yorkshire Police" [required]="true" autocomplete="organization"
              [error]="form.errorFor('name')" [value]="v.name" (valueChange)="form.set('name', $event)" />
            <wm-field [fieldId]="form.id('shortName')" label="Short name (optional)" hint="For example, WYP — used in tables" width="10"
              [error]="form.errorFor('shortName')" [value]="v.shortName" (valueChange)="form.set('shortName', $event)" />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" [disabled]="form.saving()">{{ organisationId() ? 'Save changes' : 'Add organisation' }}</button>
              <a class="govuk-link" routerLink="/admin/directory">Cancel</a>
            </div>
          </form>
        </div>
      </div>
    }
  `,
})
export class OrganisationFormPage implements OnInit {
  readonly organisationId = input<string | undefined>();
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  protected readonly form = new EditForm(organisationSpec, { name: '', shortName: '' });
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const id = this.organisationId();
    if (!id) {
      this.loaded.set(true);
      return;
    }
    try {
      const result = await firstValueFrom(this.apollo.query({ query: AdminDirectoryRecordsDocument }));
      const o = result.data?.organisations.find((x) => x.id === id);
      if (!o) throw new Error('This organisation could not be found.');
      this.form.reset({ name: o.name, shortName: o.shortName ?? '' }, o.version);
      this.loaded.set(true);
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const id = this.organisationId();
    const ok = await this.form.submit(async (values, version) => {
      const input = organisationInput(values);
      if (id) await firstValueFrom(this.apollo.mutate({ mutation: UpdateOrganisationDocument, variables: { input: { id, version, ...input } } }));
      else await firstValueFrom(this.apollo.mutate({ mutation: CreateOrganisationDocument, variables: { input } }));
    });
    if (ok) {
      const notice = `Organisation ${id ? 'changed' : 'added'}: ${this.form.values().name.trim()}`;
      await this.router.navigate(['/admin/directory'], { queryParams: { notice } });
    }
  }
}

import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { DirectoryStore } from '@waymark/web/shared/data-access';
import { EditForm } from '../forms/edit-form';
import { FormField } from '../forms/form-field';
import { type AfterSave, FormPage } from '../forms/form-page';
import { type OrganisationValues, organisationInput, organisationSpec } from '../forms/specs';

/** Add a partner organisation or change its name and short name. */
@Component({
  selector: 'wm-organisation-form-page',
  imports: [FormPage, FormField],
  providers: [DirectoryStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wm-form-page
      [form]="form"
      [state]="directory.records"
      [save]="save"
      back="/admin/directory"
      backText="Back to organisations, groups and people"
      failedHeading="Organisation"
      [heading]="organisationId() ? 'Change organisation' : 'Add an organisation'"
      [submitLabel]="organisationId() ? 'Save changes' : 'Add organisation'"
    >
      <wm-field
        [form]="form"
        field="name"
        label="Name"
        hint="For example, West Yorkshire Police"
        [required]="true"
        autocomplete="organization"
      />
      <wm-field
        [form]="form"
        field="shortName"
        label="Short name (optional)"
        hint="For example, WYP — used in tables"
        width="10"
      />
    </wm-form-page>
  `,
})
export class OrganisationFormPage implements OnInit {
  readonly organisationId = input<string | undefined>();
  protected readonly directory = inject(DirectoryStore);
  protected readonly form = new EditForm(organisationSpec, { name: '', shortName: '' });

  ngOnInit(): void {
    const id = this.organisationId();
    if (!id) return this.directory.records.ready();
    void this.directory.load((records) => {
      const o = records.organisations.find((x) => x.id === id);
      if (!o) throw new Error('This organisation could not be found.');
      this.form.reset({ name: o.name, shortName: o.shortName ?? '' }, o.version);
    });
  }

  protected readonly save = async (values: OrganisationValues, version: number): Promise<AfterSave> => {
    const id = this.organisationId();
    await this.directory.saveOrganisation({ id, version }, organisationInput(values));
    return { to: ['/admin/directory'], notice: `Organisation ${id ? 'changed' : 'added'}: ${values.name.trim()}` };
  };
}

import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { DirectoryStore } from '@waymark/web/shared/data-access';
import { EditForm } from '../forms/edit-form';
import { type FieldOption, FormField } from '../forms/form-field';
import { type AfterSave, FormPage } from '../forms/form-page';
import { type PersonValues, personInput, personSpec } from '../forms/specs';

/** Add a person or change their details, organisation and administrator flag. */
@Component({
  selector: 'wm-person-form-page',
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
      failedHeading="Person"
      [heading]="personId() ? 'Change person' : 'Add a person'"
      [submitLabel]="personId() ? 'Save changes' : 'Add person'"
    >
      <wm-field
        [form]="form"
        field="fullName"
        label="Full name"
        [required]="true"
        autocomplete="off"
      />
      <wm-field
        [form]="form"
        field="email"
        label="Email address"
        kind="email"
        hint="They sign in with this address"
        [required]="true"
      />
      <wm-field
        [form]="form"
        field="jobTitle"
        label="Job title (optional)"
        hint="For example, Hate crime coordinator"
      />
      <wm-field
        [form]="form"
        field="organisationId"
        label="Organisation (optional)"
        kind="select"
        [options]="organisationOptions()"
      />
      <wm-field
        [form]="form"
        field="isAdministrator"
        kind="checkbox"
        label="Administrator"
        hint="Administrators can change the structure, periods, partners, groups and people"
      />
    </wm-form-page>
  `,
})
export class PersonFormPage implements OnInit {
  readonly personId = input<string | undefined>();
  protected readonly directory = inject(DirectoryStore);
  protected readonly form = new EditForm(personSpec, {
    fullName: '',
    email: '',
    jobTitle: '',
    organisationId: '',
    isAdministrator: false,
  });
  protected readonly organisationOptions = computed<FieldOption[]>(() => [
    { value: '', label: 'None' },
    ...this.directory.organisations().map((o) => ({ value: o.id, label: o.name })),
  ]);

  ngOnInit(): void {
    const id = this.personId();
    void this.directory.load((records) => {
      if (!id) return;
      const p = records.people.find((x) => x.id === id);
      if (!p) throw new Error('This person could not be found.');
      const values = {
        fullName: p.fullName,
        email: p.email,
        jobTitle: p.jobTitle ?? '',
        organisationId: p.organisationId ?? '',
      };
      this.form.reset({ ...values, isAdministrator: p.isAdministrator }, p.version);
    });
  }

  protected readonly save = async (values: PersonValues, version: number): Promise<AfterSave> => {
    const id = this.personId();
    await this.directory.savePerson({ id, version }, personInput(values));
    return { to: ['/admin/directory'], notice: `Person ${id ? 'changed' : 'added'}: ${values.fullName.trim()}` };
  };
}

import { computed, signal } from '@angular/core';
import { type ApiProblem, describeError } from '@waymark/web/shared/data-access';
import type { ErrorSummaryItem } from '@waymark/web/shared/ui';

export type FormValue = string | boolean;
export type FormValues = Record<string, FormValue>;

export interface FormError<F extends string> {
  readonly field: F | null;
  readonly message: string;
}

/** One field of the other person's saved record, shown after a CONFLICT beside what was typed. */
export interface TheirValue {
  readonly label: string;
  readonly theirs: string;
  readonly yours: string;
}

export interface EditFormSpec<V extends FormValues> {
  /** Element id prefix, e.g. `organisation` → `organisation-short-name`. */
  readonly prefix: string;
  /** Lower-case noun for messages, e.g. "organisation". */
  readonly entity: string;
  readonly labels: { readonly [K in keyof V & string]: string };
  readonly validate: (values: V) => FormError<keyof V & string>[];
  /** API field paths that do not match a form field by name, e.g. `ragDefinitions.red` → `ragRed`. */
  readonly apiFields?: Readonly<Record<string, keyof V & string>>;
  /** The server row sent with a CONFLICT (camelCase columns) as form values; defaults to same-named keys. */
  readonly fromServer?: (row: Record<string, unknown>) => Partial<V>;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date in ISO form (2025-02-30 is not). */
export function isRealDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** `input.title` → `title`; `input.ragDefinitions.red` → the alias; unknown or list fields → null. */
export function formField<V extends FormValues>(spec: EditFormSpec<V>, apiField: string): (keyof V & string) | null {
  const path = apiField.replace(/^input\./, '');
  const alias = spec.apiFields?.[path];
  if (alias) return alias;
  const name = path.split(/[.[]/)[0];
  return name in spec.labels ? name : null;
}

/** API messages sometimes start lower-case ("must be …"): prefix the field's label so they read on their own. */
export function apiMessage(label: string | null, message: string): string {
  if (!label || /^[A-Z]/.test(message)) return message;
  return `${label} ${message}`;
}

/** BAD_USER_INPUT field problems → form errors (each tied to its field where the form has one). */
export function errorsFromProblem<V extends FormValues>(
  spec: EditFormSpec<V>,
  problem: ApiProblem,
): FormError<keyof V & string>[] {
  if (!problem.fields.length) return [{ field: null, message: problem.message }];
  return problem.fields.map((f) => {
    const field = formField(spec, f.field);
    return { field, message: apiMessage(field ? spec.labels[field] : null, f.message) };
  });
}

const show = (value: FormValue | undefined): string =>
  value === true ? 'Yes' : value === false ? 'No' : value?.trim() ? value : '(empty)';

/** The fields where the other person's saved value differs from what this user typed. */
export function theirValues<V extends FormValues>(
  spec: EditFormSpec<V>,
  row: Record<string, unknown>,
  yours: V,
): TheirValue[] {
  const fromServer = spec.fromServer ?? ((r: Record<string, unknown>) => r as Partial<V>);
  const theirs = fromServer(row);
  const out: TheirValue[] = [];
  for (const key of Object.keys(spec.labels) as (keyof V & string)[]) {
    if (!(key in theirs)) continue;
    const raw = theirs[key];
    const value: FormValue = typeof raw === 'boolean' ? raw : raw == null ? '' : String(raw);
    if (value !== yours[key]) out.push({ label: spec.labels[key], theirs: show(value), yours: show(yours[key]) });
  }
  return out;
}

/**
 * The state of one GOV.UK form: values as typed, browser-side and API errors by field, the record's
 * version, and what someone else saved when the API answers CONFLICT (what was typed is never lost).
 */
export class EditForm<V extends FormValues> {
  readonly values;
  readonly errors = signal<readonly FormError<keyof V & string>[]>([]);
  /** Set after a CONFLICT: their saved values that differ from yours (empty when the record was removed). */
  readonly conflict = signal<readonly TheirValue[] | null>(null);
  readonly saving = signal(false);
  version = 0;

  readonly summary = computed<ErrorSummaryItem[]>(() =>
    this.errors().map((e) => (e.field ? { fieldId: this.id(e.field), message: e.message } : { message: e.message })),
  );

  constructor(
    readonly spec: EditFormSpec<V>,
    initial: V,
  ) {
    this.values = signal<V>(initial);
  }

  /** Load a record to edit: its values and the version the save will be checked against. */
  reset(values: V, version = 0): void {
    this.values.set(values);
    this.version = version;
    this.errors.set([]);
    this.conflict.set(null);
  }

  set<K extends keyof V & string>(field: K, value: V[K]): void {
    this.values.update((v) => ({ ...v, [field]: value }));
  }

  id(field: keyof V & string): string {
    return `${this.spec.prefix}-${kebab(field)}`;
  }

  errorFor(field: keyof V & string): string | null {
    return this.errors().find((e) => e.field === field)?.message ?? null;
  }

  /** `aria-describedby` for a control: its hint (when it has one) and its error (when shown). */
  describedBy(field: keyof V & string, hasHint = false): string | null {
    const ids = [hasHint ? this.id(field) + '-hint' : '', this.errorFor(field) ? this.id(field) + '-error' : ''].filter(
      Boolean,
    );
    return ids.length ? ids.join(' ') : null;
  }

  /**
   * Checks in the browser, then saves. Returns true when saved; otherwise the errors (or the conflict)
   * are set and the typed values are kept.
   */
  async submit(save: (values: V, version: number) => Promise<unknown>): Promise<boolean> {
    if (this.saving()) return false;
    const values = this.values();
    const problems = this.spec.validate(values);
    this.errors.set(problems);
    if (problems.length) return false;
    this.saving.set(true);
    try {
      await save(values, this.version);
      this.conflict.set(null);
      return true;
    } catch (error) {
      this.fail(describeError(error), values);
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  /** Maps a failed save onto the form. */
  fail(problem: ApiProblem, values: V = this.values()): void {
    if (problem.code === 'CONFLICT') {
      const row = problem.current;
      const serverVersion = row?.['version'];
      if (typeof serverVersion === 'number') this.version = serverVersion;
      this.conflict.set(row ? theirValues(this.spec, row, values) : []);
      this.errors.set([
        {
          field: null,
          message: row
            ? `Someone else changed this ${this.spec.entity} while you were editing it. Their values are shown below and what you typed is still in the form: check it, then save again to replace their version with yours.`
            : `Someone else changed or removed this ${this.spec.entity} while you were editing it. Reload the page to see it; what you typed has not been saved.`,
        },
      ]);
      return;
    }
    this.conflict.set(null);
    this.errors.set(errorsFromProblem(this.spec, problem));
  }
}

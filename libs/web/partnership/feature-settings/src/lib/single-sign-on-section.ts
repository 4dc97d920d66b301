import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  PartnershipSettingsStore,
  type SingleSignOnSettingsFieldsFragment,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem, NotificationBanner } from '@waymark/web/shared/ui';

/** API field paths → the ids of this section's inputs, for the error summary links. */
const FIELD_IDS: Record<string, string> = {
  'input.issuer': 'sso-issuer',
  'input.clientId': 'sso-client-id',
  'input.clientSecret': 'sso-client-secret',
  'input.ssoOnly': 'sso-only',
};

/** Administrators: the partnership's own OpenID Connect provider (e.g. Microsoft Entra ID), JIT domains, SSO-only, break-glass. */
@Component({
  selector: 'wm-single-sign-on-section',
  imports: [FormsModule, ErrorSummary, NotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './single-sign-on-section.html',
})
export class SingleSignOnSection implements OnInit {
  /** The settings page's store. */
  private readonly store = inject(PartnershipSettingsStore);
  protected readonly settings = this.store.singleSignOn.value;
  private readonly saveErrors = signal<ErrorSummaryItem[]>([]);
  protected readonly errors = computed<ErrorSummaryItem[]>(() => {
    const loadError = this.store.singleSignOn.error();
    return loadError ? [{ message: loadError }] : this.saveErrors();
  });
  protected readonly saved = signal(false);
  protected readonly busy = this.store.singleSignOn.busy;
  protected issuer = '';
  protected clientId = '';
  protected clientSecret = '';
  protected domains = '';
  protected ssoOnly = false;
  protected breakGlass = new Set<string>();

  ngOnInit(): void {
    void this.store.loadSingleSignOn().then((settings) => settings && this.show(settings));
  }

  protected fieldError(id: string): string | undefined {
    return this.errors().find((e) => e.fieldId === id)?.message;
  }

  protected toggleBreakGlass(personId: string, on: boolean): void {
    if (on) this.breakGlass.add(personId);
    else this.breakGlass.delete(personId);
  }

  protected async save(): Promise<void> {
    const before = this.settings();
    if (!before) return;
    this.saved.set(false);
    try {
      const input = {
        version: before.version,
        issuer: this.issuer.trim() || null,
        clientId: this.clientId.trim() || null,
        ...(this.clientSecret ? { clientSecret: this.clientSecret } : {}),
        jitEmailDomains: this.domains.split(/[\s,]+/).filter(Boolean),
        ssoOnly: this.ssoOnly,
        breakGlassPersonIds: [...this.breakGlass],
      };
      this.show(await this.store.saveSingleSignOn(input));
      this.saveErrors.set([]);
      this.saved.set(true);
    } catch (error) {
      const problem = describeError(error);
      this.saveErrors.set(
        problem.fields.length > 0
          ? problem.fields.map((f) => ({
              fieldId:
                FIELD_IDS[f.field] ?? (f.field.startsWith('input.jitEmailDomains') ? 'sso-domains' : 'sso-break-glass'),
              message: f.message,
            }))
          : [
              {
                message:
                  problem.code === 'CONFLICT'
                    ? 'Another administrator changed these settings. Reload the page to see their change.'
                    : problem.message,
              },
            ],
      );
    }
  }

  private show(settings: SingleSignOnSettingsFieldsFragment): void {
    this.issuer = settings.issuer ?? '';
    this.clientId = settings.clientId ?? '';
    this.clientSecret = '';
    this.domains = settings.jitEmailDomains.join(', ');
    this.ssoOnly = settings.ssoOnly;
    this.breakGlass = new Set(settings.administrators.filter((a) => a.breakGlass).map((a) => a.personId));
  }
}

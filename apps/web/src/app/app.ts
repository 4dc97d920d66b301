import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore } from '@waymark/web/shared/data-access';

interface NavItem {
  readonly path: string;
  readonly label: string;
}

/** The page frame: skip link, Waymark header with the person's navigation, main, footer. */
@Component({
  selector: 'wm-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
})
export class App {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly user = this.session.user;
  protected readonly partnershipChoices = this.session.partnershipChoices;
  protected readonly currentPartnership = this.session.currentPartnership;

  protected readonly nav = computed<NavItem[]>(() => {
    const user = this.user();
    if (!user) return [];
    const roles = new Set(user.roles);
    const items: NavItem[] = [];
    if (roles.has('DeliveryLead')) items.push({ path: '/my-updates', label: 'My updates' });
    if (roles.has('SeniorOfficer')) items.push({ path: '/review', label: 'Review' });
    items.push({ path: '/strategies', label: 'Strategies' });
    items.push({ path: '/reports', label: 'Reports' });
    if (user.isAdministrator) items.push({ path: '/admin', label: 'Administration' });
    if (user.isAdministrator) items.push({ path: '/settings/partnership', label: 'Settings' });
    return items;
  });

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigate(['/sign-in'], { queryParams: { reason: 'signed-out' } });
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    document.getElementById('main-content')?.focus();
  }
}

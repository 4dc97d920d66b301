import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Pagination } from './pagination';

@Component({
  imports: [Pagination],
  template: `
    <h2 #heading tabindex="-1">Exceptions</h2>
    <wm-pagination [total]="total()" [pageSize]="50" [(page)]="page" noun="actions" label="Exceptions pages" [focusTarget]="heading" />
  `,
})
class Host {
  readonly total = signal(600);
  readonly page = signal(1);
}

async function render(total: number, page = 1) {
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.total.set(total);
  fixture.componentInstance.page.set(page);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return { fixture, element, host: fixture.componentInstance };
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('Pagination', () => {
  it('shows nothing while every row fits on one page', async () => {
    const { element } = await render(33);
    expect(element.querySelector('nav')).toBeNull();
    expect(text(element.querySelector('wm-pagination'))).toBe('');
  });

  it('says which rows are shown and names its navigation landmark', async () => {
    const { element } = await render(600);
    expect(text(element.querySelector('[role=status]'))).toBe('Showing 1 to 50 of 600 actions');
    const nav = element.querySelector('nav.govuk-pagination');
    expect(nav?.getAttribute('aria-label')).toBe('Exceptions pages');
    expect(element.querySelector('.govuk-pagination__prev')).toBeNull();
    expect(text(element.querySelector('.govuk-pagination__next'))).toBe('Next page');
    const current = element.querySelector('[aria-current=page]');
    expect(current?.getAttribute('aria-label')).toBe('Page 1');
    expect(current?.closest('li')?.classList).toContain('govuk-pagination__item--current');
    expect([...element.querySelectorAll('.govuk-pagination__item')].map(text)).toEqual(['1', '2', '⋯', '12']);
  });

  it('moves to the next page, updates the two-way page and focuses the list heading', async () => {
    const { fixture, element, host } = await render(600);
    const next = element.querySelector<HTMLAnchorElement>('.govuk-pagination__next a');
    const event = new MouseEvent('click', { cancelable: true, bubbles: true });
    next?.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await fixture.whenStable();
    expect(host.page()).toBe(2);
    expect(text(element.querySelector('[role=status]'))).toBe('Showing 51 to 100 of 600 actions');
    expect(text(element.querySelector('.govuk-pagination__prev'))).toBe('Previous page');
    expect(document.activeElement).toBe(element.querySelector('h2'));
  });

  it('goes straight to a numbered page and to the last page’s short remainder', async () => {
    const { fixture, element, host } = await render(620);
    element.querySelector<HTMLAnchorElement>('a[aria-label="Page 13"]')?.click();
    await fixture.whenStable();
    expect(host.page()).toBe(13);
    expect(text(element.querySelector('[role=status]'))).toBe('Showing 601 to 620 of 620 actions');
    expect(element.querySelector('.govuk-pagination__next')).toBeNull();
  });

  it('shows the last page when the list shrinks below the chosen page', async () => {
    const { fixture, element, host } = await render(600, 12);
    host.total.set(80);
    await fixture.whenStable();
    expect(text(element.querySelector('[role=status]'))).toBe('Showing 51 to 80 of 80 actions');
    expect(element.querySelector('[aria-current=page]')?.getAttribute('aria-label')).toBe('Page 2');
  });
});

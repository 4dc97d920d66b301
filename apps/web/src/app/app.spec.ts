import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideWaymarkApollo } from '@waymark/web/shared/data-access';
import { App } from './app';

describe('App shell', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideWaymarkApollo()],
    }).compileComponents();
  });

  it('is branded Waymark, has a skip link to main content and no navigation before sign-in', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('.govuk-header')?.textContent).toContain('Waymark');
    expect(page.querySelector('.govuk-skip-link')?.getAttribute('href')).toBe('#main-content');
    expect(page.querySelector('main#main-content')).not.toBeNull();
    expect(page.querySelector('#navigation')).toBeNull();
  });
});

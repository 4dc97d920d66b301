import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { ReportTemplatePage } from './report-template-page';

const TEMPLATE = {
  __typename: 'ReportTemplate',
  id: 't1',
  fileName: 'York letterhead.dotx',
  byteSize: 20480,
  uploadedAt: '2026-12-01T10:00:00.000Z',
  uploadedByName: 'Ada Admin',
  version: 1,
};

async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }
  fixture.detectChanges();
}

function page(reportTemplate: typeof TEMPLATE | null) {
  const link = new ApolloLink(
    () =>
      new Observable((observer) => {
        observer.next({ data: { reportTemplate } } as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideApollo(() => ({ link, cache: new InMemoryCache() })),
    ],
  });
  return TestBed.createComponent(ReportTemplatePage);
}

describe('ReportTemplatePage', () => {
  it('shows the template in use with who uploaded it, and a download link', async () => {
    const fixture = page(TEMPLATE);
    await settle(fixture);
    const current = (fixture.nativeElement as HTMLElement).querySelector('#report-template-current');
    expect(current?.textContent).toContain('York letterhead.dotx (20 KB)');
    expect(current?.textContent).toContain('by Ada Admin');
    expect(current?.querySelector('a[href="/api/report-template/t1"]')).not.toBeNull();
  }, 30_000);

  it("shows the API's reason for a refused file in the error summary and at the field", async () => {
    const fixture = page(null);
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('#report-template-current')?.textContent).toContain('built-in template');
    const input = root.querySelector<HTMLInputElement>('#template-file');
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'letterhead.docm')] });
    input?.dispatchEvent(new Event('change'));
    root.querySelector('form')?.dispatchEvent(new Event('submit'));
    const http = TestBed.inject(HttpTestingController);
    const request = http.expectOne('/api/report-template');
    expect(request.request.headers.get('Apollo-Require-Preflight')).toBe('true');
    const message = 'A .docm or .dotm file holds macros, which Waymark does not accept.';
    request.flush({ error: 'BAD_USER_INPUT', field: 'file', message }, { status: 400, statusText: 'Bad Request' });
    await settle(fixture);
    expect(root.querySelector('.govuk-error-summary a[href="#template-file"]')?.textContent).toBe(message);
    expect(root.querySelector('#template-file-error')?.textContent).toContain(message);
    expect(root.querySelector('#template-file')?.getAttribute('aria-describedby')).toBe(
      'template-file-hint template-file-error',
    );
  }, 30_000);
});

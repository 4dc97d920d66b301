import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { PlanImportPage } from './plan-import-page';
import { PlanUploads } from './plan-upload';

const PREVIEW = {
  __typename: 'PlanImportPreview',
  applied: false,
  canApply: true,
  fileName: 'hate-crime.csv',
  encoding: 'Windows-1252 (Excel on Windows)',
  headerRowNumber: 3,
  headerNote: 'Column headings found on row 3; rows 1-2 were skipped (“Hate Crime Strategy 2018-21”).',
  periodsNote: "Every quarter of the strategy's years: 12 reporting periods to create.",
  accountableGroup: {
    __typename: 'PlanImportAccountableGroup',
    id: 'sog',
    name: 'Community Safety SOG',
    note: 'Community Safety SOG, the partnership’s only senior officer group.',
  },
  sample: [
    {
      __typename: 'PlanImportSampleRow',
      row: 4,
      operation: 'create',
      ref: 'HC-1.1',
      theme: 'Raise awareness',
      objective: 'Increase reporting',
      title: 'Open the Café hub',
      leadOrganisation: 'City Council',
      leadOfficer: 'Jo Smith <jo@example.org>',
      dueDate: '2019-03-31',
      updates: [
        { __typename: 'PlanImportSampleUpdate', period: '2018/19 Q1', rag: 'amber', progress: 'Started late.' },
      ],
    },
  ],
  newStrategy: true,
  rowsRead: 1,
  strategyId: null,
  strategyTitle: 'Hate Crime Strategy',
  counts: [{ __typename: 'PlanImportCount', entity: 'action', created: 1, updated: 0, unchanged: 0 }],
  problems: [],
  ignoredColumns: [],
};

describe('PlanImportPage', () => {
  it('sends the accountable group and every-quarter choice, and shows the encoding, the header-row note and the sample rows', async () => {
    const operations: Array<{ name: string; variables: Record<string, unknown> }> = [];
    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          operations.push({ name: operation.operationName ?? '', variables: operation.variables });
          const data =
            operation.operationName === 'AdminStrategies'
              ? { strategies: [] }
              : operation.operationName === 'AdminGroups'
                ? {
                    groups: [
                      {
                        __typename: 'Group',
                        id: 'dg',
                        name: 'Delivery Group',
                        kind: 'DeliveryGroup',
                        description: null,
                        members: [],
                      },
                      {
                        __typename: 'Group',
                        id: 'sog',
                        name: 'Community Safety SOG',
                        kind: 'SeniorOfficerGroup',
                        description: null,
                        members: [],
                      },
                    ],
                  }
                : { previewPlanImport: PREVIEW };
          observer.next({ data } as never);
          observer.complete();
        }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideApollo(() => ({ link, cache: new InMemoryCache() })),
        { provide: PlanUploads, useValue: { upload: () => Promise.resolve('upload-1') } },
      ],
    });
    const fixture = TestBed.createComponent(PlanImportPage);
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        await fixture.whenStable();
      }
    };
    await settle();
    const page = fixture.nativeElement as HTMLElement;

    const groups = page.querySelector('#import-accountable-group') as HTMLSelectElement;
    expect([...groups.options].map((o) => o.textContent?.trim())).toEqual([
      'The partnership’s senior officer group',
      'Community Safety SOG (senior officer group)',
      'Delivery Group',
    ]);
    expect((page.querySelector('#import-periods-every') as HTMLInputElement).checked).toBe(true);

    const file = page.querySelector('#import-file') as HTMLInputElement;
    Object.defineProperty(file, 'files', {
      value: [new File(['Theme,Action'], 'hate-crime.csv', { type: 'text/csv' })],
    });
    file.dispatchEvent(new Event('change'));
    const type = (selector: string, value: string) => {
      const input = page.querySelector(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('#import-title', 'Hate Crime Strategy');
    type('#import-start-year', '2018');
    type('#import-end-year', '2021');
    groups.value = 'dg';
    groups.dispatchEvent(new Event('change'));
    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle();

    expect(operations.find((o) => o.name === 'PreviewPlanImport')?.variables).toEqual({
      input: {
        uploadId: 'upload-1',
        newStrategy: {
          title: 'Hate Crime Strategy',
          startYear: 2018,
          endYear: 2021,
          accountableGroupId: 'dg',
          everyQuarter: true,
        },
      },
    });
    const reading = page.querySelector('[data-testid="import-reading"]')?.textContent?.replace(/\s+/g, ' ');
    expect(reading).toContain('Read as Windows-1252 (Excel on Windows)');
    expect(reading).toContain('Column headings found on row 3; rows 1-2 were skipped (“Hate Crime Strategy 2018-21”).');
    expect(reading).toContain('Community Safety SOG, the partnership’s only senior officer group.');
    expect(reading).toContain('12 reporting periods to create');
    const sample = [...page.querySelectorAll('[data-testid="import-sample"] tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(sample).toEqual([
      [
        '4',
        'HC-1.1',
        'Raise awarenessIncrease reporting',
        'Open the Café hub (new)',
        'City CouncilJo Smith <jo@example.org>',
        '31/03/2019',
        '2018/19 Q1 (amber): Started late.',
      ],
    ]);
  });
});

import { GraphQLError } from 'graphql';
import { PlanImportStore } from './plan-import.store';
import { adminStrategy } from './testing/admin-strategy';
import { storeWithFakeApi } from './testing/fake-graphql';

const strategy = (id: string, title: string) => adminStrategy({ id, title });
const result = (applied: boolean) => ({
  __typename: 'PlanImportPreview',
  applied,
  canApply: true,
  fileName: 'plan.csv',
  encoding: 'UTF-8',
  headerRowNumber: 1,
  headerNote: null,
  periodsNote: null,
  accountableGroup: null,
  sample: [],
  newStrategy: true,
  rowsRead: 1,
  strategyId: applied ? 's2' : null,
  strategyTitle: 'Hate Crime Strategy',
  counts: [],
  problems: [],
  ignoredColumns: [],
});
const input = { uploadId: 'u1', newStrategy: { title: 'Hate Crime Strategy', startYear: 2026, endYear: 2029 } };

describe('PlanImportStore', () => {
  it('previews without reading the choices again, and after applying offers the new strategy', async () => {
    let applied = false;
    const { store, sent } = storeWithFakeApi(PlanImportStore, {
      AdminStrategies: () => ({
        strategies: applied
          ? [strategy('s1', 'Safer Streets'), strategy('s2', 'Hate Crime Strategy')]
          : [strategy('s1', 'Safer Streets')],
      }),
      AdminGroups: { groups: [] },
      PreviewPlanImport: { previewPlanImport: result(false) },
      ApplyPlanImport: () => {
        applied = true;
        return { applyPlanImport: result(true) };
      },
    });
    await store.load();
    expect((await store.preview(input)).applied).toBe(false);
    expect(sent.slice(2)).toEqual([{ name: 'PreviewPlanImport', variables: { input } }]);
    const applying = store.apply(input);
    expect(store.choices.busy()).toBe(true);
    expect((await applying).strategyId).toBe('s2');
    expect(store.choices.busy()).toBe(false);
    expect(store.choices.value()?.strategies.map((s) => s.title)).toEqual(['Safer Streets', 'Hate Crime Strategy']);
  });

  it('passes the problems of a refused preview to the page', async () => {
    const { store } = storeWithFakeApi(PlanImportStore, {
      PreviewPlanImport: new GraphQLError('Invalid input', {
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.uploadId', message: 'Upload the file again' }] },
      }),
    });
    await expect(store.preview(input)).rejects.toThrow('Invalid input');
    expect(store.choices.busy()).toBe(false);
  });
});

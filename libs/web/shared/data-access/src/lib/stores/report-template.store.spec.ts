import { GraphQLError } from 'graphql';
import { ReportTemplateStore } from './report-template.store';
import { storeWithFakeApi } from './testing/fake-graphql';

const TEMPLATE = {
  __typename: 'ReportTemplate',
  id: 't1',
  fileName: 'York letterhead.dotx',
  byteSize: 20480,
  uploadedAt: '2026-12-01T10:00:00.000Z',
  uploadedByName: 'Ada Admin',
  version: 1,
};

describe('ReportTemplateStore', () => {
  it('goes back to the built-in template once the removal is answered, busy while it is sent', async () => {
    const { store, sent } = storeWithFakeApi(ReportTemplateStore, {
      ReportTemplate: { reportTemplate: TEMPLATE },
      RemoveReportTemplate: { removeReportTemplate: true },
    });
    expect((await store.load())?.fileName).toBe('York letterhead.dotx');
    const removing = store.remove('t1');
    expect(store.template.busy()).toBe(true);
    await removing;
    expect(store.template.busy()).toBe(false);
    expect(store.template.value()).toBeNull();
    expect(sent[1]).toEqual({ name: 'RemoveReportTemplate', variables: { input: { id: 't1' } } });
  });

  it('keeps the template when the removal is refused', async () => {
    const { store } = storeWithFakeApi(ReportTemplateStore, {
      ReportTemplate: { reportTemplate: TEMPLATE },
      RemoveReportTemplate: new GraphQLError('Someone else replaced it.', { extensions: { code: 'CONFLICT' } }),
    });
    await store.load();
    await expect(store.remove('t1')).rejects.toThrow('Someone else replaced it.');
    expect(store.template.value()?.id).toBe('t1');
  });
});

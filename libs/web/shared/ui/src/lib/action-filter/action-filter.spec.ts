import { NO_ACTION_FILTER, filterFromParams, filterToParams, isFiltering } from './action-filter';

const params = (query: string) => new URLSearchParams(query);
const GROUP = '0b6a3c1e-1111-4f3a-9d7e-000000000001';
const ORG = '0b6a3c1e-2222-4f3a-9d7e-000000000002';

describe('the action filter in the query string', () => {
  it('reads every criterion from a shared link', () => {
    expect(filterFromParams(params(`group=${GROUP}&organisation=${ORG}&rag=Red&state=InProgress&overdue=yes`))).toEqual(
      {
        ...NO_ACTION_FILTER,
        groupId: GROUP,
        organisationId: ORG,
        rag: 'Red',
        state: 'InProgress',
        overdueOnly: true,
      },
    );
  });

  it('ignores malformed values instead of failing (a hand-edited link)', () => {
    expect(filterFromParams(params('group=not-an-id&rag=Purple&state=Finished&overdue=1'))).toEqual(NO_ACTION_FILTER);
  });

  it('writes back what it read, and null for unset criteria so the URL drops them', () => {
    const filter = filterFromParams(params(`lead=${GROUP}&rag=None`));
    expect(filterToParams(filter)).toEqual({
      organisation: null,
      group: null,
      lead: GROUP,
      rag: 'None',
      state: null,
      overdue: null,
    });
    expect(isFiltering(filter)).toBe(true);
    expect(isFiltering(NO_ACTION_FILTER)).toBe(false);
  });
});

import { GraphQLError } from 'graphql';
import { AuditLogStore } from './audit-log.store';
import { storeWithFakeApi } from './testing/fake-graphql';

const entry = (id: string) => ({
  __typename: 'AuditLogEntry',
  id,
  occurredAt: '2026-05-01T10:00:00Z',
  personName: 'Priya Shah',
  recordType: 'indicator',
  recordTypeLabel: 'Indicator',
  recordName: 'Confidence',
  recordPath: null,
  summary: 'Added',
  details: [],
  reason: null,
});
const person = (id: string, fullName: string) => ({
  __typename: 'Person',
  id,
  fullName,
  email: `${id}@example.org`,
  jobTitle: null,
  organisationName: null,
  isAdministrator: false,
  accountStatus: 'Active',
  lastSignedInAt: null,
  invitationExpiresAt: null,
});

describe('AuditLogStore', () => {
  it('loads a page with the filters given and offers the people by name', async () => {
    const { store, sent } = storeWithFakeApi(AuditLogStore, {
      AuditLog: { auditLog: { __typename: 'AuditLogPage', nextCursor: 'c2', entries: [entry('a1')] } },
      AdminPeople: { people: [person('p2', 'Sam Okafor'), person('p1', 'Amira Khan')] },
    });
    await store.loadPeople();
    const input = { personId: null, recordType: 'indicator', from: null, to: null, after: null, first: 50 };
    expect((await store.load(input))?.nextCursor).toBe('c2');
    expect(sent[1]).toEqual({ name: 'AuditLog', variables: { input } });
    expect(store.people().map((p) => p.fullName)).toEqual(['Amira Khan', 'Sam Okafor']);
  });

  it('names the filter the API refused and keeps the page it had', async () => {
    let refuse = false;
    const { store } = storeWithFakeApi(AuditLogStore, {
      AuditLog: () => {
        if (refuse)
          return new GraphQLError('Invalid input', {
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.from', message: 'Enter a real date' }] },
          });
        return { auditLog: { __typename: 'AuditLogPage', nextCursor: null, entries: [entry('a1')] } };
      },
    });
    await store.load({});
    refuse = true;
    expect(await store.load({ from: '2026-02-30' })).toBeUndefined();
    expect(store.fieldProblems()).toEqual([{ field: 'input.from', message: 'Enter a real date' }]);
    expect(store.log.value()?.entries.map((e) => e.id)).toEqual(['a1']);
  });

  it('still loads the log when the people cannot be read', async () => {
    const { store } = storeWithFakeApi(AuditLogStore, {
      AdminPeople: new GraphQLError('Forbidden'),
      AuditLog: { auditLog: { __typename: 'AuditLogPage', nextCursor: null, entries: [] } },
    });
    await store.loadPeople();
    await store.load({});
    expect(store.people()).toEqual([]);
    expect(store.log.loaded()).toBe(true);
  });
});

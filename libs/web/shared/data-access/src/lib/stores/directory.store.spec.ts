import { TestBed } from '@angular/core/testing';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { DirectoryStore } from './directory.store';

const member = (personId: string, fullName: string) => ({ __typename: 'GroupMember', personId, fullName, isChair: false, organisationName: null });
const RECORDS = {
  organisations: [{ __typename: 'Organisation', id: 'o1', version: 2, name: 'West Yorkshire Police', shortName: 'WYP' }],
  groups: [{ __typename: 'Group', id: 'g1', version: 1, name: 'Delivery', kind: 'DeliveryGroup', description: null, members: [member('p1', 'Priya')] }],
  people: [],
};

/** The store against a fake API: the directory query answers RECORDS; member changes answer the group with `members`. */
function setUp(members = [member('p1', 'Priya'), member('p2', 'Sam')]) {
  const sent: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.operationName ?? '');
        const group = { __typename: 'Group', id: 'g1', version: 2, members };
        const data =
          operation.operationName === 'AdminDirectoryRecords'
            ? RECORDS
            : operation.operationName === 'AddGroupMember'
              ? { addGroupMember: group }
              : { removeGroupMember: group };
        observer.next({ data } as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({ providers: [provideApollo(() => ({ link, cache: new InMemoryCache() })), DirectoryStore] });
  return { store: TestBed.inject(DirectoryStore), sent };
}

describe('DirectoryStore', () => {
  it('loads the directory and lets the page pick out its record', async () => {
    const { store } = setUp();
    let picked = '';
    await store.load((records) => (picked = records.organisations[0].name));
    expect(picked).toBe('West Yorkshire Police');
    expect(store.records.loaded()).toBe(true);
    expect(store.organisations().map((o) => o.id)).toEqual(['o1']);
  });

  it('shows the page’s message, not the form, when the record asked for is not there', async () => {
    const { store } = setUp();
    await store.load(() => {
      throw new Error('This organisation could not be found.');
    });
    expect(store.records.loaded()).toBe(false);
    expect(store.records.error()).toBe('This organisation could not be found.');
  });

  it('keeps the members as the API answers a change, busy while it is sent', async () => {
    const { store, sent } = setUp();
    const adding = store.addMember({ groupId: 'g1', personId: 'p2', isChair: false });
    expect(store.members.busy()).toBe(true);
    await adding;
    expect(store.members.busy()).toBe(false);
    expect(store.members.value()?.map((m) => m.fullName)).toEqual(['Priya', 'Sam']);
    expect(sent).toEqual(['AddGroupMember']);
  });
});

import { TestBed } from '@angular/core/testing';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { DirectoryStore } from './directory.store';

const member = (personId: string, fullName: string) => ({
  __typename: 'GroupMember',
  personId,
  fullName,
  isChair: false,
  organisationName: null,
});
const RECORDS = {
  organisations: [
    { __typename: 'Organisation', id: 'o1', version: 2, name: 'West Yorkshire Police', shortName: 'WYP' },
  ],
  groups: [
    {
      __typename: 'Group',
      id: 'g1',
      version: 1,
      name: 'Delivery',
      kind: 'DeliveryGroup',
      description: null,
      members: [member('p1', 'Priya')],
    },
  ],
  people: [],
};

const person = (accountStatus: string) => ({
  __typename: 'Person',
  id: 'p9',
  fullName: 'Sam Okafor',
  email: 'sam@example.org',
  jobTitle: null,
  organisationName: null,
  isAdministrator: false,
  accountStatus,
  lastSignedInAt: null,
  invitationExpiresAt: null,
});

/** The store against a fake API: the directory query answers RECORDS; member changes answer the group with `members`. */
function setUp(members = [member('p1', 'Priya'), member('p2', 'Sam')]) {
  const sent: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.operationName ?? '');
        const group = { __typename: 'Group', id: 'g1', version: 2, members };
        const answers: Record<string, object> = {
          AdminDirectoryRecords: RECORDS,
          AddGroupMember: { addGroupMember: group },
          RemoveGroupMember: { removeGroupMember: group },
          AdminOrganisations: {
            organisations: [{ __typename: 'Organisation', id: 'o1', name: 'West Yorkshire Police', shortName: 'WYP' }],
          },
          AdminGroups: { groups: [] },
          AdminPeople: { people: [person(sent.includes('InvitePerson') ? 'Invited' : 'NotInvited')] },
          InvitePerson: { invitePerson: { __typename: 'Person', id: 'p9' } },
        };
        const data = answers[operation.operationName ?? ''];
        observer.next({ data } as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({
    providers: [provideApollo(() => ({ link, cache: new InMemoryCache() })), DirectoryStore],
  });
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

  it('after an access change reads the people again and keeps the other lists', async () => {
    const { store, sent } = setUp();
    await store.loadListing();
    expect(store.listing.value()?.people.map((p) => p.accountStatus)).toEqual(['NotInvited']);
    await store.changeAccess('invite', { id: 'p9', email: 'sam@example.org' });
    await store.reloadPeople();
    expect(sent.slice(-2)).toEqual(['InvitePerson', 'AdminPeople']);
    expect(store.listing.value()?.people.map((p) => p.accountStatus)).toEqual(['Invited']);
    expect(store.listing.value()?.organisations.map((o) => o.id)).toEqual(['o1']);
  });
});

import { GraphQLError } from 'graphql';
import { ArchiveStore } from './archive.store';
import { storeWithFakeApi } from './testing/fake-graphql';

const RECORDS = {
  organisations: [{ __typename: 'Organisation', id: 'o1', version: 4, name: 'City Council', shortName: null }],
  groups: [],
  people: [],
};

describe('ArchiveStore', () => {
  it('reads an organisation from the directory and archives it at the version read', async () => {
    const { store, sent } = storeWithFakeApi(ArchiveStore, {
      AdminDirectoryRecords: RECORDS,
      ArchiveOrganisation: { archiveOrganisation: { __typename: 'Organisation', id: 'o1', archivedAt: '2026-05-01' } },
    });
    let version = 0;
    await store.load('organisation', undefined, (source) => {
      if (source.from === 'directory') version = source.records.organisations[0].version;
    });
    const archiving = store.archive('organisation', 'o1', version);
    expect(store.source.busy()).toBe(true);
    await archiving;
    expect(store.source.busy()).toBe(false);
    expect(sent).toEqual([
      { name: 'AdminDirectoryRecords', variables: {} },
      { name: 'ArchiveOrganisation', variables: { input: { id: 'o1', version: 4 } } },
    ]);
  });

  it('asks for no strategy when none is given, and shows the page’s message when the record is not there', async () => {
    const { store, sent } = storeWithFakeApi(ArchiveStore, {});
    await store.load('theme', undefined, (source) => {
      if (source.from === 'strategy' && !source.strategy) throw new Error('This theme could not be found.');
    });
    expect(sent).toEqual([]);
    expect(store.source.error()).toBe('This theme could not be found.');
  });

  it('passes a conflict to the page', async () => {
    const { store } = storeWithFakeApi(ArchiveStore, {
      ArchivePerson: new GraphQLError('Changed since you read it', { extensions: { code: 'CONFLICT' } }),
    });
    await expect(store.archive('person', 'p1', 1)).rejects.toThrow('Changed since you read it');
  });
});

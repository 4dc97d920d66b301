import type { AdminStrategy, DirectoryRecords } from '@waymark/web/shared/data-access';
import { archiveTarget } from './archive-target';

const action = {
  id: 'a1',
  version: 7,
  numberLabel: '1.1.1',
  title: 'Open the hub',
  lifecycleStatus: 'InProgress' as const,
  leadOrganisationName: null,
};
const strategy: AdminStrategy = {
  id: 's1',
  version: 2,
  title: 'Hate Crime Strategy',
  shortTitle: null,
  startsOn: '2026-04-01',
  endsOn: '2029-03-31',
  description: null,
  themeLabel: 'Priority',
  objectiveLabel: 'Outcome',
  actionLabel: 'Commitment',
  hasObjectiveLevel: true,
  reportingCadence: 'Quarterly',
  accountableGroupId: null,
  parentStrategyId: null,
  ragDefinitions: { red: 'Off track', amber: 'At risk', green: 'On track' },
  themes: [
    {
      id: 't1',
      version: 5,
      number: 1,
      title: 'Raise awareness',
      description: null,
      actions: [],
      objectives: [{ id: 'ob1', version: 1, number: 1, title: 'More reports', actions: [action] }],
    },
  ],
};
const person = {
  id: 'p1',
  version: 3,
  fullName: 'Sam Okafor',
  email: 'sam@example.org',
  jobTitle: null,
  organisationId: null,
  organisationName: null,
  isAdministrator: false,
};
const records: DirectoryRecords = { organisations: [], groups: [], people: [person] };

describe('archiveTarget', () => {
  it('names a structure record in the strategy’s own words, at the version read', () => {
    expect(archiveTarget('action', 'a1', { from: 'strategy', strategy })).toEqual({
      noun: 'commitment',
      name: 'Open the hub',
      version: 7,
      consequence: 'Leads will no longer be asked for updates on it, and the other commitments will be renumbered.',
    });
    expect(archiveTarget('theme', 't1', { from: 'strategy', strategy })?.noun).toBe('priority');
  });

  it('finds a person in the directory, and nothing for an id of another kind or no strategy', () => {
    expect(archiveTarget('person', 'p1', { from: 'directory', records })?.name).toBe('Sam Okafor');
    expect(archiveTarget('group', 'p1', { from: 'directory', records })).toBeNull();
    expect(archiveTarget('objective', 'a1', { from: 'strategy', strategy })).toBeNull();
    expect(archiveTarget('strategy', 's1', { from: 'strategy', strategy: null })).toBeNull();
  });
});

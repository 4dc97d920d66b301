import { ADMIN_ONLY, MatrixRow, mutationDoc } from '../matrix-row';
import { group, member, organisation, person, unique, versionOf } from './records';

/** Organisations, groups, memberships and people: administrators only. */
export const PARTNERSHIP_ROWS: MatrixRow[] = [
  {
    mutation: 'createOrganisation',
    document: mutationDoc('createOrganisation', 'CreateOrganisationInput'),
    prepare: () => ({ input: { name: unique('North Yorkshire Fire'), shortName: 'NYFRS' } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updateOrganisation',
    document: mutationDoc('updateOrganisation', 'UpdateOrganisationInput'),
    prepare: async (fx, db) => {
      const o = await organisation(db, fx);
      return { input: { id: o.id, version: o.version, name: unique('Renamed organisation') } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'archiveOrganisation',
    document: mutationDoc('archiveOrganisation', 'VersionedRefInput'),
    prepare: async (fx, db) => ({ input: await organisation(db, fx) }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'createGroup',
    document: mutationDoc('createGroup', 'CreateGroupInput'),
    prepare: () => ({ input: { name: unique('Task and finish group'), kind: 'TaskAndFinishGroup' } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updateGroup',
    document: mutationDoc('updateGroup', 'UpdateGroupInput'),
    prepare: async (fx, db) => {
      const g = await group(db, fx);
      return { input: { id: g.id, version: g.version, name: unique('Renamed group'), description: 'New remit.' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updateGroup (delivery lead renaming their own group A)',
    document: mutationDoc('updateGroup', 'UpdateGroupInput'),
    prepare: async (fx, db) => ({
      input: {
        id: fx.groupAId,
        version: await versionOf(db, 'partnership_group', fx.groupAId),
        description: 'Police delivery group.',
      },
    }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'archiveGroup',
    document: mutationDoc('archiveGroup', 'VersionedRefInput'),
    prepare: async (fx, db) => ({ input: await group(db, fx) }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'addGroupMember',
    document: mutationDoc('addGroupMember', 'GroupMemberInput'),
    prepare: async (fx, db) => {
      const [g, p] = [await group(db, fx), await person(db, fx)];
      return { input: { groupId: g.id, personId: p.id, isChair: true } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'addGroupMember (delivery lead adding someone to their own group A)',
    document: mutationDoc('addGroupMember', 'GroupMemberInput'),
    prepare: async (fx, db) => ({ input: { groupId: fx.groupAId, personId: (await person(db, fx)).id } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'removeGroupMember',
    document: mutationDoc('removeGroupMember', 'GroupMemberInput'),
    prepare: async (fx, db) => {
      const [g, p] = [await group(db, fx), await person(db, fx)];
      await member(db, g.id, p.id);
      return { input: { groupId: g.id, personId: p.id } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'createPerson',
    document: mutationDoc('createPerson', 'CreatePersonInput'),
    prepare: () => {
      const name = unique('Nia New');
      return { input: { fullName: name, email: `${name.replace(/\W+/g, '.')}@example.org`, jobTitle: 'Analyst' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updatePerson',
    document: mutationDoc('updatePerson', 'UpdatePersonInput'),
    prepare: async (fx, db) => {
      const p = await person(db, fx);
      return { input: { id: p.id, version: p.version, jobTitle: 'Community Safety Manager' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updatePerson (granting the administrator role)',
    document: mutationDoc('updatePerson', 'UpdatePersonInput'),
    prepare: async (fx, db) => {
      const p = await person(db, fx);
      return { input: { id: p.id, version: p.version, isAdministrator: true } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: "updatePerson (the viewer's own record)",
    document: mutationDoc('updatePerson', 'UpdatePersonInput'),
    prepare: async (fx, db) => {
      const id = fx.people.viewer.personId;
      return { input: { id, version: await versionOf(db, 'person', id), jobTitle: 'Head of Community Safety' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'archivePerson',
    document: mutationDoc('archivePerson', 'VersionedRefInput'),
    prepare: async (fx, db) => ({ input: await person(db, fx) }),
    allowed: ADMIN_ONLY,
  },
];

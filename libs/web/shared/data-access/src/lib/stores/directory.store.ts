import { Injectable, computed, inject } from '@angular/core';
import {
  AddGroupMemberDocument,
  AdminDirectoryRecordsDocument,
  AdminGroupsDocument,
  type AdminGroupsQuery,
  AdminOrganisationsDocument,
  type AdminOrganisationsQuery,
  AdminPeopleDocument,
  type AdminPeopleQuery,
  DeactivatePersonDocument,
  InvitePersonDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
  type AdminDirectoryRecordsQuery,
  type CreateGroupInput,
  CreateGroupDocument,
  type CreateOrganisationInput,
  CreateOrganisationDocument,
  type CreatePersonInput,
  CreatePersonDocument,
  type GroupMemberInput,
  RemoveGroupMemberDocument,
  UpdateGroupDocument,
  UpdateOrganisationDocument,
  UpdatePersonDocument,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type DirectoryRecords = AdminDirectoryRecordsQuery;
export type GroupMember = DirectoryRecords['groups'][number]['members'][number];
/** The directory page's lists: organisations, groups, and people with their account status. */
export type DirectoryListing = AdminOrganisationsQuery & AdminGroupsQuery & AdminPeopleQuery;
export type AccessChange = 'invite' | 'resend' | 'revoke' | 'deactivate';

/** The record a form saves: none when adding; its id and the version it was read at when changing. */
export interface Editing {
  readonly id: string | undefined;
  readonly version: number;
}

/**
 * The partnership's directory (organisations, groups with members, people) for the directory page and the
 * administration forms. Provide it in the page (`providers: [DirectoryStore]`): each page loads its own fresh copy.
 */
@Injectable()
export class DirectoryStore {
  private readonly api = inject(GraphqlApi);
  readonly records = new ServerState<DirectoryRecords>();
  readonly organisations = computed(() => this.records.value()?.organisations ?? []);
  readonly people = computed(() => this.records.value()?.people ?? []);
  /** The directory page's lists; `busy()` while an access change is sent. */
  readonly listing = new ServerState<DirectoryListing>();
  /** The members of the group being changed, kept current by `addMember` and `removeMember`. */
  readonly members = new ServerState<readonly GroupMember[]>();

  /**
   * Loads the directory. `open` picks out the record the page edits and throws when it is not there; the page then
   * shows that message instead of the form.
   */
  load(open: (records: DirectoryRecords) => void = () => undefined): Promise<DirectoryRecords | undefined> {
    return this.records.load(async () => {
      const records = await this.api.query({ query: AdminDirectoryRecordsDocument });
      open(records);
      return records;
    });
  }

  loadListing(): Promise<DirectoryListing | undefined> {
    return this.listing.load(async () => {
      const [organisations, groups, people] = await Promise.all([
        this.api.query({ query: AdminOrganisationsDocument }),
        this.api.query({ query: AdminGroupsDocument }),
        this.api.query({ query: AdminPeopleDocument }),
      ]);
      return { ...organisations, ...groups, ...people };
    });
  }

  /** Invites a person, resends or revokes their invitation, or deactivates their account. */
  async changeAccess(change: AccessChange, person: { id: string; email: string }): Promise<void> {
    const input = { personId: person.id };
    if (change === 'invite')
      await this.api.mutate({ mutation: InvitePersonDocument, variables: { input: { email: person.email } } });
    if (change === 'resend') await this.api.mutate({ mutation: ResendInvitationDocument, variables: { input } });
    if (change === 'revoke') await this.api.mutate({ mutation: RevokeInvitationDocument, variables: { input } });
    if (change === 'deactivate') await this.api.mutate({ mutation: DeactivatePersonDocument, variables: { input } });
  }

  /** Reads the people again (after an access change their status differs); the other lists stay. */
  async reloadPeople(): Promise<void> {
    const { people } = await this.api.query({ query: AdminPeopleDocument, fetchPolicy: 'network-only' });
    const listing = this.listing.value();
    if (listing) this.listing.set({ ...listing, people });
  }

  async saveOrganisation({ id, version }: Editing, input: CreateOrganisationInput): Promise<void> {
    if (id)
      await this.api.mutate({ mutation: UpdateOrganisationDocument, variables: { input: { id, version, ...input } } });
    else await this.api.mutate({ mutation: CreateOrganisationDocument, variables: { input } });
  }

  async savePerson({ id, version }: Editing, input: CreatePersonInput): Promise<void> {
    if (id) await this.api.mutate({ mutation: UpdatePersonDocument, variables: { input: { id, version, ...input } } });
    else await this.api.mutate({ mutation: CreatePersonDocument, variables: { input } });
  }

  async saveGroup({ id, version }: Editing, input: CreateGroupInput): Promise<void> {
    if (id) await this.api.mutate({ mutation: UpdateGroupDocument, variables: { input: { id, version, ...input } } });
    else await this.api.mutate({ mutation: CreateGroupDocument, variables: { input } });
  }

  /** Adds a member; `members` becomes the group's members as the API answers. Errors reach the caller. */
  addMember(input: GroupMemberInput): Promise<void> {
    return this.members.run(async () => {
      const data = await this.api.mutate({ mutation: AddGroupMemberDocument, variables: { input } });
      this.members.set(data.addGroupMember.members);
    });
  }

  removeMember(input: GroupMemberInput): Promise<void> {
    return this.members.run(async () => {
      const data = await this.api.mutate({ mutation: RemoveGroupMemberDocument, variables: { input } });
      this.members.set(data.removeGroupMember.members);
    });
  }
}

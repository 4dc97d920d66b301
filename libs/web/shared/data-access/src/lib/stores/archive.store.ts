import { Injectable, inject } from '@angular/core';
import type { TypedDocumentNode } from '@apollo/client';
import {
  AdminDirectoryRecordsDocument,
  AdminStrategyDetailDocument,
  ArchiveActionDocument,
  ArchiveGroupDocument,
  ArchiveObjectiveDocument,
  ArchiveOrganisationDocument,
  ArchivePersonDocument,
  ArchiveStrategyDocument,
  ArchiveThemeDocument,
} from '../generated/graphql';
import type { DirectoryRecords } from './directory.store';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';
import type { AdminStrategy } from './strategy-admin.store';

export type ArchiveKind = 'strategy' | 'theme' | 'objective' | 'action' | 'organisation' | 'group' | 'person';

/** Where the record to archive is read from: the directory, or the strategy it belongs to. */
export type ArchiveSource =
  | { readonly from: 'directory'; readonly records: DirectoryRecords }
  | { readonly from: 'strategy'; readonly strategy: AdminStrategy | null };

type VersionedRef = { input: { id: string; version: number } };
const MUTATION: Record<ArchiveKind, TypedDocumentNode<unknown, VersionedRef>> = {
  strategy: ArchiveStrategyDocument,
  theme: ArchiveThemeDocument,
  objective: ArchiveObjectiveDocument,
  action: ArchiveActionDocument,
  organisation: ArchiveOrganisationDocument,
  group: ArchiveGroupDocument,
  person: ArchivePersonDocument,
};

export const DIRECTORY_KINDS: ReadonlySet<ArchiveKind> = new Set<ArchiveKind>(['organisation', 'group', 'person']);

/**
 * The record the archive confirmation is about, and archiving it; `source.busy()` while that is sent.
 * Provide it in the page (`providers: [ArchiveStore]`).
 */
@Injectable()
export class ArchiveStore {
  private readonly api = inject(GraphqlApi);
  readonly source = new ServerState<ArchiveSource>();

  /**
   * Reads the directory, or the strategy `strategyId` (none when it is missing). `open` picks out the record and
   * throws when it is not there; the page then shows that message instead of the question.
   */
  load(kind: ArchiveKind, strategyId: string | undefined, open: (source: ArchiveSource) => void) {
    return this.source.load(async () => {
      const source: ArchiveSource = DIRECTORY_KINDS.has(kind)
        ? { from: 'directory', records: await this.api.query({ query: AdminDirectoryRecordsDocument }) }
        : { from: 'strategy', strategy: strategyId ? await this.strategy(strategyId) : null };
      open(source);
      return source;
    });
  }

  /** Errors (a CONFLICT when someone changed it since it was read) reach the caller. */
  archive(kind: ArchiveKind, id: string, version: number): Promise<void> {
    return this.source.run(async () => {
      await this.api.mutate({ mutation: MUTATION[kind], variables: { input: { id, version } } });
    });
  }

  private async strategy(id: string): Promise<AdminStrategy | null> {
    const data = await this.api.query({ query: AdminStrategyDetailDocument, variables: { id } });
    return data.strategy ?? null;
  }
}

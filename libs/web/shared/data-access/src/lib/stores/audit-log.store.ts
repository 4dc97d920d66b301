import { Injectable, inject, signal } from '@angular/core';
import {
  AdminPeopleDocument,
  type AdminPeopleQuery,
  AuditLogDocument,
  type AuditLogInput,
  type AuditLogQuery,
} from '../generated/graphql';
import { type FieldProblem, describeError } from '../graphql-errors';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type AuditLogPage = AuditLogQuery['auditLog'];
export type AuditPerson = AdminPeopleQuery['people'][number];

/**
 * One page of the partnership's audit log at a time, and the people its person filter offers.
 * Provide it in the page (`providers: [AuditLogStore]`).
 */
@Injectable()
export class AuditLogStore {
  private readonly api = inject(GraphqlApi);
  /** Keeps the last page when the next one fails, so the list does not blank. */
  readonly log = new ServerState<AuditLogPage>();
  /** The filters the API refused, by field, from the last load (a date it cannot read, say). */
  readonly fieldProblems = signal<readonly FieldProblem[]>([]);
  private readonly everyone = signal<readonly AuditPerson[]>([]);
  /** Sorted by name; empty when they could not be loaded (the log itself still loads). */
  readonly people = this.everyone.asReadonly();

  load(input: AuditLogInput): Promise<AuditLogPage | undefined> {
    this.fieldProblems.set([]);
    return this.log.load(async () => {
      try {
        const data = await this.api.query({
          query: AuditLogDocument,
          variables: { input },
          fetchPolicy: 'network-only',
        });
        return data.auditLog;
      } catch (error) {
        this.fieldProblems.set(describeError(error).fields);
        throw error;
      }
    });
  }

  async loadPeople(): Promise<void> {
    try {
      const { people } = await this.api.query({ query: AdminPeopleDocument });
      this.everyone.set([...people].sort((a, b) => a.fullName.localeCompare(b.fullName)));
    } catch {
      // The person filter stays empty; the log itself still loads.
    }
  }
}

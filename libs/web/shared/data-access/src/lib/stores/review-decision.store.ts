import { Injectable, inject } from '@angular/core';
import {
  AcceptProgressUpdateDocument,
  type Rag,
  ReturnProgressUpdateDocument,
  type UpdateFieldsFragment,
  ValidateRagDocument,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

/** The update decided on, at the version the reviewer read. */
type Decided = Pick<UpdateFieldsFragment, 'id' | 'version'>;

/**
 * A reviewer's decision on one submitted update: accept it, return it to its lead, or validate its RAG. Provide it
 * in each review card (`providers: [ReviewDecisionStore]`), so one card's decision in flight leaves the others usable.
 * Each call resolves to the update as it now is; errors (such as CONFLICT) reach the card's form.
 */
@Injectable()
export class ReviewDecisionStore {
  private readonly api = inject(GraphqlApi);
  /** Nothing to load; `busy()` while a decision is sent. */
  readonly decision = new ServerState<never>();

  accept({ id, version }: Decided): Promise<UpdateFieldsFragment> {
    return this.decision.run(
      async () =>
        (await this.api.mutate({ mutation: AcceptProgressUpdateDocument, variables: { input: { id, version } } }))
          .acceptProgressUpdate,
    );
  }

  /** Returns the update to its lead with what they need to change. */
  returnToLead({ id, version }: Decided, comment: string): Promise<UpdateFieldsFragment> {
    return this.decision.run(
      async () =>
        (
          await this.api.mutate({
            mutation: ReturnProgressUpdateDocument,
            variables: { input: { id, version, comment } },
          })
        ).returnProgressUpdate,
    );
  }

  /** Sets the validated RAG; `reason` is required by the API when it differs from the one proposed. */
  validate({ id, version }: Decided, validatedRag: Rag, reason: string | null): Promise<UpdateFieldsFragment> {
    return this.decision.run(
      async () =>
        (
          await this.api.mutate({
            mutation: ValidateRagDocument,
            variables: { input: { id, version, validatedRag, reason } },
          })
        ).validateRag,
    );
  }
}

import { Injectable, inject } from '@angular/core';
import type { OperationVariables } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

const NO_DATA = 'The server answered without the data asked for. Try again.';

/**
 * Typed GraphQL calls as promises, for stores: `{ query, variables }` in (checked against the generated document),
 * its data out, or an error thrown as Apollo raised it (so `describeError` reads it). An answer without data is an
 * error here, never an `undefined` each page has to check.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlApi {
  private readonly apollo = inject(Apollo);

  async query<TData, TVariables extends OperationVariables>(
    options: Apollo.QueryOptions<TData, TVariables>,
  ): Promise<TData> {
    const result = await firstValueFrom(this.apollo.query(options));
    if (result.data === undefined) throw new Error(NO_DATA);
    return result.data;
  }

  async mutate<TData, TVariables extends OperationVariables>(
    options: Apollo.MutateOptions<TData, TVariables>,
  ): Promise<TData> {
    const result = await firstValueFrom(this.apollo.mutate(options));
    if (result.data == null) throw new Error(NO_DATA);
    return result.data;
  }
}

import { Injectable, inject, signal } from '@angular/core';
import {
  ActionFilterChoicesDocument,
  type ActionFilterInput,
  SearchActionsDocument,
  type SearchActionsQuery,
} from '../generated/graphql';
import { describeError } from '../graphql-errors';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type ActionSearchResult = SearchActionsQuery['searchActions'];

interface Choice {
  readonly id: string;
  readonly name: string;
}

/** The choices the action filters offer, each list by name. */
export interface ActionFilterChoices {
  readonly organisations: readonly Choice[];
  readonly groups: readonly Choice[];
  readonly leads: readonly Choice[];
}

const byName = (list: readonly Choice[]): Choice[] =>
  list.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));

/**
 * Full-text search of a partnership's actions and the choices its filters offer. Only the latest search's answer
 * is kept, however the answers arrive. Provide it in the page (`providers: [ActionSearchStore]`).
 */
@Injectable()
export class ActionSearchStore {
  private readonly api = inject(GraphqlApi);
  /** The result of the latest search; null before any (or for empty text). `error()` names what is wrong with the text. */
  readonly search = new ServerState<ActionSearchResult | null>();
  readonly choices = signal<ActionFilterChoices>({ organisations: [], groups: [], leads: [] });

  constructor() {
    this.search.ready(null);
  }

  /** Searches for `query` narrowed by `filter`; empty text clears the result without asking the API. */
  find(query: string, filter: ActionFilterInput): Promise<ActionSearchResult | null | undefined> {
    if (query.trim() === '') {
      this.search.ready(null);
      return Promise.resolve(null);
    }
    return this.search.load(async () => {
      const input = { query, filter };
      const data = await this.api
        .query({ query: SearchActionsDocument, variables: { input }, fetchPolicy: 'network-only' })
        .catch((error: unknown) => {
          const problem = describeError(error);
          throw new Error(problem.fields[0]?.message ?? problem.message);
        });
      return data.searchActions;
    });
  }

  /** Loads the filters' choices: organisations, delivery groups and people who lead actions. */
  async loadChoices(): Promise<void> {
    const data = await this.api.query({ query: ActionFilterChoicesDocument });
    this.choices.set({
      organisations: byName(data.organisations),
      groups: byName(data.groups.filter((g) => g.kind === 'DeliveryGroup')),
      leads: byName(data.people.map((p) => ({ id: p.id, name: p.fullName }))),
    });
  }
}

import { Injectable, inject } from '@angular/core';
import {
  ArchiveThemeCommentaryDocument,
  type ThemeCommentaryFieldsFragment,
  ThemeCommentaryDocument,
  type ThemeCommentaryQuery,
  UpdateThemeCommentaryDocument,
  WriteThemeCommentaryDocument,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type CommentarySection = ThemeCommentaryQuery['themeCommentary'][number];
/** A paragraph as read: its id and the version a change or archive is made at. */
type Paragraph = Pick<ThemeCommentaryFieldsFragment, 'id' | 'version'>;

/**
 * The commentary paragraphs of each theme of a strategy for one period, and their writing. Provide it in the
 * commentary section (`providers: [ThemeCommentaryStore]`). Writes throw as the API answered (CONFLICT carries
 * the other person's paragraph) and do not reload: the section reloads once it has closed its editor.
 */
@Injectable()
export class ThemeCommentaryStore {
  private readonly api = inject(GraphqlApi);
  /** Keeps the last value while it reloads after a write, so the section does not blank; `busy()` while a write is sent. */
  readonly sections = new ServerState<readonly CommentarySection[]>();

  load(strategyId: string, periodId: string): Promise<readonly CommentarySection[] | undefined> {
    return this.sections.load(
      async () =>
        (
          await this.api.query({
            query: ThemeCommentaryDocument,
            variables: { strategyId, periodId },
            fetchPolicy: 'network-only',
          })
        ).themeCommentary,
    );
  }

  async add(themeId: string, periodId: string, body: string): Promise<void> {
    await this.sections.run(() =>
      this.api.mutate({ mutation: WriteThemeCommentaryDocument, variables: { input: { themeId, periodId, body } } }),
    );
  }

  async change({ id, version }: Paragraph, body: string): Promise<void> {
    await this.sections.run(() =>
      this.api.mutate({ mutation: UpdateThemeCommentaryDocument, variables: { input: { id, version, body } } }),
    );
  }

  /** Archives the paragraph: it leaves the report and stays in the audit trail. */
  async archive({ id, version }: Paragraph): Promise<void> {
    await this.sections.run(() =>
      this.api.mutate({ mutation: ArchiveThemeCommentaryDocument, variables: { input: { id, version } } }),
    );
  }
}

import { Injectable, inject } from '@angular/core';
import { RemoveReportTemplateDocument, ReportTemplateDocument, type ReportTemplateQuery } from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

/** The partnership's own Word template for board reports; null while the built-in one is used. */
export type ReportTemplate = ReportTemplateQuery['reportTemplate'];

/**
 * Which Word template board reports use, and removing it; `template.busy()` while a change (the page's upload, sent
 * through `template.run`, or a removal) is in flight. Provide it in the page (`providers: [ReportTemplateStore]`).
 */
@Injectable()
export class ReportTemplateStore {
  private readonly api = inject(GraphqlApi);
  readonly template = new ServerState<ReportTemplate>();

  load(): Promise<ReportTemplate | undefined> {
    return this.template.load(async () => {
      const data = await this.api.query({ query: ReportTemplateDocument, fetchPolicy: 'network-only' });
      return data.reportTemplate;
    });
  }

  /** Board reports go back to the built-in template. Errors reach the caller. */
  remove(id: string): Promise<void> {
    return this.template.run(async () => {
      await this.api.mutate({ mutation: RemoveReportTemplateDocument, variables: { input: { id } } });
      this.template.set(null);
    });
  }
}

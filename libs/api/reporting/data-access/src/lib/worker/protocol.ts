import type { RenderedReport, ReportJob } from '../export/render-report';

export interface WorkerRequest {
  readonly id: number;
  readonly job: ReportJob;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: RenderedReport }
  | { readonly id: number; readonly ok: false; readonly error: { readonly name: string; readonly message: string; readonly field: string | null } };

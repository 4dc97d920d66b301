import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { OutboxStore } from '@waymark/api/mail/data-access';
import { ReportService } from '@waymark/api/reporting/feature';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Operation names come from clients: only this many distinct ones become labels, the rest count as "other". */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The Prometheus registry of one app instance (its own, not prom-client's global one, so several apps in one
 * test process do not collide): Node's defaults (CPU, heap, event-loop delay percentiles, GC) plus HTTP and
 * GraphQL durations, the PostgreSQL pool and the report queue, read when Prometheus scrapes.
 */
@Injectable()
export class Metrics implements OnModuleDestroy {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'waymark_http_request_duration_seconds',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'waymark_graphql_operation_duration_seconds',
    help: 'GraphQL operations by name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly shutdowns = new Counter({
    name: 'waymark_shutdowns_total',
    help: 'Shutdowns begun',
    registers: [this.registry],
  });
  private readonly operations = new Set<string>();

  constructor(dataSource: DataSource, moduleRef: ModuleRef) {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    const pool = (): Pool | undefined => (dataSource.driver as { master?: Pool }).master;
    new Gauge({
      name: 'waymark_db_pool_connections',
      help: 'PostgreSQL pool connections by state (total, idle, waiting clients)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p?.totalCount ?? 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'waymark_report_jobs',
      help: 'Report exports by state (queued, rendering; refused: since start, as the queue was full) and report workers started',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const stats = moduleRef.get(ReportService, { strict: false }).queueStats();
        this.set({ state: 'queued' }, stats.queued);
        this.set({ state: 'rendering' }, stats.busy);
        this.set({ state: 'workers' }, stats.workers);
        this.set({ state: 'refused' }, stats.refused);
      },
    });
    new Gauge({
      name: 'waymark_outbox_backlog',
      help: 'E-mails waiting in the outbox (queued or being sent); grows while SMTP_URL is unset or the mail server refuses',
      registers: [this.registry],
      async collect() {
        this.set(await moduleRef.get(OutboxStore, { strict: false }).backlog());
      },
    });
  }

  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }
}

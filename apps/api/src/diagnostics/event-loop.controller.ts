import { Controller, Get, OnModuleDestroy, Query } from '@nestjs/common';
import { monitorEventLoopDelay, type ELDHistogram } from 'node:perf_hooks';
import { Public } from '@waymark/api/shared/util';

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

/**
 * GET /api/diagnostics/event-loop[?reset=1]: event-loop delay percentiles (ms, perf_hooks.monitorEventLoopDelay
 * at 10 ms resolution) since the process started or the last reset. For `npm run bench`, which measures the
 * delay while exports run under read load. Registered only when WAYMARK_EVENT_LOOP_PROBE=on (benchmarks).
 */
@Controller('api/diagnostics')
export class EventLoopController implements OnModuleDestroy {
  private readonly histogram: ELDHistogram = monitorEventLoopDelay({ resolution: 10 });

  constructor() {
    this.histogram.enable();
  }

  @Public()
  @Get('event-loop')
  eventLoop(@Query('reset') reset?: string): Record<string, number> {
    const h = this.histogram;
    const out = {
      count: h.count,
      min: ms(h.min),
      mean: ms(h.mean),
      p50: ms(h.percentile(50)),
      p90: ms(h.percentile(90)),
      p99: ms(h.percentile(99)),
      max: ms(h.max),
    };
    if (reset === '1') h.reset();
    return out;
  }

  onModuleDestroy(): void {
    this.histogram.disable();
  }
}

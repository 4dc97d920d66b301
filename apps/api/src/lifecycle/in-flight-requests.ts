import type { NextFunction, Request, Response } from 'express';

/** Tracks requests that have arrived and not yet finished, so shutdown can wait for them. */
export class InFlightRequests {
  private readonly responses = new Set<Response>();
  private idleWaiters: Array<() => void> = [];
  private draining = false;

  get active(): number {
    return this.responses.size;
  }

  /** From now on every response, those in flight included, closes its connection (keep-alive would pin it here). */
  drain(): void {
    this.draining = true;
    for (const res of this.responses) if (!res.headersSent) res.setHeader('Connection', 'close');
  }

  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    this.responses.add(res);
    if (this.draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      this.responses.delete(res);
      if (this.responses.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
    next();
  };

  /** Resolves true once no request is in flight, or false when `timeoutMs` passes first. */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.responses.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

import { Injectable } from '@nestjs/common';

/**
 * Whether this instance should receive traffic: not before the database is migrated, and no longer once it has
 * begun to shut down (the load balancer's readiness probe then fails while in-flight requests drain).
 */
@Injectable()
export class Readiness {
  private migrated = false;
  private draining = false;

  markMigrated(): void {
    this.migrated = true;
  }

  markDraining(): void {
    this.draining = true;
  }

  get state(): 'starting' | 'ready' | 'draining' {
    if (this.draining) return 'draining';
    return this.migrated ? 'ready' : 'starting';
  }
}

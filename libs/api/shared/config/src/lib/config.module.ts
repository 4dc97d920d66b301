import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { WaymarkConfig } from './waymark-config';

/** Injection token of the validated WaymarkConfig. */
export const WAYMARK_CONFIG = Symbol('WAYMARK_CONFIG');

/** Makes the configuration loaded at boot injectable everywhere (`@Inject(WAYMARK_CONFIG)`). */
@Global()
@Module({})
export class WaymarkConfigModule {
  static forRoot(config: WaymarkConfig): DynamicModule {
    return {
      module: WaymarkConfigModule,
      providers: [{ provide: WAYMARK_CONFIG, useValue: config }],
      exports: [WAYMARK_CONFIG],
    };
  }
}

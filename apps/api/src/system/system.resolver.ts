import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@waymark/api/shared/util';

@Resolver()
export class SystemResolver {
  /** Public: lets the web app show which Waymark build it talks to. */
  @Public()
  @Query(() => String, { description: 'The running Waymark version.' })
  serverVersion(): string {
    return process.env['npm_package_version'] ?? '0.1.0';
  }
}

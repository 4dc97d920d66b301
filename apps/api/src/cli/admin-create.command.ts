import { withCliDatabase } from '@waymark/api/database';
import { AdminCreateUsageError, adminCreateCommand, parseAdminCreateArgs } from '@waymark/api/identity/feature';
import { loadConfig } from '@waymark/api/shared/config';

/** The first administrator of a real installation: prints a one-time set-password link (never a password). */
export async function adminCreate(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parseAdminCreateArgs>;
  try {
    args = parseAdminCreateArgs([...argv]);
  } catch (error) {
    if (!(error instanceof AdminCreateUsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  const config = loadConfig();
  return withCliDatabase(
    { migrate: true },
    async (dataSource) => {
      const created = await adminCreateCommand(args, dataSource, {
        publicUrl: config.publicUrl,
        invitationDays: config.identity.invitationDays,
      });
      console.log(`${created.createdPartnership ? 'Created' : 'Using'} the partnership "${args.partnership}".`);
      console.log(
        `${created.createdPerson ? 'Created' : 'Made'} ${args.name} <${args.email}> ${created.createdPerson ? 'as an' : 'an'} administrator.`,
      );
      console.log(
        `\nOpen this link to set the password (it works once, until ${created.expiresAt.toISOString()}):\n\n  ${created.link}\n`,
      );
      console.log(
        'Keep it private: whoever opens it first becomes this administrator. Run the command again for a new link.',
      );
      return 0;
    },
    config,
  );
}

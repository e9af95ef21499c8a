import { ROLES } from '@vigil/model';
import type { RegisterCommand } from './index.ts';

/** `vigil user add`: create an account (the password is read from VIGIL_NEW_PASSWORD or stdin). */
export const registerUser: RegisterCommand = (program) => {
  const user = program.command('user').description('manage user accounts');
  user
    .command('add')
    .description('add a user; the password comes from VIGIL_NEW_PASSWORD or the first line of stdin')
    .requiredOption('--email <email>', 'e-mail address (the login)')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--country <code>', 'ISO 3166-1 alpha-2 country of the user')
    .action(async (options: { email: string; name: string; role: string; country?: string }) => {
      const password = process.env.VIGIL_NEW_PASSWORD ?? (await firstLineOfStdin());
      if (!password) {
        process.stderr.write('vigil: give the password in VIGIL_NEW_PASSWORD or on stdin\n');
        process.exit(1);
      }
      const { addUser } = await import('@vigil/server');
      const { withDatabase } = await import('../support/with-database.ts');
      await withDatabase(async (database) => {
        try {
          const created = await addUser({ database, eventsCommitted: () => undefined }, null, {
            email: options.email,
            name: options.name,
            role: options.role,
            country: options.country?.toUpperCase() ?? null,
            password,
          });
          process.stdout.write(`added ${created.role} ${created.email} (${created.id})\n`);
        } catch (error) {
          process.stderr.write(`vigil: ${(error as Error).message}\n`);
          process.exitCode = 1;
        }
      });
    });
};

async function firstLineOfStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  let data = '';
  for await (const chunk of process.stdin) {
    data += chunk;
    if (data.includes('\n')) break;
  }
  return data.split('\n')[0]?.trim() || undefined;
}

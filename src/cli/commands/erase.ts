import { parseArgs } from 'node:util';
import type { CandidateQuery } from '../../core/app/privacyActions';
import { plural } from '../../core/plural';
import { confirmed } from '../confirm';
import { type CliContext, UsageError } from '../context';

export const eraseHelp = `Usage: samsara [--db FILE] erase (--email ADDR | --name NAME) [--yes] [--delete-files]

Erases every CV of one person, in every project, for example when they ask for it: the
e-mail address must match exactly (ignoring case), the name ignoring case and accents.
Lists the CVs found and asks before deleting their rows and results.

Options:
  --email ADDR      find the person's CVs by e-mail address
  --name NAME       find them by name
  --yes             do not ask (needed when stdin is not a terminal)
  --delete-files    also delete the CV files themselves (never done otherwise)`;

export async function eraseCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, yes: { type: 'boolean' }, 'delete-files': { type: 'boolean' } },
  });
  if (positionals.length) throw new UsageError('erase takes no ids: name the person with --email or --name.');
  const query = toQuery(values.email, values.name);
  const app = ctx.app();
  const found = await app.privacy.findCandidate(query);
  if (!found.length) {
    ctx.io.out('No CV of that person is in the queue.');
    return 0;
  }
  ctx.io.out(`${plural(found.length, 'CV')} of this person:`);
  for (const cv of found) ctx.io.out(`  ${cv.id.slice(0, 8)}  ${cv.fileName}${cv.projectName ? `  (${cv.projectName})` : ''}`);
  const deleteFiles = !!values['delete-files'];
  const question = `Erase ${plural(found.length, 'CV')}${deleteFiles ? ' and delete their files' : ''}?`;
  if (!(await confirmed(ctx.io, values.yes, question))) {
    ctx.io.out('Nothing erased.');
    return 1;
  }
  const result = await app.privacy.erase(found, { deleteFiles });
  ctx.io.out(`Erased ${plural(result.erased, 'CV')}${deleteFiles ? `, deleted ${plural(result.filesDeleted, 'file')}` : ''}.`);
  return 0;
}

function toQuery(email: string | undefined, name: string | undefined): CandidateQuery {
  if ((email === undefined) === (name === undefined)) throw new UsageError('erase needs exactly one of --email or --name.');
  if (email !== undefined) {
    if (!email.trim()) throw new UsageError('--email needs an address.');
    return { email };
  }
  if (!name?.trim()) throw new UsageError('--name needs a name.');
  return { name };
}

import { parseArgs } from 'node:util';
import { printable } from '../../core/terminalText';
import { CV_STATUSES } from '../../core/queue/cvRecord';
import type { QueueApp } from '../../core/app/queueApp';
import type { ProjectWithCounts } from '../../core/queue/project';
import { type CliContext, UsageError } from '../context';
import { plural } from '../../core/plural';

export const projectHelp = `Usage: samsara [--db FILE] project list [--json]
       samsara [--db FILE] project create NAME
       samsara [--db FILE] project rename OLD NEW
       samsara [--db FILE] project delete NAME [--remove-cvs]

Manages projects (the opening a batch of CVs was sent for).

  list     every project with its number of CVs, and how many CVs have no project
  create   a new project; a name already taken (ignoring case) is refused
  rename   gives a project a new name; refused when another project has it
  delete   deletes the project; its CVs stay in the queue without a project,
           or are deleted with it when --remove-cvs is given

Options:
  --json         (list) print {"projects": [{"name", "created_at", "cvs", "counts"}], "without_project": N}
  --remove-cvs   (delete) delete the project's CVs too
  -h, --help     show this help`;

export async function projectCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, 'remove-cvs': { type: 'boolean' } },
  });
  const [action, ...names] = positionals;
  const arity: Record<string, number> = { list: 0, create: 1, rename: 2, delete: 1 };
  if (action === undefined) throw new UsageError('project needs an action: list, create, rename or delete.');
  if (!Object.hasOwn(arity, action)) throw new UsageError(`Unknown project action "${action}".`);
  if (names.length !== arity[action]) throw new UsageError(`project ${action} takes ${arity[action] === 0 ? 'no names' : arity[action] === 1 ? 'one name' : 'two names'}.`);
  if (values['remove-cvs'] && action !== 'delete') throw new UsageError('--remove-cvs goes with project delete.');
  if (values.json && action !== 'list') throw new UsageError('--json goes with project list.');
  const { projects } = ctx.app();
  if (action === 'list') return listProjects(ctx, projects, !!values.json);
  if (action === 'create') ctx.io.out(`Created project "${printable((await projects.create(names[0])).name)}".`);
  else if (action === 'rename') {
    const before = await projects.require(names[0]);
    ctx.io.out(`Renamed project "${printable(before.name)}" to "${printable((await projects.rename(before.id, names[1])).name)}".`);
  } else {
    const d = await projects.delete((await projects.require(names[0])).id, { removeCvs: !!values['remove-cvs'] });
    const what = values['remove-cvs'] ? `deleted its ${plural(d.cvsRemoved, 'CV')}` : `kept its ${plural(d.cvsKept, 'CV')} without a project`;
    ctx.io.out(`Deleted project "${printable(d.project.name)}" and ${what}.`);
  }
  return 0;
}

async function listProjects(ctx: CliContext, projects: QueueApp['projects'], json: boolean): Promise<number> {
  const list = await projects.listWithCounts();
  const without = await projects.countWithoutProject();
  if (json) {
    const rows = list.map((p) => ({ name: p.name, created_at: p.createdAt, cvs: p.cvCount, counts: p.counts }));
    ctx.io.out(JSON.stringify({ projects: rows, without_project: without }));
    return 0;
  }
  if (list.length === 0) ctx.io.out('No projects.');
  const width = Math.max(0, ...list.map((p) => printable(p.name).length));
  for (const p of list) ctx.io.out(`${printable(p.name).padEnd(width)}  ${plural(p.cvCount, 'CV').padStart(8)}${breakdown(p)}`);
  if (without > 0) ctx.io.out(`(${plural(without, 'CV')} without a project)`);
  return 0;
}

function breakdown(p: ProjectWithCounts): string {
  const parts = CV_STATUSES.filter((s) => p.counts[s] > 0).map((s) => `${p.counts[s]} ${s}`);
  return parts.length ? `  (${parts.join(', ')})` : '';
}

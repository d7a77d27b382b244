import * as vscode from 'vscode';
import { findCvRow } from '../findCvItems';
import { COMMAND_IDS } from '../ids';
import { pickOne } from '../prompts/quickInputs';
import type { CommandDeps } from './commandDeps';

/** "Find CV…": completed CVs by name, e-mail, job, company and skills; the one picked opens as its result. */
export function findCv(deps: CommandDeps) {
  return async (): Promise<string | undefined> => {
    const rows = (await deps.app.search()).map(findCvRow);
    if (!rows.length) {
      void vscode.window.showInformationMessage('No parsed CVs yet: CVs can be found once they are completed.');
      return undefined;
    }
    const picked = await pickOne(rows, {
      title: 'Find CV', placeholder: 'Name, e-mail, job title, company or skill', matchOnDescription: true, matchOnDetail: true,
    });
    if (!picked) return undefined;
    const cv = await deps.app.get(picked.id);
    if (!cv) throw new Error(`${picked.label} is no longer in the queue.`);
    await vscode.commands.executeCommand(COMMAND_IDS.showResult, { kind: 'cv', cv });
    return cv.id;
  };
}

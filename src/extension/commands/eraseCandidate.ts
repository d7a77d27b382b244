import * as vscode from 'vscode';
import type { CandidateCv, CandidateQuery, EraseResult } from '../../core/app/privacyActions';
import { cvCountLabel } from '../projectChoices';
import type { CommandDeps } from './commandDeps';

/**
 * "Erase Candidate…": every CV of one person (by e-mail or name), listed and confirmed, then
 * erased; the CV files themselves only after a second, explicit confirmation.
 */
export function eraseCandidate(deps: CommandDeps) {
  return async (given?: string): Promise<EraseResult | undefined> => {
    const text = given ?? (await vscode.window.showInputBox({
      title: 'Erase Candidate', prompt: 'The candidate’s e-mail address or full name (case and accents are ignored)', ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : 'Give an e-mail address or a name.'),
    }));
    if (!text?.trim()) return undefined;
    const query: CandidateQuery = text.includes('@') ? { email: text } : { name: text };
    const found = await deps.app.privacy.findCandidate(query);
    if (!found.length) {
      void vscode.window.showInformationMessage('No CV of that person is in the queue.');
      return undefined;
    }
    const erase = 'Erase';
    const eraseWithFiles = 'Erase and Delete Files…';
    const choice = await vscode.window.showWarningMessage(
      `Erase ${cvCountLabel(found.length)} of this person? This cannot be undone.`,
      { modal: true, detail: listing(found) },
      erase, eraseWithFiles,
    );
    if (!choice) return undefined;
    const deleteFiles = choice === eraseWithFiles && (await confirmFileDeletion(found.length));
    if (choice === eraseWithFiles && !deleteFiles) return undefined;
    const result = await deps.app.privacy.erase(found, { deleteFiles });
    void vscode.window.showInformationMessage(`Erased ${cvCountLabel(result.erased)}${deleteFiles ? ` and deleted ${result.filesDeleted} file(s)` : ''}.`);
    return result;
  };
}

function listing(cvs: readonly CandidateCv[]): string {
  return cvs.map((cv) => `${cv.fileName}${cv.projectName ? ` (${cv.projectName})` : ''}`).join('\n');
}

async function confirmFileDeletion(count: number): Promise<boolean> {
  const yes = 'Delete Files';
  const answer = await vscode.window.showWarningMessage(
    `Also delete the ${count === 1 ? 'CV file' : `${count} CV files`} from disk?`,
    { modal: true, detail: 'The files are deleted for good, not moved to the trash.' },
    yes,
  );
  return answer === yes;
}

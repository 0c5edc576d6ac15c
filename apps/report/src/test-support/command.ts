/** Running the built command in a child process, for the end-to-end tests (read its PDFs with read-pdf.ts). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** The command run in a child process, as from `cwd`, without the caller's SOURCE_DATE_EPOCH. */
export function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const { SOURCE_DATE_EPOCH: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...inherited, INIT_CWD: cwd, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

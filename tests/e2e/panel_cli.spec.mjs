// End-to-end: the panel CSV the app downloads is byte for byte what `planlens panel --format csv`
// writes for the same files (crates/planlens-core/tests/data/panel: two places over two years
// and a document with neither), loaded through the file picker.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, useServedApp } from './app_page.mjs';

const dir = path.join(repoRoot, 'crates/planlens-core/tests/data/panel');
const FILES = ['qc2023.txt', 'qc2024.txt', 'cx2024.txt', 'undated.txt'];

/** `planlens panel` of FILES, named as the app names them (by file name). */
function cliCsv(...args) {
  return execFileSync(
    'cargo',
    ['run', '-q', '-p', 'planlens-cli', '--manifest-path', path.join(repoRoot, 'Cargo.toml'), '--',
      'panel', ...args, ...FILES],
    { cwd: dir },
  );
}

describe('PlanLens panel download and CLI', () => {
  const app = useServedApp();

  it('the app\'s panel CSV equals planlens panel on the same files', async () => {
    const w = await app.open();
    await w.addFiles(FILES.map((f) => path.join(dir, f)));
    await w.waitForDocuments(FILES.length);
    await w.tab('compare');
    await w.get('compare-table').waitFor();
    for (const [id, args] of [['panel-csv', []], ['panel-csv-bom', ['--bom']]]) {
      const [download] = await Promise.all([w.page.waitForEvent('download'), w.get(id).click()]);
      const app = readFileSync(await download.path());
      const cli = cliCsv(...args);
      assert.ok(app.equals(cli), `${id}:\n${app.toString('utf8')}\n---\n${cli.toString('utf8')}`);
    }
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});

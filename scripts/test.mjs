// The README's test command: run vitest once, then print the plain closing
// line `N passed, N failed` that CI log readers look for.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
rmSync(report, { force: true });
const args = ['vitest', 'run', '--dir', 'test', '--testTimeout', '30000', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)];
const r = spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit' });
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  passed = j.numPassedTests ?? 0;
  failed = j.numFailedTests ?? 0;
  // A suite that failed to load has no tests counted: count it as a failure.
  failed += (j.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = r.status === 0 && failed === 0 && passed > 0 ? 0 : 1;

// `npm run mutation [-- lib/helper/decision.ts …]`: StrykerJS over the pure logic listed in
// stryker.config.mjs (or only the files named), then the score of each file and of the whole.
// Incremental: mutants whose code and tests did not change keep their last result
// (reports/mutation/stryker-incremental.json). STRYKER_CONCURRENCY=1 on a busy machine.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const REPORT = `reports/mutation/${process.env.STRYKER_REPORT ?? 'mutation'}.json`;
const files = process.argv.slice(2);
const args = ['stryker', 'run', ...(files.length > 0 ? ['--mutate', files.join(',')] : [])];
const started = Date.now();
const run = spawnSync('npx', args, { stdio: 'inherit' });
const minutes = ((Date.now() - started) / 60_000).toFixed(1);

if (!existsSync(REPORT)) {
  console.error(`Stryker left no report (${REPORT}): see its output above.`);
  process.exit(run.status || 1);
}
const DETECTED = new Set(['Killed', 'Timeout']);
const SCORED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const report = JSON.parse(readFileSync(REPORT, 'utf8'));
let detected = 0;
let scored = 0;
console.log('\nMutation score per file (killed or timed out / all scored mutants):');
for (const [file, { mutants }] of Object.entries(report.files).sort()) {
  const mine = mutants.filter((m) => SCORED.has(m.status));
  const hit = mine.filter((m) => DETECTED.has(m.status)).length;
  detected += hit;
  scored += mine.length;
  const score = mine.length === 0 ? 'n/a' : `${((100 * hit) / mine.length).toFixed(1)}%`;
  console.log(`  ${score.padStart(6)}  ${file} (${hit}/${mine.length})`);
}
const total = scored === 0 ? 0 : (100 * detected) / scored;
console.log(`Mutation score: ${total.toFixed(1)}% (${detected}/${scored}) in ${minutes} min.`);
console.log('Report: reports/mutation/index.html');
process.exit(run.status ?? 1);

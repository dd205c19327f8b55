// Scale: build time and peak memory with 10, 100 and 1,000 generated guides, built in a temporary
// copy of the project outside the repository (deleted afterwards).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkNodeModules } from './bare-app.mjs';
import { build } from './build-timing.mjs';

const SKIP = new Set([
  'node_modules',
  '.next',
  '.git',
  '.contentlayer',
  'bench-results',
  'bench-tmp',
  'test-results',
  'playwright-report',
  'screenshots',
  'coverage',
]);

function addGuides(dir, count) {
  const guides = join(dir, 'content', 'guides');
  const template = readdirSync(guides)
    .filter((file) => file.endsWith('.mdx'))
    .sort()[0];
  const source = readFileSync(join(guides, template), 'utf8');
  for (let index = 1; index <= count; index += 1) {
    const text = source
      .replace(
        /^title: "?(.*?)"?$/m,
        (_, title) => `title: "${title.replace(/"/g, '')} (generated ${index})"`,
      )
      .replace(/^order: .*$/m, `order: ${1000 + index}`);
    writeFileSync(join(guides, `generated-guide-${String(index).padStart(4, '0')}.mdx`), text);
  }
}

function scaledCopy(root, count) {
  const dir = mkdtempSync(join(tmpdir(), `needlewise-scale-${count}-`));
  for (const entry of readdirSync(root)) {
    if (!SKIP.has(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  // Hard links (`cp -al`) cost no space and little time; a real copy only across file systems.
  linkNodeModules(root, dir);
  addGuides(dir, count);
  return dir;
}

export async function scaleTest(root, count, log) {
  const dir = scaledCopy(root, count);
  log(`scale ${count}: building a copy in ${dir}`);
  try {
    const result = await build(dir, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
    const prerendered = readdirSync(join(dir, '.next/server/app/guides')).filter((file) =>
      file.endsWith('.html'),
    ).length;
    return { generatedGuides: count, guidePagesBuilt: prerendered, ...result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs the real `contentlayer2 build` on broken documents in a throwaway copy of the project, so
// an editor's mistakes are shown to stop the build with a message naming the file.
const root = resolve(__dirname, '../../..');
let project: string;

function build(files: Record<string, string>) {
  const content = join(project, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'therapies'), { recursive: true });
  mkdirSync(join(content, 'guides'), { recursive: true });
  cpSync(join(root, 'content/sources.json'), join(content, 'sources.json'));
  cpSync(join(root, 'content/glossary.json'), join(content, 'glossary.json'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(content, path), text);
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/contentlayer2/bin/cli.cjs'), 'build'],
    {
      cwd: project,
      encoding: 'utf8',
      // Contentlayer finds the project through PWD, not the process's working directory.
      env: { ...process.env, PWD: project, INIT_CWD: project, CONTENT_DIR: '', FORCE_COLOR: '0' },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const GUIDE_FRONTMATTER = `---
title: A guide
description: A description that is long enough to pass the fifty character minimum.
summary: A summary.
order: 1
therapies: []
topics: [choosing]
lastReviewed: 2026-01-10
nextReviewDue: 2027-01-10
reviews: [{ kind: editorial, date: '2026-11-29' }]
changes: [{ date: '2026-01-10', kind: new, text: First published. }]
---
`;

describe('contentlayer2 build on broken content', () => {
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'needlewise-content-'));
    for (const name of [
      'contentlayer.config.ts',
      'package.json',
      'tsconfig.json',
      'lib',
      'types',
    ]) {
      cpSync(join(root, name), join(project, name), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('fails on MDX that does not compile, naming the file and the problem', () => {
    const { status, output } = build({
      'guides/broken.mdx': `${GUIDE_FRONTMATTER}\n<Callout title="x">never closed\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('guides/broken.mdx');
    expect(output).toMatch(/Expected a closing tag for `<Callout>`/);
  }, 60_000);

  it('fails on a document missing a required field, naming the field', () => {
    const { status, output } = build({
      'guides/incomplete.mdx': GUIDE_FRONTMATTER.replace('order: 1\n', ''),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('guides/incomplete.mdx');
    expect(output).toMatch(/order/);
  }, 60_000);

  it('fails on a file in content/ that matches no document type', () => {
    const { status, output } = build({ 'stray.md': 'hello' });
    expect(status).not.toBe(0);
    expect(output).toContain('stray.md');
  }, 60_000);
});

// A production build, timed, with its peak memory: the summed RSS of the command's whole process
// tree, sampled, and the largest single process as /usr/bin/time reports it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NEXT_BIN = 'node_modules/next/dist/bin/next';
const CONTENTLAYER_BIN = 'node_modules/contentlayer2/bin/cli.cjs';
const HAS_TIME = existsSync('/usr/bin/time');

/** Each process's parent and RSS, read from /proc. */
function processTable() {
  const children = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while we read it
    }
  }
  return { children, rss };
}

function treeRssBytes(rootPid) {
  const { children, rss } = processTable();
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function readMaxRss(timeFile) {
  if (!HAS_TIME || !existsSync(timeFile)) return null;
  const kbytes = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  rmSync(timeFile, { force: true });
  return Number.isFinite(kbytes) ? kbytes * 1024 : null;
}

/** Runs a command, timing it and sampling its process tree's memory; `maxProcessRss` from time -v. */
export function measured(command, args, { cwd, env = process.env }) {
  return new Promise((resolve, reject) => {
    const timeFile = join(tmpdir(), `needlewise-time-${process.pid}-${Date.now()}`);
    const [file, argv] = HAS_TIME
      ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, command, ...args]]
      : [command, args];
    const started = performance.now();
    // PWD too: contentlayer finds its project from PWD, not from the working directory.
    const child = spawn(file, argv, {
      cwd,
      env: { ...env, PWD: cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakTree = 0;
    const sampler = setInterval(() => {
      peakTree = Math.max(peakTree, treeRssBytes(child.pid));
    }, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const ms = performance.now() - started;
      const maxProcessRss = readMaxRss(timeFile);
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
      else resolve({ ms, peakTreeRss: peakTree, maxProcessRss });
    });
  });
}

/** contentlayer, next build and the critical-CSS step in `cwd`, as `npm run build` runs them. */
export async function build(cwd, env = process.env) {
  // Each copy's own binaries: contentlayer writes next to the package it runs from, not to the cwd.
  const node = process.execPath;
  const content = await measured(node, [join(cwd, CONTENTLAYER_BIN), 'build'], { cwd, env });
  const next = await measured(node, [join(cwd, NEXT_BIN), 'build'], { cwd, env });
  await measured(node, [join(cwd, 'scripts', 'inline-critical-css.mjs')], { cwd, env });
  return {
    contentlayerMs: Math.round(content.ms),
    nextBuildMs: Math.round(next.ms),
    totalMs: Math.round(content.ms + next.ms),
    peakTreeRssMB: Math.round(Math.max(content.peakTreeRss, next.peakTreeRss) / 2 ** 20),
    maxProcessRssMB:
      next.maxProcessRss === null
        ? null
        : Math.round(Math.max(content.maxProcessRss ?? 0, next.maxProcessRss) / 2 ** 20),
  };
}

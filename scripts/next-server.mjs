// The one way our scripts start `next start` (the benchmark, the load test, the feedback proof):
// a free port on 127.0.0.1, its own process group (so a kill takes the whole server down at
// once), ready when robots.txt (or `readyPath`) answers, stopped with its whole process group.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const running = new Set();
let signalsHandled = false;

/** Interrupted: stop the servers we started, or they outlive us in their own process groups. */
function stopOnSignals() {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      for (const child of running) killProcessGroup(child, 'SIGTERM');
      process.exit(130);
    });
  }
}

const gone = (child) => child.exitCode !== null || child.signalCode !== null;

function killProcessGroup(child, signal = 'SIGTERM') {
  if (gone(child)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

export function waitForExit(child) {
  if (gone(child)) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function spawnNext(cwd, port, env) {
  const child = spawn(
    process.execPath,
    [join(cwd, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production', ...env },
    },
  );
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

/**
 * Starts `next start` for the build in `cwd`. `env` is added to this process's environment (the
 * feedback proof passes its database there). Resolves once `readyPath` answers 2xx.
 */
export async function startNext(
  cwd = process.cwd(),
  { readyPath = '/robots.txt', port: wanted, env = {} } = {},
) {
  if (!existsSync(join(cwd, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first.');
  }
  stopOnSignals();
  const port = wanted ?? (await freePort());
  const child = spawnNext(cwd, port, env);
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const origin = `http://127.0.0.1:${port}`;
  const server = {
    origin,
    port,
    child,
    kill: (signal) => killProcessGroup(child, signal),
    stop: () => killProcessGroup(child, 'SIGTERM'),
    problems: () => [...new Set(stderr.split('\n').filter(Boolean))].slice(0, 10),
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone(child)) throw new Error(`next start exited: ${stderr}`);
    try {
      if ((await fetch(`${origin}${readyPath}`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  killProcessGroup(child, 'SIGKILL');
  throw new Error(`next start did not answer within 60 s: ${stderr}`);
}

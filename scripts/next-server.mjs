// Starts and stops `next start` for the benchmark and the load test: a free port on 127.0.0.1,
// ready when robots.txt (or `readyPath`) answers, stopped with its whole process group.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function freePort() {
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
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Interrupted: stop the servers we started, or they outlive us.
    for (const child of running) stopProcessGroup(child);
    process.exit(130);
  });
}

export async function startNext(
  cwd = process.cwd(),
  { readyPath = '/robots.txt', port: wanted } = {},
) {
  if (!existsSync(join(cwd, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first.');
  }
  const port = wanted ?? (await freePort());
  const child = spawn(
    process.execPath,
    [join(cwd, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${stderr}`);
    try {
      const response = await fetch(`${origin}${readyPath}`);
      if (response.ok) return { origin, port, stop: () => stopProcessGroup(child) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopProcessGroup(child);
  throw new Error(`next start did not answer within 60 s: ${stderr}`);
}

export function stopProcessGroup(child) {
  if (child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

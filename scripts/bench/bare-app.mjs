// The bare page: a one-page Next app (same Next, same node_modules), built in a temporary folder
// and served by its own `next start` in the same run. Every ratio is divided by its figures.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NEXT_BIN, measured } from './build-timing.mjs';

const BARE_PAGE = `export const metadata = { title: 'Bare page' };

export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>
        One server component, no data, no stylesheet: what next start serves when the site adds
        nothing. The benchmark divides our figures by this page's.
      </p>
    </main>
  );
}
`;
const BARE_LAYOUT = `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

/** Hard-links node_modules into `dir` (Turbopack refuses a symlink from outside the project). */
export function linkNodeModules(root, dir) {
  try {
    execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')], {
      stdio: 'ignore',
    });
  } catch {
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    cpSync(join(root, 'node_modules'), join(dir, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
}

/** Builds the bare app in a new temporary folder and returns the folder. */
export async function buildBareApp(root, log) {
  const dir = mkdtempSync(join(tmpdir(), 'needlewise-bare-'));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app', 'layout.jsx'), BARE_LAYOUT);
  writeFileSync(join(dir, 'app', 'page.jsx'), BARE_PAGE);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bare', private: true, type: 'module' }),
  );
  writeFileSync(join(dir, 'next.config.mjs'), 'export default { turbopack: {} };\n');
  linkNodeModules(root, dir);
  log(`bare page: building a one-page Next app in ${dir}`);
  await measured(process.execPath, [join(dir, NEXT_BIN), 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return dir;
}

// Development: Contentlayer watches content/ while Next serves the app with hot reload.
import { spawnSync } from 'node:child_process';

spawnSync('npx', ['contentlayer2', 'build'], { stdio: 'inherit' });
// Lists any content problem, and writes the file proxy.ts reads (lib/content/proxy-data.ts).
spawnSync('npx', ['tsx', 'scripts/check-content.ts'], { stdio: 'inherit' });
// Built once at start; restart `npm run dev` to pick up content edits in search results.
spawnSync('npx', ['tsx', 'scripts/build-search-index.ts'], { stdio: 'inherit' });
const result = spawnSync(
  'npx',
  ['concurrently', '--kill-others', '--names', 'content,next', 'contentlayer2 dev', 'next dev'],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 0);

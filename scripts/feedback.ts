// `npm run feedback`: what readers said, per page. Flags: --json, --csv, --prune (deletes comments
// older than 12 months, the period /about states), --comments N (latest comments per page, 5),
// --backup FILE (a consistent copy of the SQLite file, safe while the site runs).
// Reads the same database as the site: DATABASE_URL, else data/feedback.sqlite (FEEDBACK_DB_FILE).
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { describeEngine, engineFromEnv } from '../lib/feedback/database';
import { buildReport, reportCsv, reportText } from '../lib/feedback/report';
import { COMMENT_RETENTION_MONTHS, openFeedbackStore } from '../lib/feedback/store';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    csv: { type: 'boolean', default: false },
    prune: { type: 'boolean', default: false },
    comments: { type: 'string', default: '5' },
    backup: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'npm run feedback [-- --json | --csv | --prune | --comments N | --backup FILE]\n' +
      `  --prune  deletes comments older than ${COMMENT_RETENTION_MONTHS} months (answers are kept)`,
  );
  process.exit(0);
}

const engine = engineFromEnv();

if (values.backup) {
  if (engine.kind !== 'sqlite') {
    console.error('--backup copies the SQLite file; for PostgreSQL use pg_dump "$DATABASE_URL".');
    process.exit(2);
  }
  // SQLite's online backup: a consistent copy (WAL included) while the site keeps running.
  const source = new SQLite(engine.file, { readonly: true, fileMustExist: true });
  await source.backup(values.backup);
  source.close();
  console.error(`Backed up ${engine.file} to ${values.backup}.`);
  process.exit(0);
}
const perPage = Number(values.comments);
if (!Number.isInteger(perPage) || perPage < 0) {
  console.error('--comments takes a whole number, for example --comments 3');
  process.exit(2);
}

let store;
try {
  store = await openFeedbackStore(engine);
} catch (error) {
  console.error(
    `Could not open ${describeEngine(engine)}: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
}

try {
  if (values.prune) {
    const pruned = await store.pruneComments(new Date());
    console.error(
      `Deleted ${pruned} comment${pruned === 1 ? '' : 's'} older than ${COMMENT_RETENTION_MONTHS} months.`,
    );
  }
  const report = buildReport(await store.pageCounts(), await store.latestComments(perPage));
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else if (values.csv) process.stdout.write(reportCsv(report));
  else if (!values.prune || report.length > 0)
    process.stdout.write(reportText(report, describeEngine(engine)));
} finally {
  await store.close();
}

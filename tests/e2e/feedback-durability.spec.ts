import { expect, test } from '@playwright/test';
import {
  crashProof,
  downProof,
  loadProof,
  postgresProofEngine,
  sqliteProofEngine,
} from '../../scripts/feedback-proof';

// Nothing acknowledged is lost, on either engine: SIGKILL mid-burst, restart, count. Then
// autocannon at 50 connections for 10 s: only 303/429/200, no errors, pages keep serving. These
// start their own servers (scripts/feedback-proof.ts), one at a time.
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const ENGINES = [
  { name: 'SQLite', engine: sqliteProofEngine },
  { name: 'PostgreSQL', engine: postgresProofEngine },
];

for (const { name, engine } of ENGINES) {
  test(`${name}: every acknowledged answer survives SIGKILL, once`, async () => {
    const result = await crashProof(await engine());
    console.log(`crash proof on ${name}: ${JSON.stringify(result)}`);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.failed, 'some answers were cut off by the kill').toBeGreaterThan(0);
    expect(result.acknowledgedStored).toBe(result.acknowledged);
    expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged);
    expect(result.stored).toBeLessThanOrEqual(result.sent);
    expect(result.duplicates).toBe(0);
    expect(result.strays).toBe(0);
    expect(result.afterRestart).toEqual({ page: 200, answer: 303 });
  });

  test(`${name}: 50 connections of answers for 10 s get only 303/429/200 and pages keep serving`, async () => {
    const result = await loadProof(await engine());
    console.log(`load proof on ${name}: ${JSON.stringify(result)}`);
    expect(result.requests).toBeGreaterThan(0);
    expect(
      Object.keys(result.statusCounts).filter((code) => !['200', '303', '429'].includes(code)),
    ).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.pageChecks).toBeGreaterThan(0);
    expect(Object.keys(result.pageStatuses)).toEqual(['200']);
  });
}

test('with the database down, answers get 503 with the message and pages still render', async () => {
  const result = await downProof();
  expect(result.post).toBe(503);
  expect(result.body).toContain('We could not save your answer. Please try again later.');
  expect(result.page).toBe(200);
  expect(result.after).toBe(200);
});

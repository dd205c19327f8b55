import { describe, expect, it } from 'vitest';
import { budgetFor } from '@/lib/perf/budgets';

describe('budgetFor', () => {
  it.each([
    ['/', 'home', 12, 19],
    ['/therapies/dry-needling', 'a therapy page', 25, 56],
    ['/conditions/neck-pain', 'a condition page', 22, 33],
    ['/compare', '/compare or a pair page', 25, 42],
    ['/compare/acupuncture-vs-dry-needling', '/compare or a pair page', 25, 42],
    ['/sources', '/sources', 20, 21],
    ['/sources/nhs-acupuncture', 'any other page', 35, 49],
    ['/glossary', 'any other page', 35, 49],
    ['/conditions', 'any other page', 35, 49],
    ['/compare/choose', 'any other page', 35, 49],
  ])('gives %s the budget of %s: target %i KB, ceiling %i KB', (path, kind, kilobytes, ceiling) => {
    expect(budgetFor(path)).toEqual({ kind, kilobytes, ceiling });
  });
});

import { describe, expect, it } from 'vitest';
import { budgetFor } from '@/lib/perf/budgets';

describe('budgetFor', () => {
  it.each([
    ['/', 'home', 12, 19],
    ['/therapies/dry-needling', 'a therapy page', 25, 58],
    ['/conditions/neck-pain', 'a condition page', 22, 34],
    ['/compare', '/compare or a pair page', 25, 45],
    ['/compare/acupuncture-vs-dry-needling', '/compare or a pair page', 25, 45],
    ['/sources', '/sources', 20, 21],
    ['/sources/nhs-acupuncture', 'any other page', 35, 50],
    ['/glossary', 'any other page', 35, 50],
    ['/conditions', 'any other page', 35, 50],
    ['/compare/choose', 'any other page', 35, 50],
  ])('gives %s the budget of %s: target %i KB, ceiling %i KB', (path, kind, kilobytes, ceiling) => {
    expect(budgetFor(path)).toEqual({ kind, kilobytes, ceiling });
  });
});

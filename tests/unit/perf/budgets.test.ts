import { describe, expect, it } from 'vitest';
import { budgetFor } from '@/lib/perf/budgets';

describe('budgetFor', () => {
  it.each([
    ['/', 'home', 12, 20],
    ['/therapies/dry-needling', 'a therapy page', 25, 61],
    ['/conditions/neck-pain', 'a condition page', 22, 35],
    ['/compare', '/compare or a pair page', 25, 47],
    ['/compare/acupuncture-vs-dry-needling', '/compare or a pair page', 25, 47],
    ['/sources', '/sources', 20, 22],
    ['/sources/nhs-acupuncture', 'any other page', 35, 52],
    ['/glossary', 'any other page', 35, 52],
    ['/conditions', 'any other page', 35, 52],
    ['/compare/choose', 'any other page', 35, 52],
  ])('gives %s the budget of %s: target %i KB, ceiling %i KB', (path, kind, kilobytes, ceiling) => {
    expect(budgetFor(path)).toEqual({ kind, kilobytes, ceiling });
  });
});

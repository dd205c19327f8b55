import { describe, expect, it } from 'vitest';
import { budgetFor } from '@/lib/perf/budgets';

describe('budgetFor', () => {
  it.each([
    ['/', 'home', 12, 18.5],
    ['/therapies/dry-needling', 'a therapy page', 25, 53.5],
    ['/conditions/neck-pain', 'a condition page', 22, 32],
    ['/compare', '/compare or a pair page', 25, 41],
    ['/compare/acupuncture-vs-dry-needling', '/compare or a pair page', 25, 41],
    ['/sources', '/sources', 20, 21.5],
    ['/sources/nhs-acupuncture', 'any other page', 35, 46.5],
    ['/glossary', 'any other page', 35, 46.5],
    ['/conditions', 'any other page', 35, 46.5],
    ['/compare/choose', 'any other page', 35, 46.5],
  ])('gives %s the budget of %s: target %i KB, ceiling %i KB', (path, kind, kilobytes, ceiling) => {
    expect(budgetFor(path)).toEqual({ kind, kilobytes, ceiling });
  });
});

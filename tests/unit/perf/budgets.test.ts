import { describe, expect, it } from 'vitest';
import { budgetFor } from '@/lib/perf/budgets';

describe('budgetFor', () => {
  it.each([
    ['/', 'home', 12],
    ['/therapies/dry-needling', 'a therapy page', 25],
    ['/conditions/neck-pain', 'a condition page', 22],
    ['/compare', '/compare or a pair page', 25],
    ['/compare/acupuncture-vs-dry-needling', '/compare or a pair page', 25],
    ['/sources', '/sources', 20],
    ['/sources/nhs-acupuncture', 'any other page', 35],
    ['/glossary', 'any other page', 35],
    ['/conditions', 'any other page', 35],
    ['/compare/choose', 'any other page', 35],
  ])('gives %s the budget of %s: %i KB', (path, kind, kilobytes) => {
    expect(budgetFor(path)).toEqual({ kind, kilobytes });
  });
});

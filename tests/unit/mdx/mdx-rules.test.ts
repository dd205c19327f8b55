import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBody, type ContentProblem } from '@/lib/content/validate-content';
import { citationOrder, embeddedTables, tagUses } from '@/lib/mdx/mdx-tags';
import { quoteIndexOf } from '@/lib/schemas/citation';
import { FIXTURE_SOURCES } from '../../fixtures/site-text';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'mdx');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

const ctx = {
  sourceIds: new Set(['source-a']),
  quotes: quoteIndexOf(FIXTURE_SOURCES),
  termIds: new Set(['word']),
  routes: new Set(['/', '/compare', '/therapies/alpha']),
  therapySlugs: new Set(['alpha']),
  warningSetIds: new Set(['lung']),
};

function problemsIn(name: string): ContentProblem[] {
  return checkBody(`content/guides/${name}`, read(name), ctx);
}

describe('MDX bodies are checked on their syntax tree', () => {
  it('accepts every component used correctly, and ignores tags in code and comments', () => {
    expect(problemsIn('valid.mdx')).toEqual([]);
  });

  it('reads component uses in document order, never from code or comments', () => {
    expect(tagUses(read('valid.mdx')).map((use) => use.name)).toEqual([
      'Cite',
      'Cite',
      'Term',
      'Callout',
      'CareCard',
      'ComparisonTable',
      'WarningSigns',
      'a',
    ]);
    expect(citationOrder(read('valid.mdx'))).toEqual(['source-a']);
    expect(embeddedTables(read('valid.mdx'))).toEqual([
      { aspects: ['origin', 'focus'], therapies: ['alpha'] },
    ]);
  });

  it.each<[string, ContentProblem[]]>([
    [
      'unknown-component.mdx',
      [
        {
          file: 'content/guides/unknown-component.mdx',
          field: 'body <Warning>',
          message:
            'is not a component this site knows (line 3): use one of Callout, CareCard, Cite, ComparisonTable, Term, WarningSigns, SiteValue, CorrectionsEmail, Disclaimer, Anchor, a, or fix the spelling',
        },
      ],
    ],
    [
      'bad-care-level.mdx',
      [
        {
          file: 'content/guides/bad-care-level.mdx',
          field: 'body <CareCard level>',
          message: '"emergncy" is not a care level: use non-urgent, urgent, emergency (line 1)',
        },
      ],
    ],
    [
      'missing-prop.mdx',
      [
        {
          file: 'content/guides/missing-prop.mdx',
          field: 'body <CareCard level>',
          message: 'is missing (line 1): CareCard needs level="…"',
        },
      ],
    ],
    [
      'unknown-prop.mdx',
      [
        {
          file: 'content/guides/unknown-prop.mdx',
          field: 'body <Callout title>',
          message: 'is missing (line 1): Callout needs title="…"',
        },
        {
          file: 'content/guides/unknown-prop.mdx',
          field: 'body <Callout titel>',
          message: 'is not a prop of Callout (line 1): use title',
        },
      ],
    ],
    [
      'cite-unknown-source.mdx',
      [
        {
          file: 'content/guides/cite-unknown-source.mdx',
          field: 'body <Cite id>',
          message:
            'unknown source id "no-such-source": add it to content/sources.json or fix the spelling (line 1)',
        },
      ],
    ],
    [
      'cite-unknown-quote.mdx',
      [
        {
          file: 'content/guides/cite-unknown-quote.mdx',
          field: 'body <Cite quote>',
          message:
            'source "source-a" has no quote "no-such-quote" (its quotes: lung, doctor, rumour) (line 1)',
        },
      ],
    ],
    [
      'term-unknown.mdx',
      [
        {
          file: 'content/guides/term-unknown.mdx',
          field: 'body <Term id>',
          message:
            'unknown glossary term "nonsense": add it to content/glossary.json or fix the spelling (line 1)',
        },
      ],
    ],
    [
      'table-bad-aspect.mdx',
      [
        {
          file: 'content/guides/table-bad-aspect.mdx',
          field: 'body <ComparisonTable aspects>[0]',
          message: expect.stringMatching(
            /^unknown aspect "orign": use one of origin, focus, .* \(line 1\)$/,
          ),
        },
      ],
    ],
    [
      'table-unknown-therapy.mdx',
      [
        {
          file: 'content/guides/table-unknown-therapy.mdx',
          field: 'body <ComparisonTable therapies>[0]',
          message: 'unknown therapy "gamma": it must match a file in content/therapies/ (line 1)',
        },
      ],
    ],
    [
      'warning-signs-unknown-set.mdx',
      [
        {
          file: 'content/guides/warning-signs-unknown-set.mdx',
          field: 'body <WarningSigns set>',
          message:
            'unknown warning-sign set "lungs": use one of lung (content/warning-signs.yaml), or fix the spelling (line 1)',
        },
      ],
    ],
    [
      'table-no-aspects.mdx',
      [
        {
          file: 'content/guides/table-no-aspects.mdx',
          field: 'body <ComparisonTable aspects>',
          message: 'is missing (line 1): ComparisonTable needs aspects={["origin", "focus"]}',
        },
      ],
    ],
    [
      'unreadable-prop.mdx',
      [
        {
          file: 'content/guides/unreadable-prop.mdx',
          field: 'body <ComparisonTable aspects>',
          message:
            'must be written out as plain text or a list (line 1), like prop="…" or prop={["…"]}',
        },
      ],
    ],
    [
      'import.mdx',
      [
        {
          file: 'content/guides/import.mdx',
          field: 'body import/export',
          message:
            'is not allowed (line 1): use the components the site provides (Callout, CareCard, Cite, ComparisonTable, Term, WarningSigns, SiteValue, CorrectionsEmail, Disclaimer, Anchor, a)',
        },
      ],
    ],
    [
      'bad-link.mdx',
      [
        {
          file: 'content/guides/bad-link.mdx',
          field: 'body <a href>',
          message: 'links to "/nowhere", which is not a page on this site (line 3)',
        },
        {
          file: 'content/guides/bad-link.mdx',
          field: 'body link',
          message: 'links to "/therapies/gamma", which is not a page on this site (line 1)',
        },
      ],
    ],
  ])('%s fails, naming the component, the prop and the fix', (name, expected) => {
    expect(problemsIn(name)).toEqual(expected);
  });

  it('a body that is not valid MDX fails once, naming the line and the fix', () => {
    expect(problemsIn('syntax-error.mdx')).toEqual([
      {
        file: 'content/guides/syntax-error.mdx',
        field: 'body (MDX)',
        message: expect.stringMatching(
          /^cannot be read as MDX \(line 3\): .+\. Close every tag, and write a comment as \{\/\* … \*\/\}$/,
        ),
      },
    ]);
  });
});

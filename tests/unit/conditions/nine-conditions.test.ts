import { evidenceRuleText } from '@/lib/content/evidence-rule-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonRows } from '@/lib/compare/comparison-rows';
import { conditionUses, evidenceMap } from '@/lib/conditions/condition-uses';
import { validateContent, type ValidContent } from '@/lib/content/validate-content';
import { decide } from '@/lib/helper/decision';
import { parseHelperQuery } from '@/lib/helper/helper-query';
import { botherChoices } from '@/lib/helper/helper-questions';
import { problemText } from '@/lib/helper/answer-words';
import { FIXTURE_HELPER_TEXT } from '../../fixtures/helper-text';
import { searchDocuments } from '@/lib/search/documents';
import { createSearchIndex, runSearch } from '@/lib/search/engine';
import { parseSearchQuery } from '@/lib/search/query';
import { routesFor } from '@/lib/content/sitemap-routes';
import { FIXTURE_TODAY, fixtureColumns, nineConditionContent } from '../../fixtures/load-fixture';
import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';
import { fixtureSiteText } from '../../fixtures/site-text';
import { FIXTURE_INTERFACE_TEXT } from '../../fixtures/interface-text';
import { helperSigns, type WarningLibrary } from '@/lib/schemas/warning-signs';

const { alsoCalled } = FIXTURE_INTERFACE_TEXT;

let eight: ValidContent;
let nine: ValidContent;

function valid(withNinth: boolean): ValidContent {
  const result = validateContent(nineConditionContent(withNinth), { today: FIXTURE_TODAY });
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
  return result.content;
}

beforeAll(() => {
  eight = valid(false);
  nine = valid(true);
});

const slugsOf = (content: ValidContent) => content.conditions.map((condition) => condition.slug);

describe('a ninth condition is one file', () => {
  it('is the only difference between the two fixtures', () => {
    expect(slugsOf(nine)).toEqual([...slugsOf(eight), 'hip-pain']);
  });

  it('gets a condition page path and a sitemap entry', () => {
    const paths = (content: ValidContent) =>
      routesFor(content.therapies, content.guides, content.conditions).map((route) => route.path);
    expect(paths(eight)).not.toContain('/conditions/hip-pain');
    expect(paths(nine)).toContain('/conditions/hip-pain');
    expect(paths(nine)).toContain('/conditions');
  });

  it('gets a row in the evidence map, a rating for every therapy, each linking to its section', () => {
    const rows = evidenceMap(nine.conditions, fixtureColumns(nine));
    expect(rows).toHaveLength(9);
    expect(rows.at(-1)).toEqual({
      condition: { slug: 'hip-pain', name: 'Hip pain', url: '/conditions/hip-pain' },
      cells: [
        {
          therapy: expect.objectContaining({ slug: 'acupuncture' }),
          rating: {
            level: 'better-than-none',
            basis: { size: 'small-or-below-threshold', certainty: 'low', duration: 'short-term' },
          },
          href: '/conditions/hip-pain#therapy-acupuncture',
        },
        {
          therapy: expect.objectContaining({ slug: 'dry-needling' }),
          rating: {
            level: 'unclear',
            basis: { size: 'not-reported', certainty: 'not-stated', duration: 'not-reported' },
          },
          href: '/conditions/hip-pain#therapy-dry-needling',
        },
        {
          therapy: expect.objectContaining({ slug: 'electroacupuncture' }),
          rating: {
            level: 'unclear',
            basis: { size: 'not-reported', certainty: 'not-stated', duration: 'not-reported' },
          },
          href: '/conditions/hip-pain#therapy-electroacupuncture',
        },
      ],
    });
  });

  it('appears in every therapy’s “What people use it for”', () => {
    const [row] = comparisonRows(fixtureColumns(nine), ['conditions'], FIXTURE_LABELS_TEXT);
    const cells = row?.cells ?? [];
    expect(cells).toHaveLength(3);
    for (const cell of cells) {
      expect(cell.items?.map((item) => item.id).at(-1)).toBe('hip-pain');
      expect(cell.cell.text).toBe('Fixture: 9 problems found.');
    }
    expect(
      conditionUses('acupuncture', eight.conditions, evidenceRuleText()).map((use) => use.id),
    ).not.toContain('hip-pain');
  });

  it('becomes a helper choice that the link parser accepts and the helper answers', () => {
    const ids = botherChoices(nine.conditions, FIXTURE_HELPER_TEXT.questions.bother.other).map(
      (choice) => choice.id,
    );
    expect(ids).toContain('hip-pain');
    const warnings: WarningLibrary = nine.warningSigns!;
    const warningIds = helperSigns(warnings).map((sign) => sign.id);
    const parsed = parseHelperQuery({ show: 'answer', bother: 'hip-pain' }, ids, warningIds);
    expect(parsed).toEqual({
      answers: { asked: true, bother: 'hip-pain', safety: [], warning: [] },
      problems: [],
    });
    const decision = decide(
      parsed.answers,
      fixtureColumns(nine),
      { ...fixtureSiteText(), warnings },
      nine.conditions,
    );
    expect(decision.kind === 'answer' && decision.condition?.name).toBe('Hip pain');
    expect(
      decision.kind === 'answer' && decision.condition?.warningSets.map((set) => set.title),
    ).toEqual(['Fixture warning for hip pain']);
  });

  it('is found by search, by its name and by its other names', () => {
    const index = createSearchIndex(
      searchDocuments({
        ...nine,
        rule: evidenceRuleText(),
        rowWords: FIXTURE_LABELS_TEXT,
        alsoCalled,
      }),
    );
    const top = (query: string) => runSearch(index, parseSearchQuery(query)).hits[0];
    expect(top('hip pain')).toMatchObject({
      kind: 'condition',
      title: 'Hip pain',
      url: '/conditions/hip-pain',
    });
    expect(top('fixture hip')).toMatchObject({ url: '/conditions/hip-pain' });
    const withoutIt = createSearchIndex(
      searchDocuments({
        ...eight,
        rule: evidenceRuleText(),
        rowWords: FIXTURE_LABELS_TEXT,
        alsoCalled,
      }),
    );
    expect(runSearch(withoutIt, parseSearchQuery('hip')).hits.map((hit) => hit.url)).not.toContain(
      '/conditions/hip-pain',
    );
  });
});

describe('an unknown condition in a helper link', () => {
  it('gets the same clear message as any other unknown answer', () => {
    const ids = botherChoices(nine.conditions, FIXTURE_HELPER_TEXT.questions.bother.other).map(
      (choice) => choice.id,
    );
    const warningIds = helperSigns(nine.warningSigns!).map((sign) => sign.id);
    const { problems } = parseHelperQuery({ bother: 'gout', want: 'sideways' }, ids, warningIds);
    expect(problems.map((problem) => problemText(problem, FIXTURE_HELPER_TEXT))).toEqual([
      'The answer “gout” to “What is bothering you?” is not one of the choices, so we left it out.',
      'The answer “sideways” to “What would you like?” is not one of the choices, so we left it out.',
    ]);
  });
});

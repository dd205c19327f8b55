import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '@/lib/content/validate-content';
import { SourceSchema } from '@/lib/schemas/source';
import { seenInCopyText, sourceYearText } from '@/lib/evidence/source-labels';
import { validateSiteText } from '@/lib/content/validate-site-text';
import { validRawContent } from '../../fixtures/raw-content';
import { FIXTURE_SOURCES, fixtureSiteText } from '../../fixtures/site-text';
import { INVALID_YEAR_SOURCES, VALID_YEAR_SOURCES } from '../../fixtures/source-years';

describe('a source’s year', () => {
  it.each(Object.entries(VALID_YEAR_SOURCES))('accepts %s', (_name, source) => {
    const result = SourceSchema.safeParse(source);
    expect(result.success && result.data.year).toBe('year' in source ? source.year : undefined);
  });

  it.each(INVALID_YEAR_SOURCES)('rejects $name, naming the field', ({ source, path, message }) => {
    const result = SourceSchema.safeParse(source);
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((issue) => ({ path: issue.path, message: issue.message })),
    ).toEqual([{ path, message }]);
  });

  it('names the file and the field in content/sources.json', () => {
    const raw = validRawContent();
    raw.sources.data = [{ ...VALID_YEAR_SOURCES.exact, id: 'source-a', year: 2099 }];
    const result = validateContent(raw, { today: '2026-12-01' });
    expect(result.ok ? [] : result.problems.filter((p) => p.field.startsWith('sources'))).toEqual([
      {
        file: 'content/sources.json',
        field: 'sources[0].year',
        message:
          '2099 is later than quote "words" was checked (quotes[0].checked 2026-11-29): give the year of the version whose words we quote',
      },
    ]);
  });
});

describe('a source’s kind', () => {
  const KINDS = 'patient-information, guideline, research, regulation, coverage, professional-body';

  it('is required, and a missing one names the file, the field and the kinds to choose from', () => {
    const raw = validRawContent();
    const { kind, ...withoutKind } = VALID_YEAR_SOURCES.exact;
    void kind;
    raw.sources.data = [{ ...withoutKind, id: 'source-a' }];
    const result = validateContent(raw, { today: '2026-12-01' });
    expect(result.ok ? [] : result.problems.filter((p) => p.field.startsWith('sources'))).toEqual([
      {
        file: 'content/sources.json',
        field: 'sources[0].kind',
        message: `is missing: say what kind of source this is, one of ${KINDS}`,
      },
    ]);
  });

  it('rejects a kind that is not on the list, quoting it', () => {
    const result = SourceSchema.safeParse({ ...VALID_YEAR_SOURCES.exact, kind: 'blog' });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['kind'], `"blog" is not a kind of source: use one of ${KINDS}`],
    ]);
  });
});

describe('how a page says when a source is from and where we read it', () => {
  const words = fixtureSiteText().sourceDetails;

  it('fills the year into the editor’s words, with "about" when the year is an estimate', () => {
    expect(sourceYearText({ year: 2013 }, words)).toBe('Fixture year 2013.');
    expect(sourceYearText({ year: 2020, yearApproximate: true }, words)).toBe(
      'Fixture year about 2020.',
    );
    expect(sourceYearText({}, words)).toBeUndefined();
  });

  it('names the copy’s host, without www, in the editor’s words', () => {
    expect(
      seenInCopyText(
        'http://www.dailymail.co.uk/health/fb-5340647/IS-ACUPUNCTURE-SAFE.html',
        words,
      ),
    ).toBe('Fixture copy on dailymail.co.uk.');
  });

  it('fails site text whose words leave out the slot the page fills in', () => {
    const text = fixtureSiteText();
    text.sourceDetails.seenInCopy = 'We read these words in a copy.';
    const result = validateSiteText(
      { file: 'content/site-text.yaml', data: text },
      FIXTURE_SOURCES,
      { today: '2026-06-01' },
    );
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: 'content/site-text.yaml',
        field: 'sourceDetails.seenInCopy',
        message: 'must contain {host}, where the page puts the host',
      },
    ]);
  });
});

/**
 * Hosts where we have read copies of other publishers' words (mirrors, reprints, app copies,
 * summaries). A copy may be recorded as a quote's seenAt, but patients are sent to the publisher.
 */
const COPY_HOSTS = [
  '780928.6x2rp.group',
  'acupuncture-exeter.co.uk',
  'ai-bt.com',
  'chinesemedicalcentrebarnet.co.uk',
  'content.yudu.com',
  'dailymail.co.uk',
  'download.skyscape.com',
  'ecfr.io',
  'evidence.unboundmedicine.com',
  'guidelinecentral.com',
  'healthcentral.com',
  'heatonacupuncture.co.uk',
  'informationnow.org.uk',
  'medworm.com',
  'mymlc.com',
  'patienttalk.org',
  'physiospot.com',
  'research.pingminghealth.com',
  'sage.cnpereading.com',
  'webarchive.library.unt.edu',
];

/**
 * Sources still linked to a copy because we know of no page of the publisher's own that holds
 * the words, each with the copy it uses. Remove an entry once the source links to the publisher.
 */
const NO_PUBLISHER_PAGE_YET: Record<string, string> = {
  'nccih-consumer-advice': 'content.yudu.com',
};

function onHost(url: string, host: string): boolean {
  const name = new URL(url).hostname.replace(/^www\./, '');
  return name === host || name.endsWith(`.${host}`);
}

describe('content/sources.json links patients to publishers, not copies', () => {
  const registry = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', '..', 'content', 'sources.json'), 'utf8'),
  ) as { sources: { id: string; url: string }[] };

  it('no source url is on a known copy host, except those listed as having no publisher page', () => {
    const onCopies = Object.fromEntries(
      registry.sources.flatMap((source) => {
        const host = COPY_HOSTS.find((candidate) => onHost(source.url, candidate));
        return host ? [[source.id, host]] : [];
      }),
    );
    expect(onCopies).toEqual(NO_PUBLISHER_PAGE_YET);
  });

  it('the mirror check catches a copy host, with or without www', () => {
    expect(onHost('https://www.dailymail.co.uk/health/x.html', 'dailymail.co.uk')).toBe(true);
    expect(
      onHost('https://research.pingminghealth.com/article/1612', 'research.pingminghealth.com'),
    ).toBe(true);
    expect(
      onHost('https://doi.org/10.1002/14651858.CD007070.pub2', 'research.pingminghealth.com'),
    ).toBe(false);
  });

  it('sends readers of the reviews the audit named to the publishers’ own pages', () => {
    const urlOf = (id: string) => registry.sources.find((source) => source.id === id)?.url;
    expect(urlOf('deare-2013')).toBe('https://doi.org/10.1002/14651858.CD007070.pub2');
    expect(urlOf('manheimer-2010')).toBe(
      'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001977.pub2/full',
    );
    expect(urlOf('who-2023-low-back-pain')).toBe(
      'https://www.who.int/publications/i/item/9789240081789',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { validateSiteText } from '@/lib/content/validate-site-text';
import { FEEDBACK_PROBLEMS } from '@/lib/schemas/text/interface-text';
import { FIXTURE_SOURCES, fixtureSiteText } from '../../fixtures/site-text';

const FILE = 'content/site-text.yaml';

function problemsOf(data: unknown) {
  const result = validateSiteText({ file: FILE, data }, FIXTURE_SOURCES);
  return result.ok ? [] : result.problems;
}

/** The fixture with one change to its `interface:` section. */
function withInterface(change: (text: Record<string, unknown>) => void) {
  const site = fixtureSiteText();
  const copy = structuredClone(site.interface) as unknown as Record<string, unknown>;
  change(copy);
  return { ...site, interface: copy };
}

describe('content/site-text.yaml interface:', () => {
  it('accepts the fixture, with a sentence for every feedback refusal code', () => {
    const result = validateSiteText({ file: FILE, data: fixtureSiteText() }, FIXTURE_SOURCES);
    expect(result.ok && Object.keys(result.text.interface.feedback.problems).sort()).toEqual(
      [...FEEDBACK_PROBLEMS].sort(),
    );
  });

  it('fails a refusal code with no sentence, naming the code', () => {
    const data = withInterface((text) => {
      const problems = (text.feedback as { problems: Record<string, string> }).problems;
      delete problems['rate-limited'];
    });
    expect(problemsOf(data)).toEqual([
      {
        file: FILE,
        field: 'interface.feedback.problems.rate-limited',
        message:
          'is missing: write the sentence a reader sees when an answer is refused for this reason',
      },
    ]);
  });

  it('fails an empty sentence, naming its key', () => {
    const data = withInterface((text) => {
      (text.feedback as { problems: Record<string, string> }).problems.unavailable = '  ';
    });
    expect(problemsOf(data)).toEqual([
      {
        file: FILE,
        field: 'interface.feedback.problems.unavailable',
        message: 'must not be empty',
      },
    ]);
  });

  it('fails a sentence for a code the site does not have', () => {
    const data = withInterface((text) => {
      (text.feedback as { problems: Record<string, string> }).problems['too-slow'] = 'Slow.';
    });
    expect(problemsOf(data)).toEqual([
      expect.objectContaining({
        file: FILE,
        field: 'interface.feedback.problems',
        message: expect.stringContaining('too-slow'),
      }),
    ]);
  });

  it('fails a missing form label, naming its key', () => {
    const data = withInterface((text) => {
      delete (text.feedback as Record<string, unknown>).send;
    });
    expect(problemsOf(data)).toEqual([
      expect.objectContaining({ file: FILE, field: 'interface.feedback.send' }),
    ]);
  });

  it('fails a template without the slot the code fills, naming the key and the slot', () => {
    const data = withInterface((text) => {
      text.alsoCalled = 'Also called:';
      (text.citingPlaces as Record<string, unknown>).glossaryTerm = 'Glossary: {word}';
    });
    expect(problemsOf(data)).toEqual([
      {
        file: FILE,
        field: 'interface.citingPlaces.glossaryTerm',
        message: 'must include {term}, where the page fills it in',
      },
      {
        file: FILE,
        field: 'interface.citingPlaces.glossaryTerm',
        message: 'has {word}, which the page cannot fill in: use {term}',
      },
      {
        file: FILE,
        field: 'interface.alsoCalled',
        message: 'must include {aliases}, where the page fills it in',
      },
    ]);
  });
});

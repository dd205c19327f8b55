import { describe, expect, it } from 'vitest';
import { claimsOf } from '@/lib/evidence/claims';
import { validateContent, type RawContent } from '@/lib/content/validate-content';
import { careFor } from '@/lib/helper/decision';
import { sourceBacklinks } from '@/lib/evidence/page-citations';
import { helperSigns, type WarningLibrary } from '@/lib/schemas/warning-signs';
import { rawArticle, validQuote, validRawContent } from '../../fixtures/raw-content';
import { FIXTURE_SOURCES } from '../../fixtures/site-text';
import { fixtureWarningSigns } from '../../fixtures/warning-signs';
import { FIXTURE_INTERFACE_TEXT } from '../../fixtures/interface-text';

const FILE = 'content/warning-signs.yaml';

/** validRawContent with the fixture library, and a registry holding both fixtures' quotes. */
function rawWith(
  change: (library: WarningLibrary) => void = () => {},
  guideBody?: string,
): RawContent {
  const raw = validRawContent();
  const library = fixtureWarningSigns();
  change(library);
  const [fixtureSource] = FIXTURE_SOURCES;
  return {
    ...raw,
    guides: guideBody
      ? [
          rawArticle(
            'guides',
            'first',
            { order: 1, therapies: ['alpha'], topics: ['choosing'] },
            guideBody,
          ),
        ]
      : raw.guides,
    sources: {
      file: 'content/sources.json',
      data: [{ ...fixtureSource, quotes: [validQuote(), ...(fixtureSource?.quotes ?? [])] }],
    },
    warningSigns: { file: FILE, data: library },
  };
}

function problemsOf(raw: RawContent) {
  const result = validateContent(raw, { today: '2026-06-01' });
  return result.ok ? [] : result.problems;
}

describe('content/warning-signs.yaml: the fixture', () => {
  it('is valid, and the helper asks about the signs of its sets in order', () => {
    const result = validateContent(rawWith(), { today: '2026-06-01' });
    expect(result.ok && result.content.warningSigns?.sets.map((set) => set.id)).toEqual([
      'lung',
      'doctor',
      'skin',
    ]);
    expect(helperSigns(fixtureWarningSigns()).map((sign) => [sign.id, sign.urgency])).toEqual([
      ['chest-pain', 'emergency'],
      ['breathless', 'emergency'],
      ['fever', 'before-needling'],
      ['weight-loss', 'before-needling'],
      ['injury', 'before-needling'],
    ]);
  });
});

describe('content/warning-signs.yaml: bad input fails the build, naming the file and the field', () => {
  it('an emergency action without all three numbers', () => {
    const problems = problemsOf(
      rawWith((library) => {
        library.urgency.emergency.action = 'Call 911 (US) or 999 (UK) now';
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'urgency.emergency.action',
        message:
          'must name 911 (US), 999 (UK) and 112 (EU), so every reader finds their number: add 112',
      },
    ]);
  });

  it('a set that names one emergency number but not the others', () => {
    const problems = problemsOf(
      rawWith((library) => {
        library.sets[0]!.title = 'Call 999 if you have these signs';
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'sets[0].title',
        message:
          'must name 911 (US), 999 (UK) and 112 (EU), so every reader finds their number: add 911, 112',
      },
    ]);
  });

  it('a sign with no quote', () => {
    const problems = problemsOf(
      rawWith((library) => {
        const { cite: _cite, ...uncited } = library.sets[0]!.signs[0]!;
        void _cite;
        library.sets[0]!.signs[0] = uncited as (typeof library.sets)[0]['signs'][0];
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'sets[0].signs[0].cite',
        message:
          'is missing: cite at least one quote as { source: <source id>, quote: <quote id> }',
      },
    ]);
  });

  it('a sign whose quote list is empty', () => {
    const problems = problemsOf(
      rawWith((library) => {
        library.sets[1]!.signs[2]!.cite = [];
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'sets[1].signs[2].cite',
        message: 'must cite at least one quote as { source: <source id>, quote: <quote id> }',
      },
    ]);
  });

  it('a sign citing an unknown source, or a quote its source does not have', () => {
    const problems = problemsOf(
      rawWith((library) => {
        library.sets[0]!.signs[0]!.cite = [{ source: 'source-z', quote: 'lung' }];
        library.sets[0]!.signs[1]!.cite = [{ source: 'source-a', quote: 'lungs' }];
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'sets[0].signs[0].cite[0]',
        message: 'unknown source id "source-z": add it to content/sources.json or fix the spelling',
      },
      {
        file: FILE,
        field: 'sets[0].signs[1].cite[0]',
        message: 'source "source-a" has no quote "lungs" (its quotes: words, lung, doctor, rumour)',
      },
    ]);
  });

  it('an urgency that does not exist', () => {
    const problems = problemsOf(
      rawWith((library) => {
        (library.sets[2] as { urgency: string }).urgency = 'soon';
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'sets[2].urgency',
        message: '"soon" is not an urgency: use emergency, same-day, before-needling',
      },
    ]);
  });

  it('a sign id used twice (sign ids are shared links)', () => {
    const problems = problemsOf(
      rawWith((library) => {
        library.sets[2]!.signs[0]!.id = 'fever';
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'sets[2].signs[0].id',
        message:
          '"fever" is already a sign of the set "doctor": sign ids are shared links, so each is used once',
      },
    ]);
  });

  it('an unknown set named for the helper', () => {
    const problems = problemsOf(
      rawWith((library) => {
        library.helper = ['lung', 'lungs'];
      }),
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'helper[1]',
        message:
          'unknown warning-sign set "lungs": use one of lung, doctor, skin (content/warning-signs.yaml), or fix the spelling',
      },
    ]);
  });

  it('an unknown set named by an article', () => {
    const problems = problemsOf(
      rawWith(undefined, 'Watch for these.\n\n<WarningSigns set="lungs" />'),
    );
    expect(problems).toEqual([
      {
        file: 'content/guides/first.mdx',
        field: 'body <WarningSigns set>',
        message:
          'unknown warning-sign set "lungs": use one of lung, doctor, skin (content/warning-signs.yaml), or fix the spelling (line 3)',
      },
    ]);
  });

  it('an article naming a set when there is no library at all', () => {
    const raw = rawWith(undefined, '<WarningSigns set="lung" />');
    delete raw.warningSigns;
    expect(problemsOf(raw)).toEqual([
      expect.objectContaining({
        file: 'content/guides/first.mdx',
        field: 'body <WarningSigns set>',
        message: expect.stringMatching(/^unknown warning-sign set "lung"/),
      }),
    ]);
  });
});

describe('where warning signs show', () => {
  it('each sign is a claim on the first page that shows its set; the helper shows its own sets', () => {
    const library = fixtureWarningSigns();
    const guide = {
      file: 'content/guides/first.mdx',
      title: 'First',
      url: '/guides/first',
      raw: 'Watch for these.\n\n<WarningSigns set="skin" />',
    };
    const claims = claimsOf({
      therapies: [],
      guides: [guide],
      glossary: [],
      glossaryFile: 'content/glossary.json',
      warningSigns: { file: FILE, library },
    });
    expect(claims.map((claim) => [claim.field, claim.href, claim.statement])).toEqual([
      [
        'sets[0].intro.cite',
        '/which-is-right-for-me',
        'Fixture lung set: Fixture reason: these can be signs of a lung problem.',
      ],
      ['sets[0].signs[0].cite', '/which-is-right-for-me', 'Chest pain'],
      ['sets[0].signs[1].cite', '/which-is-right-for-me', 'Sudden shortness of breath'],
      [
        'sets[1].intro.cite',
        '/which-is-right-for-me',
        'Fixture doctor set: Fixture reason: a doctor should check these.',
      ],
      ['sets[1].signs[0].cite', '/which-is-right-for-me', 'A fever along with the pain'],
      ['sets[1].signs[1].cite', '/which-is-right-for-me', 'Weight loss you cannot explain'],
      ['sets[1].signs[2].cite', '/which-is-right-for-me', 'Pain after an injury'],
      ['sets[2].signs[0].cite', '/guides/first', 'Red skin'],
    ]);
    const backlinks = sourceBacklinks(['source-a'], {
      therapies: [],
      guides: [guide],
      glossary: [],
      comparePath: '/compare',
      warningSigns: library,
      places: FIXTURE_INTERFACE_TEXT.citingPlaces,
    });
    expect(backlinks.get('source-a')).toEqual([
      { label: 'First', href: '/guides/first' },
      {
        label: 'Fixture helper (warning sign: chest pain)',
        href: '/which-is-right-for-me?show=answer&warning=chest-pain',
      },
      {
        label: 'Fixture helper (warning sign: a fever along with the pain)',
        href: '/which-is-right-for-me?show=answer&warning=fever',
      },
    ]);
  });
});

describe('the helper’s care card', () => {
  it('takes the most urgent chosen set’s urgency, and lists each chosen set once', () => {
    const library = fixtureWarningSigns();
    const care = careFor(['fever', 'chest-pain', 'injury'], library);
    expect(care?.urgency).toBe('emergency');
    expect(care?.signs.map((sign) => sign.id)).toEqual(['chest-pain', 'fever', 'injury']);
    expect(care?.sets.map((set) => set.id)).toEqual(['lung', 'doctor']);
    expect(careFor(['weight-loss'], library)?.urgency).toBe('before-needling');
    expect(careFor(['red-skin'], library)).toBeNull();
  });
});

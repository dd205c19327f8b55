import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { proxyContent } from '@/lib/content/proxy-content';
import { getSiteText } from '@/lib/content/store';
import { parseProxyData, proxyDataOf } from '@/lib/content/proxy-data';
import { FIXTURE_INTERFACE_TEXT } from '../../fixtures/interface-text';

const refusals = FIXTURE_INTERFACE_TEXT.refusals;

describe("the proxy's content file", () => {
  it('holds each therapy as its slug and its name, and the refusal words, from the checked store', () => {
    const store = {
      therapies: [
        { slug: 'alpha', title: 'Alpha therapy', profile: { name: 'Alpha', approach: 'targeted' } },
        { slug: 'beta', title: 'Beta therapy', profile: { name: 'Beta', approach: 'whole-body' } },
      ],
      siteText: { interface: FIXTURE_INTERFACE_TEXT },
    };
    expect(parseProxyData(proxyDataOf(store))).toEqual({
      therapies: [
        { slug: 'alpha', name: 'Alpha' },
        { slug: 'beta', name: 'Beta' },
      ],
      refusals: {
        wrongMethod: 'Fixture: this address only answers GET and HEAD.',
        badEncoding: 'Fixture: this address is not correctly encoded.',
      },
    });
  });

  it('refuses a file that is not as the build writes it, naming the file and the field', () => {
    const broken = { therapies: [{ slug: 'alpha', name: 'Alpha' }, { slug: 'beta' }], refusals };
    expect(() => parseProxyData(broken)).toThrow(ContentError);
    expect(() => parseProxyData(broken)).toThrow('.contentlayer/proxy-data.json: therapies[1].name:');
  });

  it('refuses a file with no therapies, saying how to write it again', () => {
    expect(() => parseProxyData({ therapies: [], refusals })).toThrow(
      '.contentlayer/proxy-data.json: therapies: must list at least one therapy: run `npm run content` again',
    );
  });

  it('refuses a field it does not know, so a stale or hand-edited file is caught', () => {
    expect(() =>
      parseProxyData({ therapies: [{ slug: 'alpha', name: 'Alpha' }], refusals, conditions: [] }),
    ).toThrow('.contentlayer/proxy-data.json: (document):');
  });

  it('reads what the build wrote from content/: the two therapies a selection may name', () => {
    expect(proxyContent().therapies).toEqual([
      { slug: 'acupuncture', name: 'Acupuncture' },
      { slug: 'dry-needling', name: 'Dry needling' },
    ]);
    expect(proxyContent().refusals).toEqual(getSiteText().interface.refusals);
    expect(proxyContent()).toBe(proxyContent());
  });
});

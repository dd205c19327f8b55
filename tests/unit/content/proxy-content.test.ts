import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { proxyContent } from '@/lib/content/proxy-content';
import { parseProxyData, proxyDataOf } from '@/lib/content/proxy-data';

describe("the proxy's content file", () => {
  it('holds each therapy as its slug and its name, from the checked store', () => {
    const store = {
      therapies: [
        { slug: 'alpha', title: 'Alpha therapy', profile: { name: 'Alpha', approach: 'targeted' } },
        { slug: 'beta', title: 'Beta therapy', profile: { name: 'Beta', approach: 'whole-body' } },
      ],
    };
    expect(parseProxyData(proxyDataOf(store))).toEqual({
      therapies: [
        { slug: 'alpha', name: 'Alpha' },
        { slug: 'beta', name: 'Beta' },
      ],
    });
  });

  it('refuses a file that is not as the build writes it, naming the file and the field', () => {
    const broken = { therapies: [{ slug: 'alpha', name: 'Alpha' }, { slug: 'beta' }] };
    expect(() => parseProxyData(broken)).toThrow(ContentError);
    expect(() => parseProxyData(broken)).toThrow('.contentlayer/proxy-data.json: therapies[1].name:');
  });

  it('refuses a file with no therapies, saying how to write it again', () => {
    expect(() => parseProxyData({ therapies: [] })).toThrow(
      '.contentlayer/proxy-data.json: therapies: must list at least one therapy: run `npm run content` again',
    );
  });

  it('refuses a field it does not know, so a stale or hand-edited file is caught', () => {
    expect(() =>
      parseProxyData({ therapies: [{ slug: 'alpha', name: 'Alpha' }], conditions: [] }),
    ).toThrow('.contentlayer/proxy-data.json: (document):');
  });

  it('reads what the build wrote from content/: the two therapies a selection may name', () => {
    expect(proxyContent()).toEqual({
      therapies: [
        { slug: 'acupuncture', name: 'Acupuncture' },
        { slug: 'dry-needling', name: 'Dry needling' },
      ],
    });
    expect(proxyContent()).toBe(proxyContent());
  });
});

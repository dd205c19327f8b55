import { describe, expect, it } from 'vitest';
import { getTherapies, getSiteText, loadContent } from '@/lib/content/store';

// The real content in content/: loaded once, then the same checked store for every caller.
describe('loadContent on the real content', () => {
  it('validates once per process and hands every caller the same store', () => {
    const first = loadContent();
    expect(loadContent()).toBe(first);
    expect(getTherapies()).toBe(first.therapies);
    expect(getSiteText()).toBe(first.siteText);
  });

  it('lists the therapies by title, as pages show them', () => {
    expect(getTherapies().map((therapy) => therapy.slug)).toEqual(['acupuncture', 'dry-needling']);
  });
});

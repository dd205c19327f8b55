import { describe, expect, it } from 'vitest';
import { staticPartHtml } from '@/app/_static/parts-server';
import { staticPartId } from '@/app/_static/static-part-id';

// Every part, with the parameters its routes give it (one of each kind; the routes' static params
// are the content's, checked by the browser walks).
const PARTS = [
  ['site-header', {}],
  ['site-footer', {}],
  ['home', {}],
  ['not-found', {}],
  ['sources-index', {}],
  ['therapy-trail', { slug: 'acupuncture' }],
  ['guide-trail', { slug: 'questions-to-ask' }],
  ['therapy-title', { slug: 'acupuncture' }],
  ['guide-title', { slug: 'questions-to-ask' }],
  ['therapy-body', { slug: 'acupuncture' }],
  ['therapy-body', { slug: 'dry-needling' }],
  ['guide-body', { slug: 'which-is-right-for-you' }],
  ['condition-body', { slug: 'low-back-pain' }],
  ['compare-table', {}],
  ['compare-table', { pair: 'acupuncture-vs-dry-needling' }],
] as const;

// The feedback form's fields sit inside the form React renders around them (with its button).
const INSIDE_A_FORM = ['feedback-fields', { path: '/therapies/acupuncture' }] as const;

describe('static parts', () => {
  it.each(PARTS)('%s %o holds nothing that needs React in the browser', (name, params) => {
    const html = staticPartHtml(name, { ...params });
    expect(html.length).toBeGreaterThan(200);
    // Hydration skips a part, so nothing in it is wired up by React: a form must work as plain
    // HTML (an action of ours), and its only button must submit it.
    for (const form of html.match(/<form\b[^>]*>/g) ?? []) {
      expect(form).toMatch(/ action="\/[a-z]/);
    }
    for (const button of html.match(/<button\b[^>]*>/g) ?? []) {
      expect(button).toContain('type="submit"');
    }
    expect(html).not.toMatch(/<(select|textarea|dialog)\b/);
    // Outside a form, no field: it would do nothing.
    expect(html.replace(/<form\b[\s\S]*?<\/form>/g, '')).not.toMatch(/<(input|button)\b/);
  });

  it('gives the feedback form plain fields for the form around them, and no button', () => {
    const [name, params] = INSIDE_A_FORM;
    const html = staticPartHtml(name, { ...params });
    expect(html).toContain('<input type="hidden" name="page" value="/therapies/acupuncture"/>');
    expect(html).toMatch(/<input type="radio" [^>]*name="answer"/);
    expect(html).toMatch(/<textarea [^>]*name="comment"/);
    expect(html).not.toMatch(/<(form|button)\b/);
  });

  it('renders an article body with its references and its structured data', () => {
    const html = staticPartHtml('therapy-body', { slug: 'acupuncture' });
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain('<h2 id="references"');
    expect(html).toMatch(/<a href="\/sources\/[a-z0-9-]+#[a-z0-9-]+" data-cite="">\[1\]<\/a>/);
  });

  it('renders each pair’s table with its two therapies in the pair’s order', () => {
    const columnHeads = (html: string) =>
      [...html.matchAll(/<th scope="col"><a href="([^"]+)"/g)].map((match) => match[1]);
    expect(
      columnHeads(staticPartHtml('compare-table', { pair: 'acupuncture-vs-dry-needling' })),
    ).toEqual(['/therapies/acupuncture', '/therapies/dry-needling']);
    expect(
      columnHeads(staticPartHtml('compare-table', { pair: 'dry-needling-vs-acupuncture' })),
    ).toEqual(['/therapies/dry-needling', '/therapies/acupuncture']);
  });

  it('says which route parameter is missing', () => {
    expect(() => staticPartHtml('therapy-body', {})).toThrow(
      'Static part "therapy-body" needs the route parameter "slug"',
    );
  });

  it('says which page it could not find', () => {
    expect(() => staticPartHtml('condition-body', { slug: 'no-such-problem' })).toThrow(
      'Static part "condition-body" has no page "no-such-problem"',
    );
    expect(() => staticPartHtml('compare-table', { pair: 'acupuncture-vs-acupuncture' })).toThrow(
      'Static part "compare-table" has no page "acupuncture-vs-acupuncture"',
    );
  });

  it('refuses a name it does not know', () => {
    // A name from outside the typed registry, as a stale build might send.
    const name = 'no-such-part' as Parameters<typeof staticPartHtml>[0];
    expect(() => staticPartHtml(name, {})).toThrow('No static part is named "no-such-part"');
  });

  it('names a part by its name and its parameters, in a fixed order', () => {
    expect(staticPartId('home', {})).toBe('home');
    expect(staticPartId('therapy-body', { slug: 'acupuncture' })).toBe('therapy-body:acupuncture');
    expect(staticPartId('x', { b: '2', a: '1' })).toBe('x:1:2');
  });
});

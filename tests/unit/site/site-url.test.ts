import { describe, expect, it } from 'vitest';
import { isLocalOrigin, parseSiteUrl } from '@/lib/site/site-url';

describe('parseSiteUrl', () => {
  it('uses localhost when SITE_URL is not set, so a fresh clone builds', () => {
    expect(parseSiteUrl(undefined)).toBe('http://localhost:3000');
    expect(parseSiteUrl('')).toBe('http://localhost:3000');
    expect(isLocalOrigin(parseSiteUrl(undefined))).toBe(true);
  });

  it('accepts an https origin, and http only for this machine', () => {
    expect(parseSiteUrl('https://needlewise.example')).toBe('https://needlewise.example');
    expect(parseSiteUrl('https://needlewise.example/')).toBe('https://needlewise.example');
    expect(parseSiteUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(isLocalOrigin('https://needlewise.example')).toBe(false);
  });

  it('refuses anything else with the reason', () => {
    expect(() => parseSiteUrl('http://needlewise.example')).toThrow(
      'SITE_URL="http://needlewise.example" cannot be used: SITE_URL must use https (only localhost may use http).',
    );
    expect(() => parseSiteUrl('needlewise.example')).toThrow(/must be an absolute address/);
    expect(() => parseSiteUrl('ftp://needlewise.example')).toThrow(/must be an absolute address/);
    expect(() => parseSiteUrl('https://needlewise.example/blog')).toThrow(/origin only/);
    expect(() => parseSiteUrl('https://needlewise.example/?a=1')).toThrow(/origin only/);
  });
});

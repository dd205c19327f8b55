import { describe, expect, it } from 'vitest';
import { correctionsMailbox } from '@/lib/site/site-config';

describe('correctionsMailbox', () => {
  it.each([
    ['https://needlewise.org', undefined, 'corrections@needlewise.org'],
    ['https://www.needlewise.co.uk/', undefined, 'corrections@www.needlewise.co.uk'],
    ['http://localhost:3000', 'help@needlewise.org', 'help@needlewise.org'],
    ['https://needlewise.org', '  ', 'corrections@needlewise.org'],
  ])('%s with CORRECTIONS_EMAIL=%s gives %s', (siteUrl, configured, expected) => {
    expect(correctionsMailbox(siteUrl, configured)).toBe(expected);
  });

  it.each([
    ['http://localhost:3000', undefined],
    ['http://127.0.0.1:3100', undefined],
    ['http://[::1]:3000', undefined],
    ['https://needlewise.example', undefined],
    ['https://example.com', undefined],
    ['https://www.example.org', undefined],
    ['https://site.test', undefined],
    ['https://needlewise.localhost', undefined],
    ['https://needlewise.org', 'corrections@localhost'],
    ['https://needlewise.org', 'no-at-sign'],
    ['https://needlewise.org', '@needlewise.org'],
    ['https://needlewise.org', 'a@b@needlewise.org'],
  ])('%s with CORRECTIONS_EMAIL=%s has no inbox mail could reach', (siteUrl, configured) => {
    expect(correctionsMailbox(siteUrl, configured)).toBeNull();
  });
});

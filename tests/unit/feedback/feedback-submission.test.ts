// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/feedback/rate-limit';
import { redactContacts } from '@/lib/feedback/redact';
import { hourOf } from '@/lib/feedback/schema';
import { retentionCutoff } from '@/lib/feedback/store';
import { clientAddress, isCrossSite, parseForm, validateFields } from '@/lib/feedback/submission';

const known = (path: string) => path === '/compare';

describe('redactContacts', () => {
  it('replaces email addresses and phone numbers with [removed]', () => {
    expect(redactContacts('write to Jo.Smith+nw@mail.example.co.uk today')).toBe(
      'write to [removed] today',
    );
    expect(redactContacts('call 07700 900123 or +1 (555) 010-4477.')).toBe(
      'call [removed] or [removed].',
    );
    expect(redactContacts('my number is 555-0100-22')).toBe('my number is [removed]');
  });

  it('leaves ordinary numbers and words alone', () => {
    expect(redactContacts('about 19 in 100 people; 30 minutes, 6 to 8 sessions')).toBe(
      'about 19 in 100 people; 30 minutes, 6 to 8 sessions',
    );
    expect(redactContacts('the @ sign and user@ alone')).toBe('the @ sign and user@ alone');
  });
});

describe('parseForm', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('decodes a urlencoded body, plus signs as spaces, first value of a repeated field', () => {
    expect(
      parseForm(bytes('page=%2Fcompare&answer=no&answer=yes&comment=caf%C3%A9+au+lait')),
    ).toEqual({ fields: { page: '/compare', answer: 'no', comment: 'café au lait' } });
  });

  it('refuses bytes or escapes that are not UTF-8', () => {
    expect(parseForm(new Uint8Array([0x61, 0x3d, 0xc3, 0x28]))).toEqual({
      problem: 'bad-encoding',
    });
    expect(parseForm(bytes('comment=%FF%FE'))).toEqual({ problem: 'bad-encoding' });
    expect(parseForm(bytes('comment=%'))).toEqual({ problem: 'bad-encoding' });
  });
});

describe('validateFields', () => {
  it('keeps an empty comment as none and trims it', () => {
    expect(validateFields({ page: '/compare', answer: 'yes', comment: '   ' }, known)).toEqual({
      entry: { page: '/compare', answer: 'yes', comment: null },
    });
  });

  it('accepts exactly 500 characters, counting an emoji or a line break as one', () => {
    const comment = `${'é'.repeat(497)}\r\n🙂x`;
    expect(validateFields({ page: '/compare', answer: 'no', comment }, known)).toEqual({
      entry: { page: '/compare', answer: 'no', comment: `${'é'.repeat(497)}\n🙂x` },
    });
    expect(
      validateFields({ page: '/compare', answer: 'no', comment: `${comment}z` }, known),
    ).toEqual({ problem: 'comment-too-long' });
  });

  it('names the first problem: unknown page, honeypot, then a missing or invalid answer', () => {
    expect(validateFields({ page: '/admin', answer: 'yes' }, known)).toEqual({
      problem: 'unknown-page',
    });
    expect(validateFields({ page: '/compare', answer: 'yes', website: 'x' }, known)).toEqual({
      problem: 'honeypot',
    });
    expect(validateFields({ page: '/compare', answer: 'maybe' }, known)).toEqual({
      problem: 'missing-answer',
    });
  });
});

describe('isCrossSite', () => {
  const h = (init: Record<string, string>) => new Headers({ host: 'needlewise.test', ...init });

  it('trusts Sec-Fetch-Site first: only same-origin (or a typed address) may post', () => {
    expect(isCrossSite(h({ 'sec-fetch-site': 'same-origin', origin: 'null' }))).toBe(false);
    expect(isCrossSite(h({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(
      isCrossSite(h({ 'sec-fetch-site': 'same-site', origin: 'https://needlewise.test' })),
    ).toBe(true);
  });

  it('falls back to Origin against Host when Sec-Fetch-Site is absent', () => {
    expect(isCrossSite(h({ origin: 'https://needlewise.test' }))).toBe(false);
    expect(isCrossSite(h({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSite(h({ origin: 'not a url' }))).toBe(true);
    expect(isCrossSite(h({}))).toBe(false);
  });
});

describe('rate limiter', () => {
  const start = Date.parse('2026-11-29T10:00:00Z');

  it('allows a few posts a minute per client, then answers with the seconds to wait', () => {
    const limiter = createRateLimiter({ posts: 2, windowMs: 60_000 });
    expect(limiter.check('203.0.113.7', start)).toEqual({ allowed: true });
    expect(limiter.check('203.0.113.7', start + 1_000)).toEqual({ allowed: true });
    expect(limiter.check('203.0.113.7', start + 15_500)).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
    });
    expect(limiter.check('198.51.100.2', start + 16_000)).toEqual({ allowed: true });
    expect(limiter.check('203.0.113.7', start + 60_000)).toEqual({ allowed: true });
  });

  it('keeps only salted hashes, and a new salt and empty counters each UTC day', () => {
    const salts = [Buffer.from('day one salt'), Buffer.from('day two salt')];
    const limiter = createRateLimiter(
      { posts: 1, windowMs: 60_000 },
      () => salts.shift() ?? Buffer.alloc(0),
    );
    const lateNight = Date.parse('2026-11-29T23:59:30Z');
    expect(limiter.check('203.0.113.7', lateNight)).toEqual({ allowed: true });
    const before = limiter.keys();
    expect(before).toHaveLength(1);
    expect(before.join()).not.toContain('203.0.113.7');
    expect(limiter.check('203.0.113.7', lateNight + 40_000)).toEqual({ allowed: true });
    expect(limiter.keys()).toHaveLength(1);
    expect(limiter.keys()).not.toEqual(before);
  });
});

describe('clientAddress', () => {
  it('takes the last X-Forwarded-For hop, the one the nearest proxy wrote', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.7' }))).toBe(
      '203.0.113.7',
    );
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});

describe('time kept', () => {
  it('keeps the hour and nothing finer, and a cutoff 12 months back', () => {
    expect(hourOf(new Date('2026-11-29T13:47:12.345Z'))).toBe('2026-11-29T13:00Z');
    expect(retentionCutoff(new Date('2026-11-29T13:47:12Z'))).toBe('2025-11-29T13:00Z');
  });
});

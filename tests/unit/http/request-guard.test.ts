import { describe, expect, it } from 'vitest';
import {
  POST_PATHS,
  allowedMethods,
  refuse as refuseIn,
  withoutTrailingSlash,
} from '@/lib/http/request-guard';
import { FIXTURE_INTERFACE_TEXT } from '../../fixtures/interface-text';

const words = FIXTURE_INTERFACE_TEXT.refusals;
const refuse = (method: string, path: string) => refuseIn(method, path, words);

describe('refuse', () => {
  it('lets GET and HEAD of well-formed paths through', () => {
    expect(refuse('GET', '/therapies/dry-needling')).toBeNull();
    expect(refuse('head', '/')).toBeNull();
    expect(refuse('GET', '/caf%C3%A9')).toBeNull();
  });

  it('answers OPTIONS with no content and other methods with 405', () => {
    expect(refuse('OPTIONS', '/')?.status).toBe(204);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE']) {
      expect(refuse(method, '/compare')?.status, method).toBe(405);
    }
  });

  it('lets POST through to the feedback endpoint only', () => {
    expect(POST_PATHS).toEqual(['/api/feedback']);
    expect(refuse('POST', '/api/feedback')).toBeNull();
    expect(allowedMethods('/api/feedback')).toEqual(['GET', 'HEAD', 'OPTIONS', 'POST']);
    expect(refuse('POST', '/api/feedback/')?.status).toBe(405);
    expect(refuse('POST', '/api/search')?.status).toBe(405);
    expect(refuse('PUT', '/api/feedback')?.status).toBe(405);
    expect(allowedMethods('/compare')).toEqual(['GET', 'HEAD', 'OPTIONS']);
  });

  it('refuses a path that cannot be percent-decoded with 400', () => {
    for (const path of ['/%', '/therapies/%ZZ', '/guides/%E0%A4%A']) {
      expect(refuse('GET', path)?.status, path).toBe(400);
    }
  });

  it('says why in the words of content/ (interface.refusals)', () => {
    expect(refuse('PUT', '/compare')?.body).toBe(
      'Fixture: this address only answers GET and HEAD.',
    );
    expect(refuse('GET', '/%')?.body).toBe('Fixture: this address is not correctly encoded.');
  });
});

describe('withoutTrailingSlash', () => {
  it('strips trailing slashes but leaves the root and clean paths alone', () => {
    expect(withoutTrailingSlash('/')).toBeNull();
    expect(withoutTrailingSlash('/compare')).toBeNull();
    expect(withoutTrailingSlash('/compare/')).toBe('/compare');
    expect(withoutTrailingSlash('/guides/x//')).toBe('/guides/x');
    expect(withoutTrailingSlash('///')).toBe('/');
  });

  it('never turns a path into an address on another site', () => {
    expect(withoutTrailingSlash('//example.com/')).toBe('/example.com');
    expect(withoutTrailingSlash('/\\example.com/')).toBe('/example.com');
  });
});

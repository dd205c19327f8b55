import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { register } from '@/instrumentation';

// The store as a broken content/ would leave it: loading it fails, naming file and field.
const loadContent = vi.fn(() => {
  throw new ContentError([
    { file: 'content/sources.json', field: 'sources[0].url', message: 'must be a web address' },
  ]);
});
vi.mock('@/lib/content/store', () => ({ loadContent }));
const getFeedbackStore = vi.fn(async () => undefined);
vi.mock('@/lib/feedback/server-store', () => ({ getFeedbackStore }));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  loadContent.mockClear();
  getFeedbackStore.mockClear();
});

describe('server start with broken content', () => {
  it('stops a production server, printing every problem with its file and field', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NODE_ENV', 'production');
    // process.exit never returns; the stand-in stops register() the same way, by throwing.
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('process.exit');
    });
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(register()).rejects.toThrow('process.exit');
    expect(getFeedbackStore).not.toHaveBeenCalled();
    expect(loadContent).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed).toHaveBeenCalledWith(
      'The server cannot start. Content has 1 problem:\n  content/sources.json: sources[0].url: must be a web address',
    );
  });

  it('in development, leaves the error standing (Next shows it) and opens no database', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NODE_ENV', 'development');
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    await expect(register()).rejects.toThrow('content/sources.json: sources[0].url');
    expect(exit).not.toHaveBeenCalled();
    expect(getFeedbackStore).not.toHaveBeenCalled();
  });

  it('with sound content, loads the store once, then opens the feedback database', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NODE_ENV', 'production');
    loadContent.mockImplementationOnce(() => undefined as never);
    await register();
    expect(loadContent).toHaveBeenCalledTimes(1);
    expect(getFeedbackStore).toHaveBeenCalledTimes(1);
  });

  it('checks nothing in the edge runtime, where the store is never loaded', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'edge');
    await register();
    expect(loadContent).not.toHaveBeenCalled();
  });
});

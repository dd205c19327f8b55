import { request as httpRequest } from 'node:http';

export const CONNECTION_CLOSED = -1;

export type RawResponse = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/**
 * One HTTP request with the path sent byte for byte. Playwright's `request` (like every URL
 * parser) would resolve `/../` and re-encode `%`, so the attacks the server must survive need this.
 */
export function rawRequest(
  baseURL: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { hostname, port, method, path, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // A server may refuse an oversized request by closing the socket while it is still being
      // sent; that is a refusal, reported as CONNECTION_CLOSED, not a crash.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') {
        resolve({ status: CONNECTION_CLOSED, headers: {}, body: '' });
      } else reject(error);
    });
    outgoing.end(body);
  });
}

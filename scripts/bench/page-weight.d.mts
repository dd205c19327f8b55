export function rscPayloadBytes(html: string): number;
export function htmlWeight(html: string): {
  htmlRaw: number;
  htmlGzip: number;
  rscBytes: number;
  rscShare: number;
};
export function scriptSources(html: string): string[];

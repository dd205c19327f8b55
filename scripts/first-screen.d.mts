export const FIRST_SCREEN_TEXT: number;
export function firstScreenHtml(html: string, budget?: number): string;
export function matchableSelector(selector: string): string;
export function firstScreenCss(css: string): string;

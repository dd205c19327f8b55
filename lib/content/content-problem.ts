/** One thing wrong with one document, said so an editor can find and fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

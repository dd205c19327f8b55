import { z } from 'zod';
import {
  RETIRED_CHOICES,
  SAFETY_IDS,
  SEEING_IDS,
  WANT_IDS,
  type QuestionKey,
  type RetiredChoice,
  type RetiredQuestion,
} from './helper-questions';

/** The hidden field the form always sends, so an empty submission still gets a (gentle) answer. */
export const ASKED_KEY = 'show';
export const ASKED_VALUE = 'answer';

/**
 * What the query string means once every value has been checked. Types come from here. The bother
 * and warning ids come from the content (profiles, content/site-text.yaml).
 */
export function makeAnswersSchema(botherIds: readonly string[], warningIds: readonly string[]) {
  return z.strictObject({
    asked: z.boolean(),
    bother: z.enum(botherIds as [string, ...string[]]).optional(),
    want: z.enum(WANT_IDS).optional(),
    seeing: z.enum(SEEING_IDS).optional(),
    safety: z.array(z.enum(SAFETY_IDS)),
    warning: z.array(z.enum(warningIds as [string, ...string[]])),
  });
}

export type Answers = z.infer<ReturnType<typeof makeAnswersSchema>>;

/** What Next.js hands a page as `searchParams`. */
export const RawQuerySchema = z.record(
  z.string(),
  z.union([z.string(), z.array(z.string())]).optional(),
);
export type RawQuery = z.infer<typeof RawQuerySchema>;

/**
 * A value in a link that we could not use. The page says so in words from content
 * (`helper.problems`); nothing is thrown.
 */
export type HelperProblem =
  | { kind: 'unreadable' }
  | { kind: 'several' | 'repeated' | 'damaged'; question: QuestionKey }
  /** `value` is only ever a short id-shaped string: never markup or long text. */
  | { kind: 'not-a-choice'; question: QuestionKey; value: string }
  | { kind: 'retired'; question: RetiredQuestion; value: RetiredChoice };

export interface ParsedHelperQuery {
  answers: Answers;
  problems: HelperProblem[];
}

const SINGLE: readonly QuestionKey[] = ['bother', 'want', 'seeing'];
const MULTI: readonly QuestionKey[] = ['safety', 'warning'];
/** Longest value we ever quote back; anything longer is not one of our ids anyway. */
const ECHO_LIMIT = 40;
const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const asList = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function unusable(question: QuestionKey, value: string): HelperProblem {
  // Only quote values that look like our ids, and only short ones: never echo markup or long text.
  if (value.length <= ECHO_LIMIT && ID_SHAPE.test(value)) {
    return { kind: 'not-a-choice', question, value };
  }
  return { kind: 'damaged', question };
}

/** An old choice of this question, if the value is one (own ids only: a link could say `seeing=constructor`). */
function retiredProblem(question: QuestionKey, value: string): HelperProblem | undefined {
  if (!Object.hasOwn(RETIRED_CHOICES, question)) return undefined;
  const retired: readonly string[] = RETIRED_CHOICES[question as RetiredQuestion];
  return retired.includes(value)
    ? { kind: 'retired', question: question as RetiredQuestion, value: value as RetiredChoice }
    : undefined;
}

/**
 * Reads the helper's answers from a URL query. Unknown, repeated or malformed values never throw:
 * each becomes a problem message and is left out. Other parameters are ignored.
 */
export function parseHelperQuery(
  raw: unknown,
  botherIds: readonly string[],
  warningIds: readonly string[],
): ParsedHelperQuery {
  const schema = makeAnswersSchema(botherIds, warningIds);
  const problems: HelperProblem[] = [];
  const rawQuery = RawQuerySchema.safeParse(raw);
  const query: RawQuery = rawQuery.success ? rawQuery.data : {};
  if (!rawQuery.success) problems.push({ kind: 'unreadable' });

  const shape = schema.shape;
  const draft: Answers = {
    asked: asList(query[ASKED_KEY]).includes(ASKED_VALUE),
    safety: [],
    warning: [],
  };

  for (const key of SINGLE) {
    const values = [...new Set(asList(query[key]).filter((value) => value !== ''))];
    if (values.length > 1) {
      problems.push({ kind: 'several', question: key });
      continue;
    }
    const [value] = values;
    if (value === undefined) continue;
    const parsed = shape[key as 'bother' | 'want' | 'seeing'].safeParse(value);
    if (parsed.success) Object.assign(draft, { [key]: parsed.data });
    else problems.push(retiredProblem(key, value) ?? unusable(key, value));
  }

  for (const key of MULTI) {
    const values = asList(query[key]).filter((value) => value !== '');
    const unique = [...new Set(values)];
    if (unique.length < values.length) {
      problems.push({ kind: 'repeated', question: key });
    }
    const element = shape[key as 'safety' | 'warning'].element;
    const kept: string[] = [];
    for (const value of unique) {
      const parsed = element.safeParse(value);
      if (parsed.success) kept.push(parsed.data);
      else problems.push(unusable(key, value));
    }
    Object.assign(draft, { [key]: kept });
  }

  // The draft was built from checked parts; the full parse keeps the type honest.
  return { answers: schema.parse(draft), problems };
}

/** True when the person told us anything at all. */
export function hasAnyAnswer(answers: Answers): boolean {
  return Boolean(
    answers.bother ||
    answers.want ||
    answers.seeing ||
    answers.safety.length ||
    answers.warning.length,
  );
}

/** The shareable query string for a set of answers (the same one the GET form produces). */
export function answersToQuery(answers: Answers): string {
  const params = new URLSearchParams();
  params.set(ASKED_KEY, ASKED_VALUE);
  if (answers.bother) params.set('bother', answers.bother);
  if (answers.want) params.set('want', answers.want);
  if (answers.seeing) params.set('seeing', answers.seeing);
  for (const id of answers.safety) params.append('safety', id);
  for (const id of answers.warning) params.append('warning', id);
  return params.toString();
}

/** Every parameter the helper reads; a link's other parameters are ignored. */
export const HELPER_PARAMS = [ASKED_KEY, 'bother', 'want', 'seeing', 'safety', 'warning'] as const;

/** Longer than any id, and past ECHO_LIMIT, so a cut value reads exactly as the whole one did. */
const KEPT_VALUE_LENGTH = 100;
/** More answers than the form can send; the rest of a longer link changes nothing we could say. */
const KEPT_VALUES = 40;

/** A link's answers as `[name, value]` pairs: the helper's parameters only, in order, trimmed. */
export const HelperEntriesSchema = z.array(z.tuple([z.string(), z.string()])).max(KEPT_VALUES);
export type HelperEntries = z.infer<typeof HelperEntriesSchema>;

export function helperEntries(params: URLSearchParams): HelperEntries {
  return [...params]
    .filter(([name]) => (HELPER_PARAMS as readonly string[]).includes(name))
    .slice(0, KEPT_VALUES)
    .map(([name, value]) => [name, value.slice(0, KEPT_VALUE_LENGTH)]);
}

/** The same pairs in the shape Next hands a page as `searchParams`. */
export function entriesToQuery(entries: HelperEntries): RawQuery {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of entries) {
    const seen = query[name];
    query[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

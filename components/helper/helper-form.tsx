import type { Answers } from '@/lib/helper/helper-query';
import { ASKED_KEY, ASKED_VALUE } from '@/lib/helper/helper-query';
import { SAFETY_IDS, SEEING_IDS, WANT_IDS, type BotherChoice } from '@/lib/helper/helper-questions';
import type { SiteText } from '@/lib/schemas/site-text';
import type { HelperText } from '@/lib/schemas/text/helper-text';
import { HelperFormEnhancer } from './helper-form-enhancer';

/** One question: a fieldset of radio buttons (pick one) or checkboxes (tick any). */
function Question({
  legend,
  hint,
  type,
  name,
  choices,
  chosen,
}: {
  legend: string;
  hint?: string;
  type: 'radio' | 'checkbox';
  name: string;
  choices: readonly { id: string; label: string }[];
  /** The ids already chosen, from the URL, so a shared answer shows its own form. */
  chosen: readonly string[];
}) {
  return (
    <fieldset className="mt-6 rounded-md border border-line bg-surface p-4">
      <legend className="px-1 text-lg font-bold">{legend}</legend>
      {hint && <p className="mb-2 text-base text-muted">{hint}</p>}
      <ul className="space-y-1">
        {choices.map((choice) => {
          const inputId = `${name}-${choice.id}`;
          return (
            <li key={choice.id} className="flex items-start gap-3">
              <input
                type={type}
                name={name}
                id={inputId}
                value={choice.id}
                defaultChecked={chosen.includes(choice.id)}
                className="mt-1 size-6 shrink-0 accent-brand"
              />
              <label htmlFor={inputId} className="flex-1 py-0.5">
                {choice.label}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

const one = (value: string | undefined) => (value ? [value] : []);

/** A fixed question's ids, in the code's order, with their words from content. */
const choicesOf = <T extends string>(ids: readonly T[], words: Readonly<Record<T, string>>) =>
  ids.map((id) => ({ id, label: words[id] }));

/** The helper's questions as a plain GET form: it works the same with or without JavaScript. */
export function HelperForm({
  action,
  answers,
  botherChoices,
  warningChoices,
  hints,
  text,
}: {
  action: string;
  answers: Answers;
  botherChoices: readonly BotherChoice[];
  /** The warning signs, from content/warning-signs.yaml. */
  warningChoices: readonly { id: string; label: string }[];
  hints: SiteText['helperHints'];
  text: HelperText;
}) {
  const { questions } = text;
  return (
    <HelperFormEnhancer action={action} status={text.form}>
      <input type="hidden" name={ASKED_KEY} value={ASKED_VALUE} />
      <Question
        legend={questions.bother.legend}
        hint={questions.bother.hint}
        type="radio"
        name="bother"
        choices={botherChoices}
        chosen={one(answers.bother)}
      />
      <Question
        legend={questions.want.legend}
        hint={questions.want.hint}
        type="radio"
        name="want"
        choices={choicesOf(WANT_IDS, questions.want.choices)}
        chosen={one(answers.want)}
      />
      <Question
        legend={questions.seeing.legend}
        hint={questions.seeing.hint}
        type="radio"
        name="seeing"
        choices={choicesOf(SEEING_IDS, questions.seeing.choices)}
        chosen={one(answers.seeing)}
      />
      <Question
        legend={questions.safety.legend}
        hint={questions.safety.hint ?? hints.safety}
        type="checkbox"
        name="safety"
        choices={choicesOf(SAFETY_IDS, questions.safety.choices)}
        chosen={answers.safety}
      />
      <Question
        legend={questions.warning.legend}
        hint={questions.warning.hint ?? hints.warning}
        type="checkbox"
        name="warning"
        choices={warningChoices}
        chosen={answers.warning}
      />
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-brand px-5 py-3 text-lg font-bold text-brand-ink hover:underline"
        >
          {text.form.submit}
        </button>
        <a href={action} className="py-3 underline">
          {text.form.startAgain}
        </a>
      </div>
    </HelperFormEnhancer>
  );
}

import type { ReactNode } from 'react';
import type { Answers } from '@/lib/helper-query';
import { ASKED_KEY, ASKED_VALUE } from '@/lib/helper-query';
import {
  QUESTION_LABELS,
  SAFETY_CHOICES,
  SEEING_CHOICES,
  WANT_CHOICES,
  WARNING_CHOICES,
  type BotherChoice,
} from '@/lib/helper-questions';
import { HelperFormEnhancer } from './helper-form-enhancer';

function Question({
  legend,
  hint,
  children,
}: {
  legend: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="mt-6 rounded-md border border-line bg-surface p-4">
      <legend className="px-1 text-lg font-bold">{legend}</legend>
      {hint && <p className="mb-2 text-base text-muted">{hint}</p>}
      <ul className="space-y-1">{children}</ul>
    </fieldset>
  );
}

function Choice({
  type,
  name,
  id,
  label,
  checked,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  id: string;
  label: string;
  checked: boolean;
}) {
  const inputId = `${name}-${id}`;
  return (
    <li className="flex items-start gap-3">
      <input
        type={type}
        name={name}
        id={inputId}
        value={id}
        defaultChecked={checked}
        className="mt-1 size-6 shrink-0 accent-brand"
      />
      <label htmlFor={inputId} className="flex-1 py-0.5">
        {label}
      </label>
    </li>
  );
}

/** The helper's questions as a plain GET form: it works the same with or without JavaScript. */
export function HelperForm({
  action,
  answers,
  botherChoices,
}: {
  action: string;
  answers: Answers;
  botherChoices: readonly BotherChoice[];
}) {
  return (
    <HelperFormEnhancer action={action}>
      <input type="hidden" name={ASKED_KEY} value={ASKED_VALUE} />
      <Question legend={QUESTION_LABELS.bother} hint="Choose the one that fits best.">
        {botherChoices.map((choice) => (
          <Choice
            key={choice.id}
            type="radio"
            name="bother"
            {...choice}
            checked={answers.bother === choice.id}
          />
        ))}
      </Question>
      <Question legend={QUESTION_LABELS.want}>
        {WANT_CHOICES.map((choice) => (
          <Choice
            key={choice.id}
            type="radio"
            name="want"
            {...choice}
            checked={answers.want === choice.id}
          />
        ))}
      </Question>
      <Question legend={QUESTION_LABELS.seeing}>
        {SEEING_CHOICES.map((choice) => (
          <Choice
            key={choice.id}
            type="radio"
            name="seeing"
            id={choice.id}
            label={choice.label}
            checked={answers.seeing === choice.id}
          />
        ))}
      </Question>
      <Question
        legend={QUESTION_LABELS.safety}
        hint="Tick any that apply. These do not rule you out; they are things to tell the practitioner first."
      >
        {SAFETY_CHOICES.map((choice) => (
          <Choice
            key={choice.id}
            type="checkbox"
            name="safety"
            {...choice}
            checked={answers.safety.includes(choice.id)}
          />
        ))}
      </Question>
      <Question
        legend={QUESTION_LABELS.warning}
        hint="Tick any you have now. If you have chest pain or trouble breathing right now, call 911 or your local emergency number."
      >
        {WARNING_CHOICES.map((choice) => (
          <Choice
            key={choice.id}
            type="checkbox"
            name="warning"
            id={choice.id}
            label={choice.label}
            checked={answers.warning.includes(choice.id)}
          />
        ))}
      </Question>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-brand px-5 py-3 text-lg font-bold text-brand-ink hover:underline"
        >
          Show my answer
        </button>
        <a href={action} className="py-3 underline">
          Start again
        </a>
      </div>
    </HelperFormEnhancer>
  );
}

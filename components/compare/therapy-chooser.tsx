'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { COMPARE_PATH, selectionPath } from '@/lib/compare/pair-paths';
import type { ComparisonColumn } from '@/lib/compare/comparison-rows';

type Choice = Pick<ComparisonColumn, 'slug' | 'name'>;

function TherapySelect({
  id,
  label,
  columns,
  chosen,
}: {
  id: string;
  label: string;
  columns: readonly Choice[];
  chosen: string | undefined;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select
        id={id}
        name="therapies"
        defaultValue={chosen}
        className="min-h-11 rounded-md border border-line bg-page px-3 text-ink"
      >
        {columns.map((column) => (
          <option key={column.slug} value={column.slug}>
            {column.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Pick two therapies to see side by side. Without JavaScript it is a plain GET form to /compare,
 * which sends the choice on to its prerendered page; with JavaScript it goes straight there.
 */
export function TherapyChooser({
  columns,
  chosen,
  words,
}: {
  columns: readonly Choice[];
  chosen: readonly string[];
  words: { legend: string; first: string; second: string; submit: string; seeAll: string };
}) {
  const router = useRouter();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const picked = new FormData(event.currentTarget).getAll('therapies').map(String);
    const path = selectionPath(
      picked,
      columns.map((column) => column.slug),
    );
    // The same therapy twice has no page: let the form submit, and the server explains.
    if (!path) return;
    event.preventDefault();
    router.push(path);
  }

  return (
    <form
      method="get"
      action={COMPARE_PATH}
      onSubmit={onSubmit}
      className="no-print rounded-lg border border-line bg-surface p-4"
    >
      <fieldset>
        <legend className="font-semibold">{words.legend}</legend>
        <div className="mt-2 flex flex-wrap items-end gap-4">
          <TherapySelect
            id="compare-first"
            label={words.first}
            columns={columns}
            chosen={chosen[0] ?? columns[0]?.slug}
          />
          <TherapySelect
            id="compare-second"
            label={words.second}
            columns={columns}
            chosen={chosen[1] ?? columns[1]?.slug}
          />
          <button
            type="submit"
            className="min-h-11 rounded-md bg-brand px-4 py-2 font-semibold text-brand-ink"
          >
            {words.submit}
          </button>
        </div>
      </fieldset>
      {chosen.length > 0 && (
        <p className="mt-3">
          <Link href={COMPARE_PATH} className="underline">
            {words.seeAll}
          </Link>
        </p>
      )}
    </form>
  );
}

import type { ComparisonColumn } from '@/lib/comparison';
import { MIN_COLUMNS } from '@/lib/compare-query';

/** A plain GET form: ticking boxes and pressing the button reloads /compare with those columns. */
export function TherapyChooser({
  columns,
  chosen,
}: {
  columns: readonly Pick<ComparisonColumn, 'slug' | 'name'>[];
  chosen: readonly string[];
}) {
  return (
    <form
      method="get"
      action="/compare"
      className="no-print rounded-lg border border-line bg-surface p-4"
    >
      <fieldset>
        <legend className="font-semibold">
          Choose at least {MIN_COLUMNS} therapies to compare
        </legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {columns.map((column) => (
            <label key={column.slug} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="therapies"
                value={column.slug}
                defaultChecked={chosen.includes(column.slug)}
                className="size-5"
              />
              {column.name}
            </label>
          ))}
        </div>
      </fieldset>
      <button
        type="submit"
        className="mt-3 min-h-11 rounded-md bg-brand px-4 py-2 font-semibold text-brand-ink"
      >
        Compare these
      </button>
    </form>
  );
}

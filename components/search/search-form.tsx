import { MAX_QUERY_LENGTH } from '@/lib/search/query';

/** A plain GET search form: works without JavaScript and lands on /search. */
export function SearchForm({
  id,
  label,
  button,
  showLabel = false,
  className = '',
}: {
  id: string;
  label: string;
  /** The button's word (content/site-text.yaml `search.button`), also the box's placeholder. */
  button: string;
  showLabel?: boolean;
  className?: string;
}) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label={label}
      className={`flex flex-wrap gap-1 ${className}`}
    >
      <label htmlFor={id} className={showLabel ? 'w-full font-semibold' : 'sr-only'}>
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        {...(showLabel ? {} : { placeholder: button })}
        maxLength={MAX_QUERY_LENGTH}
        className="w-32 rounded border border-line bg-page px-2 py-1 text-base text-ink placeholder:text-muted sm:w-40"
      />
      <button
        type="submit"
        className="rounded bg-brand px-3 py-1 text-base font-semibold text-brand-ink"
      >
        {button}
      </button>
    </form>
  );
}

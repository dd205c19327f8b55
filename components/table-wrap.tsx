import type { TableHTMLAttributes } from 'react';

/** Wide tables scroll inside their own focusable region so the page never scrolls sideways. */
export function TableWrap(props: TableHTMLAttributes<HTMLTableElement>) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div role="region" aria-label="Table" tabIndex={0} className="my-6 max-w-full overflow-x-auto">
      <table {...props} className="my-0" />
    </div>
  );
}

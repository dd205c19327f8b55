import { fillText } from '@/lib/site/fill-template';
import { Children, isValidElement, type ReactNode, type TableHTMLAttributes } from 'react';

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/** The column headings of a table's first row: a region name that differs from table to table. */
export function columnHeadings(children: ReactNode): string[] {
  const headings: string[] = [];
  const walk = (node: ReactNode, inHead: boolean) => {
    Children.forEach(node, (child) => {
      if (!isValidElement<{ children?: ReactNode }>(child)) return;
      if (inHead && child.type === 'th') {
        const text = textOf(child.props.children).trim();
        if (text) headings.push(text);
        return;
      }
      walk(child.props.children, inHead || child.type === 'thead');
    });
  };
  walk(children, false);
  return headings;
}

/** A table region's name (content/site-text.yaml, `evidence.mdx`): bare, or with its headings. */
export interface TableWords {
  table: string;
  tableNamed: string;
}

/** Wide tables scroll inside their own focusable region so the page never scrolls sideways. */
export function TableWrap({
  words,
  ...props
}: TableHTMLAttributes<HTMLTableElement> & { words: TableWords }) {
  const headings = columnHeadings(props.children);
  const label =
    headings.length > 0
      ? fillText(words.tableNamed, { headings: headings.join(', ') })
      : words.table;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div role="region" aria-label={label} tabIndex={0} className="my-6 max-w-full overflow-x-auto">
      <table {...props} className="my-0" />
    </div>
  );
}

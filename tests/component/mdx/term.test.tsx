import { fireEvent, render as renderPlain, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Term } from '@/components/mdx/term';
import { render } from '../render-with-words';

/** The glossary entry the page's loader hands the term: fixture words, not the real glossary's. */
const ENTRY = { term: 'Trigger point', definition: 'Fixture: a tight, tender spot in a muscle.' };

function renderTerm() {
  render(
    <p>
      A{' '}
      <Term id="trigger-point" entry={ENTRY}>
        trigger point
      </Term>{' '}
      hurts.
    </p>,
  );
  return screen.getByRole('link', { name: 'trigger point' });
}

/** Whether the last click would have left the page; jsdom cannot navigate, so none is allowed to. */
function click(link: HTMLElement): boolean {
  let navigates = false;
  const record = (event: Event) => {
    navigates = !event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', record);
  fireEvent.click(link);
  document.removeEventListener('click', record);
  return navigates;
}

function tap(link: HTMLElement): boolean {
  fireEvent.pointerDown(link, { pointerType: 'touch' });
  return click(link);
}

describe('<Term>', () => {
  it('links to the glossary entry and is described by its definition', () => {
    const link = renderTerm();
    expect(link).toHaveAttribute('href', '/glossary#trigger-point');
    expect(link).toHaveAccessibleDescription(
      'Trigger point: Fixture: a tight, tender spot in a muscle.',
    );
    expect(screen.getByRole('tooltip', { hidden: true })).toHaveTextContent(/tight, tender spot/);
  });

  it('shows the definition on the first tap instead of leaving the page, and follows the link on the second', () => {
    const link = renderTerm();
    const wrapper = link.parentElement as HTMLElement;
    expect(wrapper).not.toHaveAttribute('data-open');
    expect(tap(link)).toBe(false);
    expect(wrapper).toHaveAttribute('data-open');
    expect(tap(link)).toBe(true);
  });

  it('never holds back a mouse click or a keyboard Enter', () => {
    const link = renderTerm();
    fireEvent.pointerDown(link, { pointerType: 'mouse' });
    expect(click(link)).toBe(true);
    expect(click(link)).toBe(true);
  });

  it('hides the definition on Escape and closes a tapped one when focus moves on', () => {
    const link = renderTerm();
    const wrapper = link.parentElement as HTMLElement;
    tap(link);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(wrapper).toHaveAttribute('data-dismissed');
    expect(wrapper).not.toHaveAttribute('data-open');
    fireEvent.focusIn(link);
    expect(wrapper).not.toHaveAttribute('data-dismissed');
    tap(link);
    fireEvent.focusOut(link);
    expect(wrapper).not.toHaveAttribute('data-open');
  });

  it('is server markup that carries its definition once and no script of its own', () => {
    const html = renderToString(
      <Term id="trigger-point" entry={ENTRY}>
        trigger point
      </Term>,
    );
    expect(html).toContain('href="/glossary#trigger-point"');
    expect(html.match(/tight, tender spot/g)).toHaveLength(1);
  });

  it('fails loudly for a term that is not in the glossary', () => {
    expect(() =>
      renderPlain(
        <Term id="moxa" entry={undefined}>
          moxa
        </Term>,
      ),
    ).toThrow('<Term id="moxa"> is not in the glossary');
  });
});

import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8 text-base text-muted">
        <p>
          <strong className="text-ink">This site is for information only.</strong> It does not give
          medical advice and cannot tell you what is right for your own health. Talk to your doctor
          or another qualified health professional before you start any treatment. In an emergency,
          call 911 or your local emergency number.
        </p>
        <p>No ads, no tracking, no cookies.</p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/about">About and editorial policy</Link>
            </li>
            <li>
              <Link href="/sources">Sources</Link>
            </li>
            <li>
              <Link href="/glossary">Glossary</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

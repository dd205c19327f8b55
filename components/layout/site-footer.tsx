import Link from 'next/link';
import { CHANGES_PATH } from '@/lib/changes/change-lists';
import { getSiteText } from '@/lib/content/store';

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8 text-base text-muted">
        <p className="text-ink">{getSiteText().disclaimer.short}</p>
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
            <li>
              <Link href={CHANGES_PATH}>{getSiteText().changeLog.footerLink}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

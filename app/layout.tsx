import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { StaticPart } from '@/app/_static/static-part';
import { CitationController } from '@/components/evidence/citation-controller';
import { HydrationMarker } from '@/components/layout/hydration-marker';
import { loadChrome } from '@/lib/content/pages/chrome';
import { SITE_NAME, SITE_URL } from '@/lib/site/site-config';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: loadChrome().title, template: `%s | ${SITE_NAME}` },
  description: loadChrome().description,
  applicationName: SITE_NAME,
  alternates: { canonical: '/' },
  // The icon set lives in public/; /icon.svg is app/icon.svg, and app/manifest.ts makes the manifest
  // (Next links it) from the words in content/.
  icons: {
    icon: [{ url: '/icon.svg', type: 'image/svg+xml' }],
    apple: '/icons/apple-touch-icon-v1-180.png',
  },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#12171d' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const chrome = loadChrome();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2"
        >
          {chrome.skipLink}
        </a>
        <StaticPart name="site-header" />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          <CitationController words={chrome.evidence}>{children}</CitationController>
        </main>
        <StaticPart name="site-footer" />
        <HydrationMarker />
      </body>
    </html>
  );
}

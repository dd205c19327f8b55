import { ImageResponse } from 'next/og';

export const OG_SIZE = { width: 1200, height: 630 };
export const OG_CONTENT_TYPE = 'image/png';

/**
 * The sharing card for one page. It uses ImageResponse's bundled font only: nothing is fetched,
 * at build time or ever.
 */
export function ogCard({
  eyebrow,
  title,
  summary,
  site,
}: {
  eyebrow: string;
  title: string;
  summary?: string;
  /** The site's name and tagline at the card's foot (cardWords() in lib/content/pages/chrome.ts). */
  site: { siteName: string; tagline: string };
}) {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#fbfaf7',
        color: '#1c2430',
        borderTop: '24px solid #0f5c55',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div
          style={{ fontSize: 32, color: '#0f5c55', textTransform: 'uppercase', letterSpacing: 2 }}
        >
          {eyebrow}
        </div>
        <div style={{ fontSize: title.length > 50 ? 60 : 76, lineHeight: 1.1, marginTop: 16 }}>
          {title}
        </div>
        {summary && (
          <div style={{ fontSize: 32, lineHeight: 1.35, marginTop: 28, color: '#4a5565' }}>
            {summary}
          </div>
        )}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', fontSize: 28 }}>
        <span style={{ color: '#0f5c55', fontSize: 44 }}>{site.siteName}</span>
        <span style={{ marginTop: 4, color: '#4a5565' }}>{site.tagline}</span>
      </div>
    </div>,
    OG_SIZE,
  );
}

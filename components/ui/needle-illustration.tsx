import type { NeedleIllustrationText } from '@/lib/schemas/text/pages-text';

type Words = NeedleIllustrationText;

const ACUPUNCTURE_POINTS = [80, 140, 200, 260];

function DryNeedlingPanel({ words }: { words: Words }) {
  return (
    <>
      {/* Dry needling: a muscle with one taut band and a trigger point in it. */}
      <g>
        <text x="16" y="24" className="fill-dn" fontSize="18" fontWeight="700">
          {words.dryNeedling}
        </text>
        <rect x="16" y="78" width="288" height="12" rx="6" className="fill-line" />
        <path
          d="M16 96 Q160 84 304 96 L304 160 Q160 176 16 160 Z"
          className="fill-dn stroke-dn"
          fillOpacity="0.1"
          strokeWidth="1.5"
        />
        {[108, 120, 144, 152].map((y) => (
          <path
            key={y}
            d={`M28 ${y} Q160 ${y - 6} 292 ${y}`}
            className="stroke-muted"
            fill="none"
            strokeOpacity="0.45"
            strokeWidth="1.2"
          />
        ))}
        <path
          d="M28 132 Q160 126 292 132"
          className="stroke-dn"
          fill="none"
          strokeWidth="9"
          strokeOpacity="0.45"
          strokeLinecap="round"
        />
        <circle
          cx="182"
          cy="129"
          r="15"
          className="stroke-dn"
          fill="none"
          strokeWidth="1.5"
          strokeDasharray="3 3"
        />
        <circle cx="182" cy="129" r="7.5" className="fill-dn" />
        <line
          x1="168"
          y1="44"
          x2="180"
          y2="124"
          className="stroke-ink"
          strokeWidth="2"
          strokeLinecap="round"
        />
        <line
          x1="164"
          y1="18"
          x2="168.5"
          y2="47"
          className="stroke-ink"
          strokeWidth="6"
          strokeLinecap="round"
        />
        <line x1="214" y1="60" x2="192" y2="117" className="stroke-ink" strokeWidth="1" />
        <text x="206" y="54" className="fill-ink" fontSize="15">
          {words.triggerPoint}
        </text>
        <line x1="60" y1="176" x2="60" y2="136" className="stroke-ink" strokeWidth="1" />
        <text x="16" y="192" className="fill-ink" fontSize="15">
          {words.tautBand}
        </text>
      </g>
    </>
  );
}

function AcupuncturePanel({ words }: { words: Words }) {
  return (
    <>
      {/* Acupuncture: several needles at points along a meridian line. */}
      <g>
        <line x1="16" y1="214" x2="304" y2="214" className="stroke-line" strokeWidth="1" />
        <text x="16" y="246" className="fill-ac" fontSize="18" fontWeight="700">
          {words.acupuncture}
        </text>
        <rect
          x="16"
          y="300"
          width="288"
          height="64"
          rx="32"
          className="fill-ac stroke-ac"
          fillOpacity="0.1"
          strokeWidth="1.5"
        />
        <path
          d="M36 334 Q160 322 284 334"
          className="stroke-ac"
          fill="none"
          strokeWidth="2.5"
          strokeDasharray="7 5"
        />
        {ACUPUNCTURE_POINTS.map((x) => {
          const y = 334 - 12 * (1 - ((x - 160) / 124) ** 2);
          return (
            <g key={x}>
              <line
                x1={x}
                y1="270"
                x2={x}
                y2={y - 2}
                className="stroke-ink"
                strokeWidth="2"
                strokeLinecap="round"
              />
              <line
                x1={x}
                y1="258"
                x2={x}
                y2="272"
                className="stroke-ink"
                strokeWidth="6"
                strokeLinecap="round"
              />
              <circle cx={x} cy={y} r="5" className="fill-ac" />
            </g>
          );
        })}
        <text x="16" y="392" className="fill-ink" fontSize="15">
          {words.meridian}
        </text>
      </g>
    </>
  );
}

/**
 * Where each therapy puts its needles, drawn as two stacked panels so it stays legible at phone
 * width. Colours come from the theme's CSS variables, so it follows the light and dark schemes.
 */
export function NeedleIllustration({
  id = 'needle-illustration',
  className,
  words,
}: {
  id?: string;
  className?: string;
  /** Its title, description and labels (content/site-text.yaml, pages.needles). */
  words: Words;
}) {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox="0 0 320 410"
      className={`needle-illustration h-auto w-full ${className ?? 'max-w-sm'}`}
      data-testid="needle-illustration"
    >
      <title id={titleId}>{words.title}</title>
      <desc id={descId}>{words.description}</desc>

      <DryNeedlingPanel words={words} />
      <AcupuncturePanel words={words} />
    </svg>
  );
}

import type { Segment } from '@/lib/search/schema';

/** Snippet runs as text nodes and <mark>s: whatever the text holds, it is never parsed as HTML. */
export function SearchSnippet({ segments }: { segments: readonly Segment[] }) {
  return (
    <p className="mt-1">
      {segments.map((segment, index) =>
        segment.mark ? (
          <mark key={index} className="rounded-sm bg-urgent-bg px-0.5 font-semibold text-ink">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

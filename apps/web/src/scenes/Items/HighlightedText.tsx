import { splitHighlights } from '../../lib/highlight.ts';
import { type MarkInfo, markClass, markSpans } from '../../lib/item-marks.ts';
import type { IndicatorHit, SelectorHit } from '../../lib/types.ts';

/**
 * Scraped text, highlighted by slicing it at the analysis offsets into text nodes and <mark>s.
 * React escapes every string: nothing in the text can become markup, a script or a link.
 */
export function HighlightedText({
  text,
  title,
  selectors,
  indicators,
}: {
  text: string;
  title: string | null;
  selectors: readonly SelectorHit[];
  indicators: readonly IndicatorHit[];
}) {
  const segments = splitHighlights<MarkInfo>(text, markSpans(text, title, selectors, indicators));
  return (
    <div className="vigil-scraped-text" data-testid="item-text">
      {segments.map((segment) =>
        segment.marks.length === 0 ? (
          segment.text
        ) : (
          <mark
            key={segment.start}
            className={markClass(segment.marks)}
            title={segment.marks.map((m) => m.label).join('\n')}
            data-testid="highlight"
          >
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
}

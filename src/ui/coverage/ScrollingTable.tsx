import type { ComponentChildren } from 'preact';

/**
 * The box around a wide table, scrolled sideways on a narrow screen: a focusable region named by the table's
 * caption, so that a keyboard can scroll it too (WCAG 2.1.1).
 */
export function ScrollingTable({ captionId, children }: { captionId: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section class="table-defile" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}

import type { ComponentChildren } from 'preact';

/** One label/value line of a details list (inside a <dl>). */
export function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="ligne">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

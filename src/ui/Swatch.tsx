import { txt } from '../i18n/strings.ts';
import { THEME } from '../map/theme.ts';
import type { KindGroup } from '../schema.ts';

/** The map symbol of a kind of place, for the legend and lists (decorative: the text says the same). */
export function PlaceSwatch({ group, planned = false }: { group: KindGroup; planned?: boolean }) {
  const colour = THEME.groups[group];
  const shape = {
    fill: planned ? '#ffffff' : colour,
    stroke: planned ? colour : '#ffffff',
    'stroke-width': planned ? 3 : 1.5,
  };
  return (
    <svg class="pastille" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {THEME.groupShapes[group] === 'square' ? (
        <rect x="2" y="2" width="16" height="16" rx="3" {...shape} />
      ) : (
        <circle cx="10" cy="10" r="8" {...shape} />
      )}
      <text
        x="10"
        y="14"
        text-anchor="middle"
        font-size="10"
        font-weight="700"
        fill={planned ? colour : '#ffffff'}
      >
        {txt.groupLetters[group]}
      </text>
    </svg>
  );
}

export function AreaSwatch({
  colour,
  dashed = false,
  fill = true,
}: {
  colour: string;
  dashed?: boolean;
  fill?: boolean;
}) {
  return (
    <svg class="pastille" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect
        x="2"
        y="4"
        width="16"
        height="12"
        fill={fill ? colour : 'none'}
        fill-opacity={fill ? 0.35 : 0}
        stroke={colour}
        stroke-width="2"
        stroke-dasharray={dashed ? '4 2' : undefined}
      />
    </svg>
  );
}

export function DotSwatch({ colour, hollow = false }: { colour: string; hollow?: boolean }) {
  return (
    <svg class="pastille" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="5" fill={hollow ? '#ffffff' : colour} stroke={colour} stroke-width="2.5" />
    </svg>
  );
}

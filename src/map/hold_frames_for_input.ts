/**
 * The map waits while the person types or taps outside it: its frames (and the store's changes to it) are
 * held until the input has been quiet for a moment, so that a frame of the map — the first frames of a
 * starting map compile many shaders, which a cheap phone's GPU (or software WebGL) takes hundreds of
 * milliseconds to run — never lands between a keystroke and the suggestions it brings. Input on the map itself
 * (dragging, zooming, its keyboard controls) is never held, nor are controls the map follows live (sliders,
 * radio buttons moved with the arrow keys). A hold never lasts longer than MAX_HOLD_MS in a row,
 * so a long stretch of typing still sees the map catch up.
 */

/** After a keystroke in a text field: longer than the gap between two keystrokes of someone typing. */
export const TYPING_QUIET_MS = 400;
/** After a tap, a click, Enter, or Space on a button: the frame that answers it, and the one after. */
export const ACTION_QUIET_MS = 150;
/** The longest the map's frames are held in a row. */
export const MAX_HOLD_MS = 2000;

/** What counts of an input event: its type, its key, and whether it was typed into a text field. */
export interface InputFacts {
  type: string;
  key?: string;
  inTextField: boolean;
}

/**
 * How long the map holds its frames after an input outside it (ms; 0: not at all). Typing holds longest;
 * a tap or an activation key holds for its answer; moving a slider, ticking a box with the arrow keys or
 * moving the focus does not hold, so that the map follows such controls live.
 */
export function quietAfter(input: InputFacts): number {
  if (input.type === 'pointerdown') return ACTION_QUIET_MS;
  if (input.type === 'keydown' && input.key === 'Enter') return ACTION_QUIET_MS;
  if (input.inTextField && (input.type === 'keydown' || input.type === 'input')) return TYPING_QUIET_MS;
  return input.type === 'keydown' && input.key === ' ' ? ACTION_QUIET_MS : 0;
}

/**
 * The part of a MapLibre map this needs. `_render` is MapLibre's internal frame function (6.x): the one place
 * every frame goes through (triggerRepaint schedules it); there is no public way to hold frames.
 */
export interface RenderingMap {
  _render(paintStartTimeStamp: number): unknown;
  triggerRepaint(): void;
  on(type: 'resize', listener: () => void): unknown;
  off(type: 'resize', listener: () => void): unknown;
}

export interface FrameHold {
  /** an input outside the map, at time `at` (ms, the clock given to createFrameHold) */
  noteInput(input: InputFacts, at: number): void;
  /** runs `apply` now if the input is quiet, else once it is (in order, each once) */
  whenQuiet(apply: () => void): void;
  /** whether frames are held now */
  holding(): boolean;
  /** the next frame is drawn whatever the input (a resized canvas is blank until it is drawn) */
  drawNextFrame(): void;
  dispose(): void;
}

/**
 * Holds `map`'s frames while the inputs given to `noteInput` are recent. No DOM here: holdFramesForInput
 * feeds it the page's events; `now` is the clock (performance.now in the page, a fake one in the unit test).
 */
export function createFrameHold(map: RenderingMap, now: () => number): FrameHold {
  let quietAt = Number.NEGATIVE_INFINITY;
  let heldSince: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frameWanted = false;
  let mustDraw = false;
  const pending: (() => void)[] = [];

  const maxedOut = (t: number) => heldSince !== null && t - heldSince >= MAX_HOLD_MS;
  const isQuiet = (t: number) => t >= quietAt || maxedOut(t);

  const release = () => {
    for (const apply of pending.splice(0)) apply();
    if (frameWanted) {
      frameWanted = false;
      map.triggerRepaint();
    }
  };

  const schedule = () => {
    if (timer !== null) return;
    const t = now();
    const until = Math.min(quietAt, (heldSince ?? t) + MAX_HOLD_MS);
    timer = setTimeout(
      () => {
        timer = null;
        if (isQuiet(now())) release();
        else schedule();
      },
      Math.max(0, until - t),
    );
  };

  const render = map._render;
  map._render = function (this: RenderingMap, paintStartTimeStamp: number) {
    const t = now();
    if (!isQuiet(t) && !mustDraw) {
      heldSince ??= t;
      frameWanted = true;
      schedule();
      return this;
    }
    heldSince = null;
    mustDraw = false;
    return render.call(this, paintStartTimeStamp);
  };

  return {
    noteInput(input, at) {
      const quiet = quietAfter(input);
      if (quiet === 0) return;
      // a new burst of input starts the longest-hold clock again
      if (at >= quietAt) heldSince = at;
      else heldSince ??= at;
      quietAt = Math.max(quietAt, at + quiet);
    },
    whenQuiet(apply) {
      if (isQuiet(now())) {
        apply();
        return;
      }
      pending.push(apply);
      schedule();
    },
    holding: () => !isQuiet(now()),
    drawNextFrame() {
      mustDraw = true;
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending.length = 0;
      map._render = render;
    },
  };
}

const TEXT_INPUT = /^(text|search|email|url|tel|number|password)$/;

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT.test(target.type);
}

/** Holds `map`'s frames while the page's input outside `container` (the map's own element) is recent. */
export function holdFramesForInput(map: RenderingMap, container: HTMLElement): FrameHold {
  const now = () => performance.now();
  const hold = createFrameHold(map, now);
  // MapLibre redraws at once after a resize of its container (the resized canvas is blank until then)
  map.on('resize', hold.drawNextFrame);
  const onInput = (event: Event) => {
    if (event.target instanceof Node && container.contains(event.target)) return;
    hold.noteInput(
      {
        type: event.type,
        key: event instanceof KeyboardEvent ? event.key : undefined,
        inTextField: isTextField(event.target),
      },
      now(),
    );
  };
  const types = ['keydown', 'pointerdown', 'input'] as const;
  for (const type of types) document.addEventListener(type, onInput, { capture: true, passive: true });
  return {
    ...hold,
    dispose() {
      for (const type of types) document.removeEventListener(type, onInput, { capture: true });
      map.off('resize', hold.drawNextFrame);
      hold.dispose();
    },
  };
}

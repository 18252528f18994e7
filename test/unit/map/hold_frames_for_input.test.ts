// The map's frames wait while the person types or taps outside it (src/map/hold_frames_for_input.ts). A fake map
// counts the frames it really draws; the clock and timers are vitest's fake ones. Expected times are the
// module's constants added by hand (400 ms after a keystroke in a text field, 150 ms after a tap or Enter,
// 2,000 ms at most in a row).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createFrameHold,
  type FrameHold,
  type InputFacts,
  quietAfter,
  type RenderingMap,
} from '../../../src/map/hold_frames_for_input.ts';

const KEY: InputFacts = { type: 'keydown', key: 'a', inTextField: true };
const ENTER: InputFacts = { type: 'keydown', key: 'Enter', inTextField: true };
const TAP: InputFacts = { type: 'pointerdown', inTextField: false };

/** A stand-in for MapLibre's map: triggerRepaint schedules one frame (like requestAnimationFrame, 16 ms). */
function fakeMap() {
  const drawn: number[] = [];
  let scheduled = false;
  const map: RenderingMap = {
    _render(_ts: number) {
      drawn.push(Date.now());
      return map;
    },
    on: () => map,
    off: () => map,
    triggerRepaint() {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        map._render(Date.now());
      }, 16);
    },
  };
  return { map, drawn };
}

let hold: FrameHold;

/** A fake map with its frames held by a new FrameHold (in `hold`, disposed after each test). */
function heldMap() {
  const fake = fakeMap();
  hold = createFrameHold(fake.map, Date.now);
  return fake;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  hold?.dispose();
  vi.useRealTimers();
});

describe('quietAfter', () => {
  test('typing in a text field holds 400 ms; Enter, Space or a tap 150 ms', () => {
    expect(quietAfter(KEY)).toBe(400);
    expect(quietAfter({ type: 'input', inTextField: true })).toBe(400);
    expect(quietAfter({ type: 'keydown', key: 'ArrowDown', inTextField: true })).toBe(400);
    expect(quietAfter({ type: 'keydown', key: ' ', inTextField: true })).toBe(400);
    expect(quietAfter(ENTER)).toBe(150);
    expect(quietAfter({ type: 'keydown', key: ' ', inTextField: false })).toBe(150);
    expect(quietAfter(TAP)).toBe(150);
  });

  test('a slider moved, the arrow keys on a control or Tab do not hold: the map follows them live', () => {
    expect(quietAfter({ type: 'input', inTextField: false })).toBe(0);
    expect(quietAfter({ type: 'keydown', key: 'ArrowRight', inTextField: false })).toBe(0);
    expect(quietAfter({ type: 'keydown', key: 'Tab', inTextField: false })).toBe(0);
  });
});

describe('createFrameHold', () => {
  test('with no input, frames are drawn as they come', () => {
    const { map, drawn } = heldMap();
    map.triggerRepaint();
    vi.advanceTimersByTime(16);
    expect(drawn).toEqual([16]);
    expect(hold.holding()).toBe(false);
  });

  test('a frame asked for while the person types is drawn once the typing has been quiet for 400 ms', () => {
    const { map, drawn } = heldMap();
    hold.noteInput(KEY, 0);
    map.triggerRepaint(); // the frame would run at 16 ms
    vi.advanceTimersByTime(100);
    hold.noteInput(KEY, 100); // quiet from 500 ms
    vi.advanceTimersByTime(300); // 400 ms
    expect(drawn).toEqual([]);
    expect(hold.holding()).toBe(true);
    vi.advanceTimersByTime(100); // 500 ms: released, one frame later (16 ms) it is drawn
    expect(drawn).toEqual([]);
    vi.advanceTimersByTime(16);
    expect(drawn).toEqual([516]);
    expect(hold.holding()).toBe(false);
  });

  test('an input that does not hold leaves the frames alone', () => {
    const { map, drawn } = heldMap();
    hold.noteInput({ type: 'input', inTextField: false }, 0);
    map.triggerRepaint();
    vi.advanceTimersByTime(16);
    expect(drawn).toEqual([16]);
  });

  test('after Enter or a tap, only 150 ms', () => {
    const { map, drawn } = heldMap();
    hold.noteInput(TAP, 0);
    map.triggerRepaint();
    vi.advanceTimersByTime(200);
    expect(drawn).toEqual([166]);
  });

  test('the store changes wait too, and are applied in order when the input is quiet', () => {
    heldMap();
    const applied: string[] = [];
    hold.whenQuiet(() => applied.push('before any input'));
    expect(applied).toEqual(['before any input']);
    hold.noteInput(ENTER, 0);
    hold.whenQuiet(() => applied.push('list chosen'));
    hold.whenQuiet(() => applied.push('view moved'));
    vi.advanceTimersByTime(149);
    expect(applied).toEqual(['before any input']);
    vi.advanceTimersByTime(1);
    expect(applied).toEqual(['before any input', 'list chosen', 'view moved']);
  });

  test('a long stretch of typing holds the frames 2,000 ms at most, then one frame is drawn', () => {
    const { map, drawn } = heldMap();
    // a key every 200 ms for 3 s; a frame is asked for with the first
    for (let t = 0; t <= 3000; t += 200) {
      if (t > 0) vi.advanceTimersByTime(200);
      hold.noteInput(KEY, Date.now());
      if (t === 0) map.triggerRepaint();
    }
    // the first frame was held from 0 ms to 2,000 ms, then drawn one frame (16 ms) later
    expect(drawn).toEqual([2016]);
  });

  test('after a resize the next frame is drawn even while the person types (the canvas would stay blank)', () => {
    const { map, drawn } = heldMap();
    hold.noteInput(KEY, 0);
    hold.drawNextFrame();
    map._render(0); // MapLibre's redraw() right after resize()
    expect(drawn).toEqual([0]);
    map.triggerRepaint(); // the frame after is held again
    vi.advanceTimersByTime(16);
    expect(drawn).toEqual([0]);
    vi.advanceTimersByTime(400);
    expect(drawn).toEqual([0, 416]);
  });

  test('dispose gives the map its own frame function back and drops what waited', () => {
    const { map, drawn } = fakeMap();
    const own = map._render;
    hold = createFrameHold(map, Date.now);
    expect(map._render).not.toBe(own);
    const applied: string[] = [];
    hold.noteInput(KEY, 0);
    hold.whenQuiet(() => applied.push('late'));
    hold.dispose();
    expect(map._render).toBe(own);
    vi.advanceTimersByTime(1000);
    expect(applied).toEqual([]);
    map.triggerRepaint();
    vi.advanceTimersByTime(16);
    expect(drawn).toEqual([1016]);
  });
});

import { describe, expect, test } from 'vitest';
import { colorLevel, decideColor, makeChalk } from '../../src/cli/color.js';

describe('decideColor', () => {
  const cases: [string, boolean | undefined, Record<string, string | undefined>, boolean, boolean | undefined, boolean][] = [
    ['TTY', undefined, { TERM: 'xterm' }, true, undefined, true],
    ['pipe', undefined, { TERM: 'xterm' }, false, undefined, false],
    ['NO_COLOR with TTY → off', undefined, { NO_COLOR: '1' }, true, true, false],
    ['empty NO_COLOR is ignored', undefined, { NO_COLOR: '' }, true, undefined, true],
    ['NO_COLOR beats FORCE_COLOR', undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true, undefined, false],
    ['FORCE_COLOR=1 in a pipe → on', undefined, { FORCE_COLOR: '1' }, false, undefined, true],
    ['FORCE_COLOR empty → on', undefined, { FORCE_COLOR: '' }, false, undefined, true],
    ['FORCE_COLOR=0 on a TTY → off', undefined, { FORCE_COLOR: '0' }, true, undefined, false],
    ['FORCE_COLOR=false → off', undefined, { FORCE_COLOR: 'false' }, true, undefined, false],
    ['FORCE_COLOR beats TERM=dumb', undefined, { FORCE_COLOR: '1', TERM: 'dumb' }, true, undefined, true],
    ['TERM=dumb on a TTY → off', undefined, { TERM: 'dumb' }, true, undefined, false],
    ['--color beats NO_COLOR and a pipe', true, { NO_COLOR: '1' }, false, undefined, true],
    ['--no-color beats FORCE_COLOR and a TTY', false, { FORCE_COLOR: '3' }, true, undefined, false],
    ['TTY without colour support → off', undefined, {}, true, false, false],
    ['CI pipe → off', undefined, { CI: 'true' }, false, undefined, false],
  ];
  for (const [name, flag, env, tty, has, want] of cases) {
    test(name, () => expect(decideColor(flag, env, tty, has)).toBe(want));
  }
});

describe('makeChalk', () => {
  test('off means level 0 and plain text', () => {
    const c = makeChalk(false, { FORCE_COLOR: '3' });
    expect(c.level).toBe(0);
    expect(c.red('x')).toBe('x');
  });
  test('on means coloured', () => {
    const c = makeChalk(true);
    expect(c.level).toBe(1);
    expect(c.red('x')).toBe('\u001b[31mx\u001b[39m');
  });
  test('levels', () => {
    expect(colorLevel(true, { FORCE_COLOR: '3' })).toBe(3);
    expect(colorLevel(true, { COLORTERM: 'truecolor' })).toBe(3);
    expect(colorLevel(true, { TERM: 'xterm-256color' })).toBe(2);
    expect(colorLevel(false, { TERM: 'xterm-256color' })).toBe(0);
  });
});

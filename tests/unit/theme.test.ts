/** The colour-scheme choice and the head script that applies it before first paint. */
import { describe, expect, it } from 'vitest';
import { parseTheme, THEME_STORAGE_KEY, themeInitScript } from '../../src/lib/client/theme.ts';

/** Runs the head script against a stand-in document and storage; returns what it wrote to <html data-theme>. */
function runInit(storage: { getItem(key: string): string | null }): string | undefined {
  const dataset: Record<string, string> = {};
  // The script is our own constant: running it here is the only way to test what the browser will run.
  new Function('localStorage', 'document', themeInitScript())(storage, { documentElement: { dataset } });
  return dataset.theme;
}

describe('theme', () => {
  it('reads anything unknown as "system"', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    for (const value of [null, undefined, '', 'system', 'DARK', 'blue']) expect(parseTheme(value)).toBe('system');
  });

  it('applies a stored light or dark choice, and nothing else', () => {
    const store = (value: string | null) => ({ getItem: (key: string) => (key === THEME_STORAGE_KEY ? value : null) });
    expect(runInit(store('dark'))).toBe('dark');
    expect(runInit(store('light'))).toBe('light');
    expect(runInit(store(null))).toBeUndefined();
    expect(runInit(store('"><script>'))).toBeUndefined();
  });

  it('survives storage that throws (private modes, blocked cookies)', () => {
    expect(runInit({ getItem: () => { throw new Error('denied'); } })).toBeUndefined();
  });

  it('stays tiny: it blocks rendering', () => {
    expect(themeInitScript().length).toBeLessThan(200);
  });
});

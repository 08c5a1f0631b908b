import { parseStoredSettings } from './host-capabilities';

describe('parseStoredSettings', () => {
  const stored = {
    version: 1,
    settings: { year: 2020 },
    kindOverrides: { '附件1!A3': 'pairing-plan' },
    corrections: { version: 1, tables: [{ sheet: '附件2', at: 'A3', kind: 'rubric', headerRows: [4, 5], columns: { D: 'maxPoints', F: 'ignore' } }] },
  };

  test('round-trips what the pane keeps: settings, kinds and recognition corrections', () => {
    expect(parseStoredSettings(JSON.stringify(stored))).toEqual(stored);
  });

  test('a malformed correction is dropped, the rest is kept', () => {
    const text = JSON.stringify({ ...stored, corrections: { tables: [{ kind: 'rubric' }, { sheet: '附件3', columns: { B: 'name' } }] } });
    expect(parseStoredSettings(text)?.corrections).toEqual({ version: 1, tables: [{ sheet: '附件3', columns: { B: 'name' } }] });
  });

  test('text that is not JSON, or settings written by another version, never break the pane', () => {
    expect(parseStoredSettings('{')).toBeUndefined();
    expect(parseStoredSettings({ settings: { year: 2021 }, corrections: 'garbage' })).toEqual({ version: 1, settings: { year: 2021 }, kindOverrides: {} });
  });
});

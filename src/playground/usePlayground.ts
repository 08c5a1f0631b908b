import { useCallback, useEffect, useState } from 'react';
import type { PaneStrings } from '../pane/strings';
import type { PlaygroundHost } from './playground-host';
import { SAMPLES } from './samples';

export interface PlaygroundState {
  readonly strings: PaneStrings;
  readonly host?: PlaygroundHost;
  /** Changes with every opened workbook: the pane starts afresh for each. */
  readonly hostKey: number;
  readonly fileName: string;
  readonly sample: string;
  readonly loading: boolean;
  readonly error?: string;
  loadSample(file: string): void;
  openFile(file: File): void;
  download(): void;
}

/** Opens .xlsx bytes in the browser's xlsx host; ExcelJS arrives with this chunk, not before. */
async function openWorkbook(bytes: ArrayBuffer): Promise<PlaygroundHost> {
  const { PlaygroundHost } = await import(/* webpackChunkName: "xlsx-host" */ './playground-host');
  return PlaygroundHost.open(bytes);
}

/**
 * The playground page: which workbook is open (a bundled sample or the user's
 * own file, read locally, never uploaded) and downloading the result.
 */
export function usePlayground(strings: PaneStrings): PlaygroundState {
  const [host, setHost] = useState<PlaygroundHost | undefined>(undefined);
  const [hostKey, setHostKey] = useState(0);
  const [fileName, setFileName] = useState(SAMPLES[0].file);
  const [sample, setSample] = useState(SAMPLES[0].file);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | undefined>(undefined);

  const open = useCallback(async (name: string, bytes: () => Promise<ArrayBuffer>) => {
    setLoading(true);
    setError(undefined);
    try {
      const opened = await openWorkbook(await bytes());
      setHost(opened);
      setHostKey((k) => k + 1);
      setFileName(name);
    } catch (e) {
      setError(`${strings.playground.openFailed}：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setLoading(false);
    }
  }, [strings]);

  const loadSample = useCallback((file: string) => {
    setSample(file);
    void open(file, async () => {
      // Same origin only (the page's Content-Security-Policy allows nothing else).
      const response = await fetch(`samples/${encodeURIComponent(file)}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    });
  }, [open]);

  const openFile = useCallback((file: File) => {
    setSample('');
    void open(file.name, () => file.arrayBuffer());
  }, [open]);

  const download = useCallback(() => {
    if (!host) return;
    void host.toBuffer().then((bytes) => {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName.replace(/\.xlsx$/i, '') + '（已处理）.xlsx';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  }, [host, fileName]);

  useEffect(() => {
    loadSample(SAMPLES[0].file);
  }, [loadSample]);

  return { strings, host, hostKey, fileName, sample, loading, error, loadSample, openFile, download };
}

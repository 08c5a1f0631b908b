import { useRef, type ReactElement } from 'react';
import type { CoreRunner } from '../pane/core/core-runner';
import type { PaneStrings } from '../pane/strings';
import { renderPlayground } from './renderPlayground';
import { usePlayground } from './usePlayground';
import { usePlaygroundStyles } from './usePlaygroundStyles.styles';

export function Playground({ strings, core }: { readonly strings: PaneStrings; readonly core: CoreRunner }): ReactElement {
  const fileInput = useRef<HTMLInputElement | null>(null);
  return renderPlayground(usePlayground(strings), core, fileInput, usePlaygroundStyles());
}

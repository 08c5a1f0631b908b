import { makeStyles, tokens } from '@fluentui/react-components';

export const useScoreTabStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dropdown: { minWidth: '0', width: '100%' },
  levels: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  level: { display: 'grid', gridTemplateColumns: '1fr 6em auto', gap: tokens.spacingHorizontalXS, alignItems: 'end' },
  target: { display: 'grid', gridTemplateColumns: '1fr 7em', gap: tokens.spacingHorizontalXS, alignItems: 'end' },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

import { makeStyles, tokens } from '@fluentui/react-components';

export const useSettingsTabStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // minmax(0, 1fr): a long placeholder or value never widens a column past half the pane.
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  hint: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    // Cell texts quoted here may hold long runs without spaces (`“附件1（整理）”!E27`).
    overflowWrap: 'anywhere',
  },
  missing: { color: tokens.colorNeutralForeground2 },
  conflict: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

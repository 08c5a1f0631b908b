import { makeStyles, tokens } from '@fluentui/react-components';

export const usePlaygroundStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: tokens.fontFamilyBase,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sample: { minWidth: '320px' },
  hiddenInput: { display: 'none' },
  spacer: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  main: { flexGrow: 1, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 380px', gridTemplateRows: 'minmax(0, 1fr)', minHeight: 0 },
  sheet: { minWidth: 0, minHeight: 0, overflow: 'hidden', borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  pane: { minHeight: 0, height: '100%', overflow: 'hidden', backgroundColor: tokens.colorNeutralBackground1 },
  center: { display: 'flex', alignItems: 'center', justifyContent: 'center', gap: tokens.spacingHorizontalS, height: '100%' },
});

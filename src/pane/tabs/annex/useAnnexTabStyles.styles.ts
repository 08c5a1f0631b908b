import { makeStyles, tokens } from '@fluentui/react-components';

export const useAnnexTabStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dropdown: { minWidth: '0', width: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
});

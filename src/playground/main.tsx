import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createCoreRunner } from '../pane/core/create-core-runner';
import { stringsFor } from '../pane/strings';
import { Playground } from './Playground';

/**
 * The playground page (`npm start`): the task pane beside a drawn workbook,
 * with no Excel and no network. Chinese by default; `?lang=en` for English.
 */
const container = document.getElementById('root');
if (!container) throw new Error('playground.html has no #root');
const strings = stringsFor(new URLSearchParams(window.location.search).get('lang') ?? 'zh-CN');
document.title = strings.playground.title;
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Playground strings={strings} core={createCoreRunner()} />
  </FluentProvider>,
);

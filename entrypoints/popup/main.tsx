// Toolbar popup: wiring only (src/ui/popup holds the view).
import { render } from 'preact';
import { uiLanguage } from '../../src/platform/lang.ts';
import { PopupApp } from '../../src/ui/popup/PopupApp.tsx';
import { reportColorScheme } from '../../src/platform/scheme.ts';
import '../../src/ui/common/pages.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
reportColorScheme();
const tab = Number(new URLSearchParams(location.search).get('tab'));
render(<PopupApp lang={lang} tabId={Number.isInteger(tab) && tab > 0 ? tab : undefined} />, document.getElementById('app')!);

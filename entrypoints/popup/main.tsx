// Toolbar popup: wiring only (src/ui/popup holds the view).
import { render } from 'preact';
import { uiLanguage } from '../../src/platform/content.ts';
import { PopupApp } from '../../src/ui/popup/PopupApp.tsx';
import '../../src/ui/popup/popup.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
render(<PopupApp lang={lang} />, document.getElementById('app')!);

// First-run page: wiring only (src/ui/welcome holds the view).
import { render } from 'preact';
import { uiLanguage } from '../../src/platform/lang.ts';
import { WelcomeApp } from '../../src/ui/welcome/WelcomeApp.tsx';
import { reportColorScheme } from '../../src/platform/scheme.ts';
import '../../src/ui/common/pages.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
reportColorScheme();
render(<WelcomeApp lang={lang} />, document.getElementById('app')!);

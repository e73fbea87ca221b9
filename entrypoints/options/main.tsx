// Options page: wiring only (src/ui/options holds the views).
import { render } from 'preact';
import { uiLanguage } from '../../src/platform/content.ts';
import { OptionsApp } from '../../src/ui/options/OptionsApp.tsx';
import '../../src/ui/options/options.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
render(<OptionsApp lang={lang} />, document.getElementById('app')!);

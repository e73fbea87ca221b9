// Options page: wiring only (src/ui/options holds the views).
import { render } from 'preact';
import { uiLanguage } from '../../src/platform/lang.ts';
import { OptionsApp } from '../../src/ui/options/OptionsApp.tsx';
import { reportColorScheme } from '../../src/platform/scheme.ts';
import '../../src/ui/common/pages.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
reportColorScheme();
render(<OptionsApp lang={lang} />, document.getElementById('app')!);

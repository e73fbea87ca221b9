// The protocol studio's page: one Preact app, built into a single self-contained HTML file
// (src/studio/build.ts). It makes no network requests; its CSP forbids them.
import { render } from 'preact';
import { Studio } from './Studio.tsx';

render(<Studio />, document.getElementById('app')!);

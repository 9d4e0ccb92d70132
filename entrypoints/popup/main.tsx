import { render } from 'preact';
render(<p>Vigie</p>, document.getElementById('app')!);

import { render } from 'preact';
import { Options } from '../../components/app/options/Options';
import '../../components/app/app.css';

render(<Options />, document.getElementById('app')!);

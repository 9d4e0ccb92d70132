import { render } from 'preact';
import { Popup } from '../../components/app/Popup';
import '../../components/app/app.css';

render(<Popup />, document.getElementById('app')!);

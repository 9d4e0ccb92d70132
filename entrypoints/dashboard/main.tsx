import { render } from 'preact';
import { Dashboard } from '../../components/app/dashboard/Dashboard';
import '../../components/app/app.css';

render(<Dashboard />, document.getElementById('app')!);

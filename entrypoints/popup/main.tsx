import { render } from 'preact';
import { PopupApp } from './PopupApp';
import { uiLanguage } from '../../utils/i18n';
import './popup.css';

document.documentElement.lang = uiLanguage();
render(<PopupApp />, document.getElementById('app')!);

import { render } from 'preact';
import { LibraryApp } from './LibraryApp';
import { t, uiLanguage } from '../../utils/i18n';
import './library.css';
import '../../assets/reader.css';

document.documentElement.lang = uiLanguage();
document.title = `${t('libraryTitle')} — ${t('extName')}`;
render(<LibraryApp />, document.getElementById('app')!);

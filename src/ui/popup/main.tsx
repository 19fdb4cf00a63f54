import { render } from 'preact';
import { browser } from '../../shared/browser';
import { Popup } from './Popup';

// The page speaks the browser's UI language (the static lang="en" is only a fallback).
document.documentElement.lang = browser.i18n.getUILanguage();
render(<Popup />, document.getElementById('app')!);

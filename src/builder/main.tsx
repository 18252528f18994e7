/** Entry of the embed builder page (builder.html): loads the territories, renders the form. */
import { render } from 'preact';
import { loadData } from '../data/load_data.ts';
import { loadMessages } from '../state/load_report.ts';
import { Builder } from './Builder.tsx';
import '../ui/styles.css';
import './builder.css';

const root = document.getElementById('builder');
const appUrl = new URL('./', document.baseURI).href;
// the same loader as the app (one reader of the data files); territories missing from a broken file are
// simply not offered, and the maintainer finds the reason in the console
void loadData().then(({ data, errors, rejectedRows }) => {
  for (const m of loadMessages({ errors, rejectedRows })) console.error(m.text);
  if (root) render(<Builder data={{ epci: data.epci, communes: data.communes }} appUrl={appUrl} />, root);
});

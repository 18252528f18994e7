/** Entry of the embed builder page (builder.html): loads the territories, renders the form. */
import { render } from 'preact';
import type { Commune, Epci } from '../schema.ts';
import { Builder } from './Builder.tsx';
import '../ui/styles.css';
import './builder.css';

async function json<T>(path: string, key: string): Promise<T[]> {
  try {
    const res = await fetch(new URL(path, document.baseURI));
    if (!res.ok) return [];
    return ((await res.json()) as Record<string, T[]>)[key] ?? [];
  } catch {
    return [];
  }
}

const root = document.getElementById('builder');
const appUrl = new URL('./', document.baseURI).href;
void Promise.all([
  json<Epci>('data/epci.json', 'epci'),
  json<Commune>('data/communes.json', 'communes'),
]).then(([epci, communes]) => {
  if (root) render(<Builder data={{ epci, communes }} appUrl={appUrl} />, root);
});

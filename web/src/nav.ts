/** The navigation bar shared by every dashboard page; marks the current page, if it is one. */
import { h } from './element.js';

const PAGES = [
  ['index.html', 'Episodes'],
  ['relations.html', 'Relations'],
  ['model.html', 'Model'],
  ['scenario.html', 'Scenario'],
  ['data.html', 'Data'],
] as const;

export type PageFile = (typeof PAGES)[number][0];

export function renderNav(current: PageFile | null): void {
  const nav = document.querySelector<HTMLElement>('nav#pages');
  nav?.replaceChildren(
    ...PAGES.map(([href, label]) =>
      h('a', href === current ? { href, 'aria-current': 'page' } : { href }, label),
    ),
  );
}

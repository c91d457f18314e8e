/**
 * The page-not-found page: the same navigation as every page, the address that was asked for,
 * and links to the pages. It is static HTML first, so it works even where its script cannot
 * load; the script only draws the navigation the way the other pages do.
 */
import { renderNav } from './nav.js';

renderNav(null);
const missing = document.querySelector('#missing-path');
if (missing !== null && !window.location.pathname.endsWith('/404.html')) {
  missing.textContent = window.location.pathname;
}
document.body.dataset.ready = 'true';

// The pages' only script, loaded from a file so that the Content-Security-Policy needs no inline script.
// Marks the page as having JavaScript (the NHS.UK frontend's styles key on these classes), then starts
// the NHS.UK components (header, skip link, details …). The pages work without it.
import { initAll } from '/static/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();

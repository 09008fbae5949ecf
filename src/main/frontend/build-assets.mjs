// Copies the NHS.UK frontend's built CSS, JS and images into the jar's static resources, and axe-core into
// target/ for the browser test. Run by Maven (exec-maven-plugin, generate-resources) after `npm ci`.
// Usage: node build-assets.mjs <static dir> <test assets dir>
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [staticDir, testDir] = process.argv.slice(2);
if (!staticDir || !testDir) {
  console.error('usage: node build-assets.mjs <static dir> <test assets dir>');
  process.exit(2);
}
const dist = join('node_modules', 'nhsuk-frontend', 'dist', 'nhsuk');
const out = join(staticDir, 'nhsuk');
mkdirSync(out, { recursive: true });

// The stylesheet points at /assets/ (its own site's root) and loads the Frutiger web font from
// assets.nhs.uk. The pages must work offline under a CSP of 'self': the images are served from here,
// and the font faces are dropped (the stack falls back to Arial, as NHS.UK itself does without the font).
const css = readFileSync(join(dist, 'nhsuk-frontend.min.css'), 'utf8')
  .replace(/@font-face\{[^}]*assets\.nhs\.uk[^}]*\}/g, '')
  .replaceAll('url(/assets/', 'url(/static/nhsuk/assets/')
  .replace(/\/\*# sourceMappingURL=[^*]*\*\//, '');
if (/https?:\/\//.test(css.replace(/http:\/\/www\.w3\.org\/2000\/svg/g, ''))) {
  console.error('nhsuk-frontend.min.css still refers to another site: update build-assets.mjs');
  process.exit(1);
}
writeFileSync(join(out, 'nhsuk-frontend.min.css'), css);
const js = readFileSync(join(dist, 'nhsuk-frontend.min.js'), 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');
writeFileSync(join(out, 'nhsuk-frontend.min.js'), js);
cpSync(join(dist, 'assets', 'images'), join(out, 'assets', 'images'), { recursive: true });

mkdirSync(testDir, { recursive: true });
copyFileSync(join('node_modules', 'axe-core', 'axe.min.js'), join(testDir, 'axe.min.js'));
console.log(`NHS.UK frontend ${JSON.parse(readFileSync(join('node_modules', 'nhsuk-frontend', 'package.json'))).version} -> ${out}`);

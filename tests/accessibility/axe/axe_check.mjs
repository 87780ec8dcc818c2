// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors
//
// WCAG check of the answer pages: every entry of every given pack, in every theme, through
// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in Debian's chromium, headless, with no browser
// download. Usage: node axe_check.mjs FAQPACK STYLESHEET PACK_DIR... ("bundled" for the
// bundled pack). Prints the violations by level; exit status 0 when there are none.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [faqpack, stylesheet, ...packs] = process.argv.slice(2);
const css = readFileSync(stylesheet, 'utf8');
const themes = ['light', 'dark', 'high-contrast'];
const fonts = ['default', 'dyslexic', 'spaced'];

function faq(args) {
  return execFileSync(faqpack, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
}

// The page as the app shows it: its style sheet (served as reader:/style/answer.css in the
// app) put inline, as chromium cannot load the app's reader: scheme.
function pageHtml(packArgs, id, theme, font) {
  const html = faq(['show', id, ...packArgs, '--format', 'html', '--theme', theme,
                    '--reading-font', font]);
  const link = '<link rel="stylesheet" href="reader:/style/answer.css">';
  if (!html.includes(link)) throw new Error(`faqpack show ${id}: no style sheet link`);
  return html.replace(link, `<style>${css}</style>`);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const counts = { A: 0, AA: 0, other: 0 };
let pages = 0;
try {
  const page = await browser.newPage();
  await page.setBypassCSP(true); // only so the inlined style sheet applies
  await page.setViewport({ width: 1024, height: 800 });
  for (const pack of packs) {
    const packArgs = pack === 'bundled' ? [] : ['--pack', pack];
    const ids = faq(['list', ...packArgs]).split('\n').filter(Boolean).map(l => l.split('\t')[0]);
    for (const id of ids) {
      for (const theme of themes) {
        // The reading fonts change spacing, not colours: checked in the light theme.
        for (const font of theme === 'light' ? fonts : ['default']) {
          await page.setContent(pageHtml(packArgs, id, theme, font), { waitUntil: 'load' });
          await page.evaluate(axeSource);
          const result = await page.evaluate(async () => await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                             'wcag22aa'] },
            resultTypes: ['violations'],
          }));
          ++pages;
          for (const v of result.violations) {
            const level = v.tags.some(t => /^wcag2\d*a$/.test(t)) ? 'A'
                        : v.tags.some(t => /^wcag2\d*aa$/.test(t)) ? 'AA' : 'other';
            counts[level] += v.nodes.length;
            console.log(`${pack} ${id} ${theme}/${font}: ${level} ${v.id}: ${v.help}`);
            for (const n of v.nodes.slice(0, 3))
              console.log(`    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`);
          }
        }
      }
    }
  }
} finally {
  await browser.close();
}
console.log(`pages checked: ${pages}; violations: level A ${counts.A}, level AA ${counts.AA}`);
process.exit(counts.A + counts.AA + counts.other === 0 && pages > 0 ? 0 : 1);

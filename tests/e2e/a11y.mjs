// Runs axe-core inside a page (through DevTools evaluation, so page and extension CSPs do not
// block it) and returns the violations, each with the rule id and the first offending node.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** @param context an axe context, e.g. { include: [['#gloss-host', '[data-testid="gloss-panel"]']] } */
export async function axeViolations(page, context = null) {
  await page.evaluate(AXE);
  return page.evaluate(async (ctx) => {
    const result = await window.axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target?.join(' ')})`);
  }, context);
}

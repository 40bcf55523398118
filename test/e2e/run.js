#!/usr/bin/env node
// End-to-end test in a real VS Code: code-server 4.100.3 (installed by test/e2e/install.sh)
// in Debian's headless Chromium, driven by playwright-core. It installs the .vsix that
// `npm run package` builds, opens a .threat file and checks what a user would see: the
// number of problems, a hover's text, a completion item, and the predictions graph drawn by
// "Threat: Show predictions" (labels' size on screen, zoom, a click that explains a state,
// no Untitled editors left behind). Screenshots, and PNGs of every example's graph drawn by
// `threat graph` for a person to look at, go to test-results/ (not committed).
//
// Usage: npm run test:e2e   (after `bash test/e2e/install.sh` and `npm run package`)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const codeServer = join(root, '.e2e', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const vsix = join(root, 'packages', 'vscode', 'threatlab.vsix');
const results = join(root, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(codeServer)) fail(`code-server is not installed: run bash test/e2e/install.sh`);
if (!existsSync(chromiumPath)) fail(`Chromium is not at ${chromiumPath}: run bash test/e2e/install.sh`);
if (!existsSync(vsix)) fail('the .vsix is not built: run npm run package');
mkdirSync(results, { recursive: true });

// Everything code-server and Chromium write goes to one temporary folder, removed at the end.
const scratch = mkdtempSync(join(tmpdir(), 'threat-e2e-'));
const env = {
  ...process.env,
  XDG_CONFIG_HOME: join(scratch, 'config'),
  XDG_DATA_HOME: join(scratch, 'data'),
  XDG_CACHE_HOME: join(scratch, 'cache'),
  XDG_RUNTIME_DIR: join(scratch, 'runtime'),
};
for (const dir of ['config', 'data', 'cache', 'runtime'])
  mkdirSync(join(scratch, dir), { recursive: true, mode: 0o700 });
const extensions = join(scratch, 'extensions');
const userData = join(scratch, 'user-data');
const workspace = join(scratch, 'workspace');
mkdirSync(join(userData, 'User'), { recursive: true });
mkdirSync(workspace);
writeFileSync(
  join(userData, 'User', 'settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'editor.hover.delay': 100,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'update.mode': 'none',
  }),
);
// Two mistakes: an unknown state (with a did-you-mean) and a sea link without a unit.
writeFileSync(
  join(workspace, 'europe.threat'),
  [
    'scenario "Europe, July 1914" { year 1914 }',
    '',
    'state Germany "German Empire" { power 0.158  offense high  intent revisionist  major }',
    'state France { power 0.075  offense medium  intent status-quo }',
    'state Russia { power 0.111  offense medium  intent status-quo }',
    'state Belgium { power 0.012  offense low  intent benign }',
    '',
    'border Germany France, Germany Belgium, Germany Rusia',
    'sea France Belgium 50',
    'France sees Germany as hostile',
    'alliance "Franco-Russian Alliance" defense 1894: France, Russia',
    'expect France balances against Germany',
    '',
  ].join('\n'),
);

const checks = [];

// Pictures for a person to look at: every bundled example, and imported years when the data
// sets are beside the repository, drawn by `threat graph` as the bot and the CLI draw them.
await check('threat graph: a PNG of every example (and imported years) in test-results/', async () => {
  const threat = join(root, 'packages', 'cli', 'bin', 'threat.js');
  const graph = (args, out) => {
    const run = spawnSync(process.execPath, [threat, 'graph', ...args, '--out', join(results, out)], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`threat graph ${args.join(' ')}: ${run.stderr}`);
  };
  const examples = join(root, 'examples');
  for (const file of readdirSync(examples).filter((f) => f.endsWith('.threat'))) {
    const name = file.replace(/\.threat$/, '');
    graph([join(examples, file)], `graph-${name}.png`);
    graph([join(examples, file), '--theory', 'both'], `graph-${name}-both.png`);
  }
  graph([join(examples, 'europe-1914.threat'), '--state', 'Belgium'], 'graph-europe-1914-belgium.png');
  const data = process.env.THREATLAB_DATA ?? join(root, '..', 'shared', 'data');
  if (!existsSync(data)) {
    console.log(`e2e: no data sets at ${data}; imported years not drawn`);
    return;
  }
  for (const [name, args] of [
    ['europe-1914-imported', ['--year', '1914', '--region', 'europe']],
    ['world-2000', ['--year', '2000']],
  ]) {
    const scenario = join(scratch, `${name}.threat`);
    const run = spawnSync(process.execPath, [threat, 'import', ...args, '--data', data], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`threat import ${args.join(' ')}: ${run.stderr}`);
    writeFileSync(scenario, run.stdout);
    graph([scenario], `graph-${name}.png`);
    graph([scenario, '--state', 'Belgium'], `graph-${name}-belgium.png`);
  }
});

let browser;
let server;
let page;
try {
  const install = spawnSync(
    process.execPath,
    [codeServer, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix],
    { env, encoding: 'utf8' },
  );
  if (install.status !== 0)
    throw new Error(`installing the .vsix failed:\n${install.stdout}\n${install.stderr}`);
  const port = await freePort();
  server = spawn(
    process.execPath,
    [
      codeServer,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--extensions-dir',
      extensions,
      '--user-data-dir',
      userData,
      workspace,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  await waitFor(
    () => serverLog.includes('HTTP server listening'),
    60_000,
    () => `code-server did not start:\n${serverLog}`,
  );

  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env,
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });

  // Open the scenario with Quick Open.
  await page
    .locator('.monaco-workbench')
    .click({ position: { x: 700, y: 400 } })
    .catch(() => {});
  await page.keyboard.press('Control+P');
  await page.keyboard.type('europe.threat');
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });

  await check('diagnostics: 2 problems reported', async () => {
    const problems = page.locator('[id="status.problems"]');
    await waitFor(
      async () =>
        /2/.test((await problems.getAttribute('aria-label')) ?? (await problems.textContent()) ?? ''),
      60_000,
      async () =>
        `status bar problems: ${await problems.getAttribute('aria-label')} / ${await problems.textContent()}`,
    );
    const label = (await problems.getAttribute('aria-label')) ?? '';
    if (!/Errors?: 2/.test(label) && !/2 errors?/i.test(label))
      throw new Error(`expected 2 errors, status bar says "${label}"`);
  });

  await check('hover: a state shows its facts', async () => {
    await goTo(page, 8, 9); // "Germany" in the border line
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover .hover-contents, .monaco-hover .markdown-hover').first();
    await hover.waitFor({ timeout: 20_000 });
    await waitFor(
      async () => ((await hover.textContent()) ?? '').includes('German Empire'),
      20_000,
      async () => `hover text: ${await hover.textContent()}`,
    );
    const text = (await hover.textContent()) ?? '';
    if (!text.includes('power 15.8%') || !text.includes('Balance of threat'))
      throw new Error(`hover lacks the power share or the prediction: ${text}`);
    await page.keyboard.press('Escape');
  });

  await check('completion: levels after "offense"', async () => {
    await goTo(page, 6, 38); // just after "offense " in the Belgium line ("low" follows)
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.suggest-widget .monaco-list-row');
    await widget.first().waitFor({ timeout: 20_000 });
    const labels = await page.locator('.suggest-widget .monaco-list-row .label-name').allTextContents();
    if (!labels.includes('high')) throw new Error(`completion items: ${labels.join(', ')}`);
    await page.keyboard.press('Escape');
  });

  await page.screenshot({ path: join(results, 'e2e-editor.png') });

  await check('"Threat: Show predictions" renders the graph', async () => {
    await page.keyboard.press('F1');
    await page.keyboard.type('Threat: Show predictions');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await waitFor(
      async () => {
        for (const frame of page.frames()) {
          const count = await frame
            .locator('svg g.state')
            .count()
            .catch(() => 0);
          if (count === 4) return true;
        }
        return false;
      },
      30_000,
      () => `no webview frame with the graph among ${page.frames().length} frames`,
    );
  });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(results, 'e2e-predictions.png') });

  await check('the balance-of-power toggle redraws the graph', async () => {
    const graphFrame = async (text) => {
      for (const frame of page.frames()) {
        const title = await frame
          .locator('svg title')
          .first()
          .textContent({ timeout: 500 })
          .catch(() => null);
        if (title?.includes(text)) return frame;
      }
      return undefined;
    };
    let frame;
    await waitFor(
      async () => (frame = await graphFrame('balance of threat')) !== undefined,
      20_000,
      () => 'no graph under balance of threat',
    );
    await frame.locator('button#power').click();
    await waitFor(
      async () => (await graphFrame('balance of power')) !== undefined,
      20_000,
      () => 'the graph was not redrawn under balance of power',
    );
  });

  const graphFrame = async () => {
    for (const frame of page.frames()) {
      if (
        (await frame
          .locator('#graph svg')
          .count()
          .catch(() => 0)) > 0
      )
        return frame;
    }
    throw new Error('no predictions view');
  };

  await check('the predictions view: labels of at least 11 px, and the wheel zooms', async () => {
    const frame = await graphFrame();
    // Runs in the webview: the size each label is drawn at on screen.
    const sizes = await frame.locator('#graph svg').evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox').split(' ')[2]);
      return [...svg.querySelectorAll('text.label')].map((t) => Number(t.getAttribute('font-size')) * scale);
    });
    if (sizes.length === 0 || Math.min(...sizes) < 11)
      throw new Error(`label sizes on screen: ${sizes.map((s) => s.toFixed(1)).join(', ')}`);
    const before = await frame.locator('#graph svg').getAttribute('viewBox');
    const box = await frame.locator('#graph').boundingBox();
    await frame.locator('#graph').hover({ position: { x: box.width / 2, y: box.height / 3 } });
    await page.mouse.wheel(0, -400);
    await waitFor(
      async () => (await frame.locator('#graph svg').getAttribute('viewBox')) !== before,
      10_000,
      () => 'the wheel did not zoom',
    );
    await frame.locator('#reset').click();
  });

  await check('the view follows the cursor to a state, and shows both theories side by side', async () => {
    const frame = await graphFrame();
    const subtitle = async () => (await frame.locator('svg text.subtitle').allTextContents()).join(' ');
    await frame.locator('#follow').check();
    await page.locator('.tabs-container .tab', { hasText: 'europe.threat' }).first().click();
    await goTo(page, 6, 9); // "Belgium" in its state line
    await waitFor(
      async () => (await subtitle()).includes('Belgium, its threats'),
      20_000,
      async () => `subtitle: ${await subtitle()}`,
    );
    await frame.locator('button#both').click();
    await waitFor(
      async () => (await frame.locator('svg g.panel').count()) === 2,
      20_000,
      () => 'no second panel',
    );
    await page.screenshot({ path: join(results, 'e2e-predictions-focus-both.png') });
    await frame.locator('button#whole').click();
    await frame.locator('button#threat').click();
    await waitFor(
      async () =>
        (await frame.locator('svg g.panel').count()) === 1 && !(await subtitle()).includes('Belgium'),
      20_000,
      () => 'the view did not go back to the whole system',
    );
  });

  await check(
    'a click on a state in the view opens its explanation, leaving no Untitled editor',
    async () => {
      const frame = await graphFrame();
      await frame.locator('g.state[data-state="France"] circle').first().click({ force: true });
      await waitFor(
        async () => {
          for (const f of page.frames()) {
            const text = await f
              .locator('body')
              .textContent({ timeout: 500 })
              .catch(() => '');
            if (/France (balances|bandwagons|stays)/.test(text ?? '') && f !== frame) return true;
          }
          return false;
        },
        30_000,
        () => 'no explanation of France was shown',
      );
      const tabs = await page.locator('.tabs-container .tab').allTextContents();
      if (tabs.some((t) => /Untitled/.test(t))) throw new Error(`tabs: ${tabs.join(' | ')}`);
    },
  );
  await page.screenshot({ path: join(results, 'e2e-explanation.png') });

  await check('"Threat: Explain state" from the palette leaves no Untitled editor either', async () => {
    await page.locator('.tabs-container .tab', { hasText: 'europe.threat' }).first().click();
    await goTo(page, 5, 8); // "France" in its state line
    await page.keyboard.press('F1');
    await page.keyboard.type('Threat: Explain');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    const tabs = await page.locator('.tabs-container .tab').allTextContents();
    if (!tabs.some((t) => /France/.test(t))) throw new Error(`no explanation tab: ${tabs.join(' | ')}`);
    if (tabs.some((t) => /Untitled/.test(t))) throw new Error(`tabs: ${tabs.join(' | ')}`);
  });
} catch (error) {
  checks.push({ name: 'setup', error });
  await page?.screenshot({ path: join(results, 'e2e-failure.png') }).catch(() => {});
} finally {
  await browser?.close().catch(() => {});
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
}

const failed = checks.filter((c) => c.error);
for (const c of checks)
  console.log(
    `${c.error ? 'FAIL' : 'ok  '} ${c.name}${
      c.error
        ? `\n     ${String(c.error?.message ?? c.error)
            .split('\n')
            .join('\n     ')}`
        : ''
    }`,
  );
console.log(`e2e: ${checks.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);

async function check(name, fn) {
  try {
    await fn();
    checks.push({ name });
  } catch (error) {
    checks.push({ name, error });
  }
}

/** Moves the cursor to a 1-based line and column with "Go to Line". */
async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
}

async function waitFor(condition, timeoutMs, describe) {
  const start = Date.now();
  for (;;) {
    if (await condition()) return;
    if (Date.now() - start > timeoutMs)
      throw new Error(typeof describe === 'function' ? await describe() : 'timed out');
    await new Promise((r) => setTimeout(r, 250));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function fail(message) {
  console.error(`e2e: ${message}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

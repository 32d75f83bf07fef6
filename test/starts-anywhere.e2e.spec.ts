import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/config/package-root';

/** The newest modification time under a folder (source files only). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * What a new user meets: the built service started from a folder with no ../shared beside it,
 * from another working directory, with REFERENCE_DATA_DIR unset. It must reach /health with the
 * shipped reference data loaded. (.ci/run does the same from a fresh clone with `npm ci`.)
 */
describe('the built service on a machine without ../shared', () => {
  const root = mkdtempSync(join(tmpdir(), 'kobling-anywhere-'));
  const app = join(root, 'kobling');
  let child: ChildProcess | undefined;

  beforeAll(() => {
    const main = join(PACKAGE_ROOT, 'dist/src/main.js');
    if (!existsSync(main) || statSync(main).mtimeMs < Math.max(newest(join(PACKAGE_ROOT, 'src')), newest(join(PACKAGE_ROOT, 'migrations')))) {
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: PACKAGE_ROOT, stdio: 'ignore' });
    }
    for (const part of ['dist', 'data', 'package.json']) cpSync(join(PACKAGE_ROOT, part), join(app, part), { recursive: true });
    // The dependencies as `npm ci` would install them; linked, as copying them would take minutes.
    symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  }, 240_000);

  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  });

  it('starts on the shipped reference data and reports it loaded at /health', async () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', EMBEDDED_DATA_DIR: 'memory', DEMO_DATA: 'false' };
    expect(existsSync(join(app, '../shared'))).toBe(false);
    const started = Date.now();
    child = spawn(process.execPath, [join(app, 'dist/src/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Kobling API at (http:\/\/\S+)\/api\/v1/.exec(output);
        if (found) resolve(found[1]);
      };
      child!.stdout!.on('data', onData);
      child!.stderr!.on('data', onData);
      child!.on('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
    });
    expect(output).toMatch(/Reference data shipped in \S*kobling\/data\/reference: 357 municipalities/);
    expect(output).not.toMatch(/not found/i);

    const health = await (await fetch(`${url}/health`)).json();
    expect(health).toMatchObject({
      status: 'ok',
      database: 'embedded',
      migrations: { pending: 0 },
      referenceData: { source: 'shipped', municipalities: 357, occupations: 406, escoOccupations: 3039 },
    });
    console.log(`Fresh start without ../shared: ${((Date.now() - started) / 1000).toFixed(1)} s to "API at"`);
  }, 180_000);
});

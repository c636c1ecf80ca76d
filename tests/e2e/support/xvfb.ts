import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * A private X display (Xvfb) for tests that need a real browser window: keyboard shortcuts and
 * permission prompts never reach a headless browser. Never the developer's own display, so
 * key presses cannot land in another program.
 */
export interface Display {
  /** e.g. ":99", for the DISPLAY environment variable. */
  name: string;
  /** Presses keys as a person at the keyboard does (xdotool syntax, e.g. "ctrl+shift+y"). */
  pressKeys(...keys: string[]): Promise<void>;
  close(): Promise<void>;
}

export async function startDisplay(): Promise<Display> {
  // -displayfd: Xvfb picks a free display number and writes it to that file descriptor.
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const name = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  const env = { ...process.env, DISPLAY: name };
  return {
    name,
    async pressKeys(...keys) {
      await promisify(execFile)('xdotool', ['key', '--clearmodifiers', '--delay', '100', ...keys], { env });
    },
    close: () =>
      new Promise<void>((done) => {
        if (server.exitCode !== null) return done();
        server.once('exit', () => done());
        server.kill();
      }),
  };
}

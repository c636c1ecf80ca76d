import type { BrowserSession } from './session';
import type { Display } from './xvfb';

/** SIGKILL of the browser process: no normal close, no unload, no last events, no last writes. */
export async function crash(session: BrowserSession & { display: Display | null }): Promise<void> {
  const browserProcess = session.browser.process()!;
  const exited = new Promise((done) => browserProcess.once('exit', done));
  browserProcess.kill('SIGKILL');
  await exited;
  await session.display?.close();
  await session.network.close();
}

/** The crash list kept on disk (storage key `r`), decoded as anyone reading the profile could: its JSON text. */
export async function crashListText(session: BrowserSession): Promise<string> {
  const stored = (await session.inBackground<Record<string, unknown>>("(globalThis.browser ?? globalThis.chrome).storage.local.get('r')")).r;
  return Buffer.from([...String(stored)].reverse().join(''), 'base64').toString();
}

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, CODE_SERVER_NODE } from './prerequisites';

export interface CodeServer {
  readonly url: string;
  /** Everything code-server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** A scratch folder for this instance's profile and extensions. */
  readonly home: string;
  /** The package to install; none when the extension is loaded for development through the URL payload. */
  readonly vsix?: string;
  /**
   * Lets the URL's `payload` load an extension for development and run its tests: a built VS Code honours
   * `extensionDevelopmentPath`/`extensionTestsPath` there only with its smoke-test driver enabled.
   */
  readonly extensionTests?: boolean;
  /** Extra environment for code-server and the extension host it starts. */
  readonly env?: Record<string, string>;
  /** Whether workspace trust is on: with it, the folder opens in Restricted Mode. */
  readonly restricted: boolean;
  readonly timeoutMs: number;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

function codeServerArgs(home: string): string[] {
  return [
    CODE_SERVER_ENTRY,
    '--config', path.join(home, 'config.yaml'),
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--extensions-dir', path.join(home, 'extensions'),
    '--user-data-dir', path.join(home, 'user'),
  ];
}

/** A fresh code-server profile with the packaged extension installed, listening on 127.0.0.1 only. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { home } = options;
  fs.mkdirSync(path.join(home, 'user', 'User'), { recursive: true });
  fs.writeFileSync(path.join(home, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const settings: Record<string, unknown> = {
    'security.workspace.trust.enabled': options.restricted,
    'security.workspace.trust.startupPrompt': 'never',
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // The steps save explicitly and read the file back, so nothing may save behind their back.
    'files.autoSave': 'off',
    'files.refactoring.autoSave': false,
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.wordBasedSuggestions': 'off',
    'workbench.tips.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
  };
  fs.writeFileSync(path.join(home, 'user', 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const env = { ...process.env, ...options.env, XDG_CONFIG_HOME: path.join(home, 'xdg-config'), XDG_DATA_HOME: path.join(home, 'xdg-data') };

  if (options.vsix) {
    const install = spawnSync(CODE_SERVER_NODE, [...codeServerArgs(home), '--install-extension', options.vsix], {
      env,
      encoding: 'utf8',
      timeout: options.timeoutMs,
    });
    if (install.status !== 0) throw new Error(`installing ${options.vsix} failed:\n${install.stdout}\n${install.stderr}`);
  }

  const port = await freePort();
  const args = [...codeServerArgs(home), '--bind-addr', `127.0.0.1:${port}`];
  if (options.extensionTests) args.push('--vscode-option', 'enable-smoke-test-driver');
  const child: ChildProcess = spawn(CODE_SERVER_NODE, args, {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${options.timeoutMs} ms:\n${output}`)), options.timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/HTTP server listening on/u.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // The process group holds the extension host and the language server it started.
    process.kill(-child.pid!, 'SIGTERM');
    const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
  };
  try {
    await listening;
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/`, output: () => output, stop };
}

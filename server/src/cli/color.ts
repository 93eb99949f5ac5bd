/** ANSI styling for a terminal; every function is the identity when colour is off. */
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const style = (open: number, close: number) => (s: string) => (s === '' ? s : `\u001b[${open}m${s}\u001b[${close}m`);

export const COLORS: Palette = {
  red: style(31, 39),
  yellow: style(33, 39),
  blue: style(34, 39),
  dim: style(2, 22),
  bold: style(1, 22),
  underline: style(4, 24),
};

const plain = (s: string) => s;
export const NO_COLORS: Palette = { red: plain, yellow: plain, blue: plain, dim: plain, bold: plain, underline: plain };

/** `--color`/`--no-color` first, then the NO_COLOR and FORCE_COLOR conventions, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return isTTY;
}

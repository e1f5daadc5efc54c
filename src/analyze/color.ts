import { Chalk, type ChalkInstance } from 'chalk';

// Colors only for a person at a terminal: off when the stream is not a TTY or NO_COLOR is set
// (https://no-color.org: any non-empty value). FORCE_COLOR=1 turns them on for a pipe (e.g. less -R).
export function colorsFor(stream: NodeJS.WriteStream): ChalkInstance {
  const env = process.env;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0';
  const on = !noColor && (force || Boolean(stream.isTTY));
  return new Chalk({ level: on ? 1 : 0 });
}

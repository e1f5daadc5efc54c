// Permission tests as a user that permissions apply to. Root reads and writes everything, so as
// root the command runs without the capabilities that override file modes (util-linux setpriv,
// present on every Debian); the files stay the same, so nothing else needs to be readable by anyone.
export function unprivileged(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ['setpriv', ['--bounding-set=-dac_override,-dac_read_search', command, ...args]];
}

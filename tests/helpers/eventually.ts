/** Polls until `check` holds, every `everyMs`, failing after `ms`: for what another process does in its own time. */
export async function eventually(check: () => boolean | Promise<boolean>, ms = 5000, everyMs = 50): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolveWait) => setTimeout(resolveWait, everyMs));
  }
}

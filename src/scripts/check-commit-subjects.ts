// npm run lint: commit subjects of at most 72 characters (CONVENTIONS), for every commit since
// the rule was written down (issue 10). Earlier history is left as it is. Skipped, with a line
// saying so, where there is no history to read (a tarball, a shallow clone without that commit).
import { execFileSync } from 'node:child_process';

const SINCE = 'c20855f'; // the last commit before the rule
const MAX = 72;

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

if (git(['cat-file', '-e', `${SINCE}^{commit}`]) === null) {
  console.log(`commit subjects: not checked (no git history with ${SINCE} here)`);
} else {
  const long = (git(['log', '--format=%h %s', `${SINCE}..HEAD`]) ?? '')
    .split('\n')
    .filter((line) => line.length > 0)
    .filter((line) => line.slice(line.indexOf(' ') + 1).length > MAX);
  if (long.length > 0) {
    console.error(`commit subjects longer than ${MAX} characters (reword them; the why goes in the body):\n${long.join('\n')}`);
    process.exit(1);
  }
  console.log(`commit subjects: all at most ${MAX} characters since ${SINCE}`);
}

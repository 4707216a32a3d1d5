// The demo sign-ins that `--demo` seeds, taken from the seed itself so journeys never carry a
// stale copy of an e-mail address or the password.
import { demoPassword, demoSignIns, demoTotpSecret } from '../../server/demo/seed.js';

export { demoPassword, demoTotpSecret };

export interface DemoUser {
  email: string;
  password: string;
  name: string;
}

/** The demo sign-in for a role (admin, analyst, ...); throws if the seed has no such role. */
export function demoUser(role: string): DemoUser {
  const signIn = demoSignIns.find((s) => s.role === role);
  if (signIn === undefined) {
    const known = demoSignIns.map((s) => s.role).join(', ');
    throw new Error(`No demo sign-in with role "${role}"; the seed has: ${known}`);
  }
  return { email: signIn.email, password: demoPassword, name: signIn.name };
}

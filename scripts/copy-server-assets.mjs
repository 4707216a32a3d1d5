// tsc compiles the server's TypeScript only; data files the server reads at run time (such as the
// list of common passwords) are copied beside the compiled code here.
import { cpSync } from 'node:fs';

const assets = ['server/platform/auth/common-passwords.txt'];
for (const asset of assets) cpSync(asset, `dist/${asset}`);

#!/usr/bin/env node
// Launcher for `npx vigil`: loads the TypeScript CLI in this same process through tsx's loader,
// so there is no build step and signals (Ctrl-C, SIGTERM) reach Vigil itself.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');

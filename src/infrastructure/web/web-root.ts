import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder holding the built dashboard (index.html and assets/); tests point it at their own build. */
export const WEB_ROOT = Symbol('WEB_ROOT');

/**
 * `npm run build` writes the dashboard to web/dist at the repository root. This
 * file runs from src/infrastructure/web (tests) or dist/infrastructure/web
 * (production), both three levels below the root.
 */
export const defaultWebRoot = (): string => resolve(__dirname, '..', '..', '..', 'web', 'dist');

export const isBuilt = (root: string): boolean => existsSync(join(root, 'index.html'));

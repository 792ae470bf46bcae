// Lets plain node run the TypeScript sources for small scripts: `./x.js` imports resolve to
// `./x.ts` (Node 24 strips the types itself).
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (err) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(`${specifier.slice(0, -3)}.ts`, context);
      throw err;
    }
  }
});

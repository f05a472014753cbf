// The validator every payload schema is written with: zod/mini, zod's own tree-shakable build (a
// fraction of zod's size in each sidebar and in the server bundle), with zod's English messages
// for the problems our schemas do not word themselves (an unknown key, say). Import it as
// `import * as z from '…/validator'`, never from 'zod' or 'zod/mini', so the messages are set
// wherever a schema runs; and never re-export the namespace whole, which defeats tree-shaking.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';

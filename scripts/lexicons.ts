/**
 * Compiles the lexicon lists (lib/classify/lexicons/*.ts) into lib/classify/lexicons/compiled.json,
 * which the extension loads instead of compiling about 5,000 phrases on every page. Run after
 * editing a list (`npm run lexicons`; `npm run train` runs it first). test/classify/lexicon-index
 * fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLexiconSource, encodeLexiconFile } from '../lib/classify/lexicon-source';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lib/classify/lexicons/compiled.json');
const phrases = compileLexiconSource();
writeFileSync(out, `${JSON.stringify(encodeLexiconFile(phrases))}\n`);
console.log(`${phrases.length} lexicon phrases written to ${path.relative(process.cwd(), out)}`);

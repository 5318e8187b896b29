// Jest setup file of the cdktn project (.projenrc.ts): the cdktn flavour must exist (`npm test` writes it;
// `npx jest` alone does not), and every App a test makes targets terraform >=1.11 (see CDKTN_CONTEXT).
// Imports ./flavour only.
import * as fs from 'fs';
import * as path from 'path';
import { useCdktnContext } from './flavour';

if (!fs.existsSync(path.join(__dirname, '..', '..', 'flavours', 'cdktn', 'src', 'index.ts'))) {
  throw new Error('flavours/cdktn is missing: run `npx projen generate:flavour` (npm test does) before `npx jest`');
}
useCdktnContext();

// Jest setup file of the cdktn project (.projenrc.ts): every App a test makes targets terraform >=1.11
// (see CDKTN_CONTEXT). Imports ./flavour only.
import { useCdktnContext } from './flavour';

useCdktnContext();

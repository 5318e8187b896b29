// Input files the commands read (saved Kibana answers, --map, a Terraform plan): JSON, with errors
// that name the file. May import ./exit and Node built-ins.
import * as fs from 'fs';
import { CommandError, errnoText } from './exit';

/** Reads a JSON file (a leading UTF-8 byte-order mark is allowed); errors name `label`. */
export function readJsonFile(file: string, label: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CommandError(`cannot read ${label}: ${errnoText(e)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CommandError(`${label} is not valid JSON: ${(e as Error).message}`);
  }
}

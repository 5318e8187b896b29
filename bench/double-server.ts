// A Kibana double in its own process for the importer benchmark.
// Usage: ts-node bench/double-server.ts <spaces> <connectors per space> [<rules per space>]; prints its URL, runs until killed.
import { generatedSpaces, KibanaDouble } from '../test/support/kibana-double';

const [spaces, perSpace, rulesPerSpace] = process.argv.slice(2).map(Number);
void KibanaDouble.start({ spaces: generatedSpaces(spaces, perSpace, rulesPerSpace || 0) }).then((double) => {
  console.log(double.url);
});

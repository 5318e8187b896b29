// A Kibana double in its own process for the importer benchmark.
// Usage: ts-node bench/double-server.ts <spaces> <connectors per space>; prints its URL, runs until killed.
import { generatedSpaces, KibanaDouble } from '../test/support/kibana-double';

void KibanaDouble.start({ spaces: generatedSpaces(Number(process.argv[2]), Number(process.argv[3])) }).then((double) => {
  console.log(double.url);
});

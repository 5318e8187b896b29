// withoutCreationStacks: runs a function while V8 records no call stacks, for the constructs that
// create an L1 resource (src/connector.ts, src/rules/alerting-rule.ts). Internal: src/index.ts does
// not export it (test/public-api.test.ts). Imports nothing.

/**
 * Runs `build` without recording creation stacks. cdktf records the whole call stack of every token
 * it makes (the L1 resource makes two, for its `timeouts` and `kibana_connection` output
 * references), only to print it should resolving that token ever fail; recording them is the
 * largest cost of creating a connector or a rule. The resource's attributes are written by the
 * calling construct from values it has checked, so those stacks would only point into that file.
 *
 * V8 records no stack while `Error.stackTraceLimit` is not a plain number, and cdktf's own
 * assignments to it cannot change that while it is an accessor; the original property is put back
 * before this returns. An error raised by `build` gets its stack recorded where it is caught here.
 */
export function withoutCreationStacks<T>(build: () => T): T {
  const limit = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (!limit?.configurable) return build();
  Object.defineProperty(Error, 'stackTraceLimit', { get: noLimit, set: noLimit, configurable: true, enumerable: limit.enumerable });
  try {
    return build();
  } catch (e) {
    Object.defineProperty(Error, 'stackTraceLimit', limit);
    if (e instanceof Error && e.stack === undefined) Error.captureStackTrace(e, withoutCreationStacks);
    throw e;
  } finally {
    Object.defineProperty(Error, 'stackTraceLimit', limit);
  }
}

function noLimit(): undefined {
  return undefined;
}

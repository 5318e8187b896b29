// Which CDK flavour this build of the package is for: the framework module (`cdktf`) and the npm
// name of this package. The cdktn build replaces this file with `cdktn` and
// `cdktn-kibana-connectors`; nothing else may hold these names. Imports nothing.

/** Module apps import `App`, `TerraformStack`, ... from. */
export const FRAMEWORK = 'cdktf';

/** npm name of this package. */
export const PACKAGE_NAME = 'cdktf-kibana-connectors';

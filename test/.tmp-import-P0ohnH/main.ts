import { App } from 'cdktf';
import { ImportedConnectorsStack } from './imported';
const app = new App();
new ImportedConnectorsStack(app, 'imported');
app.synth();

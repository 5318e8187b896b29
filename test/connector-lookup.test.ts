import { TerraformVariable } from 'cdktf';
import { IKibanaConnector, KibanaConnector, KibanaConnectorLookup, provider, SlackConnector } from '../src';
import { connectors, newStack, synthJson } from './support/synth';

const DATA = 'elasticstack_kibana_action_connector';

describe('KibanaConnectorLookup', () => {
  test('writes the data source under its construct id; its fields are what was given, the id a reference', () => {
    const stack = newStack();
    const found = new KibanaConnectorLookup(stack, 'found', { name: 'Ops', spaceId: 'ops', connectorTypeId: '.slack' });
    new KibanaConnector(stack, 'c', { name: 'n', connectorTypeId: '.index', config: { id: found.connectorId }, skipTypeValidation: true });
    const json = synthJson(stack);
    expect(json.data[DATA].found).toMatchObject({ name: 'Ops', space_id: 'ops', connector_type_id: '.slack' });
    expect(json.data[DATA].found.depends_on).toBeUndefined();
    expect(json.data[DATA].found.kibana_connection).toBeUndefined();
    expect(connectors(json).c.config).toBe('${jsonencode({"id" = data.elasticstack_kibana_action_connector.found.connector_id})}');
    expect([found.name, found.spaceId, found.connectorTypeId]).toEqual(['Ops', 'ops', '.slack']);
    expect(found.dataSource.node.path).toBe('test/found/Default');
  });

  test('its fields are readonly', () => {
    const found: IKibanaConnector = new KibanaConnectorLookup(newStack(), 'found', { name: 'Ops' });
    // @ts-expect-error connectorId is readonly
    found.connectorId = 'other';
    expect(Object.getOwnPropertyDescriptor(KibanaConnectorLookup.prototype, 'connectorId')?.set).toBeUndefined();
  });

  test('dependsOn lets a lookup follow the connector it finds', () => {
    const stack = newStack();
    const ops = new SlackConnector(stack, 'ops', { name: 'Ops', secrets: { webhookUrl: new TerraformVariable(stack, 'url', { sensitive: true }).stringValue } });
    new KibanaConnectorLookup(stack, 'found', { name: 'Ops', dependsOn: [ops.resource] });
    expect(synthJson(stack).data[DATA].found.depends_on).toEqual([`${DATA}.ops`]);
  });

  test('kibanaConnection is written like the connector resource writes it, literal text kept literal', () => {
    const stack = newStack();
    const key = new TerraformVariable(stack, 'kibana_api_key', { sensitive: true });
    new KibanaConnectorLookup(stack, 'found', {
      name: 'Ops',
      kibanaConnection: { endpoints: ['https://kibana.example:5601/${x}'], apiKey: key.stringValue, insecure: false },
    });
    expect(synthJson(stack).data[DATA].found.kibana_connection).toEqual(
      { endpoints: ['https://kibana.example:5601/$${x}'], api_key: '${var.kibana_api_key}', insecure: false },
    );
  });

  test('a provider alias is used', () => {
    const stack = newStack();
    const other = new provider.ElasticstackProvider(stack, 'other', { alias: 'other' });
    new KibanaConnectorLookup(stack, 'found', { name: 'Ops', provider: other });
    expect(synthJson(stack).data[DATA].found.provider).toBe('elasticstack.other');
  });

  test('KibanaConnector.fromLookup makes the same lookup', () => {
    const stack = newStack();
    const found = KibanaConnector.fromLookup(stack, 'found', { name: 'Ops', kibanaConnection: { endpoints: ['https://k:5601'] } });
    expect(found).toBeInstanceOf(KibanaConnectorLookup);
    expect(synthJson(stack).data[DATA].found).toMatchObject({ name: 'Ops', space_id: 'default', kibana_connection: { endpoints: ['https://k:5601'] } });
  });
});

import { CONNECTOR_TYPES } from '../src/connectors/registry';
import { findCdktfMarker } from '../src/importer/cdktf-markers';
import { createEngineProbe } from '../src/importer/engine-probe';
import { planImport, SecretProbeInput } from '../src/importer/plan';
import { createSecretProbe } from '../src/importer/secret-probe';

// The importer's secret probe reads the conditional secret rules as data (registry.ts), with
// Kibana's defaults for the target version, and never parses a validation message.

const CASES_CONFIG = {
  createIncidentUrl: 'https://tickets.example.com/api/issues',
  createIncidentJson: '{"title":"{{{case.title}}}"}',
  createIncidentResponseKey: 'id',
  readIncidentUrl: 'https://tickets.example.com/api/issues/{{{external.system.id}}}',
  readIncidentResponseExternalTitleKey: 'title',
  viewIncidentUrl: 'https://tickets.example.com/browse/{{{external.system.id}}}',
  updateIncidentUrl: 'https://tickets.example.com/api/issues/{{{external.system.id}}}',
  updateIncidentJson: '{"title":"{{{case.title}}}"}',
  hasAuth: true,
};

const input = (constructName: string, config: Record<string, unknown>, optionalFields: string[]): SecretProbeInput => ({
  constructName, name: 'n', spaceId: 'default', config, secretFields: [], optionalFields,
});

const CASES_SECRETS = ['user', 'password', 'crt', 'key', 'pfx', 'clientSecret', 'secretHeaders'];

describe('secret probe', () => {
  test('a .cases-webhook with hasAuth true and no authType needs user and password (Kibana stores basic)', () => {
    const result = createSecretProbe()(input('CasesWebhookConnector', CASES_CONFIG, CASES_SECRETS));
    const condition = 'config.hasAuth is true and config.authType is "webhook-authentication-basic"';
    expect(result).toEqual({ required: [{ field: 'user', condition }, { field: 'password', condition }], problems: [] });
  });

  test('for a Kibana that stores no authType the same config is refused with the construct\'s reason', () => {
    const result = createSecretProbe({ kibanaVersion: '9.3.0' })(input('CasesWebhookConnector', CASES_CONFIG, CASES_SECRETS));
    expect(result.required).toEqual([]);
    expect(result.problems).toEqual(['one of secrets.user, secrets.crt, secrets.pfx, secrets.clientSecret, secrets.secretHeaders is required when config.hasAuth is true']);
  });

  test('a ServiceNow connector with OAuth needs the OAuth secrets, and refuses a username', () => {
    const config = { apiUrl: 'https://dev.service-now.com', isOAuth: true, clientId: 'c', userIdentifierValue: 'u', jwtKeyId: 'k' };
    const probe = createSecretProbe();
    expect(probe(input('ServiceNowItsmConnector', config, ['username', 'password', 'clientSecret', 'privateKey', 'privateKeyPassword']))).toEqual({
      required: [{ field: 'clientSecret', condition: 'config.isOAuth is true' }, { field: 'privateKey', condition: 'config.isOAuth is true' }],
      problems: [],
    });
    const withUser = probe({ ...input('ServiceNowItsmConnector', config, ['password', 'clientSecret', 'privateKey']), secretFields: ['username'] });
    expect(withUser.problems).toContain('secrets.username must not be set when config.isOAuth is true');
  });

  test('a config the target Kibana does not accept is a problem (the importer falls back)', () => {
    const config = { url: 'https://hooks.example.com/a', method: 'delete', hasAuth: false };
    expect(createSecretProbe()(input('WebhookConnector', config, ['user', 'password'])).problems).toEqual([]);
    expect(createSecretProbe({ kibanaVersion: '9.2.0' })(input('WebhookConnector', config, ['user', 'password'])).problems).toEqual([
      'config.method is "delete", which the target Kibana 9.2.0 (context key "kibanaVersion") does not accept: the value needs Kibana 9.3.0 and later',
    ]);
  });
});

test('a construct that refuses a config is named once in the fallback reason', () => {
  const record = {
    id: 'h',
    name: 'hook',
    connector_type_id: '.webhook',
    config: { url: 'https://hooks.example.com/a', method: 'delete', hasAuth: false },
  };
  const plan = planImport([{ spaceId: 'default', connectors: [record] }], { registry: CONNECTOR_TYPES, secretProbe: createSecretProbe({ kibanaVersion: '9.2.0' }) });
  expect(plan.connectors[0].fallbackReason).toMatch(/^WebhookConnector rejects this config: config\.method is "delete"/);
  expect(plan.connectors[0].fallbackReason).not.toMatch(/rejects this config: .*rejects this config/);
});

test('a config holding a cdktf token marker is never built into a construct by the probe', () => {
  const record = {
    id: 'h',
    name: 'hook',
    connector_type_id: '.webhook',
    config: { url: 'https://hooks.example.com/a', method: 'post', hasAuth: false, headers: { '${TfToken[TOKEN.987654321]}': 'z' } },
  };
  const plan = planImport([{ spaceId: 'default', connectors: [record] }], { registry: CONNECTOR_TYPES, secretProbe: createSecretProbe(), tokenMarkers: findCdktfMarker });
  expect(plan.connectors[0].fallbackReason).toBeUndefined();
  expect(plan.connectors[0].typeScriptRefusal).toMatch(/token marker/);
  // Asked directly (a plan for HCL, made without the marker rule), the probe answers as the engine does, building nothing.
  const config = { ...record.config, hasAuth: true };
  const asked = input('WebhookConnector', config, ['user', 'password']);
  expect(createSecretProbe()(asked)).toEqual(createEngineProbe()(asked));
  expect(createSecretProbe()(asked).required.map((r) => r.field)).toEqual(['user', 'password']);
  const hcl = planImport([{ spaceId: 'default', connectors: [{ ...record, config }] }], { registry: CONNECTOR_TYPES, secretProbe: createSecretProbe() });
  expect([hcl.connectors[0].constructName, hcl.connectors[0].fallbackReason, hcl.connectors[0].typeScriptRefusal]).toEqual(['WebhookConnector', undefined, undefined]);
  expect(hcl.connectors[0].variables.map((v) => v.field)).toEqual(['user', 'password']);
});

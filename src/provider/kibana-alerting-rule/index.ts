// GENERATED FILE: do not edit by hand.
// Built by @cdktf/provider-generator from generator/provider-schema.json (elastic/elasticstack).
// Regenerate with: npx projen generate:provider
// https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KibanaAlertingRuleConfig extends cdktf.TerraformMetaArguments {
  /**
  * Number of consecutive runs that must meet the rule's conditions before an alert is raised. Needs Elastic Stack 8.13 or later.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#alert_delay KibanaAlertingRule#alert_delay}
  */
  readonly alertDelay?: number;
  /**
  * Application or feature that owns the rule, for example alerts or stackAlerts; changing it replaces the rule.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#consumer KibanaAlertingRule#consumer}
  */
  readonly consumer: string;
  /**
  * Whether the rule runs on its schedule. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#enabled KibanaAlertingRule#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Flapping detection for the rule's alerts; look_back_window and status_change_threshold are required when it is set. Needs Elastic Stack 8.16 or later.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#flapping KibanaAlertingRule#flapping}
  */
  readonly flapping?: KibanaAlertingRuleFlapping;
  /**
  * How often the rule checks its conditions: a duration in s, m, h or d, such as 1m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#interval KibanaAlertingRule#interval}
  */
  readonly interval: string;
  /**
  * Display name of the rule; it need not be unique.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#name KibanaAlertingRule#name}
  */
  readonly name: string;
  /**
  * Rule-level choice of when actions run: onActionGroupChange, onActiveAlert or onThrottleInterval. Deprecated since Elastic Stack 8.13 in favour of each action's frequency, and not combinable with it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#notify_when KibanaAlertingRule#notify_when}
  */
  readonly notifyWhen?: string;
  /**
  * Parameters of the rule type as a JSON object string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#params KibanaAlertingRule#params}
  */
  readonly params: string;
  /**
  * Rule identifier. Kibana generates one when unset; before Elastic Stack 8.17 it must be a UUID (v1 or v4). Changing it replaces the rule.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#rule_id KibanaAlertingRule#rule_id}
  */
  readonly ruleId?: string;
  /**
  * Rule type id, for example .es-query or .index-threshold; changing it replaces the rule.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#rule_type_id KibanaAlertingRule#rule_type_id}
  */
  readonly ruleTypeId: string;
  /**
  * Kibana space of the rule. Defaults to "default"; changing it replaces the rule.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#space_id KibanaAlertingRule#space_id}
  */
  readonly spaceId?: string;
  /**
  * Tags of the rule.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#tags KibanaAlertingRule#tags}
  */
  readonly tags?: string[];
  /**
  * Rule-level minimum time between repeated actions (s, m, h or d, such as 10m), used with notify_when onThrottleInterval. Deprecated since Elastic Stack 8.13 in favour of each action's frequency.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#throttle KibanaAlertingRule#throttle}
  */
  readonly throttle?: string;
  /**
  * Operation timeouts.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#timeouts KibanaAlertingRule#timeouts}
  */
  readonly timeouts?: KibanaAlertingRuleTimeouts;
  /**
  * actions block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#actions KibanaAlertingRule#actions}
  */
  readonly actions?: KibanaAlertingRuleActions[] | cdktf.IResolvable;
  /**
  * kibana_connection block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#kibana_connection KibanaAlertingRule#kibana_connection}
  */
  readonly kibanaConnection?: KibanaAlertingRuleKibanaConnection;
}
export interface KibanaAlertingRuleFlapping {
  /**
  * Whether the rule's alerts may be marked as flapping; Kibana's default applies when unset. Needs Elastic Stack 9.3 or later.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#enabled KibanaAlertingRule#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Number of recent rule runs in which status changes are counted (at least 1).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#look_back_window KibanaAlertingRule#look_back_window}
  */
  readonly lookBackWindow?: number;
  /**
  * Number of changes between active and recovered within the look-back window that mark an alert as flapping (at least 1).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#status_change_threshold KibanaAlertingRule#status_change_threshold}
  */
  readonly statusChangeThreshold?: number;
}

export function kibanaAlertingRuleFlappingToTerraform(struct?: KibanaAlertingRuleFlapping | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    look_back_window: cdktf.numberToTerraform(struct!.lookBackWindow),
    status_change_threshold: cdktf.numberToTerraform(struct!.statusChangeThreshold),
  }
}


export function kibanaAlertingRuleFlappingToHclTerraform(struct?: KibanaAlertingRuleFlapping | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    look_back_window: {
      value: cdktf.numberToHclTerraform(struct!.lookBackWindow),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    status_change_threshold: {
      value: cdktf.numberToHclTerraform(struct!.statusChangeThreshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaAlertingRuleFlappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaAlertingRuleFlapping | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._lookBackWindow !== undefined) {
      hasAnyValues = true;
      internalValueResult.lookBackWindow = this._lookBackWindow;
    }
    if (this._statusChangeThreshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.statusChangeThreshold = this._statusChangeThreshold;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaAlertingRuleFlapping | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._lookBackWindow = undefined;
      this._statusChangeThreshold = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._lookBackWindow = value.lookBackWindow;
      this._statusChangeThreshold = value.statusChangeThreshold;
    }
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // look_back_window - computed: true, optional: true, required: false
  private _lookBackWindow?: number; 
  public get lookBackWindow() {
    return this.getNumberAttribute('look_back_window');
  }
  public set lookBackWindow(value: number) {
    this._lookBackWindow = value;
  }
  public resetLookBackWindow() {
    this._lookBackWindow = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lookBackWindowInput() {
    return this._lookBackWindow;
  }

  // status_change_threshold - computed: true, optional: true, required: false
  private _statusChangeThreshold?: number; 
  public get statusChangeThreshold() {
    return this.getNumberAttribute('status_change_threshold');
  }
  public set statusChangeThreshold(value: number) {
    this._statusChangeThreshold = value;
  }
  public resetStatusChangeThreshold() {
    this._statusChangeThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statusChangeThresholdInput() {
    return this._statusChangeThreshold;
  }
}
export interface KibanaAlertingRuleTimeouts {
  /**
  * How long a create may take, as a duration string such as "30s" or "2h45m". Default 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#create KibanaAlertingRule#create}
  */
  readonly create?: string;
  /**
  * How long a delete may take. Default 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#delete KibanaAlertingRule#delete}
  */
  readonly delete?: string;
  /**
  * How long a read may take. Default 5m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#read KibanaAlertingRule#read}
  */
  readonly read?: string;
  /**
  * How long an update may take. Default 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#update KibanaAlertingRule#update}
  */
  readonly update?: string;
}

export function kibanaAlertingRuleTimeoutsToTerraform(struct?: KibanaAlertingRuleTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    read: cdktf.stringToTerraform(struct!.read),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function kibanaAlertingRuleTimeoutsToHclTerraform(struct?: KibanaAlertingRuleTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read: {
      value: cdktf.stringToHclTerraform(struct!.read),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaAlertingRuleTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaAlertingRuleTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._read !== undefined) {
      hasAnyValues = true;
      internalValueResult.read = this._read;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaAlertingRuleTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._read = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._read = value.read;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // read - computed: false, optional: true, required: false
  private _read?: string; 
  public get read() {
    return this.getStringAttribute('read');
  }
  public set read(value: string) {
    this._read = value;
  }
  public resetRead() {
    this._read = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readInput() {
    return this._read;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}
export interface KibanaAlertingRuleActionsAlertsFilterTimeframe {
  /**
  * Days of the week on which the action may run, as ISO weekdays from 1 (Monday) to 7 (Sunday).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#days KibanaAlertingRule#days}
  */
  readonly days?: number[];
  /**
  * End of the daily window in 24-hour hh:mm notation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#hours_end KibanaAlertingRule#hours_end}
  */
  readonly hoursEnd?: string;
  /**
  * Start of the daily window in 24-hour hh:mm notation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#hours_start KibanaAlertingRule#hours_start}
  */
  readonly hoursStart?: string;
  /**
  * Time zone of hours_start and hours_end, such as Europe/Paris.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#timezone KibanaAlertingRule#timezone}
  */
  readonly timezone?: string;
}

export function kibanaAlertingRuleActionsAlertsFilterTimeframeToTerraform(struct?: KibanaAlertingRuleActionsAlertsFilterTimeframe | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    days: cdktf.listMapper(cdktf.numberToTerraform, false)(struct!.days),
    hours_end: cdktf.stringToTerraform(struct!.hoursEnd),
    hours_start: cdktf.stringToTerraform(struct!.hoursStart),
    timezone: cdktf.stringToTerraform(struct!.timezone),
  }
}


export function kibanaAlertingRuleActionsAlertsFilterTimeframeToHclTerraform(struct?: KibanaAlertingRuleActionsAlertsFilterTimeframe | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    days: {
      value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(struct!.days),
      isBlock: false,
      type: "list",
      storageClassType: "numberList",
    },
    hours_end: {
      value: cdktf.stringToHclTerraform(struct!.hoursEnd),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    hours_start: {
      value: cdktf.stringToHclTerraform(struct!.hoursStart),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timezone: {
      value: cdktf.stringToHclTerraform(struct!.timezone),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaAlertingRuleActionsAlertsFilterTimeframeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaAlertingRuleActionsAlertsFilterTimeframe | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._days !== undefined) {
      hasAnyValues = true;
      internalValueResult.days = this._days;
    }
    if (this._hoursEnd !== undefined) {
      hasAnyValues = true;
      internalValueResult.hoursEnd = this._hoursEnd;
    }
    if (this._hoursStart !== undefined) {
      hasAnyValues = true;
      internalValueResult.hoursStart = this._hoursStart;
    }
    if (this._timezone !== undefined) {
      hasAnyValues = true;
      internalValueResult.timezone = this._timezone;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaAlertingRuleActionsAlertsFilterTimeframe | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._days = undefined;
      this._hoursEnd = undefined;
      this._hoursStart = undefined;
      this._timezone = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._days = value.days;
      this._hoursEnd = value.hoursEnd;
      this._hoursStart = value.hoursStart;
      this._timezone = value.timezone;
    }
  }

  // days - computed: false, optional: true, required: false
  private _days?: number[]; 
  public get days() {
    return this.getNumberListAttribute('days');
  }
  public set days(value: number[]) {
    this._days = value;
  }
  public resetDays() {
    this._days = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get daysInput() {
    return this._days;
  }

  // hours_end - computed: false, optional: true, required: false
  private _hoursEnd?: string; 
  public get hoursEnd() {
    return this.getStringAttribute('hours_end');
  }
  public set hoursEnd(value: string) {
    this._hoursEnd = value;
  }
  public resetHoursEnd() {
    this._hoursEnd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hoursEndInput() {
    return this._hoursEnd;
  }

  // hours_start - computed: false, optional: true, required: false
  private _hoursStart?: string; 
  public get hoursStart() {
    return this.getStringAttribute('hours_start');
  }
  public set hoursStart(value: string) {
    this._hoursStart = value;
  }
  public resetHoursStart() {
    this._hoursStart = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hoursStartInput() {
    return this._hoursStart;
  }

  // timezone - computed: false, optional: true, required: false
  private _timezone?: string; 
  public get timezone() {
    return this.getStringAttribute('timezone');
  }
  public set timezone(value: string) {
    this._timezone = value;
  }
  public resetTimezone() {
    this._timezone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timezoneInput() {
    return this._timezone;
  }
}
export interface KibanaAlertingRuleActionsAlertsFilter {
  /**
  * KQL query an alert must match for the action to run.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#kql KibanaAlertingRule#kql}
  */
  readonly kql?: string;
  /**
  * timeframe block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#timeframe KibanaAlertingRule#timeframe}
  */
  readonly timeframe?: KibanaAlertingRuleActionsAlertsFilterTimeframe;
}

export function kibanaAlertingRuleActionsAlertsFilterToTerraform(struct?: KibanaAlertingRuleActionsAlertsFilter | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    kql: cdktf.stringToTerraform(struct!.kql),
    timeframe: kibanaAlertingRuleActionsAlertsFilterTimeframeToTerraform(struct!.timeframe),
  }
}


export function kibanaAlertingRuleActionsAlertsFilterToHclTerraform(struct?: KibanaAlertingRuleActionsAlertsFilter | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    kql: {
      value: cdktf.stringToHclTerraform(struct!.kql),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timeframe: {
      value: kibanaAlertingRuleActionsAlertsFilterTimeframeToHclTerraform(struct!.timeframe),
      isBlock: true,
      type: "struct",
      storageClassType: "KibanaAlertingRuleActionsAlertsFilterTimeframe",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaAlertingRuleActionsAlertsFilterOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaAlertingRuleActionsAlertsFilter | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._kql !== undefined) {
      hasAnyValues = true;
      internalValueResult.kql = this._kql;
    }
    if (this._timeframe?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeframe = this._timeframe?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaAlertingRuleActionsAlertsFilter | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._kql = undefined;
      this._timeframe.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._kql = value.kql;
      this._timeframe.internalValue = value.timeframe;
    }
  }

  // kql - computed: false, optional: true, required: false
  private _kql?: string; 
  public get kql() {
    return this.getStringAttribute('kql');
  }
  public set kql(value: string) {
    this._kql = value;
  }
  public resetKql() {
    this._kql = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kqlInput() {
    return this._kql;
  }

  // timeframe - computed: false, optional: true, required: false
  private _timeframe = new KibanaAlertingRuleActionsAlertsFilterTimeframeOutputReference(this, "timeframe");
  public get timeframe() {
    return this._timeframe;
  }
  public putTimeframe(value: KibanaAlertingRuleActionsAlertsFilterTimeframe) {
    this._timeframe.internalValue = value;
  }
  public resetTimeframe() {
    this._timeframe.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeframeInput() {
    return this._timeframe.internalValue;
  }
}
export interface KibanaAlertingRuleActionsFrequency {
  /**
  * When the action runs: onActionGroupChange, onActiveAlert or onThrottleInterval.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#notify_when KibanaAlertingRule#notify_when}
  */
  readonly notifyWhen?: string;
  /**
  * Whether the action sends one summary of the alerts instead of one message per alert.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#summary KibanaAlertingRule#summary}
  */
  readonly summary?: boolean | cdktf.IResolvable;
  /**
  * Minimum time between repeated runs of the action (s, m, h or d, such as 10m), used with notify_when onThrottleInterval.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#throttle KibanaAlertingRule#throttle}
  */
  readonly throttle?: string;
}

export function kibanaAlertingRuleActionsFrequencyToTerraform(struct?: KibanaAlertingRuleActionsFrequency | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    notify_when: cdktf.stringToTerraform(struct!.notifyWhen),
    summary: cdktf.booleanToTerraform(struct!.summary),
    throttle: cdktf.stringToTerraform(struct!.throttle),
  }
}


export function kibanaAlertingRuleActionsFrequencyToHclTerraform(struct?: KibanaAlertingRuleActionsFrequency | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    notify_when: {
      value: cdktf.stringToHclTerraform(struct!.notifyWhen),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    summary: {
      value: cdktf.booleanToHclTerraform(struct!.summary),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    throttle: {
      value: cdktf.stringToHclTerraform(struct!.throttle),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaAlertingRuleActionsFrequencyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaAlertingRuleActionsFrequency | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._notifyWhen !== undefined) {
      hasAnyValues = true;
      internalValueResult.notifyWhen = this._notifyWhen;
    }
    if (this._summary !== undefined) {
      hasAnyValues = true;
      internalValueResult.summary = this._summary;
    }
    if (this._throttle !== undefined) {
      hasAnyValues = true;
      internalValueResult.throttle = this._throttle;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaAlertingRuleActionsFrequency | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._notifyWhen = undefined;
      this._summary = undefined;
      this._throttle = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._notifyWhen = value.notifyWhen;
      this._summary = value.summary;
      this._throttle = value.throttle;
    }
  }

  // notify_when - computed: true, optional: true, required: false
  private _notifyWhen?: string; 
  public get notifyWhen() {
    return this.getStringAttribute('notify_when');
  }
  public set notifyWhen(value: string) {
    this._notifyWhen = value;
  }
  public resetNotifyWhen() {
    this._notifyWhen = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notifyWhenInput() {
    return this._notifyWhen;
  }

  // summary - computed: true, optional: true, required: false
  private _summary?: boolean | cdktf.IResolvable; 
  public get summary() {
    return this.getBooleanAttribute('summary');
  }
  public set summary(value: boolean | cdktf.IResolvable) {
    this._summary = value;
  }
  public resetSummary() {
    this._summary = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get summaryInput() {
    return this._summary;
  }

  // throttle - computed: false, optional: true, required: false
  private _throttle?: string; 
  public get throttle() {
    return this.getStringAttribute('throttle');
  }
  public set throttle(value: string) {
    this._throttle = value;
  }
  public resetThrottle() {
    this._throttle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get throttleInput() {
    return this._throttle;
  }
}
export interface KibanaAlertingRuleActions {
  /**
  * Action group whose alerts run the action; each rule type has its own groups (for example threshold met or recovered). Defaults to "default".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#group KibanaAlertingRule#group}
  */
  readonly group?: string;
  /**
  * Id of the connector that runs the action (its connector_id, not the <space_id>/<connector_id> id of the connector resource).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#id KibanaAlertingRule#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * Parameters sent to the connector as a JSON object string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#params KibanaAlertingRule#params}
  */
  readonly params: string;
  /**
  * alerts_filter block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#alerts_filter KibanaAlertingRule#alerts_filter}
  */
  readonly alertsFilter?: KibanaAlertingRuleActionsAlertsFilter;
  /**
  * frequency block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#frequency KibanaAlertingRule#frequency}
  */
  readonly frequency?: KibanaAlertingRuleActionsFrequency;
}

export function kibanaAlertingRuleActionsToTerraform(struct?: KibanaAlertingRuleActions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    group: cdktf.stringToTerraform(struct!.group),
    id: cdktf.stringToTerraform(struct!.id),
    params: cdktf.stringToTerraform(struct!.params),
    alerts_filter: kibanaAlertingRuleActionsAlertsFilterToTerraform(struct!.alertsFilter),
    frequency: kibanaAlertingRuleActionsFrequencyToTerraform(struct!.frequency),
  }
}


export function kibanaAlertingRuleActionsToHclTerraform(struct?: KibanaAlertingRuleActions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    group: {
      value: cdktf.stringToHclTerraform(struct!.group),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    params: {
      value: cdktf.stringToHclTerraform(struct!.params),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    alerts_filter: {
      value: kibanaAlertingRuleActionsAlertsFilterToHclTerraform(struct!.alertsFilter),
      isBlock: true,
      type: "struct",
      storageClassType: "KibanaAlertingRuleActionsAlertsFilter",
    },
    frequency: {
      value: kibanaAlertingRuleActionsFrequencyToHclTerraform(struct!.frequency),
      isBlock: true,
      type: "struct",
      storageClassType: "KibanaAlertingRuleActionsFrequency",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaAlertingRuleActionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): KibanaAlertingRuleActions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._group !== undefined) {
      hasAnyValues = true;
      internalValueResult.group = this._group;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._params !== undefined) {
      hasAnyValues = true;
      internalValueResult.params = this._params;
    }
    if (this._alertsFilter?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.alertsFilter = this._alertsFilter?.internalValue;
    }
    if (this._frequency?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.frequency = this._frequency?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaAlertingRuleActions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._group = undefined;
      this._id = undefined;
      this._params = undefined;
      this._alertsFilter.internalValue = undefined;
      this._frequency.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._group = value.group;
      this._id = value.id;
      this._params = value.params;
      this._alertsFilter.internalValue = value.alertsFilter;
      this._frequency.internalValue = value.frequency;
    }
  }

  // group - computed: true, optional: true, required: false
  private _group?: string; 
  public get group() {
    return this.getStringAttribute('group');
  }
  public set group(value: string) {
    this._group = value;
  }
  public resetGroup() {
    this._group = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupInput() {
    return this._group;
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // params - computed: false, optional: false, required: true
  private _params?: string; 
  public get params() {
    return this.getStringAttribute('params');
  }
  public set params(value: string) {
    this._params = value;
  }
  // Temporarily expose input value. Use with caution.
  public get paramsInput() {
    return this._params;
  }

  // alerts_filter - computed: false, optional: true, required: false
  private _alertsFilter = new KibanaAlertingRuleActionsAlertsFilterOutputReference(this, "alerts_filter");
  public get alertsFilter() {
    return this._alertsFilter;
  }
  public putAlertsFilter(value: KibanaAlertingRuleActionsAlertsFilter) {
    this._alertsFilter.internalValue = value;
  }
  public resetAlertsFilter() {
    this._alertsFilter.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alertsFilterInput() {
    return this._alertsFilter.internalValue;
  }

  // frequency - computed: false, optional: true, required: false
  private _frequency = new KibanaAlertingRuleActionsFrequencyOutputReference(this, "frequency");
  public get frequency() {
    return this._frequency;
  }
  public putFrequency(value: KibanaAlertingRuleActionsFrequency) {
    this._frequency.internalValue = value;
  }
  public resetFrequency() {
    this._frequency.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get frequencyInput() {
    return this._frequency.internalValue;
  }
}

export class KibanaAlertingRuleActionsList extends cdktf.ComplexList {
  public internalValue? : KibanaAlertingRuleActions[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): KibanaAlertingRuleActionsOutputReference {
    return new KibanaAlertingRuleActionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaAlertingRuleKibanaConnection {
  /**
  * API key for Kibana (the encoded form).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#api_key KibanaAlertingRule#api_key}
  */
  readonly apiKey?: string;
  /**
  * Bearer token for Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#bearer_token KibanaAlertingRule#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * Paths of CA certificate files used to verify Kibana's TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#ca_certs KibanaAlertingRule#ca_certs}
  */
  readonly caCerts?: string[];
  /**
  * Kibana URLs; only the first one is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#endpoints KibanaAlertingRule#endpoints}
  */
  readonly endpoints?: string[];
  /**
  * Skip verification of Kibana's TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#insecure KibanaAlertingRule#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Password for basic authentication to Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#password KibanaAlertingRule#password}
  */
  readonly password?: string;
  /**
  * Username for basic authentication to Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#username KibanaAlertingRule#username}
  */
  readonly username?: string;
}

export function kibanaAlertingRuleKibanaConnectionToTerraform(struct?: KibanaAlertingRuleKibanaConnectionOutputReference | KibanaAlertingRuleKibanaConnection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    api_key: cdktf.stringToTerraform(struct!.apiKey),
    bearer_token: cdktf.stringToTerraform(struct!.bearerToken),
    ca_certs: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.caCerts),
    endpoints: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.endpoints),
    insecure: cdktf.booleanToTerraform(struct!.insecure),
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function kibanaAlertingRuleKibanaConnectionToHclTerraform(struct?: KibanaAlertingRuleKibanaConnectionOutputReference | KibanaAlertingRuleKibanaConnection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    api_key: {
      value: cdktf.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    bearer_token: {
      value: cdktf.stringToHclTerraform(struct!.bearerToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_certs: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.caCerts),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    endpoints: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.endpoints),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    insecure: {
      value: cdktf.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaAlertingRuleKibanaConnectionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KibanaAlertingRuleKibanaConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._apiKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKey = this._apiKey;
    }
    if (this._bearerToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.bearerToken = this._bearerToken;
    }
    if (this._caCerts !== undefined) {
      hasAnyValues = true;
      internalValueResult.caCerts = this._caCerts;
    }
    if (this._endpoints !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpoints = this._endpoints;
    }
    if (this._insecure !== undefined) {
      hasAnyValues = true;
      internalValueResult.insecure = this._insecure;
    }
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaAlertingRuleKibanaConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._apiKey = undefined;
      this._bearerToken = undefined;
      this._caCerts = undefined;
      this._endpoints = undefined;
      this._insecure = undefined;
      this._password = undefined;
      this._username = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._apiKey = value.apiKey;
      this._bearerToken = value.bearerToken;
      this._caCerts = value.caCerts;
      this._endpoints = value.endpoints;
      this._insecure = value.insecure;
      this._password = value.password;
      this._username = value.username;
    }
  }

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // bearer_token - computed: false, optional: true, required: false
  private _bearerToken?: string; 
  public get bearerToken() {
    return this.getStringAttribute('bearer_token');
  }
  public set bearerToken(value: string) {
    this._bearerToken = value;
  }
  public resetBearerToken() {
    this._bearerToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bearerTokenInput() {
    return this._bearerToken;
  }

  // ca_certs - computed: false, optional: true, required: false
  private _caCerts?: string[]; 
  public get caCerts() {
    return this.getListAttribute('ca_certs');
  }
  public set caCerts(value: string[]) {
    this._caCerts = value;
  }
  public resetCaCerts() {
    this._caCerts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caCertsInput() {
    return this._caCerts;
  }

  // endpoints - computed: false, optional: true, required: false
  private _endpoints?: string[]; 
  public get endpoints() {
    return this.getListAttribute('endpoints');
  }
  public set endpoints(value: string[]) {
    this._endpoints = value;
  }
  public resetEndpoints() {
    this._endpoints = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointsInput() {
    return this._endpoints;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this.getBooleanAttribute('insecure');
  }
  public set insecure(value: boolean | cdktf.IResolvable) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule elasticstack_kibana_alerting_rule}
*/
export class KibanaAlertingRule extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "elasticstack_kibana_alerting_rule";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KibanaAlertingRule resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KibanaAlertingRule to import
  * @param importFromId The id of the existing KibanaAlertingRule that should be imported. Refer to the {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KibanaAlertingRule to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "elasticstack_kibana_alerting_rule", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_alerting_rule elasticstack_kibana_alerting_rule} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KibanaAlertingRuleConfig
  */
  public constructor(scope: Construct, id: string, config: KibanaAlertingRuleConfig) {
    super(scope, id, {
      terraformResourceType: 'elasticstack_kibana_alerting_rule',
      terraformGeneratorMetadata: {
        providerName: 'elasticstack',
        providerVersion: '0.16.3'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._alertDelay = config.alertDelay;
    this._consumer = config.consumer;
    this._enabled = config.enabled;
    this._flapping.internalValue = config.flapping;
    this._interval = config.interval;
    this._name = config.name;
    this._notifyWhen = config.notifyWhen;
    this._params = config.params;
    this._ruleId = config.ruleId;
    this._ruleTypeId = config.ruleTypeId;
    this._spaceId = config.spaceId;
    this._tags = config.tags;
    this._throttle = config.throttle;
    this._timeouts.internalValue = config.timeouts;
    this._actions.internalValue = config.actions;
    this._kibanaConnection.internalValue = config.kibanaConnection;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alert_delay - computed: true, optional: true, required: false
  private _alertDelay?: number; 
  public get alertDelay() {
    return this.getNumberAttribute('alert_delay');
  }
  public set alertDelay(value: number) {
    this._alertDelay = value;
  }
  public resetAlertDelay() {
    this._alertDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alertDelayInput() {
    return this._alertDelay;
  }

  // consumer - computed: false, optional: false, required: true
  private _consumer?: string; 
  public get consumer() {
    return this.getStringAttribute('consumer');
  }
  public set consumer(value: string) {
    this._consumer = value;
  }
  // Temporarily expose input value. Use with caution.
  public get consumerInput() {
    return this._consumer;
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // flapping - computed: true, optional: true, required: false
  private _flapping = new KibanaAlertingRuleFlappingOutputReference(this, "flapping");
  public get flapping() {
    return this._flapping;
  }
  public putFlapping(value: KibanaAlertingRuleFlapping) {
    this._flapping.internalValue = value;
  }
  public resetFlapping() {
    this._flapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get flappingInput() {
    return this._flapping.internalValue;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // interval - computed: false, optional: false, required: true
  private _interval?: string; 
  public get interval() {
    return this.getStringAttribute('interval');
  }
  public set interval(value: string) {
    this._interval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // last_execution_date - computed: true, optional: false, required: false
  public get lastExecutionDate() {
    return this.getStringAttribute('last_execution_date');
  }

  // last_execution_status - computed: true, optional: false, required: false
  public get lastExecutionStatus() {
    return this.getStringAttribute('last_execution_status');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // notify_when - computed: true, optional: true, required: false
  private _notifyWhen?: string; 
  public get notifyWhen() {
    return this.getStringAttribute('notify_when');
  }
  public set notifyWhen(value: string) {
    this._notifyWhen = value;
  }
  public resetNotifyWhen() {
    this._notifyWhen = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notifyWhenInput() {
    return this._notifyWhen;
  }

  // params - computed: false, optional: false, required: true
  private _params?: string; 
  public get params() {
    return this.getStringAttribute('params');
  }
  public set params(value: string) {
    this._params = value;
  }
  // Temporarily expose input value. Use with caution.
  public get paramsInput() {
    return this._params;
  }

  // rule_id - computed: true, optional: true, required: false
  private _ruleId?: string; 
  public get ruleId() {
    return this.getStringAttribute('rule_id');
  }
  public set ruleId(value: string) {
    this._ruleId = value;
  }
  public resetRuleId() {
    this._ruleId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleIdInput() {
    return this._ruleId;
  }

  // rule_type_id - computed: false, optional: false, required: true
  private _ruleTypeId?: string; 
  public get ruleTypeId() {
    return this.getStringAttribute('rule_type_id');
  }
  public set ruleTypeId(value: string) {
    this._ruleTypeId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleTypeIdInput() {
    return this._ruleTypeId;
  }

  // scheduled_task_id - computed: true, optional: false, required: false
  public get scheduledTaskId() {
    return this.getStringAttribute('scheduled_task_id');
  }

  // space_id - computed: true, optional: true, required: false
  private _spaceId?: string; 
  public get spaceId() {
    return this.getStringAttribute('space_id');
  }
  public set spaceId(value: string) {
    this._spaceId = value;
  }
  public resetSpaceId() {
    this._spaceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spaceIdInput() {
    return this._spaceId;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // throttle - computed: true, optional: true, required: false
  private _throttle?: string; 
  public get throttle() {
    return this.getStringAttribute('throttle');
  }
  public set throttle(value: string) {
    this._throttle = value;
  }
  public resetThrottle() {
    this._throttle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get throttleInput() {
    return this._throttle;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new KibanaAlertingRuleTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: KibanaAlertingRuleTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // actions - computed: false, optional: true, required: false
  private _actions = new KibanaAlertingRuleActionsList(this, "actions", false);
  public get actions() {
    return this._actions;
  }
  public putActions(value: KibanaAlertingRuleActions[] | cdktf.IResolvable) {
    this._actions.internalValue = value;
  }
  public resetActions() {
    this._actions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionsInput() {
    return this._actions.internalValue;
  }

  // kibana_connection - computed: false, optional: true, required: false
  private _kibanaConnection = new KibanaAlertingRuleKibanaConnectionOutputReference(this, "kibana_connection");
  public get kibanaConnection() {
    return this._kibanaConnection;
  }
  public putKibanaConnection(value: KibanaAlertingRuleKibanaConnection) {
    this._kibanaConnection.internalValue = value;
  }
  public resetKibanaConnection() {
    this._kibanaConnection.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kibanaConnectionInput() {
    return this._kibanaConnection.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alert_delay: cdktf.numberToTerraform(this._alertDelay),
      consumer: cdktf.stringToTerraform(this._consumer),
      enabled: cdktf.booleanToTerraform(this._enabled),
      flapping: kibanaAlertingRuleFlappingToTerraform(this._flapping.internalValue),
      interval: cdktf.stringToTerraform(this._interval),
      name: cdktf.stringToTerraform(this._name),
      notify_when: cdktf.stringToTerraform(this._notifyWhen),
      params: cdktf.stringToTerraform(this._params),
      rule_id: cdktf.stringToTerraform(this._ruleId),
      rule_type_id: cdktf.stringToTerraform(this._ruleTypeId),
      space_id: cdktf.stringToTerraform(this._spaceId),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      throttle: cdktf.stringToTerraform(this._throttle),
      timeouts: kibanaAlertingRuleTimeoutsToTerraform(this._timeouts.internalValue),
      actions: cdktf.listMapper(kibanaAlertingRuleActionsToTerraform, true)(this._actions.internalValue),
      kibana_connection: kibanaAlertingRuleKibanaConnectionToTerraform(this._kibanaConnection.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alert_delay: {
        value: cdktf.numberToHclTerraform(this._alertDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      consumer: {
        value: cdktf.stringToHclTerraform(this._consumer),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      flapping: {
        value: kibanaAlertingRuleFlappingToHclTerraform(this._flapping.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KibanaAlertingRuleFlapping",
      },
      interval: {
        value: cdktf.stringToHclTerraform(this._interval),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      notify_when: {
        value: cdktf.stringToHclTerraform(this._notifyWhen),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      params: {
        value: cdktf.stringToHclTerraform(this._params),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rule_id: {
        value: cdktf.stringToHclTerraform(this._ruleId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rule_type_id: {
        value: cdktf.stringToHclTerraform(this._ruleTypeId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      space_id: {
        value: cdktf.stringToHclTerraform(this._spaceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      throttle: {
        value: cdktf.stringToHclTerraform(this._throttle),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: kibanaAlertingRuleTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KibanaAlertingRuleTimeouts",
      },
      actions: {
        value: cdktf.listMapperHcl(kibanaAlertingRuleActionsToHclTerraform, true)(this._actions.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaAlertingRuleActionsList",
      },
      kibana_connection: {
        value: kibanaAlertingRuleKibanaConnectionToHclTerraform(this._kibanaConnection.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaAlertingRuleKibanaConnectionList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

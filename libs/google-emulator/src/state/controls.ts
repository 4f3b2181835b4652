import type { FaultRule, PushFaults } from '../faults/fault-rule.model.ts';
import { noPushFaults } from '../faults/fault-rule.model.ts';
import { defaultQuotaConfig, type QuotaConfig } from '../quota/quota.model.ts';
import { createQuotaUsage, type QuotaUsage } from '../quota/quota-usage.ts';
import { defaultSettings, type EmulatorSettings } from '../settings/emulator-settings.ts';

/** Operator knobs set through the control API; not part of a snapshot. */
export interface Controls {
  settings: EmulatorSettings;
  quotas: QuotaConfig;
  usage: QuotaUsage;
  faults: FaultRule[];
  pushFaults: PushFaults;
}

export const createControls = (overrides: Partial<EmulatorSettings>): Controls => ({
  settings: { ...defaultSettings(), ...overrides },
  quotas: defaultQuotaConfig(),
  usage: createQuotaUsage(),
  faults: [],
  pushFaults: noPushFaults(),
});

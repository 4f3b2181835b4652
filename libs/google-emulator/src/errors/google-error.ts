export interface GoogleErrorItem {
  domain: string;
  reason: string;
  message: string;
  locationType?: 'parameter' | 'header';
  location?: string;
}

export interface GoogleErrorInit extends GoogleErrorItem {
  code: number;
  /** AIP-193 status string; Google's front end adds it to auth, scope and 429 errors, the Calendar backend does not. */
  status?: string;
}

/** An API failure rendered exactly in Calendar v3's error shape (reference §5.1). */
export class GoogleError extends Error {
  readonly code: number;
  readonly item: GoogleErrorItem;
  readonly status: string | undefined;

  constructor(init: GoogleErrorInit) {
    super(init.message);
    this.code = init.code;
    this.status = init.status;
    this.item = { domain: init.domain, reason: init.reason, message: init.message };
    if (init.locationType !== undefined) this.item.locationType = init.locationType;
    if (init.location !== undefined) this.item.location = init.location;
  }

  toBody(): { error: Record<string, unknown> } {
    const error: Record<string, unknown> = { errors: [this.item], code: this.code, message: this.item.message };
    if (this.status !== undefined) error.status = this.status;
    return { error };
  }
}

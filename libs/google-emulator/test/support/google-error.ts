interface ErrorItem {
  domain?: string;
  reason?: string;
  message?: string;
  location?: string;
  locationType?: string;
}

export interface CaughtGoogleError {
  status: number | undefined;
  body: { error?: { errors?: ErrorItem[]; code?: number; message?: string; status?: string } } & Record<
    string,
    unknown
  >;
  reason: string | undefined;
  message: string;
}

/** Runs a client call that must fail and returns what a connector would see on the GaxiosError. */
export async function caught(call: Promise<unknown>): Promise<CaughtGoogleError> {
  try {
    await call;
  } catch (error) {
    const e = error as { status?: number; message: string; response?: { status?: number; data?: unknown } };
    const body = (e.response?.data ?? {}) as CaughtGoogleError['body'];
    return {
      status: e.status ?? e.response?.status,
      body,
      reason: body.error?.errors?.[0]?.reason,
      message: e.message,
    };
  }
  throw new Error('expected the call to fail');
}

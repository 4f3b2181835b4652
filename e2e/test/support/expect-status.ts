/** Fails a setup step with what the service answered, so a broken step names itself rather than a later assertion. */
export function expectStatus(step: string, response: { status: number; body: unknown }, status: number): void {
  if (response.status !== status) throw new Error(`${step}: ${response.status} ${JSON.stringify(response.body)}`);
}

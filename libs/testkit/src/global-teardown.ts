/** Jest globalTeardown: stops what globalSetup started (nothing when the infrastructure came from the environment). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.calbridgeTestInfra?.stop();
  globalThis.calbridgeTestInfra = undefined;
}

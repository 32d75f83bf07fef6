export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { koblingEmbedded?: { stop(): Promise<void> } }).koblingEmbedded;
  await embedded?.stop();
}

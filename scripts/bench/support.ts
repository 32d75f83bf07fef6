import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { AppConfig } from '../../src/config/app-config';
import { loadDatasets } from '../../src/reference-data/reference-datasets';

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Realistic texts: NAV's Norwegian job titles grouped by occupation. */
export function jobTitles(config: AppConfig): string[][] {
  return [...titlesByCode(config).values()];
}

/** STYRK-08 code → NAV's job titles for it, in the source's order. */
export function titlesByCode(config: AppConfig): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const t of loadDatasets(config.referenceData).occupationTitles) byCode.set(t.code, [...(byCode.get(t.code) ?? []), t.title]);
  return byCode;
}

export function profileTexts(groups: string[][], n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const g = groups[i % groups.length];
    return `${g[i % g.length]}. ${g.slice(0, 4).join(', ')}. Erfaring fra ${g[(i * 7) % g.length].toLowerCase()} i ${3 + (i % 9)} år.`;
  });
}

export interface LoadFigures {
  requests: number;
  latencyP50: number;
  latencyP99: number;
  loopP50: number;
  loopP99: number;
  loopMax: number;
}

/** A closed loop of 4 clients reading candidates over HTTP until `until` resolves; the event-loop delay meanwhile. */
export async function underLoad(baseUrl: string, key: string, ids: string[], until: Promise<unknown>): Promise<LoadFigures> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  const client = async (n: number) => {
    for (let i = n; !done; i += 4) {
      const start = performance.now();
      const url = i % 5 === 0 ? `${baseUrl}/health` : `${baseUrl}/api/v1/candidates/${ids[i % ids.length]}`;
      const res = await fetch(url, { headers: { Authorization: `Bearer ${key}` } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all([0, 1, 2, 3].map(client));
  await until;
  histogram.disable();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    latencyP50: percentile(latencies, 50),
    latencyP99: percentile(latencies, 99),
    loopP50: histogram.percentile(50) / 1e6,
    loopP99: histogram.percentile(99) / 1e6,
    loopMax: histogram.max / 1e6,
  };
}


/** `clients` concurrent clients, each sending requests one after another, `total` in all; latencies sorted. */
export async function closedLoop(nextUrl: (i: number) => string, key: string, clients: number, total: number): Promise<number[]> {
  const latencies: number[] = [];
  let sent = 0;
  const client = async () => {
    while (sent < total) {
      const url = nextUrl(sent++);
      const start = performance.now();
      const res = await fetch(url, { headers: { Authorization: `Bearer ${key}` } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return latencies.sort((a, b) => a - b);
}

/** A seeded random source, so a bench run is repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

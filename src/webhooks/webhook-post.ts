import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkedLookup, isLiteralTargetAllowed, TARGET_REFUSED } from './webhook-target';

/** What a failed delivery shows its operator: a category, never the socket's own error text (which would map the network behind the target). */
export const DELIVERY_FAILURES = ['timeout', 'connection_refused', 'dns_failure', 'http_status', 'target_refused', 'tls_error', 'other'] as const;
export type DeliveryFailure = (typeof DELIVERY_FAILURES)[number];

export type PostResult =
  | { acknowledged: true; statusCode: number }
  /** `detail`: the underlying error, for the server log only. */
  | { acknowledged: false; statusCode: number | null; failure: DeliveryFailure; detail: string };

const TIMEOUT = 'EKOBLING_TIMEOUT';

/**
 * One POST to a webhook. node:http rather than fetch: its `lookup` option lets the target check
 * run on the very addresses the socket connects to. Redirects are not followed (not an
 * acknowledgement, and the signed body must not go elsewhere).
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, options: { timeoutMs: number; allowPrivate: boolean }): Promise<PostResult> {
  const target = new URL(url);
  if (!options.allowPrivate && !isLiteralTargetAllowed(target)) {
    return Promise.resolve({ acknowledged: false, statusCode: null, failure: 'target_refused', detail: `${target.hostname} is not a public address` });
  }
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(result);
    };
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        agent: false,
        ...(options.allowPrivate ? {} : { lookup: checkedLookup() }),
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        response.resume();
        settle(statusCode >= 200 && statusCode < 300 ? { acknowledged: true, statusCode } : { acknowledged: false, statusCode, failure: 'http_status', detail: `HTTP ${statusCode}` });
      },
    );
    const timer = setTimeout(() => request.destroy(Object.assign(new Error(`no answer within ${options.timeoutMs} ms`), { code: TIMEOUT })), options.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) =>
      settle({ acknowledged: false, statusCode: null, failure: categorise(error), detail: `${error.message}${error.code ? ` (${error.code})` : ''}` }),
    );
    request.end(body);
  });
}

function categorise(error: NodeJS.ErrnoException): DeliveryFailure {
  const code = error.code ?? '';
  if (code === TIMEOUT || code === 'ETIMEDOUT') return 'timeout';
  if (code === TARGET_REFUSED) return 'target_refused';
  if (code === 'ECONNREFUSED') return 'connection_refused';
  if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'ENODATA', 'ESERVFAIL'].includes(code)) return 'dns_failure';
  if (/CERT|SSL|TLS/.test(code) || /certificate|ssl|tls/i.test(error.message)) return 'tls_error';
  return 'other';
}

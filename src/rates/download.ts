import { invalidArgument, optionalOneOf, readKnownOptions } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import { ratesFromEcbXml } from './ecb-xml';
import type { LoadedRates } from './series-builder';

/** Which ECB file to download. */
export type EcbFile = 'daily' | 'hist-90d' | 'hist';

/** Options for {@link downloadEcbRates}. */
export interface DownloadEcbRatesOptions {
  /** @defaultValue "hist" (every fix since 1999) */
  readonly file?: EcbFile;
  /** The fetch to use (for proxies or tests). @defaultValue globalThis.fetch */
  readonly fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  /** The base address of the ECB's files. */
  readonly baseUrl?: string;
}

const BASE_URL = 'https://www.ecb.europa.eu/stats/eurofxref/';
const FILES: readonly EcbFile[] = ['daily', 'hist-90d', 'hist'];

/**
 * Downloads the ECB's reference rates as XML and reads them. Needs a network: reckon never calls it by
 * itself (not in tests, not in the CLI's default run).
 *
 * @param options - {@link DownloadEcbRatesOptions}
 * @returns the rates, with any issues
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for an option of the wrong type or an unknown `file`;
 *   `INVALID_RATES` when the download fails or the answer is not ECB XML
 * @example
 * ```ts
 * const rates = await downloadEcbRates({ file: 'hist-90d' });
 * ```
 */
export async function downloadEcbRates(options: DownloadEcbRatesOptions = {}): Promise<LoadedRates> {
  const o = readKnownOptions(options, ['file', 'fetch', 'baseUrl'], 'downloadEcbRates');
  const file = optionalOneOf(o.file, FILES, 'options.file') ?? 'hist';
  if (o.baseUrl !== undefined && typeof o.baseUrl !== 'string')
    throw invalidArgument('options.baseUrl', 'a string or undefined', o.baseUrl);
  if (o.fetch !== undefined && typeof o.fetch !== 'function')
    throw invalidArgument('options.fetch', 'a function or undefined', o.fetch);
  const name = file === 'daily' ? 'eurofxref-daily.xml' : `eurofxref-${file}.xml`;
  const url = (o.baseUrl ?? BASE_URL) + name;
  const get = o.fetch ?? (globalThis.fetch as unknown as NonNullable<DownloadEcbRatesOptions['fetch']>);
  let body: string;
  try {
    const response = await get(url);
    if (!response.ok)
      throw new ReckonError('INVALID_RATES', `Downloading ${url} failed with HTTP ${response.status}.`);
    body = await response.text();
  } catch (error) {
    if (error instanceof ReckonError) throw error;
    throw new ReckonError(
      'INVALID_RATES',
      `Downloading ${url} failed: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  return ratesFromEcbXml(body, { source: 'ECB' });
}

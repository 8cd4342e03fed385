import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import { ukTechDatasetJSON } from '../../src/datasets/uk-tech-2025-09/index';
import type { DatasetJSON } from '../../src/schema/index';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reckon-report4-'));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The uk-tech dataset of mentions with one commitment added, made of its first mention (review4 K6). */
function bothFile(name = 'both.json'): string {
  const d = structuredClone(ukTechDatasetJSON) as DatasetJSON;
  const mention = d.mentions?.[0];
  const figure = d.figures.find((f) => f.id === mention?.figure);
  if (!mention || !figure) throw new Error('the uk-tech dataset has no first mention with a figure');
  d.commitments.push({
    id: 'one-commitment',
    kind: mention.kind,
    status: 'announced',
    parties: mention.parties,
    amount: figure.id,
    source: figure.source,
  });
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(d));
  return path;
}

/** How many contradictions `reckon reconcile` finds in a dataset's mentions. */
function contradictionsOf(path: string): number {
  const r = run(['reconcile', path, '--json']);
  const groups = (JSON.parse(r.out) as { groups: { contradictions: unknown[] }[] }).groups;
  return groups.reduce((n, g) => n + g.contradictions.length, 0);
}

describe('reckon report', () => {
  describe('a dataset with commitments and mentions (review4 K6)', () => {
    const path = bothFile();
    const mentions = ukTechDatasetJSON.mentions?.length ?? 0;

    it('says in the text how many mentions it leaves out, their contradictions, and the command', () => {
      const r = run(['report', path]);
      expect(r.code).toBe(0);
      const expected = contradictionsOf(path);
      expect(expected).toBeGreaterThan(0);
      const line = r.out.split('\n').find((l) => l.includes('not reported'));
      expect(line).toContain(`its ${mentions} mentions are not reported`);
      expect(line).toContain(`(${expected} contradiction${expected === 1 ? '' : 's'} among them)`);
      expect(line).toContain(`\`reckon reconcile ${path}\``);
    });

    it('gives the same counts in --json', () => {
      const r = run(['report', path, '--json']);
      const json = JSON.parse(r.out) as { mentionsNotReported?: unknown; groups: unknown[] };
      expect(json.mentionsNotReported).toEqual({ mentions, contradictions: contradictionsOf(path) });
    });

    it('puts the note under the header of the --html page, the command as code', () => {
      const r = run(['report', path, '--html', '-']);
      const header = r.out.slice(0, r.out.indexOf('</header>'));
      expect(header).toContain(`<p class="unreported">`);
      expect(header).toContain(`<code>reckon reconcile ${path}</code>`);
    });

    it('adds the commitments only: the grand total is the one commitment', () => {
      const r = run(['report', path, '--json']);
      const json = JSON.parse(r.out) as { grandTotal: { commitments: string[] } };
      expect(json.grandTotal.commitments).toEqual(['one-commitment']);
    });
  });

  describe('a dataset of commitments only', () => {
    it('has no such line, key or note', () => {
      const path = join(dir, 'nscale.json');
      writeFileSync(path, JSON.stringify(nscaleDatasetJSON));
      expect(run(['report', path]).out).not.toContain('not reported');
      expect(run(['report', path, '--json']).out).not.toContain('mentionsNotReported');
      expect(run(['report', path, '--html', '-']).out).not.toContain('class="unreported"');
    });
  });
});

describe('reckon report --html', () => {
  describe('a dataset of mentions (review4 K3)', () => {
    const r = run(['report', 'uk-tech-2025-09', '--html', '-']);
    const json = JSON.parse(run(['report', 'uk-tech-2025-09', '--json']).out) as {
      groups: { commitments: string[]; sources: number }[];
    };

    it('gives each commitment behind a row its amount and a quote per source, not its id alone', () => {
      const ids = [...new Set(json.groups.flatMap((g) => g.commitments))];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const item = new RegExp(
          `<li><strong>([^<]+)</strong> <span class="meta">[^<]*<code>${id}</code>`,
        ).exec(r.out);
        expect(item?.[1], id).toMatch(/\d/);
      }
      expect(r.out).toContain('<blockquote><p>“');
    });

    it('writes a round reconciled amount as the sources do ("£100bn", not to the cent)', () => {
      expect(r.out).not.toMatch(/<strong>[^<]*,000\.00/);
    });
  });

  describe('the command for the contradictions (review4 K7)', () => {
    it('names the file given, never the dataset id', () => {
      const path = join(dir, 'uk tech.json');
      writeFileSync(path, JSON.stringify(ukTechDatasetJSON));
      const out = run(['report', path, '--html', '-']).out;
      expect(out).toContain(`<code>reckon reconcile &#39;${path}&#39;</code>`);
      expect(out).not.toContain(`reckon reconcile ${ukTechDatasetJSON.id}`);
    });

    it('names an embedded dataset by its name', () => {
      const out = run(['report', 'uk-tech-2025-09', '--html', '-']).out;
      expect(out).toContain('<code>reckon reconcile uk-tech-2025-09</code>');
    });
  });
});

describe('reckon report, sources per row (review4 K14)', () => {
  const groups = (
    JSON.parse(run(['reconcile', 'uk-tech-2025-09', '--json']).out) as {
      groups: { id: string; mentions: { source: { document: string } }[] }[];
    }
  ).groups;
  const docsOf = (ids: readonly string[]) =>
    new Set(groups.filter((g) => ids.includes(g.id)).flatMap((g) => g.mentions.map((m) => m.source.document)))
      .size;
  const rows = (
    JSON.parse(run(['report', 'uk-tech-2025-09', '--json']).out) as {
      groups: {
        party: { id: string };
        sources: number;
        commitments: string[];
        notAdded: { commitment: string }[];
      }[];
    }
  ).groups;

  it('counts the documents behind the commitments a row adds, not those of parts left out', () => {
    for (const row of rows) expect(row.sources, row.party.id).toBe(docsOf(row.commitments));
    // Blackstone's parts have sources of their own: the old count (all of them) was larger.
    const blackstone = rows.find((r) => r.party.id === 'blackstone');
    const all = [
      ...(blackstone?.commitments ?? []),
      ...(blackstone?.notAdded.map((n) => n.commitment) ?? []),
    ];
    expect(docsOf(all)).toBeGreaterThan(blackstone?.sources ?? 0);
  });

  it('says in the text how many more stand behind amounts not added', () => {
    const blackstone = rows.find((r) => r.party.id === 'blackstone');
    const all = [
      ...(blackstone?.commitments ?? []),
      ...(blackstone?.notAdded.map((n) => n.commitment) ?? []),
    ];
    const n = blackstone?.sources ?? 0;
    const out = run(['report', 'uk-tech-2025-09']).out;
    expect(out).toContain(
      `(${n} source${n === 1 ? '' : 's'}, ${docsOf(all) - n} more behind amounts not added)`,
    );
  });
});

describe('reckon check --rates (review4 K4)', () => {
  it('names a zip archive and the file inside the ECB zip, not an encoding', () => {
    const path = join(dir, 'eurofxref-hist.zip');
    writeFileSync(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xe5]));
    const r = run(['check', '--rates', path]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is a zip archive, not text: unzip it first');
    expect(r.err).toContain('eurofxref-hist.csv');
    expect(r.err).not.toContain('iconv');
  });

  it('names a gzip file', () => {
    const path = join(dir, 'rates.csv.gz');
    writeFileSync(path, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xe5, 0xff]));
    const r = run(['check', '--rates', path]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is gzip-compressed, not text');
  });
});

describe('reckon check --window (review4 K9)', () => {
  it('says a reversed window ends before it starts, with the order that works', () => {
    const r = run(['check', '--window', '2025-09-19..2025-09-17']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ends before it starts: write --window 2025-09-17..2025-09-19');
  });
});

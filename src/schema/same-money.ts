/**
 * One amount in two currencies: a figure and its reported conversion ("£6.3 billion ($8.2 billion)")
 * are the same money, so two commitments whose amounts they are would count it twice (user review K15).
 */

import type { DatasetCheck } from './dataset-references';

/**
 * Reports, as `DUPLICATE_FIGURE` at the later commitment's `amount`, two commitments neither `partOf`
 * the other whose amount figures are linked by the dataset's `conversions` (`from`/`to`) or by a
 * mention's `convertedFrom`, directly or through a chain of such links ("£6.3bn ($8.2bn, €7.5bn)").
 */
export function datasetSameMoney(check: DatasetCheck): void {
  const { data, add } = check;
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    for (let up = parent.get(r); up !== undefined && up !== r; up = parent.get(r)) r = up;
    return r;
  };
  // How two figures were linked, for the message: "conversion sw-gbp-usd" or "mention m2's convertedFrom".
  const how = new Map<string, string>();
  const join = (a: string, b: string, label: string) => {
    if (!how.has(`${a}\n${b}`)) {
      how.set(`${a}\n${b}`, label);
      how.set(`${b}\n${a}`, label);
    }
    const [x, y] = [root(a), root(b)];
    if (x !== y) parent.set(y, x);
  };
  for (const c of data.conversions) join(c.from, c.to, `conversion "${c.id}"`);
  const mentionFigure = new Map((data.mentions ?? []).map((m) => [m.id, m.figure]));
  for (const m of data.mentions ?? []) {
    const from = m.convertedFrom === undefined ? undefined : mentionFigure.get(m.convertedFrom);
    if (from !== undefined) join(from, m.figure, `mention "${m.id}"'s convertedFrom`);
  }
  if (parent.size === 0) return;

  const earlier: { id: string; amount: string; partOf: string | undefined }[] = [];
  data.commitments.forEach((c, i) => {
    if (c.amount === undefined) return;
    const amount = c.amount;
    const twin = earlier.find(
      (e) =>
        e.amount !== amount && // one figure twice is DUPLICATE_FIGURE's own case
        root(e.amount) === root(amount) &&
        e.partOf !== c.id &&
        c.partOf !== e.id,
    );
    if (twin) {
      const link = how.get(`${twin.amount}\n${amount}`) ?? 'a chain of conversions';
      add(
        'DUPLICATE_FIGURE',
        `figure "${amount}" is figure "${twin.amount}" in another currency (${link}), and both are commitment amounts (${twin.id}, ${c.id}): one amount counted twice; keep one commitment, or make one \`partOf\` the other`,
        ['commitments', i, 'amount'],
      );
    }
    earlier.push({ id: c.id, amount, partOf: c.partOf });
  });
}

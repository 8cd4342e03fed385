import { type Commitment, type Party, parseFigure } from '../../src/index';

export const parties: Party[] = [
  { id: 'nvidia', name: 'Nvidia', kind: 'company' },
  { id: 'nscale', name: 'Nscale', kind: 'company' },
  { id: 'coreweave', name: 'CoreWeave', kind: 'company' },
  { id: 'microsoft', name: 'Microsoft', kind: 'company' },
];

export const joint: Commitment = {
  id: 'nvidia-uk',
  kind: 'investment',
  status: 'announced',
  date: '2025-09-17',
  amount: parseFigure('up to £11bn'),
  parties: [
    { party: 'nvidia', role: 'investor' },
    { party: 'nscale', role: 'recipient' },
    { party: 'coreweave', role: 'recipient' },
  ],
};
export const stake: Commitment = {
  id: 'nvidia-stake',
  kind: 'equityStake',
  status: 'confirmed',
  date: '2025-09-17',
  amount: parseFigure('£500m'),
  parties: [
    { party: 'nvidia', role: 'investor' },
    { party: 'nscale', role: 'recipient' },
  ],
};
export const valuation: Commitment = {
  id: 'coreweave-valuation',
  kind: 'valuation',
  status: 'announced',
  amount: parseFigure('$58bn'),
  parties: [{ party: 'coreweave', role: 'subject' }],
};
export const nvidia = [joint, stake, valuation];

/**
 * The partOf chain of issue 12: w "up to £11bn" (Nvidia → Nscale, CoreWeave) ← m, a £2bn project
 * (Nscale partner) ← p, £500m capex (Nvidia → Nscale).
 */
export const chainWhole: Commitment = { ...joint, id: 'w' };
export const chainMiddle: Commitment = {
  id: 'm',
  kind: 'project',
  status: 'announced',
  date: '2025-09-17',
  amount: parseFigure('£2bn'),
  parties: [{ party: 'nscale', role: 'partner' }],
  partOf: 'w',
};
export const chainPart: Commitment = {
  id: 'p',
  kind: 'capex',
  status: 'announced',
  date: '2025-09-17',
  amount: parseFigure('£500m'),
  parties: [
    { party: 'nvidia', role: 'investor' },
    { party: 'nscale', role: 'recipient' },
  ],
  partOf: 'm',
};
export const chain = [chainWhole, chainMiddle, chainPart];

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

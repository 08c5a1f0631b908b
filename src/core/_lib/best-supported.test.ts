import { bestSupported } from './best-supported';

const c = (value: number, weight: number, evidence: string, shown?: number) => ({ value, weight, evidence, ...(shown === undefined ? {} : { shown }) });

describe('bestSupported', () => {
  it.each([
    ['nothing', [], undefined],
    ['one value', [c(2020, 3, 'A1')], { value: 2020, evidence: 'A1', others: [] }],
    ['the heavier total wins', [c(2019, 3, 'A1'), c(2020, 2, 'B2'), c(2020, 2, 'C3')], { value: 2020, evidence: 'B2', others: [{ value: 2019, evidence: 'A1' }] }],
    ['a tie goes to the weightiest single piece', [c(2019, 1, 'A1'), c(2019, 1, 'A2'), c(2020, 2, 'B2')], { value: 2020, evidence: 'B2', others: [{ value: 2019, evidence: 'A1' }] }],
    ['a full tie goes to the first seen', [c(2019, 1, 'A1'), c(2020, 1, 'B2')], { value: 2019, evidence: 'A1', others: [{ value: 2020, evidence: 'B2' }] }],
    ['the evidence shown is the most shown piece', [c(2020, 4, 'A8', 1), c(2020, 3, 'A1', 5)], { value: 2020, evidence: 'A1', others: [] }],
  ] as const)('%s', (_, candidates, expected) => expect(bestSupported(candidates, String)).toEqual(expected));
});

import { CostGate } from './query-limits';

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('CostGate', () => {
  it('admits operations at once while their cost together stays within the budget', async () => {
    const gate = new CostGate(100);
    const order: string[] = [];
    await gate.admit(40).then(() => order.push('a'));
    await gate.admit(60).then(() => order.push('b'));
    expect(order).toEqual(['a', 'b']);
  });

  it('holds an operation that does not fit until enough is released, first come first served', async () => {
    const gate = new CostGate(100);
    const releaseA = await gate.admit(80);
    const order: string[] = [];
    const b = gate.admit(50).then((release) => (order.push('b'), release));
    // Fits the budget but waits behind b, so a heavy request is never starved by cheap ones.
    const c = gate.admit(10).then((release) => (order.push('c'), release));
    await settled();
    expect(order).toEqual([]);
    releaseA();
    await settled();
    expect(order).toEqual(['b', 'c']);
    (await b)();
    (await c)();
  });

  it('runs an operation costlier than the budget alone', async () => {
    const gate = new CostGate(100);
    const release = await gate.admit(10);
    let admitted = false;
    void gate.admit(500).then(() => (admitted = true));
    await settled();
    expect(admitted).toBe(false);
    release();
    release(); // a second release changes nothing
    await settled();
    expect(admitted).toBe(true);
  });
});

// The load generators' latency histograms (0.1 ms units, key -> count), merged; quantiles by nearest rank.

/** Sparse histogram in 0.1 ms units (key -> count), merged; quantiles by nearest rank. */
export class Histogram {
  counts = new Map<number, number>();
  n = 0;
  add(h: Record<string, number>) {
    for (const [k, c] of Object.entries(h)) {
      this.counts.set(Number(k), (this.counts.get(Number(k)) ?? 0) + c);
      this.n += c;
    }
    return this;
  }
  quantile(q: number): number | undefined {
    if (this.n === 0) return undefined;
    const rank = Math.max(1, Math.ceil(q * this.n));
    let seen = 0;
    for (const k of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(k)!;
      if (seen >= rank) return k / 10;
    }
    return undefined;
  }
  max() {
    let max = -Infinity;
    for (const k of this.counts.keys()) if (k > max) max = k;
    return this.n ? max / 10 : undefined;
  }
}

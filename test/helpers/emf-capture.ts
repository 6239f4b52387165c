import { BUSINESS_METRICS, type BusinessMetric } from '../../src/http/business-metrics';

/** One EMF line as CloudWatch reads it. */
export interface EmfLine {
  _aws: {
    Timestamp: number;
    CloudWatchMetrics: {
      Namespace: string;
      Dimensions: string[][];
      Metrics: { Name: string; Unit: string }[];
    }[];
  };
  [key: string]: unknown;
}

/** Collects the EMF lines an app prints (pass `write` as `writeMetrics`) and sums them per metric. */
export function emfCapture() {
  const lines: EmfLine[] = [];
  const write = (line: string): void => void lines.push(JSON.parse(line) as EmfLine);
  /** Sum of each metric's values over every line so far (an array value is one data point each). */
  const totals = (): Partial<Record<BusinessMetric, number>> => {
    const sums: Partial<Record<BusinessMetric, number>> = {};
    for (const line of lines) {
      for (const name of BUSINESS_METRICS) {
        const value = line[name];
        if (value === undefined) continue;
        const points = Array.isArray(value) ? (value as number[]) : [value as number];
        sums[name] = (sums[name] ?? 0) + points.reduce((a, b) => a + b, 0);
      }
    }
    return sums;
  };
  return { write, lines, totals, clear: () => void lines.splice(0) };
}

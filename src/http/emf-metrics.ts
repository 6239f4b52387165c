import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { BusinessMetrics } from './business-metrics';

/** Where the metrics go and who they belong to. */
export interface EmfMetricsOptions {
  /** CloudWatch namespace (METRICS_NAMESPACE). */
  namespace: string;
  /** The `service` dimension of every metric (METRICS_SERVICE). */
  service: string;
  /** Prints one EMF line; stdout by default, which Lambda ships to CloudWatch Logs. */
  write?: (line: string) => void;
}

const toStdout = (line: string): void => void process.stdout.write(`${line}\n`);

/**
 * Business metrics as CloudWatch Embedded Metric Format lines, built by Powertools Metrics:
 * CloudWatch extracts them from the log, so emitting one costs no API call.
 */
export function createEmfMetrics(options: EmfMetricsOptions): BusinessMetrics {
  const metrics = new Metrics({ namespace: options.namespace, serviceName: options.service });
  const write = options.write ?? toStdout;
  return {
    count: (metric) => metrics.addMetric(metric, MetricUnit.Count, 1),
    flush() {
      // Serialized here rather than by publishStoredMetrics(), so the line goes to `write`
      // and an empty flush stays silent instead of warning on every request.
      if (!metrics.hasStoredMetrics()) return;
      const line = JSON.stringify(metrics.serializeMetrics());
      metrics.clearMetrics();
      write(line);
    },
  };
}

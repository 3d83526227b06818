package org.sibcalc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof org.sibcalc.bench.WarmCpu}) giving the CPU time per operation beside the
 * wall time: {@code cpu.process}, every thread of the fork (DuckDB's native workers, the GC and the JIT
 * included), and {@code cpu.worker}, JMH's benchmark threads alone. On a machine that other work keeps busy
 * the wall time grows with the wait for a core; the CPU time much less (caches and memory bandwidth are
 * shared still), which is what says how busy the run's own work kept a core.
 */
public final class WarmCpu implements InternalProfiler {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long process;
    private long worker;

    @Override
    public String getDescription() {
        return "CPU time per operation: the whole fork's (cpu.process) and the benchmark threads' (cpu.worker)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        process = os.getProcessCpuTime();
        worker = workerCpu();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long ops = Math.max(1, result.getMetadata().getMeasuredOps());
        double processMs = (os.getProcessCpuTime() - process) / 1e6 / ops;
        double workerMs = (workerCpu() - worker) / 1e6 / ops;
        return List.of(new ScalarResult("cpu.process", processMs, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.worker", workerMs, "ms/op", AggregationPolicy.AVG));
    }

    private long workerCpu() {
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }
}

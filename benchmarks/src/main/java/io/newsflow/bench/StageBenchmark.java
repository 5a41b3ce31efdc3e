package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one pipeline stage over the corpus on one thread: warm-up passes (JIT), then timed passes. Reports items per
 * second of wall time and of this thread's CPU time (per core, and robust to other load on the machine), and the
 * heap in use after a GC once the stage's data is loaded.
 */
public final class StageBenchmark {
    private StageBenchmark() {
    }

    public record Result(String stage, long items, double wallSeconds, double cpuSeconds, long heapUsedMb, String note) {
        public double perSecondWall() {
            return items / wallSeconds;
        }

        public double perCpuSecond() {
            return items / cpuSeconds;
        }

        public String line() {
            return String.format("%-12s %,10d items  %9.0f /s wall  %9.0f /s per core (CPU time)  heap %4d MB  %s",
                    stage, items, perSecondWall(), perCpuSecond(), heapUsedMb, note);
        }
    }

    public static <T> Result run(String stage, List<T> inputs, Consumer<T> work, int warmupPasses, int passes, String note) {
        for (int i = 0; i < warmupPasses; i++) {
            inputs.forEach(work);
        }
        long heap = heapUsedAfterGcMb();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            inputs.forEach(work);
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return new Result(stage, (long) inputs.size() * passes, wall, cpu, heap, note);
    }

    static long heapUsedAfterGcMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}

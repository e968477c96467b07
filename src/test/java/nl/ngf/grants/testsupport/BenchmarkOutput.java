package nl.ngf.grants.testsupport;

import java.sql.Connection;
import java.util.Locale;

/** What the benchmarks print: {@code [benchmark]} lines, milliseconds, and the database they ran on. */
public final class BenchmarkOutput {

    private BenchmarkOutput() {
    }

    public static void print(String format, Object... arguments) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, arguments));
    }

    public static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The fastest of {@code runs} runs of {@code work}, in milliseconds. */
    public static double bestMs(int runs, Runnable work) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return ms(best);
    }

    /** The database product and version the benchmark runs on, e.g. "PostgreSQL 15.20". */
    public static String database() throws Exception {
        try (Connection c = ServerDatabase.dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }
}

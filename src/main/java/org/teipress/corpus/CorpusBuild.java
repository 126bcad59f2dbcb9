package org.teipress.corpus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Publishes the members of a corpus, {@code jobs} at a time, in one JVM so that every document
 * after the first finds the stylesheets, schemas, fonts and checkers set up. A document that
 * fails is recorded and the others go on.
 */
public final class CorpusBuild {

    /** Builds one member; returns the files it wrote. */
    @FunctionalInterface
    public interface MemberBuild {
        List<Path> build(CorpusMember member) throws Exception;
    }

    /** What became of one member: the files it wrote, or why it failed. */
    public record Outcome(CorpusMember member, List<Path> written, Throwable failure, Duration took) {
        public boolean passed() {
            return failure == null;
        }
    }

    private final int jobs;

    public CorpusBuild(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1; found " + jobs + ".");
        }
        this.jobs = jobs;
    }

    /** The outcomes in the order of {@code members}. */
    public List<Outcome> run(List<CorpusMember> members, MemberBuild build) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, members.size())), task -> {
            Thread thread = new Thread(task, "tei-press-corpus");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> pending = new ArrayList<>();
            for (CorpusMember member : members) {
                pending.add(workers.submit(() -> buildOne(member, build)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : pending) {
                try {
                    outcomes.add(outcome.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("A corpus member escaped its own failure handling", e.getCause());
                }
            }
            return outcomes;
        } finally {
            workers.shutdownNow();
        }
    }

    private static Outcome buildOne(CorpusMember member, MemberBuild build) {
        long start = System.nanoTime();
        try {
            List<Path> written = build.build(member);
            return new Outcome(member, List.copyOf(written), null, Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception | StackOverflowError e) {
            // One document's failure, even a deeply nested source that overflows the stack, is that
            // document's: the corpus goes on.
            return new Outcome(member, List.of(), e, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}

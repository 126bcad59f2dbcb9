package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import org.teipress.app.Toolchain;
import org.teipress.core.PublishException;

/**
 * Any document made of the schema's elements either publishes, is refused with a located message
 * (3) or fails the gate (4): never "cannot write" (5) or an internal error (70), never a stack
 * dump from Saxon or FOP, never a build that does not end. The seed is fixed, so `mvn verify`
 * builds the same few documents every time; for a longer run:
 * {@code mvn -o test -Dtest=RandomDocumentsTest -Djqwik.tries.default=200}.
 */
class RandomDocumentsTest {
    /** Far beyond a small document's build (seconds); reached only by a build that hangs. */
    private static final Duration HANG = Duration.ofMinutes(5);
    private static final Set<Integer> ACCEPTABLE = Set.of(ExitCodes.OK, ExitCodes.INVALID_INPUT, ExitCodes.CHECK_FAILED);
    private static final List<String> DUMP_SIGNS = List.of("\tat net.sf.saxon", "\tat org.apache.fop", "\tat org.teipress",
            "invoked by", "In template rule", "internal error", "XPTY", "XTDE", "SXLM", "FOPException");
    private static Toolchain toolchain;

    private static synchronized Toolchain toolchain() throws PublishException {
        if (toolchain == null) {
            toolchain = new Toolchain();
        }
        return toolchain;
    }

    @AfterContainer
    static void release() {
        toolchain = null;
    }

    /** The gate check that failed first ("pdf-text"), or "" for other outcomes: what the random documents trip over. */
    private static String firstCheck(String err) {
        java.util.regex.Matcher check = java.util.regex.Pattern.compile(":\\d+: ([a-z]+-[a-z]+): ").matcher(err);
        return check.find() ? check.group(1) : "";
    }

    @Provide
    Arbitrary<String> documents() {
        return RandomTei.documents();
    }

    @Property(seed = "20261201", shrinking = ShrinkingMode.OFF)
    void everyBuildEndsInAPublicationOrALocatedRefusal(@ForAll("documents") String tei) throws IOException {
        Path dir = Files.createTempDirectory("tei-press-random-");
        try {
            Path source = Files.writeString(dir.resolve("random.xml"), tei, StandardCharsets.UTF_8);
            ByteArrayOutputStream stray = new ByteArrayOutputStream();
            PrintStream systemErr = System.err;
            CliRun run;
            System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
            try {
                run = assertTimeoutPreemptively(HANG, () -> CliRun.run(RandomDocumentsTest::toolchain, "build",
                        source.toString(), "--out", dir.resolve("out").toString(), "--quiet"));
            } finally {
                System.setErr(systemErr);
            }
            String everything = run + "\n--- System.err\n" + stray.toString(StandardCharsets.UTF_8);
            String report = "\n--- source\n" + tei + "\n" + everything;
            Statistics.collect("exit " + run.exit(), firstCheck(run.err()));
            assertTrue(ACCEPTABLE.contains(run.exit()), "exit " + run.exit() + report);
            for (String sign : DUMP_SIGNS) {
                assertFalse(everything.contains(sign), "a stage dumped its internals ('" + sign + "')" + report);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

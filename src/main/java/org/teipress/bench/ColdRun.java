package org.teipress.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole {@code tei-press build} in a fresh JVM, as a user runs it: start-up, class loading,
 * stylesheet compilation and font parsing included.
 */
final class ColdRun {
    private final List<String> launcher;

    /** {@code entryPoint}: the command line's main class, which the cold build starts. */
    ColdRun(Class<?> entryPoint) {
        this.launcher = launcherOf(entryPoint);
    }

    Duration build(Path source, Path outDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("build", source.toString(), "--out", outDir.toString(), "--quiet"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (exit != 0) {
            throw new IOException("The cold build failed with exit code " + exit + ":\n" + output);
        }
        return took;
    }

    /** {@code java -jar tei-press.jar} when running from the jar, else the same class path. */
    private static List<String> launcherOf(Class<?> entryPoint) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path codeSource;
        try {
            codeSource = Path.of(entryPoint.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the tei-press installation", e);
        }
        if (Files.isRegularFile(codeSource)) {
            return List.of(java.toString(), "-jar", codeSource.toString());
        }
        return List.of(java.toString(), "-cp", System.getProperty("java.class.path"), entryPoint.getName());
    }
}

package org.teipress.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole {@code tei-press} command in a fresh JVM, as a user runs it: start-up, class loading,
 * stylesheet compilation and font parsing included. Either plain {@code java -jar}, or with the
 * settings of {@code bin/tei-press} (the class-data archive beside the jar, the quick compiler).
 */
final class ColdRun {
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final Class<?> entryPoint;
    private final Path logDir;

    /** {@code entryPoint}: the command line's main class, which the cold build starts. */
    ColdRun(Class<?> entryPoint, Path logDir) {
        this.entryPoint = entryPoint;
        this.logDir = logDir;
    }

    /** A process with plain JVM settings and {@code jvmOptions}, running {@code arguments}. */
    ProcessRun plain(List<String> jvmOptions, List<String> arguments) throws IOException, InterruptedException {
        return run(jvmOptions, arguments);
    }

    /** As bin/tei-press runs it. */
    ProcessRun launched(List<String> jvmOptions, List<String> arguments) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(launcherOptions());
        options.addAll(jvmOptions);
        return run(options, arguments);
    }

    /** A class of tei-press's own class path in a fresh JVM (the peer runs this way). */
    ProcessRun mainClass(List<String> jvmOptions, Class<?> main, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), main.getName()));
        command.addAll(arguments);
        return ChildProcess.run(command, Files.createTempFile(logDir, "peer-", ".log"));
    }

    /** Whether a class-data archive is there for the launcher settings to use. */
    boolean hasArchive() {
        return archive() != null;
    }

    private ProcessRun run(List<String> jvmOptions, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        Path jar = jar();
        if (jar != null) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", classPath(), entryPoint.getName()));
        }
        command.addAll(arguments);
        return ChildProcess.run(command, Files.createTempFile(logDir, "cold-", ".log"));
    }

    /** The settings of bin/tei-press (see that script for why). */
    private List<String> launcherOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        Path archive = archive();
        if (archive != null) {
            options.add(0, "-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }

    private Path archive() {
        Path jar = jar();
        if (jar == null) {
            return null;
        }
        Path archive = jar.resolveSibling("tei-press.jsa");
        return Files.isRegularFile(archive) ? archive : null;
    }

    /** The jar tei-press runs from, or null when it runs from classes (tests, an IDE). */
    private Path jar() {
        try {
            Path codeSource = Path.of(entryPoint.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(codeSource) ? codeSource : null;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the tei-press installation", e);
        }
    }

    private String classPath() {
        Path jar = jar();
        return jar != null ? jar.toString() : System.getProperty("java.class.path");
    }
}

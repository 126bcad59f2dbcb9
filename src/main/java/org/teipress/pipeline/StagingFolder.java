package org.teipress.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.teipress.core.PublishException;

/**
 * The hidden folder inside the output folder where one build writes its outputs before they are
 * moved into place. Each records the process that owns it, so that a later build can remove the
 * folders of builds that were killed (a killed JVM runs no clean-up) without touching those of
 * builds still running beside it.
 */
final class StagingFolder {
    static final String PREFIX = ".tei-press-";
    static final String OWNER_FILE = ".owner";
    /** Folders left by versions that recorded no owner are removed once surely no build is using them. */
    private static final Duration UNOWNED_AGE = Duration.ofDays(1);

    private StagingFolder() {
    }

    /** Creates {@code outDir} if needed, removes folders of dead builds, and makes this build's folder. */
    static Path create(Path outDir) throws PublishException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new PublishException("The output folder " + outDir + " is a file, not a folder. Choose a folder"
                    + " with --out (it is created if missing).", outDir, -1, -1);
        }
        try {
            Files.createDirectories(outDir);
            removeAbandoned(outDir);
            Path staging = Files.createTempDirectory(outDir, PREFIX);
            ProcessHandle self = ProcessHandle.current();
            Files.writeString(staging.resolve(OWNER_FILE), self.pid() + " "
                    + self.info().startInstant().map(Instant::toString).orElse("?") + "\n", StandardCharsets.UTF_8);
            return staging;
        } catch (AccessDeniedException e) {
            throw new PublishException("Cannot write to the output folder " + outDir
                    + ": permission denied. Choose another folder with --out.", outDir, -1, -1, e);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            String where = e.getFile() == null || e.getFile().equals(outDir.toString()) ? "" : " (" + e.getFile()
                    + ": " + reason + ")";
            throw new PublishException("Cannot create the output folder " + outDir + where
                    + (where.isEmpty() ? ": " + reason : "") + ". Choose another folder with --out.",
                    outDir, -1, -1, e);
        } catch (IOException e) {
            throw new PublishException("Cannot create the output folder " + outDir + ": " + e.getMessage()
                    + ". Choose another folder with --out.", outDir, -1, -1, e);
        }
    }

    /** Removes the staging folders in {@code outDir} whose owning process has ended. */
    static void removeAbandoned(Path outDir) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(outDir, PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder) && isAbandoned(folder)) {
                    delete(folder);
                }
            }
        }
    }

    private static boolean isAbandoned(Path folder) throws IOException {
        Path owner = folder.resolve(OWNER_FILE);
        if (!Files.exists(owner)) {
            return Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(UNOWNED_AGE));
        }
        String[] fields = Files.readString(owner, StandardCharsets.UTF_8).strip().split(" ");
        long pid;
        try {
            pid = Long.parseLong(fields[0]);
        } catch (NumberFormatException e) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        // A reused process id: a different process, started at another time, holds it now.
        String recordedStart = fields.length > 1 ? fields[1] : "?";
        String start = process.get().info().startInstant().map(Instant::toString).orElse("?");
        return !"?".equals(recordedStart) && !"?".equals(start) && !recordedStart.equals(start);
    }

    /** Deletes {@code folder} and what it holds; a file that cannot be deleted is left for a later build. */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Left for the next build's removeAbandoned; the outputs are already in place.
        }
    }
}

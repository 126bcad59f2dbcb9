package org.teipress.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.teipress.core.PublishException;

/**
 * The documents named on a command line: a file is one document, a folder is every {@code .xml}
 * file below it (hidden files and folders left out). Members are sorted by relative path, so
 * that the order, and with it the summary, is the same on every machine.
 */
public final class CorpusSources {
    private CorpusSources() {
    }

    public static List<CorpusMember> expand(List<Path> sources) throws PublishException {
        List<CorpusMember> members = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                members.addAll(inFolder(source));
            } else if (Files.isRegularFile(source)) {
                members.add(new CorpusMember(source, source.getFileName().toString()));
            } else {
                throw new PublishException("The source " + source + " does not exist; name a TEI file or a folder"
                        + " of TEI files.", source, -1, -1);
            }
        }
        members.sort(null);
        requireDistinct(members);
        return List.copyOf(members);
    }

    private static List<CorpusMember> inFolder(Path folder) throws PublishException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(file -> !hidden(folder.relativize(file)))
                    .map(file -> new CorpusMember(file, slashed(folder.relativize(file))))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new PublishException("Cannot list the TEI files in " + folder + ": " + e.getMessage(),
                    folder, -1, -1, e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String slashed(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    /** Two members with one relative path would write into the same output folder. */
    private static void requireDistinct(List<CorpusMember> members) throws PublishException {
        Map<String, Path> seen = new HashMap<>();
        for (CorpusMember member : members) {
            Path earlier = seen.putIfAbsent(member.relativePath(), member.source());
            if (earlier != null) {
                throw new PublishException("Two sources would both publish as " + member.relativePath() + ": "
                        + earlier + " and " + member.source() + ". Build them with separate --out folders.",
                        member.source(), -1, -1);
            }
        }
    }
}

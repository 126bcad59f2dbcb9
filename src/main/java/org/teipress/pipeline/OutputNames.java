package org.teipress.pipeline;

import org.teipress.core.PublishException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The names outputs are written under. Refused before any work is done: a name that would put an
 * output outside the output folder, or an output that would replace the source it is made from.
 */
public final class OutputNames {

    private OutputNames() {
    }

    static void requireNoClash(Path source, Path outDir, String baseName, List<OutputFormat> formats)
            throws PublishException {
        String problem = problemWith(baseName);
        if (problem != null) {
            throw new PublishException(problem);
        }
        for (OutputFormat format : formats) {
            Path target = outDir.resolve(baseName + "." + format.name());
            if (sameFile(source, target)) {
                throw new PublishException("Name clash: the " + format.name() + " output " + target
                        + " would overwrite the source it is made from. Choose another output folder with --out"
                        + " or another output name with --name.", source, -1, -1);
            }
        }
    }

    /** Why {@code baseName} cannot name the outputs, or {@code null} when it is a plain file name. */
    public static String problemWith(String baseName) {
        if (baseName.isBlank() || baseName.startsWith(".") || baseName.contains("/") || baseName.contains("\\")
                || baseName.chars().anyMatch(Character::isISOControl)) {
            return "The output name '" + baseName + "' is not a plain file name. Expected a name"
                    + " without folders or a leading dot, such as 'report' (the outputs are then report.pdf and"
                    + " report.epub); choose the folder with --out.";
        }
        return null;
    }

    private static boolean sameFile(Path source, Path target) throws PublishException {
        try {
            if (Files.exists(target)) {
                return Files.isSameFile(source, target);
            }
            return source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new PublishException("Cannot compare " + target + " with the source: " + e.getMessage(), target, -1, -1, e);
        }
    }
}

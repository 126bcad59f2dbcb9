package org.teipress.pipeline;

import org.teipress.core.PublishException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.SourcePositions;

/**
 * validate → normalise → render each output → move into place. An output reaches the output
 * folder only when every stage for it has succeeded, so the folder never holds a half-written
 * or unchecked file.
 */
public final class Pipeline {
    private final SourceValidator validator;
    private final Normalizer normalizer;
    private final Progress progress;
    private final Gate gate;
    private final Preflight preflight;
    private final SourcePreparation preparation;

    public Pipeline(SourceValidator validator, Normalizer normalizer, Progress progress) {
        this(validator, normalizer, progress, Gate.NONE);
    }

    public Pipeline(SourceValidator validator, Normalizer normalizer, Progress progress, Gate gate) {
        this(validator, normalizer, progress, gate, Preflight.NONE);
    }

    public Pipeline(SourceValidator validator, Normalizer normalizer, Progress progress, Gate gate,
            Preflight preflight) {
        this(validator, SourcePreparation.NONE, normalizer, progress, gate, preflight);
    }

    public Pipeline(SourceValidator validator, SourcePreparation preparation, Normalizer normalizer,
            Progress progress, Gate gate, Preflight preflight) {
        this.validator = validator;
        this.preparation = preparation;
        this.normalizer = normalizer;
        this.progress = progress;
        this.gate = gate;
        this.preflight = preflight;
    }

    /** Validates and normalises a source; the stages up to, not including, the outputs. */
    public Publication prepare(Path source) throws PublishException {
        long start = System.nanoTime();
        XdmNode validated = validator.validate(source, progress);
        progress.stageDone("validate", source.toString(), since(start));
        // Preparation and normalisation rebuild the tree and lose the parser's line numbers: the
        // positions go along as attributes, for the gate to name the source's lines.
        XdmNode prepared = preparation.prepare(source, positions(validated), progress);
        start = System.nanoTime();
        XdmNode normalized = normalizer.normalize(prepared, notice -> progress.warning("normalize", notice));
        progress.stageDone("normalize", "", since(start));
        // The gate locates what it finds by the source's lines, which only the parsed tree has; the
        // prepared one is read instead where preparation rebuilt the document (a teiCorpus).
        XdmNode checked = rootName(validated).equals(rootName(prepared)) ? validated : prepared;
        Publication publication = new Publication(source, checked, normalized);
        start = System.nanoTime();
        preflight.check(publication);
        progress.stageDone("preflight", "every character has a glyph", since(start));
        return publication;
    }

    /** Publishes {@code source} into {@code outDir} in each format; returns the files written. */
    public List<Path> build(Path source, Path outDir, List<OutputFormat> formats) throws PublishException {
        return build(source, outDir, Publication.baseName(source), formats);
    }

    /** As {@link #build(Path, Path, List)}, naming the outputs {@code baseName.<format>}. */
    public List<Path> build(Path source, Path outDir, String baseName, List<OutputFormat> formats)
            throws PublishException {
        OutputNames.requireNoClash(source, outDir, baseName, formats);
        try {
            return publish(source, outDir, baseName, formats);
        } catch (OutOfMemoryError e) {
            throw new HeapExhaustedException(source, e);
        } catch (PublishException | RuntimeException e) {
            if (e instanceof HeapExhaustedException || ResourceExhaustion.outOfMemory(e).isPresent()) {
                throw e instanceof HeapExhaustedException heap ? heap : new HeapExhaustedException(source, e);
            }
            if (ResourceExhaustion.diskFull(e).isPresent()) {
                throw diskFull(outDir, ResourceExhaustion.diskFull(e).get(), e);
            }
            throw e;
        }
    }

    private List<Path> publish(Path source, Path outDir, String baseName, List<OutputFormat> formats)
            throws PublishException {
        Publication publication = prepare(source);
        Path staging = StagingFolder.create(outDir);
        try (Gate.Run checks = gate.start(publication)) {
            List<Path> staged = writeAll(publication, staging, outDir, baseName, formats, checks);
            long gateStart = System.nanoTime();
            staged.addAll(checks.finish(List.copyOf(staged), outDir));
            progress.stageDone("gate", "all checks, outputs in parallel", since(gateStart));
            List<Path> written = new ArrayList<>();
            for (Path file : staged) {
                written.add(moveIntoPlace(file, outDir.resolve(file.getFileName())));
            }
            return written;
        } finally {
            StagingFolder.delete(staging);
        }
    }

    /** Which disk filled up and how much room is left on it: the system's own message names no path. */
    private static PublishException diskFull(Path outDir, String systemMessage, Throwable cause) {
        String free = "";
        try {
            long bytes = Files.getFileStore(outDir).getUsableSpace();
            free = String.format(java.util.Locale.ROOT, " (%,d MB free there now)", bytes / (1024 * 1024));
        } catch (IOException ignored) {
            // The free space is a courtesy; the message stands without it.
        }
        return new PublishException("The disk is full: writing the outputs into " + outDir.toAbsolutePath()
                + " failed with \"" + systemMessage + "\"" + free + ". Free some space on that disk or choose another"
                + " folder with --out; the output folder keeps its previous outputs.", outDir, -1, -1, cause);
    }

    /**
     * Writes every format at once, each on its own thread (the EPUB need not wait for the PDF's
     * layout passes), and hands each output to the gate as soon as it is written. Returns the
     * staged files in the order of {@code formats}; the first failure, in that order, is thrown
     * once every format has stopped, so nothing still writes into the staging folder.
     */
    private List<Path> writeAll(Publication publication, Path staging, Path outDir, String baseName,
            List<OutputFormat> formats, Gate.Run checks) throws PublishException {
        ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, formats.size()));
        try {
            List<Future<Path>> pending = new ArrayList<>();
            for (OutputFormat format : formats) {
                pending.add(writers.submit(() -> {
                    long start = System.nanoTime();
                    String name = baseName + "." + format.name();
                    Path target = staging.resolve(name);
                    format.write(publication, target, outDir.resolve(name), progress);
                    progress.stageDone(format.name(), target.getFileName().toString(), since(start));
                    checks.begin(target);
                    return target;
                }));
            }
            List<Path> staged = new ArrayList<>();
            PublishException failure = null;
            for (Future<Path> written : pending) {
                try {
                    staged.add(written.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof PublishException publishException ? publishException
                                : new PublishException("Writing an output failed: " + e.getCause(), e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return staged;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("The build was interrupted while writing its outputs.", e);
        } finally {
            writers.shutdownNow();
        }
    }

    private static Path moveIntoPlace(Path staged, Path target) throws PublishException {
        try {
            return Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PublishException("Cannot move " + staged.getFileName() + " into " + target.getParent()
                    + ": " + e.getMessage(), target, -1, -1, e);
        }
    }

    private static XdmNode positions(XdmNode document) {
        return document.getProcessor() == null ? document : new SourcePositions(document.getProcessor()).mark(document);
    }

    private static String rootName(XdmNode document) {
        for (XdmNode child : document.children()) {
            if (child.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.ELEMENT) {
                return child.getNodeName().toString();
            }
        }
        return "";
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}

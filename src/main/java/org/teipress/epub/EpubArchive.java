package org.teipress.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.teipress.core.PublishException;

/**
 * The OCF container: {@code mimetype} first and stored, then the container document and the
 * publication files in the order given, every entry with the same timestamp, so that the same
 * input gives the same bytes.
 */
final class EpubArchive implements AutoCloseable {
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    private final Path target;
    private final ZipOutputStream zip;
    private final LocalDateTime timestamp;

    private EpubArchive(Path target, ZipOutputStream zip, LocalDateTime timestamp) {
        this.target = target;
        this.zip = zip;
        this.timestamp = timestamp;
    }

    /** Opens {@code target} and writes the mimetype and container entries. */
    static EpubArchive create(Path target, String packagePath, LocalDateTime timestamp) throws PublishException {
        try {
            OutputStream out = Files.newOutputStream(target);
            EpubArchive archive = new EpubArchive(target, new ZipOutputStream(out), timestamp);
            archive.zip.setLevel(9);
            archive.stored("mimetype", MIMETYPE);
            archive.add("META-INF/container.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                    + "  <rootfiles>\n"
                    + "    <rootfile full-path=\"" + packagePath + "\" media-type=\"application/oebps-package+xml\"/>\n"
                    + "  </rootfiles>\n"
                    + "</container>\n").getBytes(StandardCharsets.UTF_8));
            return archive;
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    void add(String path, byte[] data) throws PublishException {
        try {
            put(new ZipEntry(path), data);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    private void stored(String path, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        put(entry, data);
    }

    /** Every entry has the archive's one timestamp: the same input gives the same bytes. */
    private void put(ZipEntry entry, byte[] data) throws IOException {
        entry.setTimeLocal(timestamp);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    @Override
    public void close() throws PublishException {
        try {
            zip.close();
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    private static PublishException failure(Path target, IOException e) {
        return new PublishException("Cannot write the EPUB " + target + ": " + e.getMessage(), target, -1, -1, e);
    }
}

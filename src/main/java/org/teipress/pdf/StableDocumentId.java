package org.teipress.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.teipress.core.PublishException;

/**
 * FOP takes two values from the clock whatever the creation date says: the trailer's document
 * {@code /ID} (FileIDGenerator hashes {@code new Date()}) and, when the FO carries its own XMP,
 * {@code xmp:MetadataDate}. This rewrites both in place, at the same length so no offset moves:
 * the metadata date becomes the XMP creation date, and both halves of the ID a digest of the rest
 * of the file (same content, same ID; other content, another one, as ISO 32000 asks).
 */
final class StableDocumentId {
    private static final byte[] MARK = "/ID [<".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX = 32;

    private StableDocumentId() {
    }

    static void apply(Path pdf) throws PublishException {
        try {
            byte[] bytes = Files.readAllBytes(pdf);
            metadataDateFromCreateDate(bytes);
            int first = lastIndexOf(bytes, MARK) + MARK.length;
            int second = first + HEX + 3; // "> <" between the halves
            if (first < MARK.length || second + HEX > bytes.length || bytes[first + HEX] != '>' || bytes[second - 1] != '<') {
                throw new IOException("its trailer has no /ID in the form FOP writes");
            }
            for (int i = 0; i < HEX; i++) {
                bytes[first + i] = '0';
                bytes[second + i] = '0';
            }
            byte[] id = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(bytes))
                    .getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(id, 0, bytes, first, HEX);
            System.arraycopy(id, 0, bytes, second, HEX);
            Files.write(pdf, bytes);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new PublishException("Cannot give " + pdf.getFileName() + " a stable document ID: " + e.getMessage(),
                    pdf, -1, -1, e);
        }
    }

    private static void metadataDateFromCreateDate(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int metadata = text.indexOf("<xmp:MetadataDate>");
        int create = text.indexOf("<xmp:CreateDate>");
        if (metadata < 0 || create < 0) {
            return;
        }
        int from = metadata + "<xmp:MetadataDate>".length();
        String value = text.substring(from, text.indexOf('<', from));
        int createFrom = create + "<xmp:CreateDate>".length();
        String created = text.substring(createFrom, text.indexOf('<', createFrom));
        if (value.length() != created.length()) {
            throw new IOException("its xmp:MetadataDate '" + value + "' and xmp:CreateDate '" + created
                    + "' differ in form");
        }
        System.arraycopy(created.getBytes(StandardCharsets.ISO_8859_1), 0, bytes, from, created.length());
    }

    private static int lastIndexOf(byte[] bytes, byte[] mark) {
        for (int i = bytes.length - mark.length; i >= 0; i--) {
            int j = 0;
            while (j < mark.length && bytes[i + j] == mark[j]) {
                j++;
            }
            if (j == mark.length) {
                return i;
            }
        }
        return -1;
    }
}

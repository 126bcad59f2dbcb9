package org.teipress.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Share {@code index} of {@code count} ({@code --shard K/N}, 1 ≤ K ≤ N): the documents whose
 * relative path hashes to it. The hash, not the position in a list, decides, so N machines that
 * see the same corpus split it without overlap and without gaps, and adding a document moves no
 * other document to another share.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("A shard is K/N with 1 <= K <= N, e.g. 1/4; found " + index + "/"
                    + count + ".");
        }
    }

    /** Reads {@code K/N}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("A shard is K/N with 1 <= K <= N, e.g. 1/4; found '" + text + "'.");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A shard is K/N with 1 <= K <= N, e.g. 1/4; found '" + text + "'.");
        }
    }

    public boolean contains(CorpusMember member) {
        return Math.floorMod(stableHash(member.relativePath()), count) == index - 1;
    }

    public List<CorpusMember> select(List<CorpusMember> members) {
        return members.stream().filter(this::contains).toList();
    }

    /** The first eight bytes of the path's SHA-256: the same on every JVM and machine. */
    private static long stableHash(String relativePath) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(relativePath.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}

package org.teipress.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a loaded PDF whole and uncompressed, writing the same bytes as
 * {@code PDDocument.save(file, CompressParameters.NO_COMPRESSION)} in linear time.
 *
 * <p>PDFBox 3.0's {@code COSWriter} asks its queue of objects still to write whether it holds an
 * object before adding it ({@code ArrayDeque.contains}, a scan of the queue) for every object it
 * reaches. The queue grows with the widest array of the document, and a tagged book's structure
 * tree has arrays of one entry per paragraph: saving the 626-page book spent 65 % of its time in
 * that scan, and the time grew with the square of the length. Here the writer's queue is replaced,
 * before it is used, by one that also counts its members, so the question costs a hash lookup.
 * The writer adds and takes objects in the same order as before, so the file is the same. If a
 * PDFBox version stores its queue otherwise, the writer keeps its own queue: slower, same bytes.
 */
final class UncompressedSave {
    private UncompressedSave() {
    }

    /** Writes {@code document} to {@code target}. */
    static void save(PDDocument document, Path target) throws IOException {
        if (document.getDocument().isClosed()) {
            throw new IOException("Cannot save a document which has been closed");
        }
        // What PDDocument.save does before writing; a loaded document designates no fonts to subset.
        document.getDocument().setIsXRefStream(false);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            COSWriter writer = new COSWriter(out, CompressParameters.NO_COMPRESSION);
            indexQueue(writer);
            writer.write(document);
        }
    }

    /** Gives {@code writer} a queue that answers membership by lookup; whether it could. */
    static boolean indexQueue(COSWriter writer) {
        try {
            Field field = COSWriter.class.getDeclaredField("objectsToWrite");
            if (!Deque.class.equals(field.getType())) {
                return false;
            }
            field.setAccessible(true);
            Object queue = field.get(writer);
            if (!(queue instanceof ArrayDeque<?> plain) || !plain.isEmpty()) {
                return false;
            }
            field.set(writer, new CountingQueue());
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A first-in first-out queue that knows how often it holds each element, by the same
     * {@code equals} as {@link ArrayDeque#contains}. The operations that could take an element
     * out behind the count's back are refused: the writer does not use them.
     */
    static final class CountingQueue extends ArrayDeque<COSBase> {
        private static final long serialVersionUID = 1L;
        private final transient Map<Object, Integer> counts = new HashMap<>();

        @Override
        public void addFirst(COSBase element) {
            super.addFirst(element);
            counts.merge(element, 1, Integer::sum);
        }

        @Override
        public void addLast(COSBase element) {
            super.addLast(element);
            counts.merge(element, 1, Integer::sum);
        }

        @Override
        public boolean add(COSBase element) {
            addLast(element);
            return true;
        }

        @Override
        public boolean offerFirst(COSBase element) {
            addFirst(element);
            return true;
        }

        @Override
        public boolean offerLast(COSBase element) {
            addLast(element);
            return true;
        }

        @Override
        public boolean offer(COSBase element) {
            return offerLast(element);
        }

        @Override
        public void push(COSBase element) {
            addFirst(element);
        }

        @Override
        public boolean addAll(Collection<? extends COSBase> elements) {
            elements.forEach(this::addLast);
            return !elements.isEmpty();
        }

        @Override
        public COSBase pollFirst() {
            return forget(super.pollFirst());
        }

        @Override
        public COSBase pollLast() {
            return forget(super.pollLast());
        }

        @Override
        public COSBase poll() {
            return pollFirst();
        }

        @Override
        public COSBase removeFirst() {
            COSBase element = pollFirst();
            if (element == null) {
                throw new NoSuchElementException();
            }
            return element;
        }

        @Override
        public COSBase removeLast() {
            COSBase element = pollLast();
            if (element == null) {
                throw new NoSuchElementException();
            }
            return element;
        }

        @Override
        public COSBase remove() {
            return removeFirst();
        }

        @Override
        public COSBase pop() {
            return removeFirst();
        }

        @Override
        public boolean contains(Object element) {
            return element != null && counts.containsKey(element);
        }

        @Override
        public void clear() {
            super.clear();
            counts.clear();
        }

        @Override
        public boolean remove(Object element) {
            throw refused();
        }

        @Override
        public boolean removeFirstOccurrence(Object element) {
            throw refused();
        }

        @Override
        public boolean removeLastOccurrence(Object element) {
            throw refused();
        }

        @Override
        public boolean removeIf(Predicate<? super COSBase> filter) {
            throw refused();
        }

        @Override
        public boolean removeAll(Collection<?> elements) {
            throw refused();
        }

        @Override
        public boolean retainAll(Collection<?> elements) {
            throw refused();
        }

        @Override
        public Iterator<COSBase> iterator() {
            Iterator<COSBase> all = super.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return all.hasNext();
                }

                @Override
                public COSBase next() {
                    return all.next();
                }
            };
        }

        private COSBase forget(COSBase element) {
            if (element != null) {
                counts.computeIfPresent(element, (key, count) -> count == 1 ? null : count - 1);
            }
            return element;
        }

        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("the writer's queue only adds at the ends and takes from them");
        }
    }
}

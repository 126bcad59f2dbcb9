package org.teipress.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShardTest {
    private static List<CorpusMember> corpus(int size) {
        List<CorpusMember> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String relative = "collection-" + (i % 7) + "/document-" + i + ".xml";
            members.add(new CorpusMember(Path.of(relative), relative));
        }
        return members;
    }

    @Test
    void theSharesOfACorpusCoverItWithoutOverlap() {
        List<CorpusMember> members = corpus(500);
        for (int count : new int[] {1, 2, 3, 7}) {
            Set<CorpusMember> seen = new HashSet<>();
            for (int k = 1; k <= count; k++) {
                for (CorpusMember member : new Shard(k, count).select(members)) {
                    assertTrue(seen.add(member), member + " is in two of " + count + " shares");
                }
            }
            assertEquals(new HashSet<>(members), seen, "the " + count + " shares together are the corpus");
        }
    }

    @Test
    void aShareDependsOnTheRelativePathNotOnThePositionInTheList() {
        List<CorpusMember> members = corpus(200);
        List<CorpusMember> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, new java.util.Random(13));
        List<CorpusMember> more = new ArrayList<>(shuffled.subList(0, 150));
        for (int k = 1; k <= 3; k++) {
            Shard shard = new Shard(k, 3);
            assertEquals(new HashSet<>(shard.select(members)), new HashSet<>(shard.select(shuffled)));
            Set<CorpusMember> ofFewer = new HashSet<>(shard.select(more));
            more.forEach(member -> assertEquals(shard.select(members).contains(member), ofFewer.contains(member),
                    member + " changed share when other documents left the corpus"));
        }
    }

    @Test
    void everyShareOfALargeCorpusGetsSomeDocuments() {
        List<CorpusMember> members = corpus(400);
        for (int k = 1; k <= 4; k++) {
            int size = new Shard(k, 4).select(members).size();
            assertTrue(size > 50 && size < 150, "share " + k + "/4 holds " + size + " of 400");
        }
    }

    @Test
    void shardsAreReadAsKOfN() {
        assertEquals(new Shard(2, 5), Shard.parse(" 2/5 "));
        for (String bad : new String[] {"0/3", "4/3", "3", "a/b", "1/0", "1/2/3"}) {
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
        }
    }
}

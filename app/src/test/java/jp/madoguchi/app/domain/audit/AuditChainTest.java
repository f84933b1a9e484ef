package jp.madoguchi.app.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant AT = Instant.parse("2026-04-01T00:00:00.123456Z");

  private static PendingAuditEntry pending(long id, String target) {
    return new PendingAuditEntry(
        id, AT.plusSeconds(id), "clerk", "APPLICATION_VIEWED", target, null);
  }

  private static List<AuditEntry> chainOf(int n) {
    AuditChain chain = AuditChain.start();
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      entries.add(chain.link(pending(100 + i, "R-" + i)));
    }
    return entries;
  }

  @Test
  void linkingNumbersPendingEntriesOnFromTheEndAndHashesEachOverThePrevious() {
    List<AuditEntry> entries = chainOf(3);

    assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
    assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
    assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
    assertThat(entries.get(2).computeHash()).isEqualTo(entries.get(2).hash());
  }

  @Test
  void aChainContinuedFromAStoredHeadIsTheChainBuiltInOneGo() {
    List<AuditEntry> whole = chainOf(4);
    AuditEntry second = whole.get(1);
    AuditChain resumed = new AuditChain(second.seq(), second.hash());

    AuditEntry third = resumed.link(pending(103, "R-3"));

    assertThat(third.hash()).isEqualTo(whole.get(2).hash());
  }

  @Test
  void theStoredChainFollowsEntryByEntryAndEndsAtTheHead() {
    List<AuditEntry> entries = chainOf(3);
    AuditChain check = AuditChain.start();

    assertThat(entries).allMatch(check::follows);
    assertThat(check.endsAt(3, entries.get(2).hash())).isTrue();
  }

  @Test
  void aRemovedEntryBreaksTheChainAtTheNextOne() {
    List<AuditEntry> entries = chainOf(3);
    AuditChain check = AuditChain.start();

    assertThat(check.follows(entries.get(0))).isTrue();
    assertThat(check.follows(entries.get(2))).isFalse();
    assertThat(check.lastSeq()).isEqualTo(1);
  }

  @Test
  void anEntryFromAnotherChainDoesNotFollow() {
    AuditEntry foreign = new AuditChain(1, "f".repeat(64)).link(pending(7, "R-7"));
    AuditChain check = AuditChain.start();
    check.follows(chainOf(1).get(0));

    assertThat(check.follows(foreign)).isFalse();
  }

  @Test
  void aHeadThatIsNotAHashIsRefused() {
    assertThatThrownBy(() -> new AuditChain(3, "abc")).isInstanceOf(IllegalArgumentException.class);
  }
}

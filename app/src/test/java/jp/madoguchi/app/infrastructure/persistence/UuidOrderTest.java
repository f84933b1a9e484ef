package jp.madoguchi.app.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidOrderTest {

  @Test
  void idsAreOrderedAsTheDatabaseOrdersThemNotAsUuidCompareToDoes() {
    UUID low = UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff");
    UUID high = UUID.fromString("80000000-0000-4000-8000-000000000000");

    assertThat(low.compareTo(high)).as("UUID.compareTo is signed").isPositive();
    assertThat(JpaIntakeQueue.databaseOrder(low, high)).isNegative();
    assertThat(JpaIntakeQueue.databaseOrder(high, low)).isPositive();
    assertThat(JpaIntakeQueue.databaseOrder(high, high)).isZero();
  }
}

package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.WorkflowIT.Submitted;
import org.junit.jupiter.api.Test;

/**
 * The queue as clerks work from it (issue 18): search as they type names, the open-work view by
 * 処理期限, the total, 自分の担当, 着手 making the clerk 担当, and the steps a detail offers.
 */
class QueueIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final Api SUPERVISOR = Api.as("supervisor", "supervisor-demo");
  private static final Set<String> CLERKS_WORK =
      Set.of("RECEIVED", "UNDER_REVIEW", "ACCEPTED", "LINKED");

  @Test
  void searchFindsTheNameTypedWithoutSpaceInKanaHiraganaOrHalfWidthKana() {
    String unique = uniqueKanji();
    String kana = uniqueKana(unique);
    Submitted s = submitNamed("山田" + unique + "　太郎", "ヤマダ" + kana + "　タロウ");

    for (String typed :
        List.of(
            "山田" + unique + "太郎",
            "山田" + unique + " 太郎",
            "山田" + unique + "　太郎",
            "ヤマダ" + kana + "タロウ",
            "やまだ" + hiragana(kana) + "たろう",
            "ﾔﾏﾀﾞ" + halfWidth(kana) + "ﾀﾛｳ",
            "やまだ" + hiragana(kana) + "　タロウ")) {
      JsonNode page = CLERK.get("/api/v1/intake?sort=due&view=open&q=" + encode(typed)).json();
      assertThat(ids(page)).as(typed).containsExactly(s.id());
      assertThat(page.get("total").asLong()).as(typed).isEqualTo(1);
    }
    assertThat(receipts("/api/v1/intake?limit=5&q=" + encode("山田太郎"))).isNotEmpty();
  }

  @Test
  void searchTreatsCommonVariantsOfNameCharactersAsTheSame() {
    String unique = uniqueKanji();
    Submitted s = submitNamed("髙﨑　邊" + unique, "タカサキ　ベ" + uniqueKana(unique));

    for (String typed :
        List.of("高崎辺" + unique, "髙崎 邉" + unique, "高﨑　邊" + unique, "たかさきべ" + uniqueKana(unique))) {
      JsonNode page = CLERK.get("/api/v1/intake?q=" + encode(typed)).json();
      assertThat(ids(page)).as(typed).containsExactly(s.id());
      assertThat(page.get("total").asLong()).as(typed).isEqualTo(1);
    }
    Submitted saito = submitNamed("齋藤　" + unique, "サイトウ　" + uniqueKana(unique));
    for (String typed : List.of("斎藤" + unique, "斉藤" + unique, "齊藤" + unique)) {
      assertThat(ids(CLERK.get("/api/v1/intake?q=" + encode(typed)).json()))
          .as(typed)
          .containsExactly(saito.id());
    }
  }

  @Test
  void searchKeysOfApplicationsStoredBeforeTheUpgradeAreCompletedAtTheNextStart() throws Exception {
    String unique = uniqueKanji();
    Submitted s = submitNamed("髙" + unique + "　太郎", "タカ" + uniqueKana(unique) + "　タロウ");
    long version = s.version();
    try (Connection connection = MadoguchiServer.get().database().connect();
        PreparedStatement asMigrated =
            connection.prepareStatement(
                "UPDATE application SET search_name = REPLACE(REPLACE(applicant_name, ' ', ''),"
                    + " '　', ''), search_kana = REPLACE(REPLACE(applicant_name_kana, ' ', ''),"
                    + " '　', ''), search_keyed = FALSE WHERE id = ?")) {
      asMigrated.setObject(1, UUID.fromString(s.id()));
      assertThat(asMigrated.executeUpdate()).isEqualTo(1);
    }
    String typed = encode("高" + unique + "太郎");
    assertThat(ids(CLERK.get("/api/v1/intake?q=" + typed).json()))
        .as("V112 alone removes the spaces only")
        .isEmpty();

    MadoguchiServer.get().restart();

    assertThat(ids(CLERK.get("/api/v1/intake?q=" + typed).json())).containsExactly(s.id());
    assertThat(s.version()).isEqualTo(version);
  }

  @Test
  void totalCountsEveryPageOfTheSearch() {
    String unique = uniqueKanji();
    Submitted first = submitNamed("田中　" + unique, "タナカ　" + uniqueKana(unique));
    Submitted second = submitNamed("田中　" + unique, "タナカ　" + uniqueKana(unique));

    JsonNode page = CLERK.get("/api/v1/intake?limit=1&q=" + encode("田中" + unique)).json();

    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("total").asLong()).isEqualTo(2);
    JsonNode next =
        CLERK
            .get(
                "/api/v1/intake?limit=1&q="
                    + encode("田中" + unique)
                    + "&cursor="
                    + page.get("nextCursor").asText())
            .json();
    assertThat(next.get("total").asLong()).isEqualTo(2);
    Set<String> both = new HashSet<>(ids(page));
    both.addAll(ids(next));
    assertThat(both).containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(CLERK.get("/api/v1/intake?q=" + first.receipt()).json().get("total").asLong())
        .isEqualTo(1);
  }

  @Test
  void openViewListsTheClerksWorkByDueDateAcrossServiceLevelsAndPagesWithoutGaps()
      throws Exception {
    setServiceLevel("DIS-01", 1000);
    try {
      Submitted later = WorkflowIT.submit("DIS-01");
      Submitted sooner = WorkflowIT.submit("CC-01");
      Submitted waiting = WorkflowIT.submit("CC-01");
      waiting.step(CLERK, "START_REVIEW", null);
      waiting.step(CLERK, "REQUEST_CORRECTION", "添付書類を追加してください");

      List<JsonNode> items = new ArrayList<>();
      long total = -1;
      String cursor = null;
      do {
        Reply reply =
            CLERK.get(
                "/api/v1/intake?view=open&sort=due&limit=7"
                    + (cursor == null ? "" : "&cursor=" + cursor));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        reply.json().get("items").forEach(items::add);
        total = reply.json().get("total").asLong();
        cursor =
            reply.json().path("nextCursor").isTextual()
                ? reply.json().get("nextCursor").asText()
                : null;
      } while (cursor != null);

      List<String> dueDates = items.stream().map(i -> i.get("dueDate").asText()).toList();
      assertThat(dueDates).isSorted();
      assertThat(items).allMatch(i -> CLERKS_WORK.contains(i.get("status").asText()));
      List<String> ids = items.stream().map(i -> i.get("id").asText()).toList();
      assertThat(ids).doesNotHaveDuplicates().contains(sooner.id(), later.id());
      assertThat(ids).doesNotContain(waiting.id());
      assertThat(ids.indexOf(sooner.id())).isLessThan(ids.indexOf(later.id()));
      // the linkage engine may move 受理 to 基幹連携済 meanwhile: both are in the view
      assertThat(total).isEqualTo(items.size());
    } finally {
      setServiceLevel("DIS-01", 0);
    }
  }

  @Test
  void startingTheReviewMakesTheClerkTheAssigneeAndListsItUnderMine() {
    Submitted s = WorkflowIT.submit("CC-01");
    assertThat(CLERK.get("/api/v1/intake/" + s.id()).json().get("assignee").isNull()).isTrue();

    Reply started = s.step(CLERK, "START_REVIEW", null);

    assertThat(started.status()).as(started.text()).isEqualTo(200);
    assertThat(started.json().get("assignee").asText()).isEqualTo("clerk");
    JsonNode mine = CLERK.get("/api/v1/intake?view=mine&sort=due&q=" + s.receipt()).json();
    assertThat(ids(mine)).containsExactly(s.id());
    JsonNode firstPage = CLERK.get("/api/v1/intake?view=mine&sort=due").json();
    assertThat(firstPage.get("items")).allMatch(i -> "clerk".equals(i.get("assignee").asText()));
    assertThat(ids(SUPERVISOR.get("/api/v1/intake?view=mine&q=" + s.receipt()).json())).isEmpty();
  }

  @Test
  void startingTheReviewKeepsSomeoneElsesAssignment() {
    Submitted s = WorkflowIT.submit("CC-01");
    assertThat(
            SUPERVISOR
                .post("/api/v1/intake/" + s.id() + "/claim", "application/json", new byte[0])
                .status())
        .isEqualTo(200);

    Reply started = s.step(CLERK, "START_REVIEW", null);

    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json().get("assignee").asText()).isEqualTo("supervisor");
  }

  @Test
  void detailOffersCompleteOnlyOnceTheApplicationIsLinked() {
    Submitted s = WorkflowIT.submit("CC-01");
    assertThat(actions(s)).containsExactly("START_REVIEW");
    s.step(CLERK, "START_REVIEW", null);
    assertThat(actions(s)).containsExactly("REQUEST_CORRECTION", "ACCEPT", "REJECT");

    Reply accepted = s.step(CLERK, "ACCEPT", null);

    assertThat(accepted.status()).isEqualTo(200);
    if ("ACCEPTED".equals(accepted.json().get("status").asText())) {
      assertThat(accepted.json().get("actions")).isEmpty();
    }
    Linkage.awaitStatus(s.id(), "LINKED");
    assertThat(actions(s)).containsExactly("COMPLETE");
    assertThat(s.step(CLERK, "COMPLETE", null).status()).isEqualTo(200);
    assertThat(actions(s)).isEmpty();
  }

  @Test
  void unknownViewOrSortIsRefusedInJapanese() {
    Reply reply = CLERK.get("/api/v1/intake?view=everything&sort=name");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.text()).contains("view は").contains("sort は");
  }

  private static List<String> actions(Submitted s) {
    List<String> actions = new ArrayList<>();
    CLERK
        .get("/api/v1/intake/" + s.id())
        .json()
        .get("actions")
        .forEach(a -> actions.add(a.asText()));
    return actions;
  }

  private static Submitted submitNamed(String name, String kana) {
    ApplicationJson application =
        ApplicationJson.valid("DIS-01").applicant("name", name).applicant("nameKana", kana);
    Reply reply = Api.portal().postJson("/api/v1/applications", application.json());
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return new Submitted(application, reply.json().get("id").asText());
  }

  /** Three kanji no other test uses, so that a search finds only this test's applications. */
  private static String uniqueKanji() {
    long n = UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFL;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      out.append((char) ('一' + (int) (n % 2000)));
      n /= 2000;
    }
    return out.toString();
  }

  private static final String KANA = "アイウエオカキクケコサシスセソタチツテト";
  private static final String HALF_WIDTH_KANA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄ";

  /** Four katakana from the kanji's offsets, about as unique as {@link #uniqueKanji()}. */
  private static String uniqueKana(String kanji) {
    StringBuilder out = new StringBuilder();
    kanji.chars().forEach(c -> out.append(KANA.charAt((c - '一') % KANA.length())));
    out.append(KANA.charAt((kanji.charAt(0) - '一') / KANA.length() % KANA.length()));
    return out.toString();
  }

  private static String halfWidth(String kana) {
    StringBuilder out = new StringBuilder();
    kana.chars().forEach(c -> out.append(HALF_WIDTH_KANA.charAt(KANA.indexOf(c))));
    return out.toString();
  }

  private static String hiragana(String katakana) {
    StringBuilder out = new StringBuilder();
    katakana.chars().forEach(c -> out.append((char) (c - 0x60)));
    return out.toString();
  }

  private static void setServiceLevel(String procedure, int days) throws SQLException {
    try (Connection connection = MadoguchiServer.get().database().connect()) {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM procedure_setting WHERE procedure_code = ?")) {
        delete.setString(1, procedure);
        delete.executeUpdate();
      }
      if (days > 0) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO procedure_setting (procedure_code, service_level_days, updated_by,"
                    + " updated_at) VALUES (?, ?, 'QueueIT', CURRENT_TIMESTAMP)")) {
          insert.setString(1, procedure);
          insert.setInt(2, days);
          insert.executeUpdate();
        }
      }
    }
  }

  private static List<String> receipts(String path) {
    Reply reply = CLERK.get(path);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    List<String> receipts = new ArrayList<>();
    reply.json().get("items").forEach(i -> receipts.add(i.get("receiptNumber").asText()));
    return receipts;
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

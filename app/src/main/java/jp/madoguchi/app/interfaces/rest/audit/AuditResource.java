package jp.madoguchi.app.interfaces.rest.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.AuditedDefinitions;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.sequencing.Sequencer;
import jp.madoguchi.app.application.sequencing.SequencerSettings;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.domain.application.ServiceLevels;
import jp.madoguchi.app.domain.audit.AuditEntry;
import jp.madoguchi.app.domain.audit.AuditLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The access log for auditors: search, and verification of the hash chain. */
@Path("/v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AUDITOR_NAME)
@Tag(name = "Audit", description = "アクセスログ（改ざん検知付き）")
public class AuditResource {

  private static final int MAX_PAGE = 500;

  private static final Pattern FIELD_PATH = Pattern.compile("(?:^|\\s)field=");

  @Inject AuditLog audit;
  @Inject AuditedDefinitions definitions;
  @Inject Sequencer sequencer;
  @Inject SequencerSettings sequencing;

  /**
   * One entry; {@code definition} (procedure and version) only where the detail names a field by
   * its path ({@code field=form.children[0].myNumber}), for the screen to show the field's label.
   */
  public record EntryView(
      long seq,
      String at,
      String actor,
      String action,
      String target,
      String detail,
      String hash,
      AuditedDefinitions.DefinitionRef definition) {
    static EntryView of(AuditEntry e, AuditedDefinitions.DefinitionRef definition) {
      return new EntryView(
          e.seq(),
          e.at().toString(),
          e.actor(),
          e.action(),
          e.target(),
          e.detail(),
          e.hash().trim(),
          definition);
    }
  }

  public record Page(List<EntryView> items, Long nextBefore) {}

  @GET
  @Operation(summary = "アクセスログの検索（新しい順。before に前頁の nextBefore）")
  public Page search(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("target") String target,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("before") @DefaultValue("0") long before,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "limit は1〜" + MAX_PAGE + "で指定してください");
    }
    var query =
        new AuditLog.AuditQuery(
            blank(actor), blank(action), blank(target), day(from, false), day(to, true));
    sequencer.catchUp(); // entries committed a moment ago, e.g. by a login, are chained
    Map<String, Optional<AuditedDefinitions.DefinitionRef>> byReceipt = new HashMap<>();
    List<EntryView> items =
        audit.search(query, before, limit).stream()
            .map(e -> EntryView.of(e, definitionOf(e, byReceipt)))
            .toList();
    Long next = items.size() == limit ? items.get(items.size() - 1).seq() : null;
    return new Page(items, next);
  }

  private AuditedDefinitions.DefinitionRef definitionOf(
      AuditEntry entry, Map<String, Optional<AuditedDefinitions.DefinitionRef>> byReceipt) {
    if (entry.detail() == null
        || !FIELD_PATH.matcher(entry.detail()).find()
        || entry.target() == null) {
      return null;
    }
    return byReceipt.computeIfAbsent(entry.target(), definitions::of).orElse(null);
  }

  @GET
  @Path("/verify")
  @Operation(
      summary =
          "ハッシュチェーンの検証: {valid, entries, firstBrokenSeq, pending, oldestPendingMillis,"
              + " pendingWithinBound}")
  public AuditLog.Verification verify() {
    sequencer.catchUp();
    return audit.verify(sequencing.bound());
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Instant day(String value, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value);
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ServiceLevels.JAPAN).toInstant();
    } catch (DateTimeParseException e) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "日付は 2025-04-01 の形式で指定してください");
    }
  }
}

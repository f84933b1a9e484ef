package jp.madoguchi.integration.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test data builder for route configurations. */
public final class RouteConfigs {

  private DeliveryPattern pattern = DeliveryPattern.FILE_EXPORT;
  private String directory;
  private FileEncoding encoding = FileEncoding.CP932;
  private FileFormat format = FileFormat.CSV;
  private DateStyle dateStyle = DateStyle.ISO;
  private boolean header = true;
  private boolean strict;
  private final List<ColumnSpec> columns = new ArrayList<>();
  private URI url = URI.create("http://127.0.0.1:1/core");
  private int timeoutMs = 2_000;
  private int maxPerSecond;
  private Map<String, String> headers = Map.of();
  private RetrySettings retry = new RetrySettings(3, 10, 40);
  private boolean includeMyNumber;
  private SftpSettings sftp;

  private RouteConfigs() {}

  public static RouteConfigs fileExport(Path directory) {
    RouteConfigs b = new RouteConfigs();
    b.directory = directory == null ? null : directory.toString();
    return b;
  }

  public static RouteConfigs directApi(URI url) {
    RouteConfigs b = new RouteConfigs();
    b.pattern = DeliveryPattern.DIRECT_API;
    b.url = url;
    return b;
  }

  public RouteConfigs column(String name, String source, ColumnKind kind) {
    return column(name, source, kind, null);
  }

  public RouteConfigs column(String name, String source, ColumnKind kind, Integer width) {
    columns.add(new ColumnSpec(name, source, kind, width));
    return this;
  }

  public RouteConfigs encoding(FileEncoding value) {
    encoding = value;
    return this;
  }

  public RouteConfigs fixed() {
    format = FileFormat.FIXED;
    header = false;
    return this;
  }

  /** FILE_EXPORT to an SFTP server: {@code address} is {@code sftp://host:port/dir}. */
  public static RouteConfigs sftp(String address, SftpSettings login) {
    RouteConfigs b = new RouteConfigs();
    b.directory = address;
    b.sftp = login;
    return b;
  }

  public RouteConfigs wareki() {
    dateStyle = DateStyle.WAREKI;
    return this;
  }

  public RouteConfigs noHeader() {
    header = false;
    return this;
  }

  public RouteConfigs strictJisX0208() {
    strict = true;
    return this;
  }

  public RouteConfigs includeMyNumber() {
    includeMyNumber = true;
    return this;
  }

  public RouteConfigs headers(Map<String, String> value) {
    headers = value;
    return this;
  }

  public RouteConfigs timeoutMs(int value) {
    timeoutMs = value;
    return this;
  }

  public RouteConfigs maxPerSecond(int value) {
    maxPerSecond = value;
    return this;
  }

  public RouteConfigs retry(int maxAttempts, long initialDelayMs, long maxDelayMs) {
    retry = new RetrySettings(maxAttempts, initialDelayMs, maxDelayMs);
    return this;
  }

  public FileSettings fileSettings() {
    List<ColumnSpec> cols =
        columns.isEmpty()
            ? List.of(new ColumnSpec("受付番号", "receiptNumber", ColumnKind.TEXT, 20))
            : columns;
    return new FileSettings(directory, encoding, format, dateStyle, header, strict, cols)
        .withSftp(sftp);
  }

  public LinkageRouteConfig build() {
    FileSettings file = pattern == DeliveryPattern.DIRECT_API ? null : fileSettings();
    ApiSettings api =
        pattern == DeliveryPattern.DIRECT_API
            ? new ApiSettings(url, timeoutMs, maxPerSecond, headers)
            : null;
    return new LinkageRouteConfig(
        pattern, DeliveryTrigger.ON_ACCEPT, true, file, api, retry, includeMyNumber);
  }
}

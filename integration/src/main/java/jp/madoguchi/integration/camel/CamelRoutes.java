package jp.madoguchi.integration.camel;

import java.util.concurrent.ThreadFactory;
import org.apache.camel.CamelContext;

/**
 * A set of routes that joins the application's one CamelContext ({@link MadoguchiCamel}): the
 * linkage routes, the portal pull. Each set adds its routes before the context starts and releases
 * what it made itself (an HTTP client's threads) after the context stopped.
 */
public interface CamelRoutes {

  /** Adds the routes to the context, before it starts; threads come from {@code threads}. */
  void addTo(CamelContext camel, ThreadFactory threads) throws Exception;

  /** After the context stopped: releases what {@link #addTo} made. */
  void release();
}

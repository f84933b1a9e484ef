/** The operator metrics served with Payara's MicroProfile Metrics at /metrics. */
package jp.madoguchi.app.interfaces.metrics;

/** Demo mode only: demo applications submitted through the real intake path. */
package jp.madoguchi.app.demo;

/** MicroProfile Health checks behind /health. */
package jp.madoguchi.app.interfaces.health;

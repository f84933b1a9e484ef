/** The portal pull's wiring: JPA stores, the start-up bean that runs the pull engine. */
package jp.madoguchi.app.infrastructure.portal;

/** JPA repositories, the data source and the Flyway migration run at start-up. */
package jp.madoguchi.app.infrastructure.persistence;

/**
 * Insights adapters: the stock-ledger demand history and the openai-java model client under MicroProfile Fault
 * Tolerance ({@link org.pharmadist.insights.infrastructure.ModelGateway}).
 */
package org.pharmadist.insights.infrastructure;

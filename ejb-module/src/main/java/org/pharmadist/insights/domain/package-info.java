/**
 * Insights maths, free of the database and the model: demand pattern (Syntetos-Boylan ADI/CV²), forecasts (SES,
 * Croston SBA), reorder point and order quantity, FEFO expiry risk and actions, churn risk. Read-only over the
 * other modules (ARCHITECTURE.md: insights uses all modules, read-only).
 */
package org.pharmadist.insights.domain;
